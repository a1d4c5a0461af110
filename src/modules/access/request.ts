// H2: the caller of a request. The access hook (auth/plugin.ts) resolves the session or API token to a
// SessionUser and builds the request's context (platform/context.ts) from it, once; routes of every
// module read them through these helpers and hand the context to services.
import type { FastifyRequest } from 'fastify';
import { isUserCtx, type Actor, type Ctx, type UserActor } from '../../platform/context.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { RouteAccess } from './policy.ts';
import type { Role } from './roles.ts';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  bodyId: string;
  bodyPath: string;
  bodyName: string;
  personId: string | null;
  roles: Role[];
  csrfToken: string;
  tokenHash: string;
  /** Signed in with a one-time initial password, which must be changed before anything else. */
  mustChangePassword: boolean;
  /** The second factor this session still owes: a code ('verify') or an enrolment ('enrol'). */
  secondFactor?: 'verify' | 'enrol' | null;
  /** Authenticated by an API token rather than a session cookie (no CSRF, no logout). */
  viaToken?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** Open to a session that must still replace its initial password (me, logout, password change). */
    beforePasswordChange?: true;
    /** Open to a session that still owes its second factor (me, logout, the factor's own routes). */
    beforeSecondFactor?: true;
  }
  interface FastifyRequest {
    user: SessionUser | null;
    /** The request's context: a signed-in account's, or an anonymous one (public routes, the portal). */
    ctx: Ctx<Actor>;
  }
}

/** The signed-in user of a route that declared a permission (the hook guarantees one). */
export function currentUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new AppError(401, 'UNAUTHENTICATED', '请先登录');
  return request.user;
}

/** The context of a route that declared a permission (the hook guarantees a signed-in account). */
export function userCtx(request: FastifyRequest): Ctx<UserActor> {
  const ctx = request.ctx;
  if (!isUserCtx(ctx)) throw new AppError(401, 'UNAUTHENTICATED', '请先登录');
  return ctx;
}

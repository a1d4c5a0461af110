// H2: the caller of a request. The access hook (auth/plugin.ts) resolves the session or API token to a
// SessionUser and leaves it on the request; routes of every module read it through these helpers.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/ledger/ledger.ts';
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
  /** Authenticated by an API token rather than a session cookie (no CSRF, no logout). */
  viaToken?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    user: SessionUser | null;
  }
}

/** The signed-in user of a route that declared a permission (the hook guarantees one). */
export function currentUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new AppError(401, 'UNAUTHENTICATED', '请先登录');
  return request.user;
}

export function actorOf(request: FastifyRequest): Actor {
  return { id: request.user?.id ?? null, name: request.user?.displayName ?? '匿名', ip: request.ip };
}

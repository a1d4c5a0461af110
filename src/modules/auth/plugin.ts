// H2: the server-side gate. Every route must declare `config.access`; a route without one refuses to
// register (fail closed). Requests are resolved to a session user, checked against the permission
// matrix, and cookie-authenticated writes must echo the session's CSRF token. The request's context
// (`request.ctx`: actor, ip, the instant by the clock) is built here, once. A request that may have
// written (any unsafe method) empties the session cache before its answer leaves, so a logout, a disabled
// account, a role or password change made by it holds from the next request on (session-cache.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../platform/clock.ts';
import { ANONYMOUS_ACTOR } from '../../platform/context.ts';
import { AppError, forbidden } from '../../platform/http/errors.ts';
import { hasPermission, userActorOf, type RouteAccess } from '../access/index.ts';
import type { AuthService } from './service.ts';
import type { ApiTokenService } from './tokens.ts';

export const SESSION_COOKIE = 'sx_session';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerAccessControl(
  app: FastifyInstance,
  auth: AuthService,
  tokens: ApiTokenService,
  routeAccess: Map<string, RouteAccess>,
  clock: Clock,
) {
  app.decorateRequest('user', null);
  app.decorateRequest('ctx', null as never);

  app.addHook('onRoute', (route) => {
    const url = route.url ?? route.path;
    if (!url.startsWith('/api/v1/')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`route ${String(route.method)} ${url} declares no access permission`);
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routeAccess.set(`${method} ${url}`, access);
  });

  app.addHook('onSend', async (request, _reply, payload) => {
    if (!SAFE_METHODS.has(request.method)) auth.forgetCachedSessions();
    return payload;
  });

  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const now = clock.now();
    request.ctx = { actor: ANONYMOUS_ACTOR, ip: request.ip, now };
    const access = request.routeOptions.config.access;
    if (!access) return; // portal, static files, docs
    // Public routes (login, public verification, the calendar) never read the Authorization header, so
    // a stale or malformed token cannot break them. Elsewhere a Bearer header claims an API token: anything
    // but a valid one is a 401, never a silent fall back to the cookie. Other schemes (a proxy's Basic
    // authentication) are not ours and are ignored.
    const authorization = access === 'public' ? '' : (request.headers.authorization ?? '');
    if (/^Bearer\b/i.test(authorization)) {
      const bearer = /^Bearer +(\S+) *$/i.exec(authorization)?.[1];
      if (!bearer)
        throw new AppError(401, 'UNAUTHENTICATED', 'Authorization 请求头格式不正确，应为 Bearer <API 令牌>');
      request.user = await tokens.resolve(bearer, now);
      if (!request.user) throw new AppError(401, 'UNAUTHENTICATED', 'API 令牌无效、已过期或已撤销');
      request.ctx = { actor: userActorOf(request.user), ip: request.ip, now };
    } else {
      const token = request.cookies[SESSION_COOKIE];
      request.user = token ? await auth.resolveSession(token, now) : null;
      if (request.user) request.ctx = { actor: userActorOf(request.user), ip: request.ip, now };
      if (access === 'public') return;
      if (!request.user) {
        throw new AppError(
          401,
          token ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED',
          token ? '会话已过期，请重新登录' : '请先登录',
        );
      }
    }
    if (access === 'public') return;
    // A session that still owes its second factor reaches only me, logout and the factor's routes.
    if (
      request.user.secondFactor &&
      !request.user.viaToken &&
      !request.routeOptions.config.beforeSecondFactor
    ) {
      throw new AppError(
        403,
        'SECOND_FACTOR_REQUIRED',
        request.user.secondFactor === 'enrol'
          ? '请先设置两步验证（本单位要求此角色两步验证）'
          : '请先完成两步验证',
      );
    }
    // A session signed in with a one-time initial password may only replace it (三员: the administrator
    // who handed the password out cannot use the account).
    if (
      request.user.mustChangePassword &&
      !request.user.viaToken &&
      !request.routeOptions.config.beforePasswordChange
    ) {
      throw new AppError(
        403,
        'PASSWORD_CHANGE_REQUIRED',
        '请先修改初始密码：以初始密码登录后，须设置本人的新密码才能使用系统',
      );
    }
    if (
      !request.user.viaToken &&
      !SAFE_METHODS.has(request.method) &&
      request.headers[CSRF_HEADER] !== request.user.csrfToken
    ) {
      throw new AppError(403, 'CSRF_FAILED', '请求校验失败（CSRF），请刷新页面后重试');
    }
    if (access !== 'authenticated' && !hasPermission(request.user.roles, access)) {
      throw forbidden();
    }
  });
}

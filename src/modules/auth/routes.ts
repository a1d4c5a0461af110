// H1, H7 HTTP: login/logout/me, the password change, API tokens.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser, permissionsOf, userCtx } from '../access/index.ts';
import { SESSION_COOKIE } from './plugin.ts';
import type { AuthService } from './service.ts';
import type { ApiTokenService } from './tokens.ts';
import {
  changePasswordInput,
  createTokenInput,
  loginInput,
  loginOutput,
  meOutput,
  tokenOutput,
} from './types.ts';
import { idParam } from '../bodies/index.ts';
import { badRequest } from '../../platform/http/errors.ts';

const ok = z.object({ ok: z.literal(true) });

export function authRoutes(
  app: FastifyInstance,
  auth: AuthService,
  tokens: ApiTokenService,
  opts: { cookieSecure: boolean },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['认证与账号'];

  r.post(
    '/api/v1/auth/login',
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { refusals: [401], tags, summary: '登录', body: loginInput, response: { 200: loginOutput } },
    },
    async (req, reply) => {
      const { token, csrfToken, mustChangePassword, secondFactor } = await auth.login(
        req.ctx,
        req.body.username,
        req.body.password,
        req.headers['user-agent'] ?? null,
      );
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: opts.cookieSecure,
      });
      return { csrfToken, mustChangePassword, secondFactor };
    },
  );

  r.post(
    '/api/v1/auth/logout',
    {
      config: { access: 'authenticated', beforePasswordChange: true, beforeSecondFactor: true },
      schema: { tags, summary: '退出登录', response: { 200: ok } },
    },
    async (req, reply) => {
      const user = currentUser(req);
      if (user.viaToken) throw badRequest('API 令牌请求无需退出登录；请撤销令牌');
      await auth.logout(userCtx(req), user.tokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  r.get(
    '/api/v1/auth/me',
    {
      config: { access: 'authenticated', beforePasswordChange: true, beforeSecondFactor: true },
      schema: {
        operationId: 'getCurrentUser',
        tags,
        summary: '当前用户、角色与权限',
        response: { 200: meOutput },
      },
    },
    async (req) => {
      const u = currentUser(req);
      return { ...u, secondFactor: u.secondFactor ?? null, permissions: permissionsOf(u.roles) };
    },
  );

  r.post(
    '/api/v1/auth/password',
    {
      config: { access: 'authenticated', beforePasswordChange: true },
      schema: {
        operationId: 'changePassword',
        refusals: [423],
        tags,
        summary: '修改密码（仅限登录会话；结束本账号的其他会话；当前密码错误计入登录失败次数）',
        body: changePasswordInput,
        response: { 200: ok },
      },
    },
    async (req) => {
      await auth.changePassword(
        userCtx(req),
        currentUser(req),
        req.body.currentPassword,
        req.body.newPassword,
      );
      return { ok: true as const };
    },
  );

  r.get(
    '/api/v1/auth/tokens',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: '我的 API 令牌（对接其他平台）', response: { 200: z.array(tokenOutput) } },
    },
    async (req) => tokens.list(userCtx(req)),
  );

  r.post(
    '/api/v1/auth/tokens',
    {
      config: { access: 'authenticated', idempotent: true },
      schema: {
        tags,
        summary:
          '创建 API 令牌（令牌仅显示一次，以 Authorization: Bearer 使用，权限同本账号；有效期最长 API_TOKEN_MAX_DAYS 天，默认 1 年，不填即取最长，超出则拒绝）',
        body: createTokenInput,
        response: {
          201: z.object({
            id: z.uuid(),
            name: z.string(),
            expiresAt: z.string(),
            token: z.string(),
          }),
        },
      },
    },
    async (req, reply) => {
      if (currentUser(req).viaToken) throw badRequest('不能用 API 令牌创建新令牌');
      return reply.status(201).send(await tokens.create(userCtx(req), req.body.name, req.body.expiresAt));
    },
  );

  r.delete(
    '/api/v1/auth/tokens/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'revokeAuthToken',
        tags,
        summary: '撤销 API 令牌',
        params: idParam,
        response: { 200: ok },
      },
    },
    async (req) => {
      await tokens.revoke(userCtx(req), req.params.id);
      return { ok: true as const };
    },
  );
}

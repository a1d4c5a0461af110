// H1–H2 HTTP: login/logout/me, password change, accounts and role assignment.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser, permissionsOf, userCtx } from '../access/index.ts';
import { SESSION_COOKIE } from './plugin.ts';
import type { AuthService } from './service.ts';
import type { ApiTokenService } from './tokens.ts';
import {
  assignRolesInput,
  changePasswordInput,
  createTokenInput,
  createUserInput,
  loginInput,
  meOutput,
  tokenOutput,
  userOutput,
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
      schema: {
        tags,
        summary: '登录',
        body: loginInput,
        response: { 200: z.object({ csrfToken: z.string() }) },
      },
    },
    async (req, reply) => {
      const { token, csrfToken } = await auth.login(
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
      return { csrfToken };
    },
  );

  r.post(
    '/api/v1/auth/logout',
    {
      config: { access: 'authenticated' },
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
      config: { access: 'authenticated' },
      schema: { tags, summary: '当前用户、角色与权限', response: { 200: meOutput } },
    },
    async (req) => {
      const u = currentUser(req);
      return { ...u, permissions: permissionsOf(u.roles) };
    },
  );

  r.post(
    '/api/v1/auth/password',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: '修改密码', body: changePasswordInput, response: { 200: ok } },
    },
    async (req) => {
      await auth.changePassword(userCtx(req), req.body.currentPassword, req.body.newPassword);
      return { ok: true as const };
    },
  );

  r.get(
    '/api/v1/users',
    {
      config: { access: 'users.read' },
      schema: { tags, summary: '账号列表（本机构及下级）', response: { 200: z.array(userOutput) } },
    },
    async (req) => auth.listUsers(userCtx(req)),
  );

  r.post(
    '/api/v1/users',
    {
      config: { access: 'users.write' },
      schema: { tags, summary: '新建账号', body: createUserInput, response: { 201: userOutput } },
    },
    async (req, reply) => {
      const created = await auth.createUser(userCtx(req), req.body);
      return reply.status(201).send(created);
    },
  );

  r.put(
    '/api/v1/users/:id/roles',
    {
      config: { access: 'users.assign_roles' },
      schema: {
        tags,
        summary: '分配角色（三员分立）',
        params: idParam,
        body: assignRolesInput,
        response: { 200: userOutput },
      },
    },
    async (req) =>
      auth.assignRoles(userCtx(req), req.params.id, req.body.roles, req.body.version, req.body.reason),
  );

  r.post(
    '/api/v1/users/:id/unlock',
    {
      config: { access: 'users.unlock' },
      schema: { tags, summary: '解除账号锁定', params: idParam, response: { 200: ok } },
    },
    async (req) => {
      await auth.unlock(userCtx(req), req.params.id);
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
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '创建 API 令牌（令牌仅显示一次，以 Authorization: Bearer 使用，权限同本账号）',
        body: createTokenInput,
        response: {
          201: z.object({
            id: z.uuid(),
            name: z.string(),
            expiresAt: z.string().nullable(),
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
      schema: { tags, summary: '撤销 API 令牌', params: idParam, response: { 200: ok } },
    },
    async (req) => {
      await tokens.revoke(userCtx(req), req.params.id);
      return { ok: true as const };
    },
  );
}

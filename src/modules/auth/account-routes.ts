// H2 / A5 HTTP: accounts under 三员分立 — the 系统管理员 creates (no roles, a one-time initial password),
// disables and enables; the 安全管理员 assigns roles, unlocks and resets passwords.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userCtx } from '../access/index.ts';
import type { AccountService } from './accounts.ts';
import {
  accountStatusInput,
  assignRolesInput,
  createdUserOutput,
  createUserInput,
  initialPasswordOutput,
  userOutput,
} from './types.ts';
import { idParam } from '../bodies/index.ts';

const ok = z.object({ ok: z.literal(true) });

export function accountRoutes(app: FastifyInstance, accounts: AccountService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['认证与账号'];

  r.get(
    '/api/v1/users',
    {
      config: { access: 'users.read' },
      schema: { tags, summary: '账号列表（本机构及下级）', response: { 200: z.array(userOutput) } },
    },
    async (req) => accounts.listUsers(userCtx(req)),
  );

  r.post(
    '/api/v1/users',
    {
      config: { access: 'users.write', idempotent: true },
      schema: {
        tags,
        summary:
          '新建账号（系统管理员；不带角色，角色由安全管理员分配；返回一次性初始密码，仅此一次显示，首次登录须修改）',
        body: createUserInput,
        response: { 201: createdUserOutput },
      },
    },
    async (req, reply) => reply.status(201).send(await accounts.createUser(userCtx(req), req.body)),
  );

  r.put(
    '/api/v1/users/:id/roles',
    {
      config: { access: 'users.assign_roles' },
      schema: {
        tags,
        summary: '分配角色（安全管理员；三员分立：系统角色不与任何其他角色兼任）',
        params: idParam,
        body: assignRolesInput,
        response: { 200: userOutput },
      },
    },
    async (req) =>
      accounts.assignRoles(userCtx(req), req.params.id, req.body.roles, req.body.version, req.body.reason),
  );

  r.post(
    '/api/v1/users/:id/unlock',
    {
      config: { access: 'users.unlock' },
      schema: { tags, summary: '解除账号锁定', params: idParam, response: { 200: ok } },
    },
    async (req) => {
      await accounts.unlock(userCtx(req), req.params.id);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/users/:id/reset-password',
    {
      config: { access: 'users.reset_password' },
      schema: {
        tags,
        summary: '重置密码（安全管理员；返回一次性初始密码，结束该账号的全部会话）',
        params: idParam,
        response: { 200: initialPasswordOutput },
      },
    },
    async (req) => accounts.resetPassword(userCtx(req), req.params.id),
  );

  r.post(
    '/api/v1/users/:id/initial-password',
    {
      config: { access: 'users.write' },
      schema: {
        refusals: [409],
        tags,
        summary:
          '重新生成初始密码（系统管理员；仅限尚未设置本人密码的账号，如初始密码已过期；返回新的一次性初始密码）',
        params: idParam,
        response: { 200: initialPasswordOutput },
      },
    },
    async (req) => accounts.reissueInitialPassword(userCtx(req), req.params.id),
  );

  r.post(
    '/api/v1/users/:id/disable',
    {
      config: { access: 'users.write' },
      schema: {
        refusals: [409],
        tags,
        summary: '停用账号（结束其会话，其 API 令牌停止生效）',
        params: idParam,
        body: accountStatusInput,
        response: { 200: ok },
      },
    },
    async (req) => {
      await accounts.disable(userCtx(req), req.params.id, req.body.reason);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/users/:id/enable',
    {
      config: { access: 'users.write' },
      schema: { tags, summary: '启用账号', params: idParam, body: accountStatusInput, response: { 200: ok } },
    },
    async (req) => {
      await accounts.enable(userCtx(req), req.params.id, req.body.reason);
      return { ok: true as const };
    },
  );
}

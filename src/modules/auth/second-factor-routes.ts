// H1 HTTP: two-factor sign-in — the code after the password, the enrolment (QR code from the otpauth
// URI, confirmed by a first code, recovery codes shown once), the 安全管理员's reset of a lost factor and
// the body's setting.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser, userCtx } from '../access/index.ts';
import type { AuthService } from './service.ts';
import type { SecondFactorService } from './second-factor.ts';
import { authSettingsInput, authSettingsOutput, secondFactorCodeInput } from './types.ts';
import { idParam } from '../bodies/index.ts';

const ok = z.object({ ok: z.literal(true) });

export function secondFactorRoutes(app: FastifyInstance, auth: AuthService, factors: SecondFactorService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['认证与账号'];
  const owing = { access: 'authenticated', beforeSecondFactor: true } as const;

  r.post(
    '/api/v1/auth/second-factor/verify',
    {
      config: owing,
      schema: {
        refusals: [409, 423],
        tags,
        summary: '两步验证：输入动态验证码或恢复码（错误计入登录失败次数）',
        body: secondFactorCodeInput,
        response: { 200: ok },
      },
    },
    async (req) => {
      await auth.verifySecondFactor(userCtx(req), currentUser(req), req.body.code);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/auth/second-factor/enrol',
    {
      config: owing,
      schema: {
        tags,
        summary: '开始设置两步验证：返回密钥与 otpauth 链接（生成二维码供验证器应用扫描）',
        response: { 200: z.object({ secret: z.string(), otpauthUri: z.string() }) },
      },
    },
    async (req) => factors.startEnrolment(userCtx(req), currentUser(req)),
  );

  r.post(
    '/api/v1/auth/second-factor/activate',
    {
      config: owing,
      schema: {
        tags,
        summary: '确认两步验证：输入验证器显示的验证码；返回恢复码（仅显示一次）',
        body: secondFactorCodeInput,
        response: { 200: z.object({ recoveryCodes: z.array(z.string()) }) },
      },
    },
    async (req) => factors.activate(userCtx(req), currentUser(req), req.body.code),
  );

  r.post(
    '/api/v1/users/:id/second-factor/reset',
    {
      config: { access: 'users.reset_factor' },
      schema: {
        refusals: [409],
        tags,
        summary: '重置两步验证（安全管理员；用于丢失验证器，结束该账号的全部会话）',
        params: idParam,
        response: { 200: ok },
      },
    },
    async (req) => {
      await factors.reset(userCtx(req), req.params.id);
      return { ok: true as const };
    },
  );

  r.get(
    '/api/v1/auth/settings',
    {
      config: { access: 'auth.settings' },
      schema: { tags, summary: '本单位登录安全设置', response: { 200: authSettingsOutput } },
    },
    async (req) => factors.settings(userCtx(req)),
  );

  r.put(
    '/api/v1/auth/settings',
    {
      config: { access: 'auth.settings' },
      schema: {
        tags,
        summary: '修改本单位登录安全设置（系统管理角色与主要负责人是否须两步验证）',
        body: authSettingsInput,
        response: { 200: authSettingsOutput },
      },
    },
    async (req) => factors.saveSettings(userCtx(req), req.body),
  );
}

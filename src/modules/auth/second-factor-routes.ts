// H1 HTTP: two-factor sign-in — the code after the password, the enrolment (TOTP: QR code from the
// otpauth URI; SM3: the seed; confirmed by a first code, recovery codes shown once), the holder's own
// status and turning it off where optional, the 安全管理员's binding of a 国密 token and reset of a lost
// factor, and the body's settings.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser, userCtx } from '../access/index.ts';
import type { AuthService } from './service.ts';
import type { SecondFactorService } from './second-factor.ts';
import {
  authSettingsInput,
  authSettingsOutput,
  bindTokenInput,
  enrolmentOutput,
  secondFactorCodeInput,
  secondFactorStatusOutput,
} from './types.ts';
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
        refusals: [409],
        tags,
        summary:
          '开始设置两步验证（按本单位算法）：TOTP 返回密钥与 otpauth 链接（生成二维码供验证器应用扫描）；SM3 返回令牌种子（十六进制）',
        response: { 200: enrolmentOutput },
      },
    },
    async (req) => factors.startEnrolment(userCtx(req), currentUser(req)),
  );

  r.post(
    '/api/v1/auth/second-factor/activate',
    {
      config: owing,
      schema: {
        refusals: [409],
        tags,
        summary: '确认两步验证：输入验证器显示的验证码；返回恢复码（仅显示一次）',
        body: secondFactorCodeInput,
        response: { 200: z.object({ recoveryCodes: z.array(z.string()) }) },
      },
    },
    async (req) => factors.activate(userCtx(req), currentUser(req), req.body.code),
  );

  r.get(
    '/api/v1/auth/second-factor',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '本人的两步验证状态（是否已启用、方式、本单位是否要求）',
        response: { 200: secondFactorStatusOutput },
      },
    },
    async (req) => factors.status(userCtx(req), currentUser(req)),
  );

  r.post(
    '/api/v1/auth/second-factor/disable',
    {
      config: { access: 'authenticated' },
      schema: {
        refusals: [409, 423],
        tags,
        summary: '关闭本人的两步验证（须输入当前动态验证码；本单位要求的角色不能关闭；错误计入登录失败次数）',
        body: secondFactorCodeInput,
        response: { 200: ok },
      },
    },
    async (req) => {
      await auth.disableSecondFactor(userCtx(req), currentUser(req), req.body.code);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/users/:id/second-factor/token',
    {
      config: { access: 'users.bind_token' },
      schema: {
        refusals: [409],
        tags,
        summary:
          '绑定国密动态令牌（安全管理员；GM/T 0021 SM3 令牌，录入厂商提供的序列号与种子，并输入令牌当前口令核对）',
        params: idParam,
        body: bindTokenInput,
        response: { 200: ok },
      },
    },
    async (req) => {
      await factors.bindToken(userCtx(req), req.params.id, req.body);
      return { ok: true as const };
    },
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
        summary: '修改本单位登录安全设置（系统管理角色与主要负责人是否须两步验证；动态口令算法 TOTP 或 SM3）',
        body: authSettingsInput,
        response: { 200: authSettingsOutput },
      },
    },
    async (req) => factors.saveSettings(userCtx(req), req.body),
  );
}

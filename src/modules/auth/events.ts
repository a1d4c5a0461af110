// H1, H2, H7 the ledger events of the auth module: sign-in and its failures, accounts and their roles,
// API tokens; and how the audit log names accounts and tokens.
import { z } from 'zod';
import { beijingTime, labelled, lines } from '../../platform/ledger/details.ts';
import { defineEvents, type ModuleEvents, type PayloadsOf } from '../../platform/ledger/events.ts';
import { ROLE_LABELS } from '../access/index.ts';
import * as repo from './repo.ts';

const FAILURE_REASONS = {
  unknown_user: '用户名不存在',
  disabled: '账号已停用',
  locked: '账号已锁定',
  bad_password: '密码错误',
  bad_current_password: '修改密码时当前密码错误',
  bad_code: '两步验证码错误',
  initial_password_expired: '初始密码已过期',
} as const;
export type FailureReason = keyof typeof FAILURE_REASONS;

const failure = z.object({
  username: z.string().optional(),
  reason: z.enum(Object.keys(FAILURE_REASONS) as [keyof typeof FAILURE_REASONS]),
  lockedUntil: z.string().nullable().optional(),
});
const failureDetails = (p: z.output<typeof failure>) =>
  lines(['用户名', p.username], ['原因', FAILURE_REASONS[p.reason]], ['锁定至', beijingTime(p.lockedUntil)]);
const roles = (codes: readonly string[]) => labelled(ROLE_LABELS, codes);
const otpAlgorithm = z.enum(['totp', 'sm3']);
const OTP_ALGORITHM_LABELS = {
  totp: 'TOTP 动态验证码（验证器应用）',
  sm3: 'SM3 动态口令（GM/T 0021 国密令牌）',
} as const;

export const authEvents = defineEvents({
  'auth.login': {
    label: '登录',
    domain: 'H1',
    payload: z.object({ username: z.string() }),
    details: (p) => lines(['用户名', p.username]),
  },
  'auth.login_failed': { label: '登录失败', domain: 'H1', payload: failure, details: failureDetails },
  'auth.account_locked': { label: '账号锁定', domain: 'H1', payload: failure, details: failureDetails },
  'auth.logout': { label: '退出登录', domain: 'H1', payload: z.object({}) },
  'user.password_change_failed': {
    label: '修改密码失败',
    domain: 'H1',
    payload: failure,
    details: failureDetails,
  },
  'user.password_changed': {
    label: '修改密码',
    domain: 'H1',
    payload: z.object({ initial: z.boolean().optional() }),
    details: (p) => lines(['说明', p.initial ? '以初始密码登录后设置本人密码' : undefined]),
  },
  'user.password_reset': { label: '重置密码', domain: 'H1', payload: z.object({}) },
  'user.initial_password_reissued': {
    label: '重新生成初始密码',
    domain: 'H2',
    payload: z.object({ expired: z.boolean() }),
    details: (p) => lines(['原因', p.expired ? '初始密码已过期' : '初始密码未使用，重新生成']),
  },
  'auth.second_factor': {
    label: '两步验证通过',
    domain: 'H1',
    payload: z.object({ method: z.enum(['totp', 'recovery']) }),
    details: (p) => lines(['方式', p.method === 'totp' ? '动态验证码' : '恢复码']),
  },
  'auth.second_factor_failed': {
    label: '两步验证失败',
    domain: 'H1',
    payload: failure,
    details: failureDetails,
  },
  'user.totp_enrolled': {
    label: '设置两步验证',
    domain: 'H1',
    payload: z.object({ algorithm: otpAlgorithm.optional() }),
    details: (p) => lines(['方式', p.algorithm ? OTP_ALGORITHM_LABELS[p.algorithm] : undefined]),
  },
  'user.totp_reset': { label: '重置两步验证', domain: 'H1', payload: z.object({}) },
  'user.totp_disabled': { label: '关闭两步验证', domain: 'H1', payload: z.object({}) },
  'user.otp_token_bound': {
    label: '绑定动态令牌',
    domain: 'H1',
    payload: z.object({ serial: z.string() }),
    details: (p) => lines(['令牌序列号', p.serial], ['方式', OTP_ALGORITHM_LABELS.sm3]),
  },
  'auth.settings_changed': {
    label: '修改登录安全设置',
    domain: 'H1',
    payload: z.object({
      totpForPrivileged: z.boolean(),
      otpAlgorithm: otpAlgorithm.optional(),
      reason: z.string(),
    }),
    details: (p) =>
      lines(
        ['系统管理角色与主要负责人须两步验证', p.totpForPrivileged],
        ['动态口令算法', p.otpAlgorithm ? OTP_ALGORITHM_LABELS[p.otpAlgorithm] : undefined],
        ['理由', p.reason],
      ),
  },
  'user.unlocked': { label: '解除锁定', domain: 'H1', payload: z.object({}) },
  'user.disabled': {
    label: '停用账号',
    domain: 'H2',
    payload: z.object({ reason: z.string() }),
    details: (p) => lines(['理由', p.reason]),
  },
  'user.enabled': {
    label: '启用账号',
    domain: 'H2',
    payload: z.object({ reason: z.string() }),
    details: (p) => lines(['理由', p.reason]),
  },
  'user.created': {
    label: '新建账号',
    domain: 'H2',
    payload: z.object({ username: z.string(), roles: z.array(z.string()) }),
    details: (p) => lines(['用户名', p.username], ['角色', roles(p.roles)]),
  },
  'user.roles_changed': {
    label: '分配角色',
    domain: 'A5',
    payload: z.object({ from: z.array(z.string()), to: z.array(z.string()), reason: z.string() }),
    details: (p) => lines(['原角色', roles(p.from)], ['新角色', roles(p.to)], ['理由', p.reason]),
  },
  'api_token.created': {
    label: '创建 API 令牌',
    domain: 'H7',
    payload: z.object({ name: z.string(), expiresAt: z.string().nullable() }),
    details: (p) => lines(['令牌名称', p.name], ['有效期至', beijingTime(p.expiresAt) ?? '长期']),
  },
  'api_token.revoked': { label: '吊销 API 令牌', domain: 'H7', payload: z.object({}) },
});

declare module '../../platform/ledger/events.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by its heritage
  interface LedgerEventMap extends PayloadsOf<typeof authEvents> {}
}

export const authLedger: ModuleEvents = {
  events: authEvents,
  entities: {
    user: {
      label: '账号',
      names: async (db, ids) =>
        new Map(
          (await repo.userNames(db, ids)).map((u) => [u.id, { name: `${u.displayName}（${u.username}）` }]),
        ),
      find: (db, text, limit) => repo.findUserIds(db, text, limit),
    },
    api_token: {
      label: 'API 令牌',
      names: async (db, ids) =>
        new Map((await repo.apiTokenNames(db, ids)).map((t) => [t.id, { name: t.name }])),
    },
  },
};

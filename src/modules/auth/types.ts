// H1–H2 input/output shapes of the auth module.
import { z } from 'zod';
import { trimmedText } from '../../platform/text.ts';
import { ROLES, type Permission, type SessionUser } from '../access/index.ts';
import { asRoles } from './rules.ts';

/** The request user from an account row and its body, however the request authenticated. */
export function sessionUserOf(
  row: {
    user: {
      id: string;
      username: string;
      displayName: string;
      bodyId: string;
      personId: string | null;
      roles: string[];
      mustChangePassword: boolean;
    };
    bodyPath: string;
    bodyName: string;
  },
  auth: {
    csrfToken: string;
    tokenHash: string;
    viaToken?: boolean;
    secondFactor?: 'verify' | 'enrol' | null;
  },
): SessionUser {
  const { id, username, displayName, bodyId, personId } = row.user;
  return {
    id,
    username,
    displayName,
    bodyId,
    personId,
    bodyPath: row.bodyPath,
    bodyName: row.bodyName,
    roles: asRoles(row.user.roles),
    mustChangePassword: row.user.mustChangePassword,
    ...auth,
  };
}

export const loginInput = z.object({
  username: trimmedText().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(128),
});

export const secondFactorOutput = z.enum(['verify', 'enrol']).nullable();

export const loginOutput = z.object({
  csrfToken: z.string(),
  /** The second factor still owed: 'verify' (enter a code), 'enrol' (set one up), null (signed in). */
  secondFactor: secondFactorOutput,
  /** Signed in with a one-time initial password: only the password change is open until it is set. */
  mustChangePassword: z.boolean(),
});

export const roleEnum = z.enum(ROLES);
export const otpAlgorithmEnum = z.enum(['totp', 'sm3']);

export const meOutput = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  bodyId: z.uuid(),
  bodyName: z.string(),
  personId: z.uuid().nullable(),
  roles: z.array(roleEnum),
  permissions: z.array(z.string()),
  csrfToken: z.string(),
  mustChangePassword: z.boolean(),
  secondFactor: secondFactorOutput,
});

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1).max(128),
  newPassword: z.string().min(1).max(128),
});

export const userOutput = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  bodyId: z.uuid(),
  bodyName: z.string(),
  personId: z.uuid().nullable(),
  roles: z.array(roleEnum),
  status: z.enum(['active', 'disabled']),
  lockedUntil: z.string().nullable(),
  mustChangePassword: z.boolean(),
  /** Has a second factor (TOTP). Absent from the answers that create or change roles. */
  totpEnrolled: z.boolean().optional(),
  /** The enrolled factor's algorithm and, for a bound 国密 hardware token, its serial (listing only). */
  factorAlgorithm: otpAlgorithmEnum.nullable().optional(),
  factorTokenSerial: z.string().nullable().optional(),
  /** Until when the one-time initial password works (null: the holder chose theirs). Listing and creation. */
  initialPasswordExpiresAt: z.string().nullable().optional(),
  /** The initial password is past INITIAL_PASSWORD_DAYS: 初始密码已过期, the 系统管理员 issues another. */
  initialPasswordExpired: z.boolean().optional(),
  version: z.number().int(),
});

/** The one-time initial password is in the answer that creates or resets it, and nowhere else. */
export const createdUserOutput = userOutput.extend({ initialPassword: z.string() });
export const initialPasswordOutput = z.object({
  initialPassword: z.string(),
  /** When it stops working (INITIAL_PASSWORD_DAYS after now). */
  expiresAt: z.string(),
});

// Strict: a password sent along is refused rather than ignored (the server draws the initial password).
export const createUserInput = z.strictObject({
  username: trimmedText().regex(
    /^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/,
    '用户名须为 3–32 位字母、数字、下划线，以字母开头',
  ),
  displayName: trimmedText().min(1).max(50),
  bodyId: z.uuid(),
  personId: z.uuid().nullable().optional(),
  /**
   * Kept so that a request granting roles gets a clear refusal instead of having them silently dropped:
   * the 系统管理员 creates accounts without roles; the 安全管理员 assigns them (三员分立).
   */
  roles: z.array(roleEnum).max(ROLES.length).optional(),
});

export const accountStatusInput = z.object({
  reason: trimmedText().min(2, '请填写理由').max(500),
});

export const assignRolesInput = z.object({
  roles: z.array(roleEnum).min(1, '至少需要一个角色').max(ROLES.length),
  version: z.number().int().min(1),
  reason: trimmedText().min(2, '请填写变更理由').max(500),
});

export type Permissions = Permission[];

export const createTokenInput = z.object({
  name: trimmedText().min(1, '请填写令牌用途').max(100),
  /** Omitted or null: the longest allowed (API_TOKEN_MAX_DAYS, one year by default); later: refused. */
  expiresAt: z.iso.datetime({ offset: true }).nullable().default(null),
});
export const tokenOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  /** When it stops working: never later than API_TOKEN_MAX_DAYS after its creation. */
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  createdAt: z.string(),
});

export const secondFactorCodeInput = z.object({
  code: trimmedText().min(6, '请输入验证码').max(20),
});
export const authSettingsOutput = z.object({
  totpForPrivileged: z.boolean(),
  /** The codes new enrolments use: TOTP (authenticator apps) or SM3 (GM/T 0021 国密 tokens). */
  otpAlgorithm: otpAlgorithmEnum,
  version: z.number().int(),
});
export const authSettingsInput = z.object({
  totpForPrivileged: z.boolean(),
  /** Left out: unchanged. */
  otpAlgorithm: otpAlgorithmEnum.optional(),
  version: z.number().int().min(0),
  reason: trimmedText().min(2, '请填写理由').max(500),
});

export const enrolmentOutput = z.object({
  algorithm: otpAlgorithmEnum,
  /** TOTP: the base32 secret; SM3: the seed in hex, for the 国密 software token. */
  secret: z.string(),
  /** TOTP only: the otpauth:// URI an authenticator app reads from the QR code. */
  otpauthUri: z.string().nullable(),
});

export const secondFactorStatusOutput = z.object({
  enrolled: z.boolean(),
  algorithm: otpAlgorithmEnum.nullable(),
  /** A 国密 hardware token bound by the 安全管理员: its serial. */
  tokenSerial: z.string().nullable(),
  recoveryCodesLeft: z.number().int(),
  /** The body requires it of the account's roles: it cannot be turned off by its holder. */
  required: z.boolean(),
  /** The algorithm an enrolment now would use. */
  bodyAlgorithm: otpAlgorithmEnum,
});

export const bindTokenInput = z.object({
  serial: trimmedText().regex(/^[A-Za-z0-9-]{4,32}$/, '令牌序列号须为 4–32 位字母、数字或连字符'),
  /** The token's seed from the vendor's seed file, hex (16–64 bytes). */
  seed: trimmedText().min(32, '请输入令牌种子').max(200),
  /** The code the token shows now: proves the seed and the token's clock. */
  code: trimmedText().regex(/^\d{6}$/, '请输入令牌当前显示的 6 位动态口令'),
});

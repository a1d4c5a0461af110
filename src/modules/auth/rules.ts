// H1 / A5 pure rules: password policy, lockout, idle timeout and separation of the system roles.
import { ROLES, ROLE_LABELS, SYSTEM_TRIAD, type Role } from '../access/index.ts';

export const LOCKOUT = { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 } as const;

/** Password policy (等保 2.0 level 3 practice): ≥ 10 chars, three of four classes, no username. */
export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < 10) problems.push('密码长度至少 10 位');
  if (password.length > 128) problems.push('密码长度不能超过 128 位');
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('密码须包含大写字母、小写字母、数字、符号中的至少三类');
  if (username && password.toLowerCase().includes(username.toLowerCase()))
    problems.push('密码不能包含用户名');
  return problems;
}

/** Given the failures inside the window (including the one just made), when does the lock end? */
export function lockUntilAfterFailure(failuresInWindow: number, now: Date): Date | null {
  if (failuresInWindow < LOCKOUT.maxFailures) return null;
  return new Date(now.getTime() + LOCKOUT.lockMinutes * 60_000);
}

export function isLocked(lockedUntil: string | null, now: Date): boolean {
  return lockedUntil !== null && new Date(lockedUntil).getTime() > now.getTime();
}

export function isSessionIdle(lastSeenAt: string, now: Date, idleMinutes: number): boolean {
  return now.getTime() - new Date(lastSeenAt).getTime() > idleMinutes * 60_000;
}

/** How stale a session's last-seen instant may get before a request writes it again. */
export const TOUCH_AFTER_MS = 60_000;

/**
 * Whether a request at `now` writes the session's last-seen instant: writing it on every request would
 * make every read a write, and a minute's slack is harmless against an idle timeout of minutes.
 */
export function isTouchDue(lastSeenAt: string, now: Date): boolean {
  return now.getTime() - new Date(lastSeenAt).getTime() > TOUCH_AFTER_MS;
}

export type RoleProblem = {
  code: 'UNKNOWN_ROLE' | 'DUPLICATE_ROLE' | 'SEPARATION_OF_DUTIES' | 'EMPTY';
  message: string;
};

const labels = (roles: readonly Role[]) => roles.map((r) => ROLE_LABELS[r]).join('、');

/**
 * 三员分立 (A5): a 系统管理员 / 安全管理员 / 审计管理员 account holds that one role and nothing else — not a
 * second system role, and no business role (which would let it read the cases it administers or audits).
 */
export function roleProblems(roles: readonly string[]): RoleProblem[] {
  if (roles.length === 0) return [{ code: 'EMPTY', message: '至少需要一个角色' }];
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length) return [{ code: 'UNKNOWN_ROLE', message: `未知角色：${unknown.join('、')}` }];
  const repeated = roles.filter((r, i) => roles.indexOf(r) !== i);
  if (repeated.length) return [{ code: 'DUPLICATE_ROLE', message: `角色重复：${labels(asRoles(repeated))}` }];
  const triad = SYSTEM_TRIAD.filter((r) => roles.includes(r));
  if (triad.length > 1) {
    return [
      {
        code: 'SEPARATION_OF_DUTIES',
        message: `三员分立：${labels(triad)} 不能由同一账号兼任`,
      },
    ];
  }
  const business = asRoles(roles).filter((r) => !SYSTEM_TRIAD.includes(r));
  if (triad.length === 1 && business.length) {
    return [
      {
        code: 'SEPARATION_OF_DUTIES',
        message: `三员分立：${labels(triad)}不能兼任业务角色（${labels(business)}）`,
      },
    ];
  }
  return [];
}

/**
 * Disabling an account must leave each system role it holds with another active holder, or nobody
 * could assign roles (安全管理员), read the audit log (审计管理员) or manage accounts (系统管理员).
 */
export function lastHolderProblem(
  roles: readonly Role[],
  otherActiveHolders: (role: Role) => number,
): string | null {
  const last = SYSTEM_TRIAD.filter((r) => roles.includes(r) && otherActiveHolders(r) === 0);
  return last.length ? `不能停用最后一个有效的${labels(last)}账号` : null;
}

export function asRoles(roles: readonly string[]): Role[] {
  return roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r));
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * H1 / 三员: when a one-time initial password (new account, or reset) stops working — `days` after it was
 * issued; null for a password its holder chose. An initial password nobody used is a standing credential
 * in someone's hands (a slip of paper, a chat message), so it does not live on.
 */
export function initialPasswordExpiry(
  account: { mustChangePassword: boolean; passwordChangedAt: string },
  days: number,
): Date | null {
  if (!account.mustChangePassword) return null;
  return new Date(new Date(account.passwordChangedAt).getTime() + days * DAY_MS);
}

/** Whether the account's initial password has stopped working at `now` (at its expiry instant: yes). */
export function isInitialPasswordExpired(
  account: { mustChangePassword: boolean; passwordChangedAt: string },
  now: Date,
  days: number,
): boolean {
  const expiry = initialPasswordExpiry(account, days);
  return expiry !== null && now.getTime() >= expiry.getTime();
}

/**
 * H7: the expiry a new API token gets. None asked for: the longest allowed (capped, not refused, so an
 * integration that never chose one still gets a token that ends). One asked for: it must lie after now
 * and no later than the longest allowed (refused otherwise, naming the latest date).
 */
export function grantedTokenExpiry(
  requested: string | null,
  now: Date,
  maxDays: number,
): { expiresAt: string } | { problem: string } {
  const latest = new Date(now.getTime() + maxDays * DAY_MS);
  if (requested === null) return { expiresAt: latest.toISOString() };
  const at = new Date(requested).getTime();
  if (at <= now.getTime()) return { problem: '字段「expiresAt」必须晚于当前时间' };
  if (at > latest.getTime())
    return {
      problem: `字段「expiresAt」不能晚于 ${latest.toISOString()}（API 令牌最长有效 ${maxDays} 天）`,
    };
  return { expiresAt: new Date(at).toISOString() };
}

/**
 * When a stored token stops working: its own expiry, but never later than the longest allowed counted
 * from its creation — so tokens made without an expiry (before the limit existed) or under a longer
 * limit end too.
 */
export function effectiveTokenExpiry(expiresAt: string | null, createdAt: string, maxDays: number): Date {
  const cap = new Date(createdAt).getTime() + maxDays * DAY_MS;
  return new Date(expiresAt === null ? cap : Math.min(new Date(expiresAt).getTime(), cap));
}

/** Roles a body's two-factor setting applies to: the three system roles and the head (主要负责人). */
export const PRIVILEGED_ROLES: readonly Role[] = [...SYSTEM_TRIAD, 'head'];

export type SecondFactorState = 'verify' | 'enrol' | null;

/**
 * What a session still owes after the password (H1): a code when the account has a second factor; an
 * enrolment when its body requires one of privileged roles and it has none; nothing otherwise.
 */
export function secondFactorState(
  account: { enrolled: boolean; roles: readonly string[] },
  totpForPrivileged: boolean,
): SecondFactorState {
  if (account.enrolled) return 'verify';
  const privileged = account.roles.some((r) => (PRIVILEGED_ROLES as readonly string[]).includes(r));
  return totpForPrivileged && privileged ? 'enrol' : null;
}

// H1 / A5 pure rules: password policy, lockout and idle boundaries, 三员分立, the initial password.
import { describe, expect, it } from 'vitest';
import {
  asRoles,
  effectiveTokenExpiry,
  grantedTokenExpiry,
  initialPasswordExpiry,
  isInitialPasswordExpired,
  isLocked,
  isSessionIdle,
  isTouchDue,
  lastHolderProblem,
  LOCKOUT,
  lockUntilAfterFailure,
  passwordProblems,
  roleProblems,
  secondFactorState,
} from './rules.ts';
import { ROLES, SYSTEM_TRIAD } from '../access/index.ts';
import { initialPassword } from './initial-password.ts';

const LENGTH = '密码长度至少 10 位';
const TOO_LONG = '密码长度不能超过 128 位';
const CLASSES = '密码须包含大写字母、小写字母、数字、符号中的至少三类';
const USERNAME = '密码不能包含用户名';

describe('passwordProblems', () => {
  it('accepts a password of 10 characters with three classes', () => {
    expect(passwordProblems('Abcdefgh12', 'zhang')).toEqual([]);
    expect(passwordProblems('Sanxiang-Demo-2026', 'officer1')).toEqual([]);
  });

  it('accepts every combination of exactly three of the four classes', () => {
    expect(passwordProblems('abcdefgh1!', 'u')).toEqual([]); // lower, digit, symbol
    expect(passwordProblems('ABCDEFGH1!', 'u')).toEqual([]); // upper, digit, symbol
    expect(passwordProblems('Abcdefghi!', 'u')).toEqual([]); // upper, lower, symbol
    expect(passwordProblems('Abcdefghi1', 'u')).toEqual([]); // upper, lower, digit
  });

  it('refuses 9 characters and accepts 10', () => {
    expect(passwordProblems('Abcdefg12', 'u')).toEqual([LENGTH]);
    expect(passwordProblems('Abcdefg123', 'u')).toEqual([]);
  });

  it('refuses more than 128 characters and accepts exactly 128', () => {
    const base = 'Aa1!';
    expect(passwordProblems(base.repeat(32), 'u')).toEqual([]);
    expect(passwordProblems(`${base.repeat(32)}x`, 'u')).toEqual([TOO_LONG]);
  });

  it('refuses only two character classes', () => {
    expect(passwordProblems('abcdefghij12', 'u')).toEqual([CLASSES]);
    expect(passwordProblems('ABCDEFGHIJ!!', 'u')).toEqual([CLASSES]);
    expect(passwordProblems('abcdefghijKL', 'u')).toEqual([CLASSES]);
    expect(passwordProblems('1234567890!!', 'u')).toEqual([CLASSES]);
  });

  it('counts CJK and spaces as symbols', () => {
    expect(passwordProblems('abcdefgh1中', 'u')).toEqual([]);
    expect(passwordProblems('abcdefgh1 ', 'u')).toEqual([]);
  });

  it('refuses a password containing the username, case-insensitively', () => {
    expect(passwordProblems('Officer1-2026!', 'officer1')).toEqual([USERNAME]);
    expect(passwordProblems('xxOFFICER1xx!', 'Officer1')).toEqual([USERNAME]);
    expect(passwordProblems('Officer2-2026!', 'officer1')).toEqual([]);
  });

  it('ignores the username rule when there is no username', () => {
    expect(passwordProblems('Abcdefgh12', '')).toEqual([]);
  });

  it('reports every rule that fails, in order', () => {
    expect(passwordProblems('abc', 'abc')).toEqual([LENGTH, CLASSES, USERNAME]);
    expect(passwordProblems('', 'u')).toEqual([LENGTH, CLASSES]);
  });
});

describe('lockout', () => {
  const now = new Date('2026-05-01T08:00:00.000Z');

  it('uses 5 failures within 15 minutes and a 15-minute lock', () => {
    expect(LOCKOUT).toEqual({ maxFailures: 5, windowMinutes: 15, lockMinutes: 15 });
  });

  it('does not lock after 4 failures', () => {
    expect(lockUntilAfterFailure(0, now)).toBeNull();
    expect(lockUntilAfterFailure(1, now)).toBeNull();
    expect(lockUntilAfterFailure(4, now)).toBeNull();
  });

  it('locks for 15 minutes at the 5th failure and beyond', () => {
    expect(lockUntilAfterFailure(5, now)?.toISOString()).toBe('2026-05-01T08:15:00.000Z');
    expect(lockUntilAfterFailure(6, now)?.toISOString()).toBe('2026-05-01T08:15:00.000Z');
  });

  it('is locked strictly before locked_until and not at or after it', () => {
    expect(isLocked(null, now)).toBe(false);
    expect(isLocked('2026-05-01T08:00:00.001Z', now)).toBe(true);
    expect(isLocked('2026-05-01T08:00:00.000Z', now)).toBe(false);
    expect(isLocked('2026-05-01T07:59:59.999Z', now)).toBe(false);
  });

  it('reads PostgreSQL timestamptz text with an offset', () => {
    expect(isLocked('2026-05-01 16:00:01+08', now)).toBe(true);
    expect(isLocked('2026-05-01 15:59:59+08', now)).toBe(false);
  });
});

describe('idle timeout', () => {
  const now = new Date('2026-05-01T08:00:00.000Z');
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

  it('keeps a session idle for exactly 30 minutes', () => {
    expect(isSessionIdle(ago(30 * 60_000), now, 30)).toBe(false);
    expect(isSessionIdle(ago(29 * 60_000), now, 30)).toBe(false);
    expect(isSessionIdle(ago(0), now, 30)).toBe(false);
  });

  it('expires a session idle for more than 30 minutes', () => {
    expect(isSessionIdle(ago(30 * 60_000 + 1), now, 30)).toBe(true);
    expect(isSessionIdle(ago(31 * 60_000), now, 30)).toBe(true);
  });

  it('honours a configured idle time', () => {
    expect(isSessionIdle(ago(5 * 60_000), now, 5)).toBe(false);
    expect(isSessionIdle(ago(6 * 60_000), now, 5)).toBe(true);
  });

  it('writes the last-seen instant again only when it is more than a minute old', () => {
    expect(isTouchDue(ago(0), now)).toBe(false);
    expect(isTouchDue(ago(60_000), now)).toBe(false);
    expect(isTouchDue(ago(60_001), now)).toBe(true);
    // Never later than the shortest idle timeout (1 minute), so a cached session cannot outlive it.
    expect(isTouchDue(ago(60_001), now)).toBe(isSessionIdle(ago(60_001), now, 1));
  });
});

describe('roleProblems (三员分立)', () => {
  const pairs: [string, string][] = [
    ['sysadmin', 'secadmin'],
    ['sysadmin', 'auditor'],
    ['secadmin', 'auditor'],
  ];

  it.each(pairs)('refuses %s together with %s, in either order', (a, b) => {
    for (const roles of [
      [a, b],
      [b, a],
      [a, b, 'officer'],
    ]) {
      const problems = roleProblems(roles);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.code).toBe('SEPARATION_OF_DUTIES');
    }
  });

  it('names both roles in Chinese', () => {
    expect(roleProblems(['sysadmin', 'auditor'])).toEqual([
      { code: 'SEPARATION_OF_DUTIES', message: '三员分立：系统管理员、审计管理员 不能由同一账号兼任' },
    ]);
    expect(roleProblems(['auditor', 'secadmin'])).toEqual([
      { code: 'SEPARATION_OF_DUTIES', message: '三员分立：安全管理员、审计管理员 不能由同一账号兼任' },
    ]);
  });

  it('refuses all three system roles at once', () => {
    expect(roleProblems([...SYSTEM_TRIAD])).toEqual([
      {
        code: 'SEPARATION_OF_DUTIES',
        message: '三员分立：系统管理员、安全管理员、审计管理员 不能由同一账号兼任',
      },
    ]);
  });

  it('accepts each system role alone', () => {
    for (const r of SYSTEM_TRIAD) expect(roleProblems([r])).toEqual([]);
  });

  it('refuses a system role with any business role, naming both', () => {
    const business = ROLES.filter((r) => !SYSTEM_TRIAD.includes(r));
    for (const r of SYSTEM_TRIAD)
      for (const b of business) {
        expect(roleProblems([r, b]).map((p) => p.code)).toEqual(['SEPARATION_OF_DUTIES']);
        expect(roleProblems([b, r]).map((p) => p.code)).toEqual(['SEPARATION_OF_DUTIES']);
      }
    expect(roleProblems(['auditor', 'head'])).toEqual([
      { code: 'SEPARATION_OF_DUTIES', message: '三员分立：审计管理员不能兼任业务角色（主要负责人）' },
    ]);
    expect(roleProblems(['officer', 'sysadmin', 'reviewer'])).toEqual([
      {
        code: 'SEPARATION_OF_DUTIES',
        message: '三员分立：系统管理员不能兼任业务角色（执法人员、法制审核人员）',
      },
    ]);
  });

  it('refuses a role listed twice (the database would count it as two)', () => {
    expect(roleProblems(['sysadmin', 'sysadmin'])).toEqual([
      { code: 'DUPLICATE_ROLE', message: '角色重复：系统管理员' },
    ]);
    expect(roleProblems(['officer', 'reviewer', 'officer'])).toEqual([
      { code: 'DUPLICATE_ROLE', message: '角色重复：执法人员' },
    ]);
  });

  it('accepts every single role and every business combination', () => {
    for (const r of ROLES) expect(roleProblems([r])).toEqual([]);
    expect(roleProblems(['unit_head', 'officer'])).toEqual([]);
    expect(roleProblems(['legal_head', 'reviewer'])).toEqual([]);
  });

  it('refuses unknown roles, naming them', () => {
    expect(roleProblems(['officer', 'root'])).toEqual([{ code: 'UNKNOWN_ROLE', message: '未知角色：root' }]);
    expect(roleProblems(['god', 'root'])).toEqual([{ code: 'UNKNOWN_ROLE', message: '未知角色：god、root' }]);
    expect(roleProblems(['Sysadmin'])).toEqual([{ code: 'UNKNOWN_ROLE', message: '未知角色：Sysadmin' }]);
  });

  it('reports unknown roles before a separation problem', () => {
    expect(roleProblems(['sysadmin', 'auditor', 'root'])[0]!.code).toBe('UNKNOWN_ROLE');
  });

  it('refuses an empty role list', () => {
    expect(roleProblems([])).toEqual([{ code: 'EMPTY', message: '至少需要一个角色' }]);
  });
});

describe('lastHolderProblem', () => {
  const holders = (counts: Partial<Record<string, number>>) => (role: string) => counts[role] ?? 0;

  it('refuses to disable the last active holder of a system role, naming it', () => {
    expect(lastHolderProblem(['secadmin'], holders({}))).toBe('不能停用最后一个有效的安全管理员账号');
    expect(lastHolderProblem(['auditor'], holders({ secadmin: 3 }))).toBe(
      '不能停用最后一个有效的审计管理员账号',
    );
  });

  it('allows it when another active holder remains, and always for business roles', () => {
    expect(lastHolderProblem(['secadmin'], holders({ secadmin: 1 }))).toBeNull();
    expect(lastHolderProblem(['officer', 'head'], holders({}))).toBeNull();
    expect(lastHolderProblem([], holders({}))).toBeNull();
  });
});

describe('asRoles', () => {
  it('drops strings that are not roles', () => {
    expect(asRoles(['officer', 'root', 'auditor', ''])).toEqual(['officer', 'auditor']);
    expect(asRoles([])).toEqual([]);
  });
});

describe('initialPassword', () => {
  it('always meets the password policy, is never repeated, and avoids look-alike characters', () => {
    const drawn = Array.from({ length: 2000 }, () => initialPassword('abcd'));
    for (const p of drawn) {
      expect(p).toMatch(/^[A-HJ-NP-Za-km-z2-9]{4}(-[A-HJ-NP-Za-km-z2-9]{4}){3}$/);
      expect(passwordProblems(p, 'abcd')).toEqual([]);
    }
    expect(new Set(drawn).size).toBe(drawn.length);
  });
});

describe('API token lifetime', () => {
  const now = new Date('2026-12-07T02:00:00.000Z');

  it('gives a token asked for without expiry the longest allowed lifetime', () => {
    expect(grantedTokenExpiry(null, now, 365)).toEqual({ expiresAt: '2027-12-07T02:00:00.000Z' });
    expect(grantedTokenExpiry(null, now, 30)).toEqual({ expiresAt: '2027-01-06T02:00:00.000Z' });
  });

  it('accepts an expiry up to the maximum exactly, and refuses one a millisecond beyond it', () => {
    expect(grantedTokenExpiry('2027-12-07T10:00:00+08:00', now, 365)).toEqual({
      expiresAt: '2027-12-07T02:00:00.000Z',
    });
    expect(grantedTokenExpiry('2027-12-07T02:00:00.001Z', now, 365)).toEqual({
      problem: '字段「expiresAt」不能晚于 2027-12-07T02:00:00.000Z（API 令牌最长有效 365 天）',
    });
    expect(grantedTokenExpiry('2099-01-01T00:00:00Z', now, 365)).toHaveProperty('problem');
  });

  it('refuses an expiry at or before now', () => {
    const problem = { problem: '字段「expiresAt」必须晚于当前时间' };
    expect(grantedTokenExpiry(now.toISOString(), now, 365)).toEqual(problem);
    expect(grantedTokenExpiry('2020-01-01T00:00:00Z', now, 365)).toEqual(problem);
    expect(grantedTokenExpiry('2026-12-07T02:00:00.001Z', now, 365)).toEqual({
      expiresAt: '2026-12-07T02:00:00.001Z',
    });
  });

  it('ends a stored token at its expiry, or at creation + the maximum when that is sooner or it has none', () => {
    const created = '2026-01-01T00:00:00.000Z';
    expect(effectiveTokenExpiry(null, created, 365).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(effectiveTokenExpiry('2026-06-01T00:00:00.000Z', created, 365).toISOString()).toBe(
      '2026-06-01T00:00:00.000Z',
    );
    expect(effectiveTokenExpiry('2030-01-01T00:00:00.000Z', created, 365).toISOString()).toBe(
      '2027-01-01T00:00:00.000Z',
    );
    expect(effectiveTokenExpiry('2030-01-01T00:00:00.000Z', created, 10).toISOString()).toBe(
      '2026-01-11T00:00:00.000Z',
    );
  });
});

describe('secondFactorState', () => {
  it('asks an enrolled account for a code, whatever its roles and the setting', () => {
    for (const on of [true, false]) {
      expect(secondFactorState({ enrolled: true, roles: ['officer'] }, on)).toBe('verify');
      expect(secondFactorState({ enrolled: true, roles: ['secadmin'] }, on)).toBe('verify');
    }
  });

  it('makes the system roles and the head enrol when the body requires it', () => {
    for (const role of ['sysadmin', 'secadmin', 'auditor', 'head']) {
      expect(secondFactorState({ enrolled: false, roles: [role] }, true)).toBe('enrol');
      expect(secondFactorState({ enrolled: false, roles: [role] }, false)).toBeNull();
    }
  });

  it('leaves every other role to choose', () => {
    for (const role of ROLES.filter((r) => !['sysadmin', 'secadmin', 'auditor', 'head'].includes(r)))
      expect(secondFactorState({ enrolled: false, roles: [role] }, true)).toBeNull();
    expect(secondFactorState({ enrolled: false, roles: [] }, true)).toBeNull();
  });
});

describe('initial password expiry', () => {
  const issued = '2026-12-07T02:00:00.000Z';
  const initial = { mustChangePassword: true, passwordChangedAt: issued };
  const chosen = { mustChangePassword: false, passwordChangedAt: issued };
  const at = (ms: number) => new Date(Date.parse(issued) + ms);
  const DAY = 24 * 3600_000;

  it('ends an initial password `days` after it was issued', () => {
    expect(initialPasswordExpiry(initial, 3)?.toISOString()).toBe('2026-12-10T02:00:00.000Z');
    expect(initialPasswordExpiry(initial, 1)?.toISOString()).toBe('2026-12-08T02:00:00.000Z');
  });

  it('counts it expired from its expiry instant on, not a millisecond before', () => {
    expect(isInitialPasswordExpired(initial, at(3 * DAY - 1), 3)).toBe(false);
    expect(isInitialPasswordExpired(initial, at(3 * DAY), 3)).toBe(true);
    expect(isInitialPasswordExpired(initial, at(0), 3)).toBe(false);
    expect(isInitialPasswordExpired(initial, at(1 * DAY), 1)).toBe(true);
  });

  it('never expires a password its holder chose', () => {
    expect(initialPasswordExpiry(chosen, 3)).toBeNull();
    expect(isInitialPasswordExpired(chosen, at(1000 * DAY), 3)).toBe(false);
  });
});

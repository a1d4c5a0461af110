// H1 over HTTP: password guessing through the password change (issue 14, finding 4) and account
// enumeration through the login answers (finding 8). Wrong current passwords count with the login
// failures (same lockout, audited); API tokens cannot change passwords; a change ends the account's
// other sessions and nothing else; unknown, disabled and locked accounts answer alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type Client } from '../helpers/app.ts';
import { startWithSystemRoles, type SystemRoles } from '../helpers/system-roles.ts';
import { attemptLogin, createAccount, expectError, loginFrom, randomId, sql } from './support.ts';

describe('password guessing and enumeration', () => {
  let { t, ids, sysadmin, secadmin, auditor } = {} as SystemRoles;
  beforeAll(async () => ({ t, ids, sysadmin, secadmin, auditor } = await startWithSystemRoles()));
  afterAll(async () => t.close());

  const newOfficer = () => createAccount(sysadmin, secadmin, t, ids.district, ['officer']);
  const row = async (id: string) =>
    (
      await sql<{ password_hash: string; locked_until: string | null }>(
        t,
        'select password_hash, locked_until from users where id = $1',
        [id],
      )
    )[0]!;
  const failures = async (username: string) =>
    (
      await sql<{ n: number }>(t, 'select count(*)::int as n from login_failures where username = $1', [
        username,
      ])
    )[0]!.n;
  const sessionCount = async (userId: string) =>
    (await sql<{ n: number }>(t, 'select count(*)::int as n from sessions where user_id = $1', [userId]))[0]!
      .n;
  const change = (client: Client, currentPassword: string, newPassword = 'Brand-New-Pass-1') =>
    client.post('/api/v1/auth/password', { currentPassword, newPassword });
  const bearer = (token: string, url: string, payload?: object) =>
    t.app.inject({
      method: payload ? 'POST' : 'GET',
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload ? { payload } : {}),
    });

  describe('wrong current passwords on POST /api/v1/auth/password', () => {
    it('count with the login failures: 40 guesses get 4 × 401, then 423 and the session ends; 5 failures in all', async () => {
      const user = await newOfficer();
      const guesser = await loginFrom(t, user.username);
      const hash = (await row(user.id)).password_hash;
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await change(guesser, `Guess-Number-${i}`)).statusCode);
      // The 5th locks the account and ends the guessing session; the rest are refused at the door.
      expect(statuses).toEqual([401, 401, 401, 401, 423, ...Array(35).fill(401)]);
      expectError(await guesser.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
      expect(await failures(user.username)).toBe(5);
      expect((await row(user.id)).locked_until).not.toBeNull();
      expect((await row(user.id)).password_hash).toBe(hash);
      // The account is locked for signing in too.
      expectError(await attemptLogin(t, user.username, DEMO_PASSWORD), 401, 'INVALID_CREDENTIALS');
    });

    it('share one count with wrong logins: 3 wrong logins and 2 wrong changes lock the account', async () => {
      const user = await newOfficer();
      const session = await loginFrom(t, user.username);
      for (let i = 0; i < 3; i++) await attemptLogin(t, user.username, 'Wrong-Password-1');
      expectError(await change(session, 'Wrong-Password-2'), 401, 'INVALID_CREDENTIALS');
      const locking = await change(session, 'Wrong-Password-3');
      expectError(locking, 423, 'ACCOUNT_LOCKED');
      expect((await row(user.id)).locked_until).not.toBeNull();
      // Another session of the locked account may not try either, not even with the right password.
      const other = await loginFrom(t, user.username, DEMO_PASSWORD).catch(() => null);
      expect(other).toBeNull();
    });

    it('refuses any attempt while the account is locked, without counting it', async () => {
      const user = await newOfficer();
      const session = await loginFrom(t, user.username);
      for (let i = 0; i < 5; i++) await attemptLogin(t, user.username, 'Wrong-Password-1');
      const res = await change(session, DEMO_PASSWORD);
      expectError(res, 423, 'ACCOUNT_LOCKED');
      expect(await failures(user.username)).toBe(5);
      expectError(await attemptLogin(t, user.username, 'Brand-New-Pass-1'), 401, 'INVALID_CREDENTIALS');
    });

    it('are audited in Chinese, the lock too', async () => {
      const user = await newOfficer();
      const session = await loginFrom(t, user.username);
      for (let i = 0; i < 5; i++) await change(session, `Guess-Number-${i}`);
      const res = await auditor.get(`/api/v1/audit?limit=50&entityId=${user.id}`);
      const items = (
        res.json() as {
          items: { action: string; label: string; details: { label: string; value: string }[] }[];
        }
      ).items.filter((i) => i.action !== 'user.created' && i.action !== 'user.roles_changed');
      expect(items.map((i) => [i.action, i.label])).toEqual([
        ['auth.account_locked', '账号锁定'],
        ...Array(4).fill(['user.password_change_failed', '修改密码失败']),
        ['auth.login', '登录'],
      ]);
      expect(items[1]!.details).toEqual([{ label: '原因', value: '修改密码时当前密码错误' }]);
    });

    it('a right current password clears the failures', async () => {
      const user = await newOfficer();
      const session = await loginFrom(t, user.username);
      for (let i = 0; i < 4; i++) await change(session, `Guess-Number-${i}`);
      expect((await change(session, DEMO_PASSWORD)).statusCode).toBe(200);
      expect(await failures(user.username)).toBe(0);
    });
  });

  describe('API tokens', () => {
    it('cannot change a password (403), and a wrong guess through one is not even checked', async () => {
      const user = await newOfficer();
      const session = await loginFrom(t, user.username);
      const { token } = (await session.post('/api/v1/auth/tokens', { name: '对接' })).json() as {
        token: string;
      };
      const hash = (await row(user.id)).password_hash;
      for (const current of [DEMO_PASSWORD, 'Guess-Number-1']) {
        const res = await bearer(token, '/api/v1/auth/password', {
          currentPassword: current,
          newPassword: 'Brand-New-Pass-1',
        });
        expectError(res, 403, 'FORBIDDEN');
      }
      expect((await row(user.id)).password_hash).toBe(hash);
      expect(await failures(user.username)).toBe(0);
    });
  });

  describe('sessions after a password change', () => {
    it('ends the account’s other sessions, keeps the one that changed it, and leaves tokens and other accounts alone', async () => {
      const user = await newOfficer();
      const bystander = await newOfficer();
      const here = await loginFrom(t, user.username);
      const elsewhere = await loginFrom(t, user.username);
      const theirs = await loginFrom(t, bystander.username);
      const { token } = (await here.post('/api/v1/auth/tokens', { name: '对接' })).json() as {
        token: string;
      };

      expect((await change(here, DEMO_PASSWORD)).statusCode).toBe(200);
      expect((await here.get('/api/v1/auth/me')).statusCode).toBe(200);
      expectError(await elsewhere.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
      expect(await sessionCount(user.id)).toBe(1);
      expect((await theirs.get('/api/v1/auth/me')).statusCode).toBe(200);
      expect((await bearer(token, '/api/v1/auth/me')).statusCode).toBe(200);
    });
  });

  describe('the login answer does not tell which accounts exist', () => {
    it('answers unknown, disabled, locked and wrong-password sign-ins with the same status and body', async () => {
      const locked = await newOfficer();
      for (let i = 0; i < 5; i++) await attemptLogin(t, locked.username, 'Wrong-Password-1');
      const disabled = await newOfficer();
      expect(
        (await sysadmin.post(`/api/v1/users/${disabled.id}/disable`, { reason: '离职' })).statusCode,
      ).toBe(200);
      const plain = await newOfficer();
      const answers = {
        unknown: await attemptLogin(t, `ghost${randomId().slice(0, 8)}`, DEMO_PASSWORD),
        disabled: await attemptLogin(t, disabled.username, DEMO_PASSWORD),
        locked: await attemptLogin(t, locked.username, DEMO_PASSWORD),
        wrong: await attemptLogin(t, plain.username, 'Wrong-Password-1'),
      };
      const shown = Object.fromEntries(
        Object.entries(answers).map(([k, r]) => [k, `${r.statusCode} ${r.body}`]),
      );
      const expected = `401 ${JSON.stringify({
        code: 'INVALID_CREDENTIALS',
        message: '用户名或密码错误（连续 5 次错误将锁定账号 15 分钟）',
        details: null,
      })}`;
      expect(shown).toEqual({ unknown: expected, disabled: expected, locked: expected, wrong: expected });
    });
  });
});

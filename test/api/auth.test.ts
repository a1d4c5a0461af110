// H1–H3 over HTTP: login and its cookie, lockout and unlock, idle timeout, logout, CSRF, password policy,
// 三员分立 in role assignment, optimistic locking of accounts, and the audit trail of every login.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type Client } from '../helpers/app.ts';
import { startWithSystemRoles, type SystemRoles } from '../helpers/system-roles.ts';
import {
  attemptLogin,
  bodyInput,
  clientOf,
  expectError,
  freshIp,
  ledgerCount,
  loginFrom,
  randomId,
  ROLE_ACCOUNTS,
  ROLE_NAMES,
  sql,
  insertUserSql,
  createAccount,
  type AccountOut,
} from './support.ts';
import { demoUnitName } from '../helpers/demo.ts';

type UserOut = AccountOut;
interface AuditItem {
  seq: number;
  actorId: string | null;
  actorName: string;
  ip: string | null;
  action: string;
  label: string;
  entityId: string | null;
  payload: Record<string, unknown>;
}

describe('authentication and accounts', () => {
  let { t, ids, sysadmin, secadmin, auditor } = {} as SystemRoles;
  beforeAll(async () => ({ t, ids, sysadmin, secadmin, auditor } = await startWithSystemRoles()));
  afterAll(async () => t.close());

  /** The services' "now" (their clock), which sessions and lockouts are measured against. */
  const serverNow = () => t.services.clock.now().toISOString();

  /** A fresh account of the district, created and given its roles through the API (三员分立). */
  const newUser = (roles: string[] = ['officer']): Promise<UserOut> =>
    createAccount(sysadmin, secadmin, t, ids.district, roles);
  async function userRow(id: string) {
    const [row] = await sql<{
      roles: string[];
      version: number;
      locked_until: string | null;
      password_hash: string;
      status: string;
    }>(t, 'select roles, version, locked_until, password_hash, status from users where id = $1', [id]);
    return row!;
  }
  const sessionCount = async (userId: string) =>
    Number(
      (
        await sql<{ n: number }>(t, 'select count(*)::int as n from sessions where user_id = $1', [userId])
      )[0]!.n,
    );
  const failures = async (username: string) =>
    Number(
      (
        await sql<{ n: number }>(t, 'select count(*)::int as n from login_failures where username = $1', [
          username,
        ])
      )[0]!.n,
    );
  async function lockOut(username: string) {
    for (let i = 1; i <= 5; i++)
      expectError(await attemptLogin(t, username, 'Wrong-Password-1'), 401, 'INVALID_CREDENTIALS');
    const [row] = await sql<{ locked_until: string | null }>(
      t,
      'select locked_until from users where username = $1',
      [username],
    );
    expect(row!.locked_until).not.toBeNull();
  }
  async function audit(query: string): Promise<AuditItem[]> {
    const res = await auditor.get(`/api/v1/audit?limit=500&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: AuditItem[] }).items;
  }

  describe('login', () => {
    it('sets an HttpOnly, SameSite=Strict session cookie and returns the CSRF token', async () => {
      const user = await newUser();
      const res = await attemptLogin(t, user.username, DEMO_PASSWORD);
      expect(res.statusCode).toBe(200);
      const { csrfToken } = res.json() as { csrfToken: string };
      expect(csrfToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(res.cookies).toHaveLength(1);
      const [cookie] = res.cookies;
      expect({
        name: cookie!.name,
        httpOnly: cookie!.httpOnly,
        sameSite: cookie!.sameSite,
        path: cookie!.path,
        secure: cookie!.secure ?? false,
      }).toEqual({
        name: 'sx_session',
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
        secure: false,
      });
      expect(cookie!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const header = String(res.headers['set-cookie']);
      expect(header).toContain('HttpOnly');
      expect(header).toContain('SameSite=Strict');
      // The token is stored only as a hash.
      const stored = await sql<{ token_hash: string; csrf_token: string }>(
        t,
        'select token_hash, csrf_token from sessions where user_id = $1',
        [user.id],
      );
      expect(stored).toHaveLength(1);
      expect(stored[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(stored[0]!.token_hash).not.toBe(cookie!.value);
      expect(stored[0]!.csrf_token).toBe(csrfToken);

      const me = await clientOf(t, `sx_session=${cookie!.value}`, null).get('/api/v1/auth/me');
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({
        id: user.id,
        username: user.username,
        roles: ['officer'],
        csrfToken,
        bodyId: ids.district,
      });
    });

    it('refuses a wrong password with 401 INVALID_CREDENTIALS and no cookie', async () => {
      const user = await newUser();
      const res = await attemptLogin(t, user.username, 'Not-The-Password-1');
      expectError(res, 401, 'INVALID_CREDENTIALS');
      expect(res.cookies).toEqual([]);
      expect(await sessionCount(user.id)).toBe(0);
      expect(await failures(user.username)).toBe(1);
    });

    it('refuses an unknown user with the same answer as a wrong password', async () => {
      const user = await newUser();
      const wrong = await attemptLogin(t, user.username, 'Not-The-Password-1');
      const unknown = await attemptLogin(t, `nobody${randomId().slice(0, 8)}`, DEMO_PASSWORD);
      expectError(unknown, 401, 'INVALID_CREDENTIALS');
      expect(unknown.json()).toEqual(wrong.json());
      expect(unknown.cookies).toEqual([]);
    });

    it('refuses a disabled account, and ends its open sessions', async () => {
      const user = await newUser();
      const client = await loginFrom(t, user.username);
      await sql(t, `update users set status = 'disabled' where id = $1`, [user.id]);
      expectError(await attemptLogin(t, user.username, DEMO_PASSWORD), 401, 'INVALID_CREDENTIALS');
      expectError(await client.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
    });

    it('refuses a missing username or password with 400', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'sysadmin' },
        remoteAddress: freshIp(),
      });
      expectError(res, 400, 'VALIDATION_FAILED');
      const empty = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: '', password: 'x' },
        remoteAddress: freshIp(),
      });
      expectError(empty, 400, 'VALIDATION_FAILED');
    });

    it('rate-limits logins to 30 a minute from one address', async () => {
      const ip = freshIp();
      for (let i = 0; i < 30; i++) {
        const res = await attemptLogin(t, `ratelimit${i}`, 'whatever', ip);
        expect(res.statusCode, `attempt ${i + 1}`).toBe(401);
      }
      expectError(await attemptLogin(t, 'ratelimit31', 'whatever', ip), 429, 'RATE_LIMITED');
      // Another address is not affected.
      expect((await attemptLogin(t, 'ratelimit32', 'whatever')).statusCode).toBe(401);
    });
  });

  describe('lockout', () => {
    it('locks the account at the 5th failure within 15 minutes, and then refuses the right password alike', async () => {
      const user = await newUser();
      const answers: string[] = [];
      for (let i = 1; i <= 4; i++) {
        const res = await attemptLogin(t, user.username, `Wrong-Password-${i}`);
        expectError(res, 401, 'INVALID_CREDENTIALS');
        answers.push(res.body);
        expect((await userRow(user.id)).locked_until).toBeNull();
      }
      const before = t.services.clock.now().getTime();
      const fifth = await attemptLogin(t, user.username, 'Wrong-Password-5');
      expectError(fifth, 401, 'INVALID_CREDENTIALS');
      const until = new Date((await userRow(user.id)).locked_until!).getTime();
      expect(until - before).toBeGreaterThanOrEqual(15 * 60_000 - 1000);
      expect(until - before).toBeLessThanOrEqual(15 * 60_000 + 5000);

      const right = await attemptLogin(t, user.username, DEMO_PASSWORD);
      expectError(right, 401, 'INVALID_CREDENTIALS');
      // The lock is not revealed: every answer is the one an unknown account gets.
      const unknown = await attemptLogin(t, `nobody${randomId().slice(0, 8)}`, DEMO_PASSWORD);
      expect(new Set([...answers, fifth.body, right.body, unknown.body])).toEqual(new Set([unknown.body]));
      expect(right.cookies).toEqual([]);
      expect(await sessionCount(user.id)).toBe(0);
    });

    it('does not count failures older than 15 minutes', async () => {
      const user = await newUser();
      for (let i = 0; i < 4; i++) await attemptLogin(t, user.username, 'Wrong-Password-1');
      await sql(t, `update login_failures set at = at - interval '16 minutes' where username = $1`, [
        user.username,
      ]);
      expectError(await attemptLogin(t, user.username, 'Wrong-Password-1'), 401, 'INVALID_CREDENTIALS');
      expect((await userRow(user.id)).locked_until).toBeNull();
    });

    it('a successful login resets the failure count', async () => {
      const user = await newUser();
      for (let i = 0; i < 4; i++) await attemptLogin(t, user.username, 'Wrong-Password-1');
      expect((await attemptLogin(t, user.username, DEMO_PASSWORD)).statusCode).toBe(200);
      expect(await failures(user.username)).toBe(0);
      expectError(await attemptLogin(t, user.username, 'Wrong-Password-1'), 401, 'INVALID_CREDENTIALS');
    });

    it('lets the account in again once the lock has expired', async () => {
      const user = await newUser();
      await lockOut(user.username);
      // Fifteen minutes pass: the lock ends and the failures leave the window.
      await sql(t, `update users set locked_until = $2::timestamptz - interval '1 second' where id = $1`, [
        user.id,
        serverNow(),
      ]);
      await sql(t, `update login_failures set at = at - interval '16 minutes' where username = $1`, [
        user.username,
      ]);
      // A single new mistake does not lock it again …
      expectError(await attemptLogin(t, user.username, 'Wrong-Password-1'), 401, 'INVALID_CREDENTIALS');
      // … and the right password works and clears the lock.
      expect((await attemptLogin(t, user.username, DEMO_PASSWORD)).statusCode).toBe(200);
      expect((await userRow(user.id)).locked_until).toBeNull();
      expect(await failures(user.username)).toBe(0);
    });

    it('is still locked one second before the lock ends', async () => {
      const user = await newUser();
      await lockOut(user.username);
      await sql(t, `update users set locked_until = $2::timestamptz + interval '1 second' where id = $1`, [
        user.id,
        serverNow(),
      ]);
      expectError(await attemptLogin(t, user.username, DEMO_PASSWORD), 401, 'INVALID_CREDENTIALS');
      expect(await sessionCount(user.id)).toBe(0);
    });

    it('checks at most 5 passwords when the guesses arrive at the same time', async () => {
      // A burst of simultaneous guesses must not get more tries than the lockout allows.
      const user = await newUser();
      const burst = await Promise.all(
        Array.from({ length: 12 }, (_, i) => attemptLogin(t, user.username, `Wrong-Password-${i}`)),
      );
      expect(burst.map((r) => r.statusCode)).toEqual(Array(12).fill(401));
      expect(await failures(user.username)).toBe(5);
      expect((await userRow(user.id)).locked_until).not.toBeNull();
    });

    it('the security administrator unlocks an account; the system administrator cannot', async () => {
      const user = await newUser();
      await lockOut(user.username);
      const locked = await userRow(user.id);

      const count = await ledgerCount(t);
      expectError(await sysadmin.post(`/api/v1/users/${user.id}/unlock`), 403, 'FORBIDDEN');
      expect(await userRow(user.id)).toEqual(locked);
      expect(await ledgerCount(t)).toBe(count);

      const res = await secadmin.post(`/api/v1/users/${user.id}/unlock`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ ok: true });
      expect((await userRow(user.id)).locked_until).toBeNull();
      expect(await failures(user.username)).toBe(0);
      const [entry] = await audit(`action=user.unlocked&entityId=${user.id}`);
      expect(entry).toMatchObject({ action: 'user.unlocked', actorName: '安全管理员', entityId: user.id });
      expect((await attemptLogin(t, user.username, DEMO_PASSWORD)).statusCode).toBe(200);
    });

    it('unlocking an unknown account is 404, a malformed id 400', async () => {
      expectError(await secadmin.post(`/api/v1/users/${randomId()}/unlock`), 404, 'NOT_FOUND');
      expectError(await secadmin.post('/api/v1/users/not-a-uuid/unlock'), 400, 'VALIDATION_FAILED');
    });
  });

  describe('sessions', () => {
    it('expires a session idle for 31 minutes with 401 SESSION_EXPIRED and deletes it', async () => {
      const user = await newUser();
      const client = await loginFrom(t, user.username);
      await sql(
        t,
        `update sessions set last_seen_at = $2::timestamptz - interval '31 minutes' where user_id = $1`,
        [user.id, serverNow()],
      );
      expectError(await client.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
      expect(await sessionCount(user.id)).toBe(0);
      // It stays expired even if the clock were turned back.
      expectError(await client.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
    });

    it('keeps a session idle for 29 minutes and renews its last activity', async () => {
      const user = await newUser();
      const client = await loginFrom(t, user.username);
      await sql(
        t,
        `update sessions set last_seen_at = $2::timestamptz - interval '29 minutes' where user_id = $1`,
        [user.id, serverNow()],
      );
      expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);
      const [row] = await sql<{ idle: number }>(
        t,
        `select extract(epoch from $2::timestamptz - last_seen_at)::float8 as idle from sessions where user_id = $1`,
        [user.id, serverNow()],
      );
      expect(row!.idle).toBeLessThan(60);
    });

    it('logout ends the session, clears the cookie, and is logged', async () => {
      const user = await newUser();
      const client = await loginFrom(t, user.username);
      const res = await client.post('/api/v1/auth/logout');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ ok: true });
      const cleared = res.cookies.find((c) => c.name === 'sx_session');
      expect(cleared?.value).toBe('');
      expect(await sessionCount(user.id)).toBe(0);
      expectError(await client.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
      expectError(await client.post('/api/v1/auth/logout'), 401, 'SESSION_EXPIRED');
      const [entry] = await audit(`action=auth.logout&entityId=${user.id}`);
      expect(entry).toMatchObject({ action: 'auth.logout', actorId: user.id, actorName: user.displayName });
    });

    it('answers 401 UNAUTHENTICATED without a cookie, and 401 SESSION_EXPIRED for an unknown cookie', async () => {
      expectError(await clientOf(t, null, null).get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
      expectError(
        await clientOf(t, 'sx_session=forged-token', null).get('/api/v1/auth/me'),
        401,
        'SESSION_EXPIRED',
      );
    });
  });

  describe('CSRF', () => {
    it('refuses a cookie-authenticated POST without the CSRF header, changing nothing', async () => {
      const noCsrf = clientOf(t, sysadmin.cookie, null);
      const input = bodyInput(ids.district);
      const count = await ledgerCount(t);
      expectError(await noCsrf.post('/api/v1/bodies', input), 403, 'CSRF_FAILED');
      expect(await sql(t, 'select id from bodies where credit_code = $1', [input.creditCode])).toEqual([]);
      expect(await ledgerCount(t)).toBe(count);
    });

    it('refuses a PUT with a wrong CSRF token, or the token of another session, changing nothing', async () => {
      const before = (await sysadmin.get('/api/v1/units')).json() as {
        id: string;
        name: string;
        kind: string;
        version: number;
      }[];
      const unit = before.find((u) => u.name === demoUnitName('office'))!;
      const other = await loginFrom(t, 'sysadmin');
      const count = await ledgerCount(t);
      for (const token of ['wrong-token', other.csrf!, '']) {
        const res = await clientOf(t, sysadmin.cookie, null).request({
          method: 'PUT',
          url: `/api/v1/units/${unit.id}`,
          headers: { 'x-csrf-token': token },
          payload: {
            name: `${unit.name}（改）`,
            kind: 'office',
            phone: '',
            version: unit.version,
            reason: '测试 CSRF',
          },
        });
        expectError(res, 403, 'CSRF_FAILED');
      }
      const after = (await sysadmin.get('/api/v1/units')).json() as {
        id: string;
        name: string;
        version: number;
      }[];
      expect(after.find((u) => u.id === unit.id)).toEqual(unit);
      expect(await ledgerCount(t)).toBe(count);
    });

    it('refuses a password change without the CSRF header, leaving the password as it was', async () => {
      const user = await newUser();
      const client = await loginFrom(t, user.username);
      const hash = (await userRow(user.id)).password_hash;
      const res = await clientOf(t, client.cookie, null).post('/api/v1/auth/password', {
        currentPassword: DEMO_PASSWORD,
        newPassword: 'Another-Pass-2027',
      });
      expectError(res, 403, 'CSRF_FAILED');
      expect((await userRow(user.id)).password_hash).toBe(hash);
    });

    it('does not need the header for reads', async () => {
      expect((await clientOf(t, sysadmin.cookie, null).get('/api/v1/bodies')).statusCode).toBe(200);
    });
  });

  describe('password change', () => {
    it('refuses each policy violation with 400 PASSWORD_POLICY, leaving the password unchanged', async () => {
      const user = await newUser();
      const client = await loginFrom(t, user.username);
      const hash = (await userRow(user.id)).password_hash;
      const count = await ledgerCount(t);
      const cases: [string, string[]][] = [
        ['Short-1', ['密码长度至少 10 位']],
        ['alllowercase12', ['密码须包含大写字母、小写字母、数字、符号中的至少三类']],
        [`X-${user.username}-2026`, ['密码不能包含用户名']],
        ['abc', ['密码长度至少 10 位', '密码须包含大写字母、小写字母、数字、符号中的至少三类']],
      ];
      for (const [newPassword, problems] of cases) {
        const res = await client.post('/api/v1/auth/password', {
          currentPassword: DEMO_PASSWORD,
          newPassword,
        });
        expectError(res, 400, 'PASSWORD_POLICY');
        expect((res.json() as { details: { problems: string[] } }).details.problems, newPassword).toEqual(
          problems,
        );
      }
      expect((await userRow(user.id)).password_hash).toBe(hash);
      expect(await ledgerCount(t)).toBe(count);
      expect((await attemptLogin(t, user.username, DEMO_PASSWORD)).statusCode).toBe(200);
    });

    it('refuses a wrong current password with 401 INVALID_CREDENTIALS', async () => {
      const user = await newUser();
      const client = await loginFrom(t, user.username);
      const hash = (await userRow(user.id)).password_hash;
      expectError(
        await client.post('/api/v1/auth/password', {
          currentPassword: 'Not-Mine-2026',
          newPassword: 'Brand-New-Pass-1',
        }),
        401,
        'INVALID_CREDENTIALS',
      );
      expect((await userRow(user.id)).password_hash).toBe(hash);
    });

    it('changes the password: the new one works, the old one no longer does', async () => {
      const user = await newUser();
      const client = await loginFrom(t, user.username);
      const res = await client.post('/api/v1/auth/password', {
        currentPassword: DEMO_PASSWORD,
        newPassword: 'Brand-New-Pass-1',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ ok: true });
      expectError(await attemptLogin(t, user.username, DEMO_PASSWORD), 401, 'INVALID_CREDENTIALS');
      expect((await attemptLogin(t, user.username, 'Brand-New-Pass-1')).statusCode).toBe(200);
      const [entry] = await audit(`action=user.password_changed&entityId=${user.id}`);
      expect(entry).toMatchObject({ actorId: user.id, action: 'user.password_changed' });
    });
  });

  describe('role assignment (三员分立)', () => {
    const assign = (client: Client, userId: string, roles: string[], version: number, reason = '岗位调整') =>
      client.put(`/api/v1/users/${userId}/roles`, { roles, version, reason });

    it.each([
      [['sysadmin', 'secadmin']],
      [['sysadmin', 'auditor']],
      [['secadmin', 'auditor']],
      [['sysadmin', 'secadmin', 'auditor']],
      [['auditor', 'officer', 'sysadmin']],
      [['auditor', 'head']],
      [['sysadmin', 'officer']],
      [['reviewer', 'secadmin']],
    ])('refuses %j with 400 SEPARATION_OF_DUTIES, changing nothing', async (roles) => {
      const user = await newUser();
      const before = await userRow(user.id);
      const count = await ledgerCount(t);
      expectError(await assign(secadmin, user.id, roles, user.version), 400, 'SEPARATION_OF_DUTIES');
      expect(await userRow(user.id)).toEqual(before);
      expect(await ledgerCount(t)).toBe(count);
    });

    it('lets the security administrator grant one system role, ending the account’s sessions', async () => {
      const user = await newUser();
      const client = await loginFrom(t, user.username);
      const res = await assign(secadmin, user.id, ['auditor'], user.version, '任命审计管理员');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ id: user.id, roles: ['auditor'], version: user.version + 1 });
      expect(await userRow(user.id)).toMatchObject({ roles: ['auditor'], version: user.version + 1 });
      expectError(await client.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
      const [entry] = await audit(`action=user.roles_changed&entityId=${user.id}`);
      expect(entry!.payload).toEqual({ from: ['officer'], to: ['auditor'], reason: '任命审计管理员' });
      expect(entry!.label).toBe('分配角色');
    });

    it('does not let the system administrator grant the auditor role, by either route', async () => {
      const user = await newUser();
      const before = await userRow(user.id);
      const count = await ledgerCount(t);
      expectError(await assign(sysadmin, user.id, ['auditor'], user.version), 403, 'FORBIDDEN');
      expect(await userRow(user.id)).toEqual(before);

      const res = await sysadmin.post('/api/v1/users', {
        username: 'newauditor',
        displayName: '新审计员',
        bodyId: ids.district,
        roles: ['auditor'],
      });
      expectError(res, 403, 'FORBIDDEN');
      expect(await sql(t, `select id from users where username = 'newauditor'`)).toEqual([]);
      expect(await ledgerCount(t)).toBe(count);
    });

    it('refuses to change one’s own roles', async () => {
      const secId = ids.userOf.secadmin!;
      const before = await userRow(secId);
      const count = await ledgerCount(t);
      expectError(await assign(secadmin, secId, ['secadmin', 'officer'], before.version), 403, 'FORBIDDEN');
      expect(await userRow(secId)).toEqual(before);
      expect(await ledgerCount(t)).toBe(count);
    });

    it('refuses a stale version with 409 VERSION_CONFLICT', async () => {
      const user = await newUser();
      expect((await assign(secadmin, user.id, ['officer', 'reviewer'], user.version)).statusCode).toBe(200);
      const before = await userRow(user.id);
      const count = await ledgerCount(t);
      const stale = await assign(secadmin, user.id, ['head'], user.version);
      expectError(stale, 409, 'VERSION_CONFLICT');
      expect((stale.json() as { details: { currentVersion: number } }).details.currentVersion).toBe(
        user.version + 1,
      );
      expect(await userRow(user.id)).toEqual(before);
      expect(await ledgerCount(t)).toBe(count);
    });

    it('refuses bad input: unknown role, no roles, no reason, unknown account', async () => {
      const user = await newUser();
      const before = await userRow(user.id);
      expectError(await assign(secadmin, user.id, ['root'], user.version), 400, 'VALIDATION_FAILED');
      expectError(await assign(secadmin, user.id, [], user.version), 400, 'VALIDATION_FAILED');
      expectError(await assign(secadmin, user.id, ['officer'], user.version, ''), 400, 'VALIDATION_FAILED');
      expectError(
        await secadmin.put(`/api/v1/users/${user.id}/roles`, {
          roles: ['officer'],
          version: '1',
          reason: '理由充分',
        }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(await assign(secadmin, randomId(), ['officer'], 1), 404, 'NOT_FOUND');
      expect(await userRow(user.id)).toEqual(before);
    });
  });

  describe('audit trail', () => {
    it('records every login and failed login with actor, address and action', async () => {
      const user = await newUser();
      const okIp = freshIp();
      const badIp = freshIp();
      await loginFrom(t, user.username, DEMO_PASSWORD, okIp);
      await attemptLogin(t, user.username, 'Wrong-Password-9', badIp);
      const items = await audit(`entityId=${user.id}`);
      const logins = items.filter((i) => i.action.startsWith('auth.'));
      expect(
        logins.map((i) => ({ action: i.action, actorId: i.actorId, actorName: i.actorName, ip: i.ip })),
      ).toEqual([
        { action: 'auth.login_failed', actorId: user.id, actorName: user.username, ip: badIp },
        { action: 'auth.login', actorId: user.id, actorName: user.displayName, ip: okIp },
      ]);
      expect(logins[0]!.payload).toEqual({ reason: 'bad_password', lockedUntil: null });
      expect(logins[1]!.payload).toEqual({ username: user.username });
    });

    it('records the lock, and attempts while locked', async () => {
      const user = await newUser();
      await lockOut(user.username);
      await attemptLogin(t, user.username, DEMO_PASSWORD);
      const actions = (await audit(`entityId=${user.id}`))
        .filter((i) => i.action.startsWith('auth.'))
        .map((i) => [i.action, i.payload.reason]);
      expect(actions).toEqual([
        ['auth.login_failed', 'locked'],
        ['auth.account_locked', 'bad_password'],
        ['auth.login_failed', 'bad_password'],
        ['auth.login_failed', 'bad_password'],
        ['auth.login_failed', 'bad_password'],
        ['auth.login_failed', 'bad_password'],
      ]);
    });

    it('records failed logins of unknown names, visible to an auditor of the root body', async () => {
      const rootAuditor = await insertUserSql(t, ids.province, ['auditor']);
      const client = await loginFrom(t, rootAuditor.username);
      const name = `ghost${randomId().slice(0, 8)}`;
      const ip = freshIp();
      await attemptLogin(t, name, 'Whatever-123', ip);
      const res = await client.get(`/api/v1/audit?actor=${name}`);
      expect(res.statusCode).toBe(200);
      const items = (res.json() as { items: AuditItem[] }).items;
      expect(
        items.map((i) => ({
          action: i.action,
          actorId: i.actorId,
          actorName: i.actorName,
          ip: i.ip,
          payload: i.payload,
        })),
      ).toEqual([
        {
          action: 'auth.login_failed',
          actorId: null,
          actorName: name,
          ip,
          payload: { username: name, reason: 'unknown_user' },
        },
      ]);
    });

    it('refuses the audit log and ledger verification to every role but the auditor', async () => {
      const outcomes: Record<string, string> = {};
      for (const role of ROLE_NAMES.filter((r) => r !== 'auditor')) {
        const client = await loginFrom(t, ROLE_ACCOUNTS[role]);
        for (const url of ['/api/v1/audit', '/api/v1/ledger/verify']) {
          const res = await client.get(url);
          outcomes[`${role} ${url}`] = `${res.statusCode} ${(res.json() as { code: string }).code}`;
        }
      }
      expect(Object.values(outcomes)).toEqual(Array(20).fill('403 FORBIDDEN'));
      expectError(await clientOf(t, null, null).get('/api/v1/audit'), 401, 'UNAUTHENTICATED');
      expect((await auditor.get('/api/v1/audit')).statusCode).toBe(200);
    });
  });
});

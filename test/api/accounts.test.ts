// A5 / H1–H3 over HTTP: 三员分立 without a bypass (issue 14, finding 1). The 系统管理员 creates accounts
// without roles and with a one-time initial password it cannot use; the 安全管理员 alone assigns roles;
// no account holds a system role beside another role (server and database); disabling, enabling and
// resetting are audited for the 审计管理员.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../helpers/app.ts';
import { startWithSystemRoles, type SystemRoles } from '../helpers/system-roles.ts';
import {
  attemptLogin,
  contextOf,
  createAccount,
  expectError,
  ledgerCount,
  loginFrom,
  newName,
  randomId,
  sql,
  type AccountOut,
} from './support.ts';

interface AuditItem {
  action: string;
  label: string;
  actorName: string;
  entityId: string | null;
  details: { label: string; value: string }[];
  payload: Record<string, unknown>;
}

describe('三员分立: accounts and roles', () => {
  let { t, ids, sysadmin, secadmin, auditor } = {} as SystemRoles;
  beforeAll(async () => ({ t, ids, sysadmin, secadmin, auditor } = await startWithSystemRoles()));
  afterAll(async () => t.close());

  const newUsername = () => `n${randomId().replace(/-/g, '').slice(0, 12)}`;
  const userRow = async (id: string) =>
    (
      await sql<{ roles: string[]; status: string; password_hash: string; must_change_password: boolean }>(
        t,
        'select roles, status, password_hash, must_change_password from users where id = $1',
        [id],
      )
    )[0]!;
  const usersNamed = (username: string) => sql(t, 'select id from users where username = $1', [username]);
  const sessionCount = async (userId: string) =>
    (await sql<{ n: number }>(t, 'select count(*)::int as n from sessions where user_id = $1', [userId]))[0]!
      .n;
  async function audit(query: string): Promise<AuditItem[]> {
    const res = await auditor.get(`/api/v1/audit?limit=100&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: AuditItem[] }).items;
  }
  const signIn = async (username: string, password: string) => {
    const res = await attemptLogin(t, username, password);
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };

  describe('creating an account (系统管理员)', () => {
    it('refuses to grant business roles: the reproduction of finding 1 gets 403 and changes nothing', async () => {
      const username = newUsername();
      const count = await ledgerCount(t);
      const res = await sysadmin.post('/api/v1/users', {
        username,
        displayName: '越权账号',
        bodyId: ids.district,
        roles: ['head', 'reviewer', 'archivist', 'officer', 'legal_head'],
      });
      expectError(res, 403, 'FORBIDDEN');
      expect((res.json() as { message: string }).message).toBe(
        '三员分立：系统管理员新建账号时不能授予角色；账号创建后由安全管理员分配角色',
      );
      expect(await usersNamed(username)).toEqual([]);
      expect(await ledgerCount(t)).toBe(count);
    });

    it('refuses a password chosen by the administrator (400), creating nothing', async () => {
      const username = newUsername();
      const res = await sysadmin.post('/api/v1/users', {
        username,
        displayName: '自设密码',
        bodyId: ids.district,
        password: DEMO_PASSWORD,
      });
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(await usersNamed(username)).toEqual([]);
    });

    it('creates an account without roles and a one-time initial password that only opens the password change', async () => {
      const username = newUsername();
      const res = await sysadmin.post('/api/v1/users', {
        username,
        displayName: newName('新人'),
        bodyId: ids.district,
      });
      expect(res.statusCode, res.body).toBe(201);
      const created = res.json() as AccountOut & { initialPassword: string };
      expect(created).toMatchObject({ username, roles: [], status: 'active', mustChangePassword: true });
      expect(created.initialPassword).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
      const row = await userRow(created.id);
      expect(row).toMatchObject({ roles: [], must_change_password: true });
      expect(row.password_hash).not.toContain(created.initialPassword);
      // The list never shows it again.
      expect((await sysadmin.get('/api/v1/users')).body).not.toContain(created.initialPassword);

      // Signing in with it opens a session that can do nothing but replace it.
      const login = await signIn(username, created.initialPassword);
      expect(login.json()).toMatchObject({ mustChangePassword: true });
      const holder = await loginFrom(t, username, created.initialPassword);
      const me = await holder.get('/api/v1/auth/me');
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ username, roles: [], mustChangePassword: true });
      for (const [method, url] of [
        ['GET', '/api/v1/bodies'],
        ['GET', '/api/v1/auth/tokens'],
        ['POST', '/api/v1/auth/tokens'],
      ] as const) {
        const r = await holder.request({
          method,
          url,
          ...(method === 'POST' ? { payload: { name: 'x' } } : {}),
        });
        expectError(r, 403, 'PASSWORD_CHANGE_REQUIRED');
      }
      expect(await sql(t, 'select id from api_tokens where user_id = $1', [created.id])).toEqual([]);

      const changed = await holder.post('/api/v1/auth/password', {
        currentPassword: created.initialPassword,
        newPassword: 'Own-Secret-2026',
      });
      expect(changed.statusCode, changed.body).toBe(200);
      expect((await userRow(created.id)).must_change_password).toBe(false);
      expect((await holder.get('/api/v1/auth/me')).json()).toMatchObject({ mustChangePassword: false });
      // Without roles it still reaches nothing but its own profile.
      expectError(await holder.get('/api/v1/bodies'), 403, 'FORBIDDEN');
      // The initial password is spent.
      expectError(await attemptLogin(t, username, created.initialPassword), 401, 'INVALID_CREDENTIALS');
      const [entry] = await audit(`action=user.password_changed&entityId=${created.id}`);
      expect(entry).toMatchObject({
        label: '修改密码',
        payload: { initial: true },
        details: [{ label: '说明', value: '以初始密码登录后设置本人密码' }],
      });
    });

    it('does not accept the initial password as the new one', async () => {
      const res = await sysadmin.post('/api/v1/users', {
        username: newUsername(),
        displayName: newName('新人'),
        bodyId: ids.district,
      });
      const created = res.json() as AccountOut & { initialPassword: string };
      const holder = await loginFrom(t, created.username, created.initialPassword);
      const same = await holder.post('/api/v1/auth/password', {
        currentPassword: created.initialPassword,
        newPassword: created.initialPassword,
      });
      expectError(same, 400, 'PASSWORD_POLICY');
      expect((same.json() as { details: { problems: string[] } }).details.problems).toEqual([
        '新密码不能与当前密码相同',
      ]);
      expect((await userRow(created.id)).must_change_password).toBe(true);
    });
  });

  describe('assigning roles (安全管理员)', () => {
    it('refuses the auditor a business role: the reproduction of finding 1 gets 400 and changes nothing', async () => {
      const auditorId = ids.userOf.auditor!;
      const [before] = await sql<{ version: number }>(t, 'select version from users where id = $1', [
        auditorId,
      ]);
      const count = await ledgerCount(t);
      const res = await secadmin.put(`/api/v1/users/${auditorId}/roles`, {
        roles: ['auditor', 'head'],
        version: before!.version,
        reason: '兼任',
      });
      expectError(res, 400, 'SEPARATION_OF_DUTIES');
      expect((res.json() as { message: string }).message).toBe(
        '三员分立：审计管理员不能兼任业务角色（主要负责人）',
      );
      expect((await userRow(auditorId)).roles).toEqual(['auditor']);
      expect(await ledgerCount(t)).toBe(count);
      // The auditor still cannot read cases.
      expectError(await auditor.get('/api/v1/cases'), 403, 'FORBIDDEN');
    });

    it('is refused to the system administrator even inside the service (not only by the route)', async () => {
      const user = await createAccount(sysadmin, secadmin, t, ids.district, ['officer']);
      const ctx = await contextOf(t, 'sysadmin');
      await expect(
        t.services.accounts.assignRoles(ctx, user.id, ['head'], user.version, '越权'),
      ).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
      expect((await userRow(user.id)).roles).toEqual(['officer']);
    });

    it('is held by the database too: a system role beside another role cannot be written by SQL', async () => {
      const auditorId = ids.userOf.auditor!;
      for (const roles of [
        ['auditor', 'head'],
        ['sysadmin', 'secadmin'],
        ['secadmin', 'secadmin'],
      ])
        await expect(
          sql(t, 'update users set roles = $2 where id = $1', [auditorId, roles]),
          JSON.stringify(roles),
        ).rejects.toMatchObject({ code: '23514', constraint: 'users_system_role_alone' });
      expect((await userRow(auditorId)).roles).toEqual(['auditor']);
      // Business roles combine freely.
      const user = await createAccount(sysadmin, secadmin, t, ids.district, ['officer']);
      await sql(t, 'update users set roles = $2 where id = $1', [user.id, ['officer', 'unit_head']]);
    });

    it('records every change of role for the auditor, in Chinese', async () => {
      const user = await createAccount(sysadmin, secadmin, t, ids.district, ['officer', 'reviewer']);
      const [entry] = await audit(`action=user.roles_changed&entityId=${user.id}`);
      expect(entry).toMatchObject({
        action: 'user.roles_changed',
        label: '分配角色',
        actorName: '安全管理员',
        details: [
          { label: '新角色', value: '执法人员、法制审核人员' },
          { label: '理由', value: '测试开通账号' },
        ],
      });
    });
  });

  describe('disabling and enabling (系统管理员)', () => {
    it('disables an account: its sessions end, it cannot sign in, and its API tokens stop; enabling restores it', async () => {
      const user = await createAccount(sysadmin, secadmin, t, ids.district, ['officer']);
      const session = await loginFrom(t, user.username);
      const { token } = (await session.post('/api/v1/auth/tokens', { name: '对接' })).json() as {
        token: string;
      };
      const bearer = () =>
        t.app.inject({
          method: 'GET',
          url: '/api/v1/auth/me',
          headers: { authorization: `Bearer ${token}` },
        });
      expect((await bearer()).statusCode).toBe(200);

      expectError(
        await secadmin.post(`/api/v1/users/${user.id}/disable`, { reason: '离职' }),
        403,
        'FORBIDDEN',
      );
      const res = await sysadmin.post(`/api/v1/users/${user.id}/disable`, { reason: '离职' });
      expect(res.statusCode, res.body).toBe(200);
      expect((await userRow(user.id)).status).toBe('disabled');
      expect(await sessionCount(user.id)).toBe(0);
      expectError(await session.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
      expectError(await attemptLogin(t, user.username, DEMO_PASSWORD), 401, 'INVALID_CREDENTIALS');
      expect((await bearer()).statusCode).toBe(401);
      expectError(
        await sysadmin.post(`/api/v1/users/${user.id}/disable`, { reason: '离职' }),
        409,
        'CONFLICT',
      );

      expect((await sysadmin.post(`/api/v1/users/${user.id}/enable`, { reason: '返岗' })).statusCode).toBe(
        200,
      );
      expect((await userRow(user.id)).status).toBe('active');
      await signIn(user.username, DEMO_PASSWORD);
      expect((await bearer()).statusCode).toBe(200);
      const entries = await audit(`entityId=${user.id}&action=user.`);
      expect(entries.filter((e) => ['user.disabled', 'user.enabled'].includes(e.action))).toMatchObject([
        { action: 'user.enabled', label: '启用账号', details: [{ label: '理由', value: '返岗' }] },
        { action: 'user.disabled', label: '停用账号', details: [{ label: '理由', value: '离职' }] },
      ]);
    });

    it('refuses to disable oneself, or the last active holder of a system role', async () => {
      const sysId = ids.userOf.sysadmin!;
      expectError(
        await sysadmin.post(`/api/v1/users/${sysId}/disable`, { reason: '测试' }),
        403,
        'FORBIDDEN',
      );
      const res = await sysadmin.post(`/api/v1/users/${ids.userOf.secadmin}/disable`, { reason: '测试' });
      expectError(res, 409, 'RULE_VIOLATION');
      expect((res.json() as { message: string }).message).toBe('不能停用最后一个有效的安全管理员账号');
      expect((await userRow(ids.userOf.secadmin!)).status).toBe('active');
      // With a second security administrator, the first may go.
      const second = await createAccount(sysadmin, secadmin, t, ids.district, ['secadmin']);
      expect((await sysadmin.post(`/api/v1/users/${second.id}/disable`, { reason: '测试' })).statusCode).toBe(
        200,
      );
    });

    it('refuses an empty reason and an unknown account', async () => {
      const user = await createAccount(sysadmin, secadmin, t, ids.district, ['officer']);
      expectError(
        await sysadmin.post(`/api/v1/users/${user.id}/disable`, { reason: ' ' }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await sysadmin.post(`/api/v1/users/${randomId()}/disable`, { reason: '离职' }),
        404,
        'NOT_FOUND',
      );
      expect((await userRow(user.id)).status).toBe('active');
    });
  });

  describe('resetting a password (安全管理员)', () => {
    it('issues a new one-time password, ends every session of the account and lifts its lock; audited', async () => {
      const user = await createAccount(sysadmin, secadmin, t, ids.district, ['officer']);
      const a = await loginFrom(t, user.username);
      const b = await loginFrom(t, user.username);
      for (let i = 0; i < 5; i++) await attemptLogin(t, user.username, 'Wrong-Password-1');
      expectError(await sysadmin.post(`/api/v1/users/${user.id}/reset-password`), 403, 'FORBIDDEN');

      const res = await secadmin.post(`/api/v1/users/${user.id}/reset-password`);
      expect(res.statusCode, res.body).toBe(200);
      const { initialPassword } = res.json() as { initialPassword: string };
      expect(initialPassword).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
      expect(await sessionCount(user.id)).toBe(0);
      expectError(await a.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
      expectError(await b.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
      expectError(await attemptLogin(t, user.username, DEMO_PASSWORD), 401, 'INVALID_CREDENTIALS');
      const holder = await loginFrom(t, user.username, initialPassword);
      expectError(await holder.get('/api/v1/cases'), 403, 'PASSWORD_CHANGE_REQUIRED');
      const [entry] = await audit(`action=user.password_reset&entityId=${user.id}`);
      expect(entry).toMatchObject({ label: '重置密码', actorName: '安全管理员' });
    });

    it('refuses to reset one’s own password, or an unknown account', async () => {
      expectError(
        await secadmin.post(`/api/v1/users/${ids.userOf.secadmin}/reset-password`),
        403,
        'FORBIDDEN',
      );
      expectError(await secadmin.post(`/api/v1/users/${randomId()}/reset-password`), 404, 'NOT_FOUND');
    });
  });
});

// H1 over HTTP: two-factor sign-in (issue 14, finding 14). Off for the demo bodies (the demo accounts
// sign in with the password alone); when a body turns it on, the system roles and the heads must enrol
// (QR/otpauth URI, confirmed by a first code, recovery codes shown once) and then give a code after the
// password; a code works once within ±1 step; wrong codes share the password lockout; the secret is
// sealed; the 安全管理员 resets a lost factor, audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type Client } from '../helpers/app.ts';
import { startWithSystemRoles, type SystemRoles } from '../helpers/system-roles.ts';
import { base32Decode, hotp, totpStep } from '../../src/modules/auth/totp.ts';
import { attemptLogin, createAccount, expectError, ledgerCount, loginFrom, sql } from './support.ts';

describe('two-factor sign-in', () => {
  let { t, ids, sysadmin, secadmin, auditor } = {} as SystemRoles;
  beforeAll(async () => ({ t, ids, sysadmin, secadmin, auditor } = await startWithSystemRoles()));
  afterAll(async () => t.close());

  const step = () => totpStep(t.services.clock.now());
  const codeAt = (secret: string, s: number) => hotp(base32Decode(secret), s);
  const owed = async (username: string) =>
    ((await attemptLogin(t, username, DEMO_PASSWORD)).json() as { secondFactor: string | null }).secondFactor;
  async function setRequired(on: boolean) {
    const current = (await secadmin.get('/api/v1/auth/settings')).json() as { version: number };
    const res = await secadmin.put('/api/v1/auth/settings', {
      totpForPrivileged: on,
      version: current.version,
      reason: on ? '按等保要求启用' : '测试结束',
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  /** Enrols the session's account; returns the secret (base32) and the recovery codes. */
  async function enrol(client: Client) {
    const started = await client.post('/api/v1/auth/second-factor/enrol');
    expect(started.statusCode, started.body).toBe(200);
    const { secret, otpauthUri } = started.json() as { secret: string; otpauthUri: string };
    expect(otpauthUri).toContain(`secret=${secret}`);
    const done = await client.post('/api/v1/auth/second-factor/activate', { code: codeAt(secret, step()) });
    expect(done.statusCode, done.body).toBe(200);
    return { secret, recoveryCodes: (done.json() as { recoveryCodes: string[] }).recoveryCodes };
  }

  it('is off for the demo bodies: every demo account signs in with the password alone', async () => {
    for (const username of ['sysadmin', 'secadmin', 'auditor', 'head1', 'officer1'])
      expect(await owed(username), username).toBeNull();
    expect(await secadmin.get('/api/v1/auth/settings').then((r) => r.json())).toEqual({
      totpForPrivileged: false,
      otpAlgorithm: 'totp',
      version: 1,
    });
  });

  describe('with the body requiring it', () => {
    beforeAll(async () => setRequired(true));
    afterAll(async () => setRequired(false));

    it('makes a head enrol before anything else, then asks for a code at every sign-in; a code works once', async () => {
      const head = await createAccount(sysadmin, secadmin, t, ids.district, ['head']);
      expect(await owed(head.username)).toBe('enrol');
      const session = await loginFrom(t, head.username);
      expectError(await session.get('/api/v1/cases'), 403, 'SECOND_FACTOR_REQUIRED');
      expectError(
        await session.post('/api/v1/auth/password', { currentPassword: 'x', newPassword: 'y' }),
        403,
        'SECOND_FACTOR_REQUIRED',
      );
      expect((await session.get('/api/v1/auth/me')).json()).toMatchObject({ secondFactor: 'enrol' });

      const started = (await session.post('/api/v1/auth/second-factor/enrol')).json() as { secret: string };
      const wrong = await session.post('/api/v1/auth/second-factor/activate', { code: '000000' });
      expectError(wrong, 400, 'VALIDATION_FAILED');
      const first = codeAt(started.secret, step());
      const done = await session.post('/api/v1/auth/second-factor/activate', { code: first });
      expect(done.statusCode, done.body).toBe(200);
      const { recoveryCodes } = done.json() as { recoveryCodes: string[] };
      expect(recoveryCodes).toHaveLength(10);
      expect((await session.get('/api/v1/cases')).statusCode).toBe(200);

      // Sealed at rest: neither the secret nor a recovery code is readable in the database.
      const [row] = await sql<{ totp_secret: string; recovery_codes: string[]; totp_pending: string | null }>(
        t,
        'select totp_secret, recovery_codes, totp_pending from users where id = $1',
        [head.id],
      );
      expect(row!.totp_secret).toMatch(/^sm4v1\./);
      expect(row!.totp_pending).toBeNull();
      const dump = JSON.stringify(row);
      expect(dump).not.toContain(started.secret);
      for (const c of recoveryCodes) expect(dump).not.toContain(c);

      // The next sign-in owes a code: the one used at enrolment is spent, the next step's works once.
      const next = await loginFrom(t, head.username);
      expect((await next.get('/api/v1/auth/me')).json()).toMatchObject({ secondFactor: 'verify' });
      expectError(await next.get('/api/v1/cases'), 403, 'SECOND_FACTOR_REQUIRED');
      expectError(
        await next.post('/api/v1/auth/second-factor/verify', { code: first }),
        401,
        'INVALID_CREDENTIALS',
      );
      const later = codeAt(started.secret, step() + 1);
      expect((await next.post('/api/v1/auth/second-factor/verify', { code: later })).statusCode).toBe(200);
      expect((await next.get('/api/v1/cases')).statusCode).toBe(200);
      const again = await loginFrom(t, head.username);
      expectError(
        await again.post('/api/v1/auth/second-factor/verify', { code: later }),
        401,
        'INVALID_CREDENTIALS',
      );
      // Two steps ahead is outside the window.
      expectError(
        await again.post('/api/v1/auth/second-factor/verify', { code: codeAt(started.secret, step() + 2) }),
        401,
        'INVALID_CREDENTIALS',
      );
      // A recovery code works, once.
      expect(
        (await again.post('/api/v1/auth/second-factor/verify', { code: recoveryCodes[0] })).statusCode,
      ).toBe(200);
      const fourth = await loginFrom(t, head.username);
      expectError(
        await fourth.post('/api/v1/auth/second-factor/verify', { code: recoveryCodes[0] }),
        401,
        'INVALID_CREDENTIALS',
      );
    });

    it('does not let a session that owes a code replace the factor', async () => {
      const head = await createAccount(sysadmin, secadmin, t, ids.district, ['head']);
      await enrol(await loginFrom(t, head.username));
      const owing = await loginFrom(t, head.username);
      expectError(await owing.post('/api/v1/auth/second-factor/enrol'), 403, 'FORBIDDEN');
    });

    it('does not let a signed-in session put another factor in place of the active one', async () => {
      const head = await createAccount(sysadmin, secadmin, t, ids.district, ['head']);
      const session = await loginFrom(t, head.username);
      const { secret } = await enrol(session);
      const before = await ledgerCount(t);
      expectError(await session.post('/api/v1/auth/second-factor/enrol'), 409, 'CONFLICT');
      expectError(
        await session.post('/api/v1/auth/second-factor/activate', { code: codeAt(secret, step()) }),
        409,
        'CONFLICT',
      );
      expect(await ledgerCount(t)).toBe(before);
      // The active factor still signs in; nothing pending was left behind.
      const [row] = await sql<{ pending: string | null }>(
        t,
        'select totp_pending as pending from users where username = $1',
        [head.username],
      );
      expect(row!.pending).toBeNull();
      const next = await loginFrom(t, head.username);
      expect(
        (await next.post('/api/v1/auth/second-factor/verify', { code: codeAt(secret, step() + 1) }))
          .statusCode,
      ).toBe(200);
    });

    it('counts wrong codes with the password failures: the 5th locks the account and ends the session', async () => {
      const head = await createAccount(sysadmin, secadmin, t, ids.district, ['head']);
      await enrol(await loginFrom(t, head.username));
      const owing = await loginFrom(t, head.username);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++)
        statuses.push(
          (await owing.post('/api/v1/auth/second-factor/verify', { code: `12345${i}` })).statusCode,
        );
      expect(statuses).toEqual([401, 401, 401, 401, 423, 401]);
      const [row] = await sql<{ locked_until: string | null }>(
        t,
        'select locked_until from users where id = $1',
        [head.id],
      );
      expect(row!.locked_until).not.toBeNull();
      const items = (
        (
          await auditor.get(`/api/v1/audit?limit=20&entityId=${head.id}&action=auth.second_factor_failed`)
        ).json() as {
          items: { label: string; details: { label: string; value: string }[] }[];
        }
      ).items;
      expect(items).toHaveLength(4);
      expect(items[0]).toMatchObject({
        label: '两步验证失败',
        details: [{ label: '原因', value: '两步验证码错误' }],
      });
    });

    it('leaves other roles free to choose, and lets them enrol', async () => {
      const officer = await createAccount(sysadmin, secadmin, t, ids.district, ['officer']);
      expect(await owed(officer.username)).toBeNull();
      await enrol(await loginFrom(t, officer.username));
      expect(await owed(officer.username)).toBe('verify');
    });

    it('lets the security administrator reset a lost factor (audited); the account enrols again', async () => {
      const head = await createAccount(sysadmin, secadmin, t, ids.district, ['head']);
      await enrol(await loginFrom(t, head.username));
      const owing = await loginFrom(t, head.username);
      expectError(await sysadmin.post(`/api/v1/users/${head.id}/second-factor/reset`), 403, 'FORBIDDEN');
      expect((await secadmin.post(`/api/v1/users/${head.id}/second-factor/reset`)).statusCode).toBe(200);
      expectError(await owing.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
      expect(await owed(head.username)).toBe('enrol');
      expectError(await secadmin.post(`/api/v1/users/${head.id}/second-factor/reset`), 409, 'CONFLICT');
      const [entry] = (
        (await auditor.get(`/api/v1/audit?limit=5&entityId=${head.id}&action=user.totp_reset`)).json() as {
          items: { label: string; actorName: string }[];
        }
      ).items;
      expect(entry).toMatchObject({ label: '重置两步验证', actorName: '安全管理员' });
    });

    it('applies to the system roles too', async () => {
      expect(await owed('auditor')).toBe('enrol');
      expect(await owed('sysadmin')).toBe('enrol');
    });
  });

  it('lets only the security administrator change the setting, with a reason and the current version', async () => {
    expectError(
      await sysadmin.put('/api/v1/auth/settings', { totpForPrivileged: true, version: 1, reason: '越权' }),
      403,
      'FORBIDDEN',
    );
    expectError(
      await secadmin.put('/api/v1/auth/settings', {
        totpForPrivileged: true,
        version: 1,
        reason: '过期版本',
      }),
      409,
      'VERSION_CONFLICT',
    );
    const items = (
      (await auditor.get('/api/v1/audit?limit=5&action=auth.settings_changed')).json() as {
        items: { label: string; details: { label: string; value: string }[] }[];
      }
    ).items;
    expect(items[0]).toMatchObject({
      label: '修改登录安全设置',
      details: [
        { label: '系统管理角色与主要负责人须两步验证', value: '否' },
        { label: '动态口令算法', value: 'TOTP 动态验证码（验证器应用）' },
        { label: '理由', value: '测试结束' },
      ],
    });
  });
});

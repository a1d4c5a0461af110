// H1 over HTTP: the SM3 dynamic password of GM/T 0021 as a body's algorithm (enrolment shows the seed,
// not a QR code; sign-in checks SM3 codes; accounts keep the algorithm they enrolled with), the 安全管理员's
// binding of a vendor's pre-seeded 国密 hardware token (serial + seed, checked by a current code, sealed,
// audited), and a holder turning an optional factor off with a current code (audited). Route × role
// refusals for each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWithSystemRoles, type SystemRoles } from '../helpers/system-roles.ts';
import { base32Decode, hotp, totpStep } from '../../src/modules/auth/totp.ts';
import { sm3Otp, sm3OtpStep } from '../../src/modules/auth/sm3-otp.ts';
import { createAccount, expectError, ledgerCount, loginFrom, randomId, sql } from './support.ts';

const SEED = '58ade365201d80cbdd236caef6925010a1b2c3d4e5f60718';

interface Status {
  enrolled: boolean;
  algorithm: 'totp' | 'sm3' | null;
  tokenSerial: string | null;
  recoveryCodesLeft: number;
  required: boolean;
  bodyAlgorithm: 'totp' | 'sm3';
}

describe('SM3 (GM/T 0021) codes, 国密 tokens and turning a factor off', () => {
  let { t, ids, sysadmin, secadmin, auditor } = {} as SystemRoles;
  beforeAll(async () => ({ t, ids, sysadmin, secadmin, auditor } = await startWithSystemRoles()));
  afterAll(async () => t.close());

  const now = () => t.services.clock.now();
  const sm3Code = (seedHex: string, offset = 0) =>
    sm3Otp(Buffer.from(seedHex, 'hex'), { time: sm3OtpStep(now()) + offset });
  const totpCode = (secret: string, offset = 0) => hotp(base32Decode(secret), totpStep(now()) + offset);
  const newOfficer = () => createAccount(sysadmin, secadmin, t, ids.district, ['officer']);
  const serial = () => `GM${randomId().replace(/-/g, '').slice(0, 10).toUpperCase()}`;
  async function settings() {
    return (await secadmin.get('/api/v1/auth/settings')).json() as {
      totpForPrivileged: boolean;
      otpAlgorithm: 'totp' | 'sm3';
      version: number;
    };
  }
  async function save(change: { totpForPrivileged?: boolean; otpAlgorithm?: string }) {
    const current = await settings();
    return secadmin.put('/api/v1/auth/settings', {
      totpForPrivileged: current.totpForPrivileged,
      ...change,
      version: current.version,
      reason: '测试调整登录安全设置',
    });
  }
  const userRow = async (id: string) =>
    (
      await sql<{ totp_secret: string | null; otp_algorithm: string; otp_token_serial: string | null }>(
        t,
        'select totp_secret, otp_algorithm, otp_token_serial from users where id = $1',
        [id],
      )
    )[0]!;
  async function audit(action: string, entityId: string) {
    const res = await auditor.get(`/api/v1/audit?action=${action}&entityId=${entityId}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: { label: string; actorName: string; details: unknown[] }[] }).items;
  }

  describe('the body setting', () => {
    afterAll(async () => expect((await save({ otpAlgorithm: 'totp' })).statusCode).toBe(200));

    it('is TOTP by default; the 安全管理员 picks SM3 (audited); leaving it out keeps it; others are refused', async () => {
      expect(await settings()).toMatchObject({ otpAlgorithm: 'totp' });
      const res = await save({ otpAlgorithm: 'sm3' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ otpAlgorithm: 'sm3' });
      expect((await save({ totpForPrivileged: false })).json()).toMatchObject({ otpAlgorithm: 'sm3' });
      const before = await settings();
      expectError(await save({ otpAlgorithm: 'sha1' }), 400, 'VALIDATION_FAILED');
      expect(await settings()).toEqual(before);
      const items = (await auditor.get('/api/v1/audit?action=auth.settings_changed')).json() as {
        items: { details: { label: string; value: string }[] }[];
      };
      expect(items.items[0]!.details).toContainEqual({
        label: '动态口令算法',
        value: 'SM3 动态口令（GM/T 0021 国密令牌）',
      });
    });

    it('makes enrolment draw an SM3 seed (hex, no otpauth URI); its codes sign in; the seed is sealed', async () => {
      const officer = await newOfficer();
      const session = await loginFrom(t, officer.username);
      const started = await session.post('/api/v1/auth/second-factor/enrol');
      expect(started.statusCode, started.body).toBe(200);
      const { algorithm, secret, otpauthUri } = started.json() as {
        algorithm: string;
        secret: string;
        otpauthUri: string | null;
      };
      expect(algorithm).toBe('sm3');
      expect(otpauthUri).toBeNull();
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
      // A TOTP code of the same bytes is not an SM3 code.
      const asTotp = hotp(Buffer.from(secret, 'hex'), totpStep(now()));
      if (asTotp !== sm3Code(secret))
        expectError(
          await session.post('/api/v1/auth/second-factor/activate', { code: asTotp }),
          400,
          'VALIDATION_FAILED',
        );
      const done = await session.post('/api/v1/auth/second-factor/activate', { code: sm3Code(secret) });
      expect(done.statusCode, done.body).toBe(200);
      expect((await session.get('/api/v1/auth/second-factor')).json()).toEqual({
        enrolled: true,
        algorithm: 'sm3',
        tokenSerial: null,
        recoveryCodesLeft: 10,
        required: false,
        bodyAlgorithm: 'sm3',
      } satisfies Status);
      const row = await userRow(officer.id);
      expect(row.otp_algorithm).toBe('sm3');
      expect(row.totp_secret).toMatch(/^sm4v1\./);
      expect(row.totp_secret).not.toContain(secret);
      expect(row.totp_secret).not.toContain(Buffer.from(secret, 'hex').toString('base64'));

      const next = await loginFrom(t, officer.username);
      expect((await next.get('/api/v1/auth/me')).json()).toMatchObject({ secondFactor: 'verify' });
      const verified = await next.post('/api/v1/auth/second-factor/verify', { code: sm3Code(secret, 1) });
      expect(verified.statusCode, verified.body).toBe(200);
      expect((await next.get('/api/v1/cases')).statusCode).toBe(200);
    });

    it('leaves an account that enrolled by TOTP on TOTP after the body moves to SM3', async () => {
      expect((await save({ otpAlgorithm: 'totp' })).statusCode).toBe(200);
      const officer = await newOfficer();
      const session = await loginFrom(t, officer.username);
      const { secret } = (await session.post('/api/v1/auth/second-factor/enrol')).json() as {
        secret: string;
      };
      expect(
        (await session.post('/api/v1/auth/second-factor/activate', { code: totpCode(secret) })).statusCode,
      ).toBe(200);
      expect((await save({ otpAlgorithm: 'sm3' })).statusCode).toBe(200);
      const next = await loginFrom(t, officer.username);
      const res = await next.post('/api/v1/auth/second-factor/verify', { code: totpCode(secret, 1) });
      expect(res.statusCode, res.body).toBe(200);
      expect((await next.get('/api/v1/auth/second-factor')).json()).toMatchObject({
        algorithm: 'totp',
        bodyAlgorithm: 'sm3',
      });
    });
  });

  describe('binding a 国密 hardware token (安全管理员)', () => {
    const bind = (client: typeof secadmin, userId: string, body: object) =>
      client.post(`/api/v1/users/${userId}/second-factor/token`, body);

    it('binds serial + seed after a current code proves them: sessions end, the token signs in, sealed, audited', async () => {
      const officer = await newOfficer();
      const before = await loginFrom(t, officer.username);
      const tokenSerial = serial();
      const res = await bind(secadmin, officer.id, { serial: tokenSerial, seed: SEED, code: sm3Code(SEED) });
      expect(res.statusCode, res.body).toBe(200);
      expectError(await before.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
      const row = await userRow(officer.id);
      expect(row).toMatchObject({ otp_algorithm: 'sm3', otp_token_serial: tokenSerial });
      expect(row.totp_secret).toMatch(/^sm4v1\./);
      expect(row.totp_secret).not.toContain(SEED);

      const session = await loginFrom(t, officer.username);
      expect((await session.get('/api/v1/auth/me')).json()).toMatchObject({ secondFactor: 'verify' });
      // The code used at binding is spent; the next one works.
      expectError(
        await session.post('/api/v1/auth/second-factor/verify', { code: sm3Code(SEED) }),
        401,
        'INVALID_CREDENTIALS',
      );
      expect(
        (await session.post('/api/v1/auth/second-factor/verify', { code: sm3Code(SEED, 1) })).statusCode,
      ).toBe(200);
      expect((await session.get('/api/v1/auth/second-factor')).json()).toMatchObject({
        enrolled: true,
        algorithm: 'sm3',
        tokenSerial,
        recoveryCodesLeft: 0,
      });
      const listed = ((await secadmin.get('/api/v1/users')).json() as { id: string }[]).find(
        (u) => u.id === officer.id,
      );
      expect(listed).toMatchObject({
        totpEnrolled: true,
        factorAlgorithm: 'sm3',
        factorTokenSerial: tokenSerial,
      });
      const [entry] = await audit('user.otp_token_bound', officer.id);
      expect(entry).toMatchObject({ label: '绑定动态令牌', actorName: '安全管理员' });
      expect(entry!.details).toContainEqual({ label: '令牌序列号', value: tokenSerial });
    });

    it('refuses a code that does not fit the seed, a malformed seed or serial, naming the field; nothing changes', async () => {
      const officer = await newOfficer();
      const count = await ledgerCount(t);
      const cases: [object, string][] = [
        [{ serial: serial(), seed: SEED, code: sm3Code(SEED, 3) }, 'code'],
        [{ serial: serial(), seed: SEED.slice(0, 30), code: '123456' }, 'seed'],
        [{ serial: serial(), seed: `${SEED}zz`, code: '123456' }, 'seed'],
        [{ serial: 'a b', seed: SEED, code: sm3Code(SEED) }, 'serial'],
        [{ serial: serial(), seed: SEED, code: '12345' }, 'code'],
        [{ serial: serial(), seed: SEED }, 'code'],
      ];
      for (const [body, field] of cases) {
        const res = await bind(secadmin, officer.id, body);
        expectError(res, 400, 'VALIDATION_FAILED');
        expect((res.json() as { message: string }).message, JSON.stringify(body)).toContain(`「${field}」`);
      }
      expect(await userRow(officer.id)).toMatchObject({ totp_secret: null, otp_token_serial: null });
      expect(await ledgerCount(t)).toBe(count);
    });

    it('refuses a second token for an account with a factor (409), a serial bound elsewhere (409), one’s own account, unknown ones', async () => {
      const a = await newOfficer();
      const b = await newOfficer();
      const tokenSerial = serial();
      expect(
        (await bind(secadmin, a.id, { serial: tokenSerial, seed: SEED, code: sm3Code(SEED) })).statusCode,
      ).toBe(200);
      expectError(
        await bind(secadmin, a.id, { serial: serial(), seed: SEED, code: sm3Code(SEED, 1) }),
        409,
        'CONFLICT',
      );
      expectError(
        await bind(secadmin, b.id, { serial: tokenSerial, seed: SEED, code: sm3Code(SEED, 1) }),
        409,
        'DUPLICATE',
      );
      expect(await userRow(b.id)).toMatchObject({ totp_secret: null });
      expectError(
        await bind(secadmin, ids.userOf.secadmin!, { serial: serial(), seed: SEED, code: sm3Code(SEED) }),
        403,
        'FORBIDDEN',
      );
      expectError(
        await bind(secadmin, randomId(), { serial: serial(), seed: SEED, code: sm3Code(SEED) }),
        404,
        'NOT_FOUND',
      );
      // After a reset the serial is free again.
      expect((await secadmin.post(`/api/v1/users/${a.id}/second-factor/reset`)).statusCode).toBe(200);
      expect((await userRow(a.id)).otp_token_serial).toBeNull();
      expect(
        (await bind(secadmin, b.id, { serial: tokenSerial, seed: SEED, code: sm3Code(SEED, 1) })).statusCode,
      ).toBe(200);
    });

    it('is the 安全管理员’s alone: an officer cannot bind a token to someone else (or to themself), nor can the others', async () => {
      const target = await newOfficer();
      const officer = await loginFrom(t, 'officer1');
      const head = await loginFrom(t, 'head1');
      const body = { serial: serial(), seed: SEED, code: sm3Code(SEED) };
      for (const client of [officer, head, sysadmin, auditor])
        expectError(await bind(client, target.id, body), 403, 'FORBIDDEN');
      expectError(await bind(officer, ids.userOf.officer1!, body), 403, 'FORBIDDEN');
      expectError(await bind(t.anonymous(), target.id, body), 401, 'UNAUTHENTICATED');
      expect(await userRow(target.id)).toMatchObject({ totp_secret: null, otp_token_serial: null });
    });
  });

  describe('turning one’s own factor off', () => {
    async function enrolled() {
      const officer = await newOfficer();
      const session = await loginFrom(t, officer.username);
      const { secret } = (await session.post('/api/v1/auth/second-factor/enrol')).json() as {
        secret: string;
      };
      const done = await session.post('/api/v1/auth/second-factor/activate', { code: totpCode(secret) });
      expect(done.statusCode, done.body).toBe(200);
      const { recoveryCodes } = done.json() as { recoveryCodes: string[] };
      return { officer, session, secret, recoveryCodes };
    }

    it('works with a current code where the body makes it optional: audited, other sessions end', async () => {
      const { officer, session, secret, recoveryCodes } = await enrolled();
      const other = await loginFrom(t, officer.username);
      expect(
        (await other.post('/api/v1/auth/second-factor/verify', { code: recoveryCodes[0] })).statusCode,
      ).toBe(200);
      // A recovery code does not turn it off, nor does a wrong code (which counts as a failure).
      expectError(
        await session.post('/api/v1/auth/second-factor/disable', { code: recoveryCodes[1] }),
        401,
        'INVALID_CREDENTIALS',
      );
      expectError(
        await session.post('/api/v1/auth/second-factor/disable', { code: '000000' }),
        401,
        'INVALID_CREDENTIALS',
      );
      expect((await userRow(officer.id)).totp_secret).not.toBeNull();
      const failures = await sql<{ n: number }>(
        t,
        'select count(*)::int as n from login_failures where username = $1',
        [officer.username],
      );
      expect(failures[0]!.n).toBe(2);

      const res = await session.post('/api/v1/auth/second-factor/disable', { code: totpCode(secret, 1) });
      expect(res.statusCode, res.body).toBe(200);
      expect((await session.get('/api/v1/auth/second-factor')).json()).toMatchObject({
        enrolled: false,
        algorithm: null,
        recoveryCodesLeft: 0,
      });
      expect((await session.get('/api/v1/cases')).statusCode).toBe(200);
      expectError(await other.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
      expect((await (await loginFrom(t, officer.username)).get('/api/v1/auth/me')).json()).toMatchObject({
        secondFactor: null,
      });
      const [entry] = await audit('user.totp_disabled', officer.id);
      expect(entry).toMatchObject({ label: '关闭两步验证' });
      expectError(
        await session.post('/api/v1/auth/second-factor/disable', { code: '123456' }),
        409,
        'CONFLICT',
      );
    });

    it('is refused (403, still on) where the body requires it of the role', async () => {
      const { officer, session, secret } = await enrolled();
      const assigned = await secadmin.put(`/api/v1/users/${officer.id}/roles`, {
        roles: ['head'],
        version: officer.version,
        reason: '任命为主要负责人',
      });
      expect(assigned.statusCode, assigned.body).toBe(200);
      expect((await save({ totpForPrivileged: true })).statusCode).toBe(200);
      try {
        const head = await loginFrom(t, officer.username);
        expectError(await session.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED'); // roles changed
        expect(
          (await head.post('/api/v1/auth/second-factor/verify', { code: totpCode(secret, 1) })).statusCode,
        ).toBe(200);
        expect((await head.get('/api/v1/auth/second-factor')).json()).toMatchObject({
          enrolled: true,
          required: true,
        });
        // Refused before any code is looked at (the current and the next step are spent by now).
        expectError(
          await head.post('/api/v1/auth/second-factor/disable', { code: totpCode(secret, 1) }),
          403,
          'FORBIDDEN',
        );
        expect((await userRow(officer.id)).totp_secret).not.toBeNull();
      } finally {
        expect((await save({ totpForPrivileged: false })).statusCode).toBe(200);
      }
    });

    it('is refused before the code of the sign-in was given, and with an API token', async () => {
      const { officer, session, secret } = await enrolled();
      const created = await session.post('/api/v1/auth/tokens', { name: '测试集成' });
      expect(created.statusCode, created.body).toBe(201);
      const { token } = created.json() as { token: string };
      const viaToken = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/second-factor/disable',
        headers: { authorization: `Bearer ${token}` },
        payload: { code: totpCode(secret, 1) },
      });
      expectError(viaToken, 403, 'FORBIDDEN');
      const owing = await loginFrom(t, officer.username);
      expectError(
        await owing.post('/api/v1/auth/second-factor/disable', { code: totpCode(secret, 1) }),
        403,
        'SECOND_FACTOR_REQUIRED',
      );
      expect((await userRow(officer.id)).totp_secret).not.toBeNull();
    });
  });
});

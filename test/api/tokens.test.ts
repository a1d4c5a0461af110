// H7: API tokens act as their owner, are shown once, stored hashed, expire (never later than
// API_TOKEN_MAX_DAYS after their creation, one year by default), and can be revoked.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';

describe('API tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const bearer = (token: string, url: string, method: 'GET' | 'POST' | 'PUT' = 'GET', payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload ? { payload } : {}),
    });

  it("creates a token that acts with the owner's roles, and stores only its hash", async () => {
    const head = await t.login('head1');
    const res = await head.post('/api/v1/auth/tokens', { name: '省级平台对接' });
    expect(res.statusCode).toBe(201);
    const { token, id } = res.json() as { token: string; id: string };
    expect(token).toMatch(/^sxt_[A-Za-z0-9_-]{43}$/);
    const stored = await t.services.database.db.execute<{ token_hash: string }>(
      sql`select token_hash from api_tokens where id = ${id}`,
    );
    expect(stored.rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0]!.token_hash).not.toContain(token);

    const me = await bearer(token, '/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect((me.json() as { username: string }).username).toBe('head1');
    expect((await bearer(token, '/api/v1/people?limit=1')).statusCode).toBe(200);
    // head1 may not read the audit log; neither may the token.
    expect((await bearer(token, '/api/v1/audit')).statusCode).toBe(403);
    const list = (await head.get('/api/v1/auth/tokens')).json() as { id: string; name: string }[];
    expect(list.map((x) => x.name)).toEqual(['省级平台对接']);
    expect(JSON.stringify(list)).not.toContain(token);
  });

  it('needs no CSRF header for writes (no cookie) but cannot mint further tokens', async () => {
    const sysadmin = await t.login('sysadmin');
    const { token } = (await sysadmin.post('/api/v1/auth/tokens', { name: 'sync' })).json() as {
      token: string;
    };
    const units = (await sysadmin.get('/api/v1/units')).json() as { bodyId: string }[];
    const created = await bearer(token, '/api/v1/units', 'POST', {
      bodyId: units[0]!.bodyId,
      name: '令牌新建科室',
      kind: 'other',
    });
    expect(created.statusCode).toBe(201);
    const again = await bearer(token, '/api/v1/auth/tokens', 'POST', { name: 'x' });
    expect(again.statusCode).toBe(400);
  });

  it('refuses revoked, expired, unknown and malformed tokens', async () => {
    const officer = await t.login('officer1');
    const { token, id } = (await officer.post('/api/v1/auth/tokens', { name: 'mobile' })).json() as {
      token: string;
      id: string;
    };
    expect((await bearer(token, '/api/v1/auth/me')).statusCode).toBe(200);
    expect((await officer.delete(`/api/v1/auth/tokens/${id}`)).statusCode).toBe(200);
    const revoked = await bearer(token, '/api/v1/auth/me');
    expect(revoked.statusCode).toBe(401);
    expect((revoked.json() as { code: string }).code).toBe('UNAUTHENTICATED');
    expect((await officer.delete(`/api/v1/auth/tokens/${id}`)).statusCode).toBe(404);

    const second = (await officer.post('/api/v1/auth/tokens', { name: 'short' })).json() as {
      token: string;
      id: string;
    };
    // Expired one second ago by the services' clock.
    const expired = new Date(t.services.clock.now().getTime() - 1000).toISOString();
    await t.services.database.db.execute(
      sql`update api_tokens set expires_at = ${expired} where id = ${second.id}`,
    );
    expect((await bearer(second.token, '/api/v1/auth/me')).statusCode).toBe(401);

    expect((await bearer('sxt_doesnotexist', '/api/v1/auth/me')).statusCode).toBe(401);
    expect((await bearer('not-a-token', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it("refuses a past expiry and another user's token id", async () => {
    const officer = await t.login('officer1');
    const past = await officer.post('/api/v1/auth/tokens', {
      name: 'x',
      expiresAt: '2020-01-01T00:00:00+08:00',
    });
    expect(past.statusCode).toBe(400);
    const other = await t.login('officer2');
    const { id } = (await other.post('/api/v1/auth/tokens', { name: 'mine' })).json() as { id: string };
    expect((await officer.delete(`/api/v1/auth/tokens/${id}`)).statusCode).toBe(404);
    const mine = (await other.get('/api/v1/auth/tokens')).json() as {
      id: string;
      revokedAt: string | null;
    }[];
    expect(mine.find((x) => x.id === id)?.revokedAt).toBeNull();
  });

  describe('the maximum lifetime (365 days by default)', () => {
    const DAY = 24 * 60 * 60_000;
    const now = () => t.services.clock.now().getTime();
    const storedExpiry = async (id: string) =>
      (
        await t.services.database.db.execute<{ expires_at: string | null }>(
          sql`select expires_at::text from api_tokens where id = ${id}`,
        )
      ).rows[0]!.expires_at;

    it('gives a token asked for without expiry the longest lifetime, and says so', async () => {
      const officer = await t.login('officer1');
      const res = await officer.post('/api/v1/auth/tokens', { name: '无期限请求' });
      expect(res.statusCode).toBe(201);
      const { id, expiresAt } = res.json() as { id: string; expiresAt: string };
      expect(new Date(expiresAt).getTime()).toBe(now() + 365 * DAY);
      expect(new Date((await storedExpiry(id))!).getTime()).toBe(now() + 365 * DAY);
      const listed = (await officer.get('/api/v1/auth/tokens')).json() as { id: string; expiresAt: string }[];
      expect(listed.find((x) => x.id === id)?.expiresAt).toBe(expiresAt);
    });

    it('refuses an expiry beyond the maximum with 400 naming the field, creating nothing', async () => {
      const officer = await t.login('officer1');
      const count = async () =>
        (await t.services.database.db.execute<{ n: number }>(sql`select count(*)::int as n from api_tokens`))
          .rows[0]!.n;
      const before = await count();
      for (const at of [now() + 365 * DAY + 1000, Date.parse('2099-01-01T00:00:00Z')]) {
        const res = await officer.post('/api/v1/auth/tokens', {
          name: '超期',
          expiresAt: new Date(at).toISOString(),
        });
        expect(res.statusCode).toBe(400);
        expect(res.json()).toMatchObject({
          code: 'VALIDATION_FAILED',
          message: expect.stringContaining('字段「expiresAt」不能晚于') as unknown,
          details: { field: 'expiresAt' },
        });
      }
      expect(await count()).toBe(before);
      const exact = await officer.post('/api/v1/auth/tokens', {
        name: '恰好一年',
        expiresAt: new Date(now() + 365 * DAY).toISOString(),
      });
      expect(exact.statusCode).toBe(201);
    });

    it('ends a token stored without expiry (made before the limit) one year after its creation', async () => {
      const officer = await t.login('officer1');
      const make = async (ageDays: number) => {
        const { id, token } = (
          await officer.post('/api/v1/auth/tokens', { name: `旧令牌${ageDays}` })
        ).json() as {
          id: string;
          token: string;
        };
        const created = new Date(now() - ageDays * DAY).toISOString();
        await t.services.database.db.execute(
          sql`update api_tokens set expires_at = null, created_at = ${created} where id = ${id}`,
        );
        return token;
      };
      const old = await make(366);
      const recent = await make(364);
      expect((await bearer(old, '/api/v1/auth/me')).statusCode).toBe(401);
      expect((await bearer(recent, '/api/v1/auth/me')).statusCode).toBe(200);
    });

    it('follows API_TOKEN_MAX_DAYS, for new and existing tokens alike', async () => {
      const short = await createTestApp({ API_TOKEN_MAX_DAYS: '30' });
      try {
        const officer = await short.login('officer1');
        const made = await officer.post('/api/v1/auth/tokens', { name: '短期' });
        expect(new Date((made.json() as { expiresAt: string }).expiresAt).getTime()).toBe(
          short.services.clock.now().getTime() + 30 * DAY,
        );
        const beyond = await officer.post('/api/v1/auth/tokens', {
          name: '超期',
          expiresAt: new Date(short.services.clock.now().getTime() + 31 * DAY).toISOString(),
        });
        expect(beyond.statusCode).toBe(400);
      } finally {
        await short.close();
      }
    });
  });

  it('records token creation and revocation in the audit ledger', async () => {
    const auditor = await t.login('auditor');
    const res = (await auditor.get('/api/v1/audit?action=api_token&limit=100')).json() as {
      items: { action: string }[];
    };
    const actions = res.items.map((i) => i.action);
    expect(actions).toContain('api_token.created');
    expect(actions).toContain('api_token.revoked');
  });
});

// H2: the session cache (modules/auth/session-cache.ts) never lets a change to an account or a session be
// missed. A logout, a disabled account, a role change, a password change or reset made through this
// process holds from the very next request, however recently the session was read; a change made behind
// the app's back (another process of a PostgreSQL deployment, or SQL) holds within SESSION_CACHE_SECONDS;
// with 0 there is no cache; idleness is checked on every request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type Client, type TestApp } from '../helpers/app.ts';
import { testClock } from '../helpers/clock.ts';
import { createAccount, demoIds, expectError, loginFrom, type DemoIds } from './support.ts';

/** A write that bypasses the app, as another server of the same database would make it. */
const elsewhere = (t: TestApp, text: string, params: unknown[]) =>
  t.services.database.pool.query(text, params);

/** Reads /me twice, so the session is in the cache when the test changes something. */
async function warm(client: Client) {
  for (let i = 0; i < 2; i++) expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);
}

describe('session cache: changes through this process hold at the next request', () => {
  let t: TestApp;
  let ids: DemoIds;
  let sysadmin: Client;
  let secadmin: Client;
  const newOfficer = () => createAccount(sysadmin, secadmin, t, ids.district, ['officer']);

  beforeAll(async () => {
    // A long cache, so only the emptying after a write can explain a change being seen.
    t = await createTestApp({ SESSION_CACHE_SECONDS: '60' });
    ids = await demoIds(t);
    sysadmin = await loginFrom(t, 'sysadmin');
    secadmin = await loginFrom(t, 'secadmin');
  });
  afterAll(async () => t.close());

  it('serves a recently read session from the cache: a change behind the app’s back is not seen yet', async () => {
    const user = await newOfficer();
    const session = await loginFrom(t, user.username);
    await warm(session);
    await elsewhere(t, 'update users set display_name = $2 where id = $1', [user.id, '缓存外改名']);
    expect((await session.get('/api/v1/auth/me')).json()).toMatchObject({ displayName: user.displayName });
    // Any write request of this process empties the cache before it answers.
    expect((await session.post('/api/v1/auth/tokens', { name: '任一写请求' })).statusCode).toBe(201);
    expect((await session.get('/api/v1/auth/me')).json()).toMatchObject({ displayName: '缓存外改名' });
  });

  it('refuses a disabled account at its very next request', async () => {
    const user = await newOfficer();
    const session = await loginFrom(t, user.username);
    await warm(session);
    expect((await sysadmin.post(`/api/v1/users/${user.id}/disable`, { reason: '离职' })).statusCode).toBe(
      200,
    );
    expectError(await session.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
  });

  it('ends the session at logout', async () => {
    const user = await newOfficer();
    const session = await loginFrom(t, user.username);
    await warm(session);
    expect((await session.post('/api/v1/auth/logout')).statusCode).toBe(200);
    expectError(await session.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
  });

  it('ends the sessions at a role change', async () => {
    const user = await newOfficer();
    const session = await loginFrom(t, user.username);
    await warm(session);
    const res = await secadmin.put(`/api/v1/users/${user.id}/roles`, {
      roles: ['unit_head'],
      version: user.version,
      reason: '调岗',
    });
    expect(res.statusCode, res.body).toBe(200);
    expectError(await session.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
  });

  it('ends the other sessions at a password change, and all of them at a reset', async () => {
    const user = await newOfficer();
    const here = await loginFrom(t, user.username);
    const there = await loginFrom(t, user.username);
    await warm(here);
    await warm(there);
    const changed = await here.post('/api/v1/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'Brand-New-Pass-1',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expectError(await there.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
    expect((await here.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await secadmin.post(`/api/v1/users/${user.id}/reset-password`)).statusCode).toBe(200);
    expectError(await here.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
  });
});

describe('session cache: changes from elsewhere hold within SESSION_CACHE_SECONDS', () => {
  it('refuses an account disabled behind the app’s back once the cache time has passed', async () => {
    const t = await createTestApp({ SESSION_CACHE_SECONDS: '1' });
    try {
      const session = await t.login('officer1');
      await warm(session);
      const { rows } = await elsewhere(
        t,
        `update users set status = 'disabled' where username = $1 returning id`,
        ['officer1'],
      );
      expect(rows).toHaveLength(1);
      await new Promise((resolve) => setTimeout(resolve, 1_050));
      expectError(await session.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
    } finally {
      await t.close();
    }
  });

  it('reads the session on every request with SESSION_CACHE_SECONDS=0', async () => {
    const t = await createTestApp({ SESSION_CACHE_SECONDS: '0' });
    try {
      const session = await t.login('officer1');
      await warm(session);
      await elsewhere(t, `update users set status = 'disabled' where username = $1`, ['officer1']);
      expectError(await session.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
    } finally {
      await t.close();
    }
  });

  it('still ends an idle session that sits in the cache', async () => {
    const clock = testClock();
    const t = await createTestApp({ SESSION_CACHE_SECONDS: '60' }, { clock });
    try {
      const session = await t.login('officer1');
      await warm(session);
      clock.advance(31 * 60_000);
      expectError(await session.get('/api/v1/auth/me'), 401, 'SESSION_EXPIRED');
    } finally {
      await t.close();
    }
  });
});

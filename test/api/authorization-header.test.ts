// A malformed Authorization header is treated one way on every route (issue 14, finding 8): public routes
// never read it, so they answer exactly as without it (before, a malformed Bearer made them 401); routes
// behind a login refuse any Bearer header that is not a valid API token, even beside a valid session
// cookie; another scheme (a proxy's Basic authentication) is not ours and is ignored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type Client, type TestApp } from '../helpers/app.ts';
import { expectError, freshIp } from './support.ts';

const MALFORMED = [
  'Bearer',
  'Bearer ',
  'Bearer a b',
  'Bearer sxt_doesnotexist',
  'bearer \t',
  'Token x',
  'Basic Zm9vOmJhcg==',
  '!!',
];

describe('a malformed Authorization header', () => {
  let t: TestApp;
  let officer: Client;
  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.login('officer1');
  });
  afterAll(() => t.close());

  const withHeader = (
    client: Client,
    authorization: string,
    method: 'GET' | 'POST',
    url: string,
    payload?: object,
  ) => client.request({ method, url, headers: { authorization }, ...(payload ? { payload } : {}) });

  it.each(MALFORMED)('public routes answer %j as if it were absent', async (authorization) => {
    const anonymous = t.anonymous();
    const verified = await withHeader(anonymous, authorization, 'GET', '/api/v1/public/officers/SF99010200');
    expect(verified.statusCode, verified.body).toBe(200);
    const unknown = await withHeader(anonymous, authorization, 'GET', '/api/v1/public/officers/SF00000000');
    expectError(unknown, 404, 'NOT_FOUND');
    const deadline = await withHeader(
      anonymous,
      authorization,
      'GET',
      '/api/v1/calendar/deadline?from=2026-12-07&days=15',
    );
    expect(deadline.statusCode, deadline.body).toBe(200);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: freshIp(),
      headers: { authorization },
      payload: { username: 'officer2', password: DEMO_PASSWORD },
    });
    expect(login.statusCode, login.body).toBe(200);
  });

  it.each(MALFORMED.filter((h) => /^bearer/i.test(h)))(
    'a route behind a login refuses the Bearer header %j even with a valid session',
    async (authorization) => {
      expectError(await withHeader(officer, authorization, 'GET', '/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
      expectError(
        await withHeader(t.anonymous(), authorization, 'GET', '/api/v1/auth/me'),
        401,
        'UNAUTHENTICATED',
      );
    },
  );

  it.each(['Basic Zm9vOmJhcg==', 'Token x', '!!'])(
    'another scheme %j is ignored: the session decides',
    async (authorization) => {
      expect((await withHeader(officer, authorization, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
      expectError(
        await withHeader(t.anonymous(), authorization, 'GET', '/api/v1/auth/me'),
        401,
        'UNAUTHENTICATED',
      );
    },
  );
});

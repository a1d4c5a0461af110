// H7 headers (issue 14, finding 8): scripts only from this origin on every page — the staff app, the portal
// and the API documentation — with no 'unsafe-inline' (before: allowed); every /api/ answer, success or
// error, is `Cache-Control: no-store` (before: none — a shared proxy or the browser's cache could keep a
// case with the parties' ID numbers), while the portal keeps its short public caching.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { demoIds } from './support.ts';
import { caseInput, createCase } from './cases/case-helpers.ts';

function directives(csp: string | string[] | number | undefined): Map<string, string[]> {
  return new Map(
    String(csp)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('security headers', () => {
  let t: TestApp;
  let officer: Client;
  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.login('officer1');
  });
  afterAll(() => t.close());

  it.each(['/', '/officers', '/admin/', '/api/docs/static/index.html', '/api/v1/auth/me', '/no-such-page'])(
    'scripts only from this origin, never inline: %s',
    async (url) => {
      const res = await officer.get(url);
      const csp = directives(res.headers['content-security-policy']);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('script-src-attr')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
    },
  );

  it('every API answer is no-store: data, lists, errors, the public API and the OpenAPI document', async () => {
    const c = await createCase(officer, caseInput(await demoIds(t)));
    const urls = [
      '/api/v1/auth/me',
      '/api/v1/cases',
      `/api/v1/cases/${c.id}`,
      '/api/v1/people',
      '/api/v1/public/officers/SF99010200',
      '/api/v1/no-such-route',
      '/api/openapi.json',
    ];
    for (const url of urls) {
      const res = await officer.get(url);
      expect({ url, cache: res.headers['cache-control'] }).toEqual({ url, cache: 'no-store' });
    }
    const anonymous = await t.anonymous().get('/api/v1/cases');
    expect([anonymous.statusCode, anonymous.headers['cache-control']]).toEqual([401, 'no-store']);
  });

  it('the portal keeps its short public caching', async () => {
    expect((await t.anonymous().get('/officers')).headers['cache-control']).toBe('public, max-age=60');
  });
});

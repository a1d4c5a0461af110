// The portal answers every error as a page in its layout with the viewport set — an unknown address, a
// malformed one, a refused query (issue 14, finding 12: an unknown URL was raw JSON, tiny on a phone);
// the API keeps its JSON answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp } from '../helpers/app.ts';

function expectPortalPage(res: LightMyRequestResponse, status: number, title: string) {
  expect({ status: res.statusCode, type: res.headers['content-type'] }, res.body.slice(0, 200)).toEqual({
    status,
    type: 'text/html; charset=utf-8',
  });
  expect(res.body).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  expect(res.body).toContain('<link rel="stylesheet" href="/assets/portal.css');
  expect(res.body).toContain(`<h1 id="err-title">${title}</h1>`);
  expect(res.body).toContain('href="/"');
}

describe('portal error pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it.each(['/no-such-page', '/bodies/x/y/z', '/officers.php', '/%E4%BD%A0%E5%A5%BD'])(
    'an unknown address %s is the 404 page',
    async (url) => {
      expectPortalPage(await t.anonymous().get(url), 404, '页面不存在');
    },
  );

  it('a POST to a page is a page too, not JSON', async () => {
    expectPortalPage(await t.anonymous().post('/officers', { q: 'x' }), 404, '页面不存在');
  });

  it('a malformed address and a refused query are 400 pages', async () => {
    expectPortalPage(await t.anonymous().get('/officers?q=%00'), 400, '请求不正确');
    expectPortalPage(await t.anonymous().get('/bodies/%E4%BD'), 400, '请求不正确');
  });

  it('the API keeps JSON for unknown and malformed addresses', async () => {
    const unknown = await t.anonymous().get('/api/v1/no-such-route');
    expect([unknown.statusCode, unknown.headers['content-type']]).toEqual([
      404,
      'application/json; charset=utf-8',
    ]);
    expect(unknown.json()).toMatchObject({ code: 'NOT_FOUND' });
    const malformed = await t.anonymous().get('/api/v1/public/officers/%E4%BD');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

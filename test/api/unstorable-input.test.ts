// Input the database cannot hold — a NUL character, a lone UTF-16 surrogate — is a 400 naming the field on
// every route, API and portal, before any handler runs; nothing is written (issue 14, finding 2). Before,
// each of these requests was a 500 from the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { demoIds, loginFrom, type DemoIds } from './support.ts';
import { caseInput, createCase, expectFieldError, rowCounts } from './cases/case-helpers.ts';

const NUL = '含有空字符（NUL），无法保存';
const SURROGATE = '含有不成对的代理字符（无效的 Unicode），无法保存';

describe('unstorable input', () => {
  let t: TestApp;
  let ids: DemoIds;
  let officer: Client;
  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer = await loginFrom(t, 'officer1');
  });
  afterAll(() => t.close());

  const json = (client: Client, url: string, raw: string) =>
    client.request({ method: 'POST', url, payload: raw, headers: { 'content-type': 'application/json' } });

  it('a NUL in the login name is a 400 naming the field, not a 500', async () => {
    const res = await t.anonymous().post('/api/v1/auth/login', { username: 'a\u0000b', password: 'x' });
    expect(expectFieldError(res, 'username').message).toBe(`字段「username」${NUL}`);
  });

  it('a NUL in a path parameter of a public route', async () => {
    const res = await t.anonymous().get('/api/v1/public/officers/%00');
    expect(expectFieldError(res, '路径参数number').details?.issues?.[0]?.message).toBe(NUL);
  });

  it('a NUL in a query string; a surrogate encoded as UTF-8 bytes is no 500 either', async () => {
    expectFieldError(await officer.get(`/api/v1/units?bodyId=a%00`), '查询参数bodyId');
    expectFieldError(await officer.get(`/api/v1/cases?q=a%00`), '查询参数q');
    // A lone surrogate cannot be percent-encoded as UTF-8; its CESU-8 bytes decode to U+FFFD.
    expect((await officer.get(`/api/v1/cases?q=%ED%A0%80`)).statusCode).toBe(200);
  });

  it('in JSON bodies: NUL, lone surrogates, nested fields and keys; nothing is written', async () => {
    const c = await createCase(officer, caseInput(ids));
    const url = `/api/v1/cases/${c.id}/evidence`;
    const valid = {
      type: 'electronic',
      title: '现场照片',
      source: '现场提取',
      collectedOn: '2026-08-05',
      collectedBy: '执法人员',
      version: c.version,
    };
    const before = await rowCounts(t);
    const nul = await officer.post(url, { ...valid, title: 'a\u0000b' });
    expect(expectFieldError(nul, 'title').details?.issues?.[0]?.message).toBe(NUL);
    // JSON.stringify would escape a lone surrogate as \ud800 too; written out to be sure it is on the wire.
    const high = await json(officer, url, JSON.stringify(valid).replace('现场照片', '\\ud800照片'));
    expect(expectFieldError(high, 'title').details?.issues?.[0]?.message).toBe(SURROGATE);
    const low = await json(officer, url, JSON.stringify(valid).replace('现场照片', '照片\\udc00'));
    expectFieldError(low, 'title');
    expectFieldError(await json(officer, url, '{"title":"x","extra\\u0000":1}'), 'extra?');
    const nested = await officer.post('/api/v1/cases', {
      ...caseInput(ids),
      parties: [{ ...(caseInput(ids).parties as object[])[0], name: '张\u0000三' }],
    });
    expectFieldError(nested, 'parties.0.name');
    expect(await rowCounts(t)).toEqual(before);
    // A well-formed pair (an emoji) is fine.
    expect((await officer.post(url, { ...valid, title: '现场照片 📷' })).statusCode).toBe(200);
  });

  it('a NUL in the portal’s query string is its 400 page, and the next pages still work', async () => {
    const visitor = t.anonymous();
    const res = await visitor.get('/officers?q=%00');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<meta name="viewport"');
    for (const url of ['/', '/officers', '/bodies']) expect((await visitor.get(url)).statusCode).toBe(200);
  });
});

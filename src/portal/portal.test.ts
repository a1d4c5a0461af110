// E10 public portal: every page renders server-side HTML from what the database holds (a body, its
// entrusted organisation and officers made by the test's own factories, ./test-fixture.ts), verification
// answers valid / invalid / unknown / malformed correctly, user input is escaped, and no person's ID
// number or phone ever reaches a public page.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/app.ts';
import type { BodyFixture, OfficerFixture } from '../../test/helpers/factories.ts';
import { openedPersonRow } from '../../test/helpers/sealed.ts';
import { escapeHtml, html } from './html.ts';
import { EXTRA_OFFICERS, LAPSED, portalTenant, SECOND, VALID } from './test-fixture.ts';

describe('public portal (E10)', () => {
  let t: TestApp;
  let host: string;
  let body: BodyFixture;
  let brigade: BodyFixture;
  let valid: OfficerFixture;
  let certified: number;
  const q = async <T>(text: string) => (await t.services.database.pool.query(text)).rows as T[];

  beforeAll(async () => {
    t = await createTestApp();
    ({ host, body, brigade, valid, certified } = await portalTenant(t));
  });
  afterAll(async () => t.close());

  const get = (url: string) => t.anonymous().get(url);
  const expectHtml = (
    res: { statusCode: number; headers: Record<string, unknown>; body: string },
    status = 200,
  ) => {
    expect(res.statusCode).toBe(status);
    expect(String(res.headers['content-type'])).toMatch(/^text\/html/);
    expect(res.body).toMatch(/^<!doctype html>/);
    expect(res.body).toContain('<html lang="zh-CN">');
    expect(res.body).toContain('<meta name="viewport"');
    expect(res.body).toContain('本平台公开信息由各执法主体发布');
    expect(res.body).toContain(`主办单位：${host}`);
  };

  it('escapes interpolated values and leaves SafeHtml alone', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html`<p>${'<b>'}${html`<i>ok</i>`}${['<', 1]}${null}${false}</p>`.value).toBe(
      '<p>&lt;b&gt;<i>ok</i>&lt;1</p>',
    );
  });

  it('serves the home page with the platform name, verification form and publicity stages', async () => {
    const res = await get('/');
    expectHtml(res);
    expect(res.body).toContain('行政执法公示平台');
    expect(res.body).toContain('三项制度执法平台');
    expect(res.body).toMatch(/<form[^>]*method="get"[^>]*action="\/verify"/);
    expect(res.body).toMatch(/<label for="home-number">执法证号<\/label>/);
    expect(res.body).toContain('href="/bodies"');
    expect(res.body).toContain('href="/officers"');
    for (const s of [
      '事前公开',
      '事中公示',
      '事后公开',
      '执法事项清单',
      '裁量基准',
      '执法决定公开',
      '年度报告',
    ])
      expect(res.body).toContain(s);
    expect(res.body).toContain('建设中');
    expect(res.body).toContain(`共 ${certified} 名持证执法人员`);
    expect(res.body).not.toContain('<script');
  });

  it('serves the stylesheet the pages link to', async () => {
    const res = await get('/assets/portal.css');
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-type'])).toMatch(/^text\/css/);
  });

  it('keeps the portal out of the OpenAPI document', async () => {
    const doc = (await get('/api/openapi.json')).json() as { paths: Record<string, unknown> };
    for (const p of Object.keys(doc.paths)) expect(p.startsWith('/api/')).toBe(true);
  });

  it('lists the bodies grouped by level, each linking to its page', async () => {
    const res = await get('/bodies');
    expectHtml(res);
    const all = await q<{ name: string; level: string }>('select name, level from bodies');
    const count = (level: string) => all.filter((b) => b.level === level).length;
    const province = res.body.indexOf(`省级（${count('province')}）`);
    const city = res.body.indexOf(`市级（${count('city')}）`);
    const county = res.body.indexOf(`区县级（${count('county')}）`);
    expect(province).toBeGreaterThan(0);
    expect(city).toBeGreaterThan(province);
    expect(county).toBeGreaterThan(city);
    for (const { name } of all) expect(res.body).toContain(name);
    expect(res.body).toContain(`href="/bodies/${body.id}"`);
    expect(res.body).toContain('受委托组织');
  });

  it('shows a body with its A1 fields and link to its officers', async () => {
    const res = await get(`/bodies/${body.id}`);
    expectHtml(res);
    for (const s of [
      body.name,
      '区县级',
      '行政机关',
      '卫生健康行政部门',
      body.legalRepresentative,
      body.address,
      body.complaintPhone,
      '统一社会信用代码',
      body.creditCode,
      '查处传染病防治违法行为',
    ])
      expect(res.body).toContain(s);
    expect(res.body).toContain(`href="/officers?body=${body.id}"`);
    expect(res.body).toContain('本机关委托的组织');
    expect(res.body).toContain(brigade.name);
  });

  it('shows the delegation of an entrusted organisation', async () => {
    const res = await get(`/bodies/${brigade.id}`);
    expectHtml(res);
    for (const s of [
      '委托执法',
      '委托机关',
      body.name,
      '委托范围',
      '公共场所卫生的行政检查与行政处罚',
      '委托期限',
      '2025-01-01 至 2029-12-31',
      brigade.legalRepresentative,
    ])
      expect(res.body).toContain(s);
    expect(res.body).toContain(`href="/bodies/${body.id}"`);
  });

  it('answers an unknown or malformed body id with a 404 page', async () => {
    expectHtml(await get(`/bodies/${randomUUID()}`), 404);
    const bad = await get('/bodies/not-a-uuid');
    expectHtml(bad, 404);
    expect(bad.body).toContain('未找到该执法主体');
  });

  it('lists officers with body, unit, linked certificate number, categories and status', async () => {
    expect((await get('/officers')).body).toContain(`共 ${certified} 名执法人员`);
    const res = await get(`/officers?body=${body.id}`);
    expectHtml(res);
    expect(res.body).toContain(`共 ${3 + EXTRA_OFFICERS} 名执法人员`);
    expect(res.body).toContain(VALID.name);
    expect(res.body).toContain(body.name);
    expect(res.body).toContain('卫生监督一科');
    expect(res.body).toContain(`href="/verify/${VALID.number}"`);
    expect(res.body).toContain('行政处罚、行政检查、行政强制');
    expect(res.body).toContain('有效');
    // A person without a certificate (office staff) is not listed.
    expect(res.body).not.toContain('赵一鸣');
    expect((await get(`/officers?q=${encodeURIComponent('赵一鸣')}`)).body).toContain('共 0 名执法人员');
    expect(res.body).toMatch(/<label for="officer-q">/);
    expect(res.body).toMatch(/<label for="officer-body">/);
  });

  it('marks the lapsed certificate invalid with its reason', async () => {
    const res = await get(`/officers?q=${LAPSED.number}`);
    expectHtml(res);
    expect(res.body).toContain(LAPSED.name);
    expect(res.body).toContain('无效');
    expect(res.body).toContain('执法证已过有效期');
    expect(res.body).toContain('共 1 名执法人员');
  });

  it('searches by name and by certificate number (case-insensitive), and filters by body', async () => {
    const byName = await get(`/officers?q=${encodeURIComponent(VALID.name)}`);
    expect(byName.body).toContain('共 1 名执法人员');
    expect(byName.body).toContain(VALID.number);
    const byNumber = await get('/officers?q=ta2025000');
    expect(byNumber.body).toContain('共 3 名执法人员'); // TA20250001 … TA20250003
    const brigadeOnly = await get(`/officers?body=${brigade.id}`);
    expect(brigadeOnly.body).toContain('共 0 名执法人员');
    expect(brigadeOnly.body).toContain('未找到符合条件的执法人员');
    const bodyOnly = await get(`/officers?body=${body.id}`);
    expect(bodyOnly.body).toContain(`共 ${3 + EXTRA_OFFICERS} 名执法人员`);
    expect(bodyOnly.body).toContain(`<option value="${body.id}" selected>`);
    // % is a literal character, not a wildcard.
    expect((await get('/officers?q=%25')).body).toContain('共 0 名执法人员');
  });

  it('paginates 30 per page and keeps the filters in the page links', async () => {
    const first = await get(`/officers?body=${body.id}`);
    expect(first.body.match(/<tr>\s*<td data-label="姓名">/g)).toHaveLength(30);
    expect(first.body).toContain('第 1 / 2 页');
    expect(first.body).toContain(`href="/officers?body=${body.id}&amp;page=2"`);
    const second = await get(`/officers?body=${body.id}&page=2`);
    expectHtml(second);
    expect(second.body.match(/<tr>\s*<td data-label="姓名">/g)).toHaveLength(3 + EXTRA_OFFICERS - 30);
    expect(second.body).toContain('第 2 / 2 页');
    expect(second.body).toContain(`测试员${EXTRA_OFFICERS - 1}`);
    expect(second.body).toContain(`href="/officers?body=${body.id}"`); // back to page 1
    const beyond = await get('/officers?page=9');
    expectHtml(beyond);
    expect(beyond.body).toContain('该页没有记录');
    expectHtml(await get('/officers?page=abc')); // a mistyped page number falls back to page 1
  });

  it('escapes the search term instead of executing it', async () => {
    const res = await get(`/officers?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expectHtml(res);
    expect(res.body).not.toContain('<script>alert(1)</script>');
    expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('refuses malformed officer queries with 400, never 500', async () => {
    expectHtml(await get('/officers?body=1%27%20or%201%3D1'), 400);
    expectHtml(await get(`/officers?q=${'x'.repeat(51)}`), 400);
    expectHtml(await get('/officers?q=a&q=b'), 400);
  });

  it('verifies a valid certificate with holder, body, categories, validity, complaint phone and QR', async () => {
    const res = await t
      .anonymous()
      .request({ method: 'GET', url: `/verify/${VALID.number}`, headers: { host: 'portal.example.gov.cn' } });
    expectHtml(res);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatch(/class="verdict-word">有效</);
    for (const s of [
      VALID.name,
      body.name,
      '行政处罚、行政检查、行政强制',
      VALID.region,
      `${VALID.issuedOn} 至 ${VALID.expiresOn}`,
      body.complaintPhone,
      '投诉举报',
      '12345',
    ])
      expect(res.body).toContain(s);
    expect(res.body).toMatch(/<svg[^>]*role="img"/);
    expect(res.body).toContain(`http://portal.example.gov.cn/verify/${VALID.number}`);
  });

  it('verifies through the query form too, normalising case and spaces', async () => {
    const res = await get(`/verify?number=%20${SECOND.number.toLowerCase()}%20`);
    expectHtml(res);
    expect(res.body).toMatch(/class="verdict-word">有效</);
    expect(res.body).toContain(SECOND.name);
    expect(res.body).toContain(`http://localhost:80/verify/${SECOND.number}`);
  });

  it('shows 无效 with the reason for the lapsed certificate', async () => {
    const res = await get(`/verify/${LAPSED.number}`);
    expectHtml(res);
    expect(res.body).toMatch(/class="verdict-word">无效</);
    expect(res.body).toContain('执法证已过有效期');
    expect(res.body).toContain(LAPSED.name);
  });

  it('shows the verification form when no number is given', async () => {
    const res = await get('/verify');
    expectHtml(res);
    expect(res.body).toContain('执法证查验');
    expect(res.body).toMatch(/<label for="verify-number">执法证号<\/label>/);
  });

  it('answers an unknown certificate with a friendly 404 page', async () => {
    const res = await get('/verify/SF00000000');
    expectHtml(res, 404);
    expect(res.body).toContain('未查询到该执法证');
    expect(res.body).toContain('SF00000000');
  });

  it('answers an overlong or malformed number with 400, never 500', async () => {
    const long = await get(`/verify?number=${'A'.repeat(41)}`);
    expectHtml(long, 400);
    expect(long.body).toContain('执法证号过长');
    expectHtml(await get(`/verify/${'9'.repeat(200)}`), 400);
    const bad = await get(`/verify/${encodeURIComponent('<img src=x>')}`);
    expectHtml(bad, 400);
    expect(bad.body).not.toContain('<img src=x>');
    expectHtml(await get('/verify?number=A&number=B'), 400);
    expectHtml(await get(`/officers/${'A'.repeat(41)}/card`), 400);
  });

  it('rejects a forged Host header in the QR URL', async () => {
    const res = await t.anonymous().request({
      method: 'GET',
      url: `/verify/${VALID.number}`,
      headers: { host: 'evil.example"><script>' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('evil.example"');
    expect(res.body).toContain(`http://localhost/verify/${VALID.number}`);
  });

  it('renders the electronic certificate card with photo placeholder and QR to the verification page', async () => {
    const res = await get(`/officers/${VALID.number}/card`);
    expectHtml(res);
    for (const s of [
      '行政执法证',
      VALID.name,
      body.name,
      VALID.number,
      '行政处罚、行政检查、行政强制',
      `${VALID.issuedOn} 至 ${VALID.expiresOn}`,
      '照片',
      '出示时间',
    ])
      expect(res.body).toContain(s);
    expect(res.body).toContain('badge-ok">有效');
    expect(res.body).toMatch(/<svg[^>]*role="img"/);
    expect(res.body).toContain(`http://localhost:80/verify/${VALID.number}`);
    const lapsed = await get(`/officers/${LAPSED.number}/card`);
    expect(lapsed.body).toContain('执法证已过有效期');
    expectHtml(await get('/officers/SF00000000/card'), 404);
  });

  it('never shows a person’s ID number or phone on any public page', async () => {
    // Stored sealed (H4): the clear values are what a page must not show.
    const secrets = (
      await q<{ id: string; id_number: string | null; phone: string | null }>(
        'select id, id_number, phone from people',
      )
    )
      .map((p) => openedPersonRow(t, p))
      .flatMap((p) => [p.id_number as string | null, p.phone as string | null])
      .filter((s): s is string => !!s);
    expect(secrets.length).toBeGreaterThan(40);
    expect(secrets).toEqual(expect.arrayContaining([valid.idNumber, valid.phone]));
    const officers = await get(`/officers?body=${body.id}`);
    expect(officers.body).toContain(VALID.name);
    expect(officers.body).not.toContain(valid.idNumber);
    expect(officers.body).not.toContain(valid.phone);
    const pages = [
      '/',
      '/bodies',
      `/bodies/${body.id}`,
      '/officers',
      '/officers?page=2',
      `/officers?body=${body.id}`,
      `/verify/${VALID.number}`,
      `/verify/${LAPSED.number}`,
      `/officers/${VALID.number}/card`,
    ];
    for (const url of pages) {
      const page = (await get(url)).body;
      for (const s of secrets) expect(page, `${url} leaks ${s}`).not.toContain(s);
      expect(page).not.toMatch(/\b1[3-9]\d{9}\b/); // no mobile number at all
      expect(page).not.toMatch(/\b\d{17}[\dX]\b/); // no ID-card-shaped number at all
    }
  });
});

// E1 事前公开 pages of the public portal over the demo catalogue (src/modules/catalog/demo): every page
// answers 200 with the demo's exact names, citations and amounts, search narrows, unknown codes are 404
// pages and malformed parameters 400 pages, data and search terms are escaped, laws show their articles
// and versions, flowcharts draw every step in order, and the index links the twelve things published.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/app.ts';
import { bodies } from '../modules/bodies/schema.ts';
import { DEMO_CATALOGUE, DEMO_SERVICE_GUIDES } from '../modules/catalog/demo/index.ts';
import { DEMO_BODIES, demoBodyName, demoUnitName } from '../../test/helpers/demo.ts';
import { insertEntry } from '../modules/catalog/repo.ts';
import type { ReviewCondition } from '../modules/catalog/model.ts';
import {
  describeReviewCondition,
  describeReviewConditions,
  orList,
} from '../modules/catalog/rules/describe.ts';
import { layoutFlow, type FlowStep } from './flowchart.ts';
import { PENALTY_PROCEDURES } from './pages/procedures.ts';

const XSS = '<img src=x onerror=alert(1)>';

// The demo catalogue's wording is read from its data (by code), so a renamed entry breaks nothing here.
const C = DEMO_CATALOGUE;
function byCode<T extends { code: string }>(list: readonly T[], code: string): T {
  const entry = list.find((e) => e.code === code);
  if (!entry) throw new Error(`no demo entry ${code}`);
  return entry;
}
const item = (code: string) => byCode(C.items, code);
const benchmark = (code: string) => byCode(C.benchmarks, code);
const tierOf = (code: string, tier: string) => benchmark(code).tiers.find((t) => t.tier === tier)!;
const inspection = (code: string) => byCode(C.inspectionItems, code);
const avItem = (code: string) => byCode(C.avList, code);
const channel = (code: string) => byCode(C.complaintChannels, code);
/** `s` matched literally inside a regular expression. */
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('事前公开 pages (E1)', () => {
  let t: TestApp;
  let district: { id: string; name: string };
  let brigade: { id: string; name: string };

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.services.database.db;
    const all = await db.select({ id: bodies.id, name: bodies.name }).from(bodies);
    district = all.find((b) => b.name === demoBodyName('district'))!;
    brigade = all.find((b) => b.name === demoBodyName('brigade'))!;
    // A second publishing body, with markup in its data: the selector appears, and nothing is executed.
    const base = {
      bodyId: brigade.id,
      version: 1,
      effectiveFrom: '2025-03-01',
      reason: '测试',
      authorName: '测试',
    };
    await insertEntry(db, {
      ...base,
      kind: 'item',
      code: 'DD-XSS-001',
      name: XSS,
      data: {
        name: XSS,
        category: 'inspection',
        field: `领域${XSS}`,
        basis: [],
        basisText: `依据${XSS}`,
        benchmarkCode: null,
        handlingUnit: '大队',
        timeLimit: '当日',
        description: '',
      },
    });
    await insertEntry(db, {
      ...base,
      kind: 'complaint_channel',
      code: 'DD-CC-001',
      name: '大队热线',
      data: { name: '大队热线', address: '0999-6612399', conditions: '', hours: '' },
    });
  });
  afterAll(async () => t.close());

  const get = (url: string) => t.anonymous().get(url);
  const expectPage = (
    res: { statusCode: number; headers: Record<string, unknown>; body: string },
    status = 200,
  ) => {
    expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
    expect(String(res.headers['content-type'])).toMatch(/^text\/html/);
    expect(res.body).toMatch(/^<!doctype html>/);
    expect(res.body).toContain(`主办单位：${demoBodyName('province')}`);
    expect(res.body).not.toContain('<script');
  };
  /** Text of every match of a regex's first group, in document order. */
  const all = (body: string, re: RegExp) => [...body.matchAll(re)].map((m) => m[1]);

  it('links the twelve things published in advance from the index, three still 建设中', async () => {
    const res = await get('/disclosure');
    expectPage(res);
    expect(res.body).toMatch(/<a href="\/disclosure" aria-current="page">事前公开<\/a>/);
    expect(all(res.body, /class="entry-no" aria-hidden="true">(\d+)</g)).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '11',
      '12',
    ]);
    const titles = all(res.body, /class="entry-no" aria-hidden="true">\d+<\/span><strong>([^<]+)</g);
    expect(titles).toEqual([
      '执法主体',
      '执法人员',
      '职责权限',
      '裁量基准',
      '法制审核目录',
      '救济途径',
      '随机抽查事项',
      '文书格式',
      '上年度执法数据',
      '实施方案',
      '不予处罚/减轻处罚清单',
      '执法事项清单',
    ]);
    for (const href of [
      `/bodies/${district.id}`,
      `/officers?body=${district.id}`,
      '/duties',
      '/benchmarks',
      '/review-catalogue',
      '/complaints#remedies',
      '/inspections',
      '/no-penalty',
      '/items',
      '/laws',
      '/procedures',
      '/av-list',
      '/complaints',
    ]) {
      expect(res.body).toContain(`href="${href}"`);
    }
    // The three without data are not links.
    for (const wip of ['文书格式', '上年度执法数据', '实施方案']) {
      expect(res.body).toMatch(
        new RegExp(
          `<div class="entry entry-numbered entry-wip" aria-disabled="true"><span class="entry-no" aria-hidden="true">\\d+</span><strong>${wip}</strong>`,
        ),
      );
    }
    expect(res.body.match(/badge-wip">建设中/g)).toHaveLength(3);
    for (const s of [
      // Items and benchmarks took new versions for the 2024/2025 changes of the laws (later-versions.ts).
      '共 60 项 · 生效日期 2025-09-01',
      '共 42 个违法行为 · 生效日期 2025-09-01',
      '共 17 项 · 生效日期 2024-01-01',
      '共 8 项 · 生效日期 2024-01-01',
      '共 7 个违法行为',
      '复议 60 日 · 诉讼 6 个月',
      '共 20 名持证执法人员',
    ])
      expect(res.body).toContain(s);
  });

  it('links 事前公开 from the home page and the navigation', async () => {
    const res = await get('/');
    expectPage(res);
    for (const href of ['/disclosure', '/items', '/benchmarks', '/laws', '/procedures'])
      expect(res.body).toContain(`href="${href}"`);
    expect(res.body).toMatch(/<li><a href="\/disclosure">事前公开<\/a><\/li>/);
    expect(res.body).not.toMatch(/<span>执法事项清单<\/span><span class="badge badge-wip">/);
  });

  it('lists the enforcement items by category and field with numbered rows, resolved citations, benchmark, unit and time limit', async () => {
    const res = await get('/items');
    expectPage(res);
    expect(res.body).toContain('共 60 项');
    expect(res.body).toContain('现行版本生效日期 2025-09-01</span>'); // versions differ: no single 第 N 版
    expect(all(res.body, /<h2 class="section-title" id="cat-\w+">([^<]+)</g)).toEqual([
      '行政许可（6 项）',
      '行政处罚（42 项）',
      '行政强制（3 项）',
      '行政检查（8 项）',
      '其他（1 项）',
    ]);
    // 序号 follows the published order (category, then field), not the codes' order.
    expect(res.body).toMatch(
      new RegExp(
        `<td class="seq" data-label="序号">1</td>\\s*<td class="title" data-label="事项名称"><a href="/items/SFWJ-XK-001">${literal(item('SFWJ-XK-001').name)}</a><small class="code">SFWJ-XK-001 · <span class="version">第 1 版 · 生效日期 2024-01-01</span></small></td>`,
      ),
    );
    expect(res.body).toMatch(
      new RegExp(
        `<td class="seq" data-label="序号">60</td>\\s*<td class="title" data-label="事项名称"><a href="/items/SFWJ-QT-001">${literal(item('SFWJ-QT-001').name)}</a>`,
      ),
    );
    // Licensing: 医疗卫生 before 公共场所卫生 (order of first appearance).
    const licensing = res.body.slice(
      res.body.indexOf('id="cat-licensing"'),
      res.body.indexOf('id="cat-penalty"'),
    );
    expect(all(licensing, /<h3 class="field-title">([^<]+)</g)).toEqual([
      '医疗卫生',
      '公共场所卫生',
      '生活饮用水卫生',
      '放射卫生',
    ]);
    expect(res.body).toContain(
      '<a class="cite" href="/laws/medical-institutions-regulation#a9">《医疗机构管理条例》第九条</a>',
    );
    expect(res.body).toContain(
      '<a class="cite" href="/laws/basic-healthcare-law#a99">《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款</a>',
    );
    expect(res.body).toContain(
      '<td data-label="裁量基准"><a href="/benchmarks/BM-YL-001">BM-YL-001</a></td>',
    );
    expect(res.body).toContain(`<td data-label="承办机构">${item('SFWJ-XK-001').handlingUnit}</td>`);
    expect(res.body).toContain(item('SFWJ-XK-001').timeLimit);
    expect(res.body).toContain(item('SFWJ-CF-001').handlingUnit);
    expect(res.body).toContain(item('SFWJ-XK-005').basisText); // basisText beside the citations
    expect(res.body.match(/<td class="seq"/g)).toHaveLength(60);
  });

  it('narrows the item list by search, keeping the numbers, and says so when nothing matches', async () => {
    const compulsory = await get('/items?q=SFWJ-QZ');
    expectPage(compulsory);
    expect(compulsory.body).toContain('搜索“SFWJ-QZ”，找到 3 项');
    expect(compulsory.body.match(/<td class="seq"/g)).toHaveLength(3);
    expect(compulsory.body).toMatch(
      /<td class="seq" data-label="序号">49<\/td>\s*<td class="title" data-label="事项名称"><a href="\/items\/SFWJ-QZ-001">/,
    );
    expect(compulsory.body).not.toContain(item('SFWJ-XK-001').name);
    // Two terms, both required: the two halves of one item's name.
    const permit = item('SFWJ-XK-004').name;
    const half = Math.ceil(permit.length / 2);
    const twoTerms = await get(
      `/items?q=${encodeURIComponent(`${permit.slice(0, half)} ${permit.slice(half)}`)}`,
    );
    expect(twoTerms.body).toContain(permit);
    expect(twoTerms.body).not.toContain(item('SFWJ-XK-003').name);
    const byUnit = await get(`/items?q=${encodeURIComponent(demoUnitName('licensing'))}`);
    expect(byUnit.body).toContain('找到 5 项'); // 4 licensing items and 诊所备案
    const none = await get(`/items?q=${encodeURIComponent('没有这种事项')}`);
    expectPage(none);
    expect(none.body).toContain('未找到与“没有这种事项”相符的行政执法事项。');
    // Matched literally: % is not a wildcard.
    expect((await get('/items?q=%25')).body).toContain('找到 0 项');
  });

  it('shows an item with its articles quoted, its benchmark and its service guide', async () => {
    const res = await get('/items/SFWJ-XK-002');
    expectPage(res);
    for (const s of [
      item('SFWJ-XK-002').name,
      '事项编码：SFWJ-XK-002',
      '第 1 版 · 生效日期 2024-01-01',
      item('SFWJ-XK-002').handlingUnit,
      item('SFWJ-XK-002').timeLimit,
      item('SFWJ-XK-002').description,
      '不适用',
    ])
      expect(res.body).toContain(s);
    // Checked against the official text: no 待核对 mark (one stays where no text was found, below).
    expect(res.body).toContain(
      '<a class="cite" href="/laws/medical-institutions-regulation#a18">《医疗机构管理条例》第十八条</a></',
    );
    expect(res.body).toContain(
      '<p>县级以上地方人民政府卫生行政部门自受理执业登记申请之日起45日内，根据本条例和医疗机构基本标准进行审核。',
    );
    expect(res.body).toContain('href="/guides/SG-001"');
    const permit = await get('/items/SFWJ-XK-004');
    expect(permit.body).toContain(
      '<a class="cite" href="/laws/public-places-rules#a22">《公共场所卫生管理条例实施细则》第二十二条</a> <span class="badge badge-wip">条文待核对</span>',
    );
    const penalty = await get('/items/SFWJ-CF-001');
    expect(penalty.body).toContain(
      `<a href="/benchmarks/BM-YL-001">${benchmark('BM-YL-001').violation}</a>（BM-YL-001）`,
    );
    expect(penalty.body).toContain(item('SFWJ-CF-001').name);
  });

  it('shows the duties and the 权责清单 counts per category', async () => {
    const res = await get('/duties');
    expectPage(res);
    expect(res.body).toContain(DEMO_BODIES.district.duties);
    const counts = [
      ...res.body.matchAll(
        /<span class="stat-num">(\d+)<small> 项<\/small><\/span><span class="stat-label">([^<]+)</g,
      ),
    ].map((m) => `${m[2]}:${m[1]}`);
    expect(counts).toEqual([
      '行政许可:6',
      '行政处罚:42',
      '行政强制:3',
      '行政检查:8',
      '行政征收征用:0',
      '其他:1',
    ]);
    expect(res.body).toContain('合计 <strong>60 项</strong>');
    expect(res.body).toContain('<a class="stat" href="/items#cat-penalty"');
    expect(res.body).toContain('<span class="stat stat-zero">'); // 行政征收征用: nothing to link to
    expect(res.body).toContain(DEMO_BODIES.district.complaintPhone);
  });

  it('lists the legal documents by level with issuer, 文号, 施行日期 and status', async () => {
    const res = await get('/laws');
    expectPage(res);
    expect(res.body).toContain('共 15 件法律文件，现行有效 15 件');
    expect(all(res.body, /<h2 class="section-title" id="level-\w+">([^<]+)</g)).toEqual([
      '法律（6）',
      '行政法规（4）',
      '部门规章（5）',
    ]);
    expect(res.body).toMatch(
      /<a href="\/laws\/medical-institutions-regulation">医疗机构管理条例<\/a><small class="code">第 2 版（共 2 个版本）<\/small><\/td>\s*<td data-label="制定机关">国务院<\/td>\s*<td data-label="文号">国务院令第752号<\/td>\s*<td data-label="施行日期" class="nowrap">2022-05-01<\/td>\s*<td data-label="状态"><span class="badge badge-ok">现行有效<\/span>/,
    );
    const search = await get(`/laws?q=${encodeURIComponent('放射诊疗')}`);
    expect(search.body).toContain('放射诊疗管理规定');
    expect(search.body).not.toContain('中华人民共和国行政强制法');
    const byArticle = await get(`/laws?q=${encodeURIComponent('加处罚款')}`);
    expect(byArticle.body).toContain('中华人民共和国行政处罚法');
    expect(byArticle.body).toMatch(/\d+ 条条文含“加处罚款”/);
  });

  it('shows a law in force with every article anchored, review notes and the version list; ?version= shows an old one', async () => {
    const res = await get('/laws/medical-institutions-regulation');
    expectPage(res);
    expect(res.body).toContain('第 2 版 · 施行日期 2022-05-01');
    expect(res.body).toContain('条文（19 条）');
    expect(res.body).toMatch(
      /<section class="law-article" id="a23" aria-labelledby="a23-h">\s*<h3 id="a23-h"><a class="anchor" href="#a23">第二十三条<\/a><\/h3>\s*<p>任何单位或者个人，未取得《医疗机构执业许可证》或者未经备案，不得开展诊疗活动。<\/p>/,
    );
    expect(res.body).toMatch(/<h3 id="a27-h"><a class="anchor" href="#a27">第二十七条<\/a><\/h3>/); // verified: no note
    expect(res.body.match(/class="law-article"/g)).toHaveLength(19);
    // Version list, newest first, with dates and status; the old one is linked by number.
    expect(res.body).toContain('历史版本（2）');
    expect(res.body).toMatch(
      /<strong>第 2 版<\/strong>（当前显示）[\s\S]*?2022-05-01[\s\S]*?现行有效[\s\S]*?<a href="\/laws\/medical-institutions-regulation\?version=1">第 1 版<\/a>[\s\S]*?国务院令第666号[\s\S]*?2016-02-06[\s\S]*?2022-05-01[\s\S]*?已修订/,
    );
    // The items and benchmarks that cite it.
    expect(res.body).toContain('href="/benchmarks/BM-YL-002"');

    const old = await get('/laws/medical-institutions-regulation?version=1');
    expectPage(old);
    expect(old.body).toContain('您正在查看历史版本（第 1 版，2016-02-06 起施行，2022-05-01 起失效）');
    expect(old.body).toContain('<p>任何单位或者个人，未取得《医疗机构执业许可证》，不得开展诊疗活动。</p>');
    expect(old.body).not.toContain('或者未经备案，不得开展诊疗活动');
    expect(old.body).toContain('badge-wip">已修订');
    expect(old.body).toContain('href="/laws/medical-institutions-regulation">查看现行版本（第 2 版）</a>');

    // The 2025 revision shows its own articles (renumbered: 第一百零四条 replaces 2013 Art. 69); the
    // 2013 text stays reachable as a history version.
    const infectious = await get('/laws/infectious-disease-law');
    expectPage(infectious);
    expect(infectious.body).not.toContain('本版本的条文尚未录入法律依据库');
    expect(infectious.body).toContain('主席令第四十七号');
    expect(infectious.body).toMatch(/<h3 id="a104-h"><a class="anchor" href="#a104">第一百零四条<\/a><\/h3>/);
    expect(infectious.body).toContain('href="/laws/infectious-disease-law?version=1"');
  });

  it('answers unknown laws and versions with 404 pages and malformed versions with 400 pages', async () => {
    expectPage(await get('/laws/no-such-law'), 404);
    const v9 = await get('/laws/medical-institutions-regulation?version=9');
    expectPage(v9, 404);
    expect(v9.body).toContain('《医疗机构管理条例》没有第 9 版');
    for (const v of ['abc', '0', '-1', '1.5', `${'9'.repeat(12)}`])
      expectPage(await get(`/laws/medical-institutions-regulation?version=${v}`), 400);
    expectPage(await get('/laws/medical-institutions-regulation?version=1&version=2'), 400);
  });

  it('lists the discretion benchmarks by field and narrows them by search', async () => {
    const res = await get('/benchmarks');
    expectPage(res);
    expect(res.body).toContain('共 42 个违法行为');
    expect(all(res.body, /<h2 class="section-title" id="field-\d+">([^<]+)</g)).toEqual([
      '传染病防治',
      '放射卫生',
      '公共场所卫生',
      '生活饮用水卫生',
      '医疗卫生',
      '职业卫生',
    ]);
    expect(res.body).toContain(`<a href="/benchmarks/BM-GG-001">${benchmark('BM-GG-001').violation}</a>`);
    expect(res.body).toContain(
      '<a class="cite" href="/laws/public-places-rules#a35">《公共场所卫生管理条例实施细则》第三十五条第一款</a>',
    );
    const search = await get(`/benchmarks?q=${encodeURIComponent(benchmark('BM-GG-001').violation)}`);
    expect(search.body).toContain('BM-GG-001');
    expect(search.body).not.toContain('BM-YL-001');
    expect(search.body).toMatch(/找到 \d+ 个违法行为/);
  });

  it('shows a benchmark with its articles and the tier table, fines described in words', async () => {
    const res = await get('/benchmarks/BM-GG-001');
    expectPage(res);
    expect(res.body).toContain('编码：BM-GG-001');
    expect(res.body).toContain('第 2 版 · 生效日期 2025-01-20');
    const violated = res.body.slice(
      res.body.indexOf('id="violated-title"'),
      res.body.indexOf('id="penalty-title"'),
    );
    expect(violated).toContain('《公共场所卫生管理条例》第八条');
    expect(violated).toContain('《公共场所卫生管理条例实施细则》第二十二条');
    const penalty = res.body.slice(
      res.body.indexOf('id="penalty-title"'),
      res.body.indexOf('id="tiers-title"'),
    );
    expect(penalty).toContain('《公共场所卫生管理条例实施细则》第三十五条第一款');
    expect(penalty).toContain('《公共场所卫生管理条例》第十四条第四项');
    expect(penalty).toContain('<blockquote>');
    expect(all(res.body, /<td data-label="裁量阶次"><span class="badge tier [\w-]+">([^<]+)</g)).toEqual([
      '减轻处罚',
      '从轻处罚',
      '一般处罚',
      '从重处罚',
    ]);
    expect(all(res.body, /<td data-label="罚款幅度">([^<]+)</g)).toEqual([
      '罚款 100.00 元以上 499.00 元以下',
      '罚款 500.00 元以上 2,000.00 元以下',
      '罚款 2,000.00 元以上 5,000.00 元以下',
      '罚款 5,000.00 元以上 30,000.00 元以下',
    ]);
    expect(res.body).toContain('<td data-label="处罚种类">警告、罚款</td>');
    for (const c of tierOf('BM-GG-001', 'mitigated').conditions) expect(res.body).toContain(`<li>${c}</li>`);
    expect(res.body).toContain(tierOf('BM-GG-001', 'mitigated').note);
    expect(res.body).toContain('href="/items/SFWJ-CF-015"');

    const multiple = await get('/benchmarks/BM-YL-001');
    expect(multiple.body).toContain(
      '违法所得 5 倍以上 8 倍以下罚款；没有违法所得或者违法所得不足 10,000.00 元的，罚款 50,000.00 元以上 80,000.00 元以下',
    );
    expect(multiple.body).toContain('<td data-label="处罚种类">没收违法所得、没收非法财物、罚款</td>');
    const noFine = await get('/benchmarks/BM-YL-004');
    expect(noFine.body).toContain('<td data-label="处罚种类">不予行政处罚</td>');
    expect(noFine.body).toContain('<td data-label="处罚种类">吊销许可证件</td>');
    expect(noFine.body).toContain('<td data-label="罚款幅度">不处罚款</td>');

    expectPage(await get('/benchmarks/BM-XX-999'), 404);
  });

  it('derives the 不予处罚/减轻处罚 list from the benchmarks’ tiers', async () => {
    const res = await get('/no-penalty');
    expectPage(res);
    expect(res.body).toContain('不予处罚事项（5）');
    expect(res.body).toContain('减轻处罚事项（2）');
    const none = res.body.slice(
      res.body.indexOf('id="none-title"'),
      res.body.indexOf('id="mitigated-title"'),
    );
    for (const code of ['BM-YL-002', 'BM-YL-004', 'BM-GG-002', 'BM-GG-005', 'BM-GG-007'])
      expect(none).toContain(`href="/benchmarks/${code}"`);
    for (const c of tierOf('BM-YL-002', 'none').conditions) expect(none).toContain(`<li>${c}</li>`);
    expect(none).toContain(tierOf('BM-YL-002', 'none').note);
    const mitigated = res.body.slice(res.body.indexOf('id="mitigated-title"'));
    expect(mitigated).toContain('href="/benchmarks/BM-GG-001"');
    expect(mitigated).toContain('href="/benchmarks/BM-GG-004"');
    expect(mitigated).toContain('警告、罚款；罚款 100.00 元以上 499.00 元以下');
    expect(mitigated).toContain('《公共场所卫生管理条例实施细则》第三十五条第一款');
    const search = await get(`/no-penalty?q=${encodeURIComponent(benchmark('BM-YL-002').violation)}`);
    expect(search.body).toContain('不予处罚事项（1）');
    expect(search.body).toContain('减轻处罚事项（0）');
  });

  it('draws the penalty procedures and lists the service guides', async () => {
    const res = await get('/procedures');
    expectPage(res);
    for (const p of PENALTY_PROCEDURES) {
      const at = res.body.indexOf(`id="proc-${p.id}"`);
      const chart = res.body.slice(at, res.body.indexOf('</figure>', at));
      expect(all(chart, /class="flow-name">([^<]+)</g)).toEqual(p.steps.map((s) => s.name));
    }
    const general = PENALTY_PROCEDURES[0]!.steps.map((s) => s.name);
    expect(general).toEqual([
      '立案',
      '调查取证',
      '调查终结',
      '法制审核',
      '集体讨论',
      '事先告知',
      '陈述申辩/听证',
      '决定',
      '送达',
      '执行',
      '结案',
      '归档',
    ]);
    expect(res.body).toContain('不属于法制审核情形的，转至「<a href="#general-notice">事先告知</a>」');
    expect(res.body).toContain('时限：自立案之日起九十日内');
    expect(res.body).toContain('<a href="/laws/administrative-penalty-law#a60">行政处罚法第六十条</a>');
    expect(res.body).toContain('对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告');
    for (const g of DEMO_SERVICE_GUIDES) expect(res.body).toContain(`href="/guides/${g.code}"`);
    expect(res.body).toContain('共 3 个服务指南');
  });

  it('shows a service guide with all its fields and a flowchart of every step in order', async () => {
    const guide = DEMO_SERVICE_GUIDES[0]!;
    const res = await get(`/guides/${guide.code}`);
    expectPage(res);
    const chart = res.body.slice(res.body.indexOf('<figure class="flow'), res.body.indexOf('</figure>'));
    expect(all(chart, /class="flow-name">([^<]+)</g)).toEqual(guide.steps.map((s) => s.name));
    expect(all(chart, /class="flow-no" aria-hidden="true">(\d+)</g)).toHaveLength(guide.steps.length - 1); // 补正材料 is a branch
    expect(chart).toContain('flow-node flow-node-side" id="step-supplement"');
    const accept = guide.steps.find((s) => s.id === 'accept')!;
    expect(chart).toContain(`返回「<a href="#step-accept">${accept.name}</a>」`);
    expect(chart).toContain(`时限：${accept.timeLimit}`);
    expect(chart).toContain('流程结束');
    expect(chart.match(/class="flow-arrow"/g)).toHaveLength(guide.steps.length - 2); // between the 7 boxes of the main path
    for (const s of [
      guide.name,
      guide.handlingBody,
      guide.preferentialPolicies,
      guide.timeLimit,
      guide.fee,
      guide.supervision,
      guide.accountability,
      guide.remedies,
      guide.officeHours,
      guide.address,
      ...guide.materials,
    ]) {
      expect(res.body).toContain(s.replaceAll('"', '&quot;'));
    }
    expect(res.body).toContain(`href="tel:${guide.phone}"`);
    expect(res.body).toContain(
      `<a href="/items/${guide.itemCode}">${item(guide.itemCode).name}</a>（${guide.itemCode}）`,
    );
    expect(res.body).toContain('《医疗机构管理条例实施细则》第二十五条');
    expectPage(await get('/guides/SG-999'), 404);
  });

  it('lists the random-inspection items with every column', async () => {
    const res = await get('/inspections');
    expectPage(res);
    expect(res.body).toContain('共 8 项');
    expect(all(res.body, /<th scope="col"(?: class="[\w-]+")?>([^<]+)<\/th>/g)).toEqual([
      '抽查事项',
      '抽查依据',
      '抽查对象',
      '抽查内容',
      '抽查方式',
      '抽查比例',
      '抽查频次',
    ]);
    const { name, targetType, ratio, frequency, method } = inspection('SJ-001');
    for (const s of [name, targetType, ratio, inspection('SJ-002').ratio, frequency, method])
      expect(res.body).toContain(s);
    expect(res.body).toContain(
      '<a class="cite" href="/laws/public-places-rules#a3">《公共场所卫生管理条例实施细则》第三条</a>',
    );
    const search = await get(`/inspections?q=${encodeURIComponent(targetType)}`);
    expect(search.body).toContain('找到 1 项');
  });

  it('publishes the review catalogue with each rule’s conditions in words', async () => {
    const res = await get('/review-catalogue');
    expectPage(res);
    expect(res.body).toContain('共 17 项');
    for (const s of [
      '<td data-label="适用条件">对个人处以 5,000.00 元以上罚款</td>',
      '<td data-label="适用条件">对法人或者其他组织处以 50,000.00 元以上罚款</td>',
      '<td data-label="适用条件">没收违法所得和非法财物价值合计 50,000.00 元以上</td>',
      '<td data-label="适用条件">拟作出吊销许可证件的行政处罚</td>',
      '<td data-label="适用条件">拟作出暂扣许可证件或者降低资质等级的行政处罚</td>',
      '<td data-label="适用条件">拟作出责令停产停业、责令关闭或者限制从业的行政处罚</td>',
      '<td data-label="适用条件">行政强制决定</td>',
      '<td data-label="适用条件">适用普通程序作出的行政处罚决定</td>',
      '<td data-label="适用条件">拟作出的处罚超出行政处罚裁量基准幅度</td>',
      '<td data-label="适用条件">经过听证程序</td>',
      '<td data-label="适用条件">涉及重大公共利益</td>',
    ])
      expect(res.body).toContain(s);
    expect(res.body).toContain(byCode(C.reviewRules, 'RV-005').description);
    expect(res.body).toContain('《中华人民共和国行政处罚法》第五十八条第一款第一项');
    const search = await get(`/review-catalogue?q=${encodeURIComponent('罚款')}`);
    expect(search.body).toMatch(/找到 [1-9]\d* 项/);
    expect(search.body).not.toContain('涉及重大公共利益');
  });

  it('describes every kind of review condition', () => {
    const cases: [ReviewCondition, string][] = [
      [{ kind: 'procedure', procedure: 'general' }, '适用普通程序作出的行政处罚决定'],
      [{ kind: 'category', anyOf: ['compulsory', 'penalty'] }, '行政强制或者行政处罚决定'],
      [{ kind: 'penalty_kind', anyOf: ['revoke_licence'] }, '拟作出吊销许可证件的行政处罚'],
      [{ kind: 'fine_at_least', partyType: 'person', fen: 500_000 }, '对个人处以 5,000.00 元以上罚款'],
      [
        { kind: 'fine_at_least', partyType: 'organisation', fen: 10_000_000 },
        '对法人或者其他组织处以 100,000.00 元以上罚款',
      ],
      [{ kind: 'confiscation_at_least', fen: 5_000_000 }, '没收违法所得和非法财物价值合计 50,000.00 元以上'],
      [{ kind: 'hearing_held' }, '经过听证程序'],
      [{ kind: 'outside_benchmark' }, '拟作出的处罚超出行政处罚裁量基准幅度'],
      [{ kind: 'flag', flag: 'suspected_crime' }, '涉嫌犯罪需移送司法机关'],
    ];
    for (const [c, text] of cases) expect(describeReviewCondition(c)).toBe(text);
    expect(
      describeReviewConditions([{ kind: 'procedure', procedure: 'general' }, { kind: 'hearing_held' }]),
    ).toBe('适用普通程序作出的行政处罚决定，且经过听证程序');
    expect(orList(['甲', '乙', '丙'])).toBe('甲、乙或者丙');
    expect(describeReviewCondition({ kind: 'mystery' } as unknown as ReviewCondition)).toBe(
      '其他情形（mystery）',
    );
  });

  it('lays out a procedure graph as a main path with branches, jumps and leftovers', () => {
    const s = (id: string, next: string[]): FlowStep => ({ id, name: id, next });
    const layout = layoutFlow([
      s('a', ['b']),
      s('b', ['fix', 'refuse', 'c']),
      s('fix', ['b']),
      s('refuse', []),
      s('c', ['d', 'e']),
      s('d', ['e']),
      s('e', []),
      s('lost', ['e']),
    ]);
    expect(layout.chain.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(layout.branches.get('b')?.map((x) => x.id)).toEqual(['fix', 'refuse']);
    expect(layout.orphans.map((x) => x.id)).toEqual(['lost']);
    // A cycle on the main path stops instead of looping forever.
    expect(layoutFlow([s('x', ['y']), s('y', ['x'])]).chain.map((x) => x.id)).toEqual(['x']);
  });

  it('lists the audio-video recording items, full-process and as needed', async () => {
    const res = await get('/av-list');
    expectPage(res);
    expect(res.body).toContain('全程音像记录事项（8）');
    expect(res.body).toContain('根据需要音像记录事项（7）');
    const full = res.body.slice(res.body.indexOf('id="av-full"'), res.body.indexOf('id="av-as_needed"'));
    expect(full).toContain(avItem('AV-001').name);
    expect(full).toContain('<td data-label="场景" class="nowrap">办案场所</td>');
    expect(full).not.toContain(avItem('AV-014').name);
    expect(res.body.slice(res.body.indexOf('id="av-as_needed"'))).toContain(avItem('AV-009').name);
    expect(res.body).toContain(avItem('AV-001').documents.join('、'));
    expect((await get(`/av-list?q=${encodeURIComponent('送达')}`)).body).toContain('找到 3 项');
  });

  it('lists the complaint channels and the remedies', async () => {
    const res = await get('/complaints');
    expectPage(res);
    for (const s of [
      ...C.complaintChannels.map((c) => c.name),
      channel('CC-001').hours,
      channel('CC-001').conditions,
    ])
      expect(res.body).toContain(s);
    const phone = channel('CC-003').address;
    expect(res.body).toContain(`<a href="tel:${phone}">${phone}</a>`);
    expect(res.body).toContain('id="remedies"');
    expect(res.body).toContain('<h3>行政复议</h3>');
    expect(res.body).toContain('之日起<strong>六十日</strong>内');
    expect(res.body).toContain('<h3>行政诉讼</h3>');
    expect(res.body).toContain('之日起<strong>六个月</strong>内');
  });

  it('answers unknown codes with 404 pages and malformed parameters with 400 pages, never 500', async () => {
    const unknown = await get('/items/SFWJ-XX-999');
    expectPage(unknown, 404);
    expect(unknown.body).toContain('未找到该执法事项');
    for (const url of [
      '/items/%3Cb%3E',
      `/items/${'A'.repeat(200)}`,
      '/benchmarks/a%20b',
      '/guides/..%2F..',
      '/laws/%E6%B3%95',
      '/items/a/b',
    ]) {
      const res = await get(url);
      expectPage(res, 400);
      expect(res.body).toContain('编码不正确');
    }
    for (const url of [
      '/items?q=a&q=b',
      `/benchmarks?q=${'x'.repeat(51)}`,
      `/inspections?body=${encodeURIComponent("1' or 1=1")}`,
      '/disclosure?body=abc',
      '/duties?body=a&body=b',
    ]) {
      expectPage(await get(url), 400);
    }
    const noBody = await get(`/items?body=${randomUUID()}`);
    expectPage(noBody, 404);
    expect(noBody.body).toContain('未找到该执法主体');
  });

  it('escapes search terms and catalogue data', async () => {
    for (const path of [
      '/items',
      '/laws',
      '/benchmarks',
      '/no-penalty',
      '/inspections',
      '/review-catalogue',
      '/av-list',
      '/complaints',
    ]) {
      const res = await get(`${path}?q=${encodeURIComponent('<script>alert(1)</script>')}`);
      expectPage(res);
      expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    const res = await get(`/items?body=${brigade.id}`);
    expectPage(res);
    expect(res.body).not.toContain(XSS);
    expect(res.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(res.body).toContain('依据&lt;img src=x onerror=alert(1)&gt;');
    expect(res.body).toContain('第 1 版 · 生效日期 2025-03-01');
    const detail = await get(`/items/DD-XSS-001?body=${brigade.id}`);
    expectPage(detail);
    expect(detail.body).not.toContain(XSS);
    expect(detail.body).toContain('<title>&lt;img src=x onerror=alert(1)&gt; - 行政执法公示平台</title>');
  });

  it('offers a body selector once several bodies publish, keeps the chosen body in links, defaults to the first', async () => {
    const byDefault = await get('/items');
    expect(byDefault.body).toContain('共 60 项');
    expect(byDefault.body).toContain('<select id="items-body" name="body">');
    expect(byDefault.body).toContain(`<option value="${district.id}" selected>${district.name}</option>`);
    expect(byDefault.body).toContain(`<option value="${brigade.id}">${brigade.name}</option>`);
    const chosen = await get(`/items?body=${brigade.id}`);
    expect(chosen.body).toContain('共 1 项');
    expect(chosen.body).toContain(`<option value="${brigade.id}" selected>`);
    expect(chosen.body).toContain(`href="/items/DD-XSS-001?body=${brigade.id}"`);
    expect(chosen.body).toContain(`href="/disclosure?body=${brigade.id}"`); // breadcrumb
    // The default body's links stay short.
    expect((await get(`/items?body=${district.id}`)).body).toContain('href="/items/SFWJ-XK-001"');
    // An entry of one body is not found under another.
    expectPage(await get('/items/DD-XSS-001'), 404);
    const channels = await get(`/complaints?body=${brigade.id}`);
    expect(channels.body).toContain('大队热线');
    expect(channels.body).toContain(`以委托机关${district.name}的名义实施行政执法`);
    const index = await get(`/disclosure?body=${brigade.id}`);
    expect(index.body).toContain(`href="/items?body=${brigade.id}"`);
    expect(index.body).toContain('<select id="choose-body" name="body">');
  });

  it('shows no phone number of a person and no ID-card-shaped number on any E1 page', async () => {
    for (const url of [
      '/disclosure',
      '/items',
      '/duties',
      '/laws',
      '/benchmarks',
      '/no-penalty',
      '/procedures',
      '/guides/SG-001',
      '/inspections',
      '/review-catalogue',
      '/av-list',
      '/complaints',
    ]) {
      const body = (await get(url)).body;
      expect(body, url).not.toMatch(/\b1[3-9]\d{9}\b/);
      expect(body, url).not.toMatch(/\b\d{17}[\dX]\b/);
    }
  });
});

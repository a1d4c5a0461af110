// C1/B1/B2 over HTTP: a penalty case names its enforcement item before 立案 — picked by name, code or
// keyword from the body's list — and stores the articles violated and applied as resolved from the legal
// library for the violation date, with the law versions they were read from. Without an item, 立案 and the
// on-the-spot decision are refused (the finding: a signed 当场行政处罚决定书 with "违反了＿＿＿＿的规定").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { serverToday } from '../../helpers/clock.ts';
import { demoIds, sql, type DemoIds } from '../support.ts';
import {
  act,
  caseInput,
  createCase,
  expectRule,
  expectUnchanged,
  getCase,
  snapshot,
} from './case-helpers.ts';

interface ItemOut {
  code: string;
  name: string;
  field: string;
  category: string;
  version: number;
  benchmarkCode: string | null;
  violated: string;
  applied: string;
}

interface Citation {
  law: string;
  article: number;
  paragraph?: number;
  item?: number;
  display: string;
  lawVersionId: string;
  lawVersion: number;
}
interface BasisOut {
  itemCode: string;
  itemName: string;
  itemVersion: number;
  benchmarkCode: string | null;
  benchmarkVersion: number | null;
  violated: Citation[];
  applied: Citation[];
  lawDate: string;
}

describe('the enforcement item and its legal basis', () => {
  let t: TestApp;
  let ids: DemoIds;
  let officer: Client;
  let head: Client;
  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer = await t.login('officer1');
    head = await t.login('head1');
  });
  afterAll(() => t.close());

  const search = async (query: string) => {
    const res = await officer.get(`/api/v1/enforcement-items?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as ItemOut[];
  };

  it('the picker finds items by name, by code and by several keywords, with the articles they cite', async () => {
    const byName = await search(`q=${encodeURIComponent('健康合格证明')}`);
    expect(byName.map((i) => i.code)).toEqual(['SFWJ-CF-018']);
    expect(byName[0]).toMatchObject({
      name: '对安排未获得有效健康合格证明的从业人员从事直接为顾客服务工作的行政处罚',
      category: 'penalty',
      field: '公共场所卫生',
    });
    expect(byName[0]!.violated).toMatch(/^《公共场所卫生管理条例/);
    expect(byName[0]!.applied).toMatch(/^《/);
    expect(byName[0]!.violated + byName[0]!.applied).not.toMatch(/BM-|SFWJ|undefined|null/);
    expect((await search('q=sfwj-cf-024')).map((i) => i.code)).toEqual(['SFWJ-CF-024']);
    expect((await search(`q=${encodeURIComponent('放射 检测')}`)).map((i) => i.code)).toEqual([
      'SFWJ-CF-039',
    ]);
    expect(await search(`q=${encodeURIComponent('没有这种事项')}`)).toEqual([]);
    const penalties = await search('category=penalty&limit=50');
    expect(penalties.length).toBeGreaterThan(30);
    expect(penalties.every((i) => i.category === 'penalty')).toBe(true);
  });

  it('the articles follow the violation date: before and after the 2025 传染病防治法', async () => {
    const before = await search('q=SFWJ-CF-024&date=2025-08-31');
    const after = await search('q=SFWJ-CF-024&date=2025-09-01');
    expect(before[0]!.applied).toBe('《生活饮用水卫生监督管理办法》第二十六条第三项');
    expect(after[0]!.applied).toBe('《中华人民共和国传染病防治法》第一百零七条第一项');
  });

  it('refuses a malformed query with 400 and needs a signed-in user', async () => {
    expect((await officer.get('/api/v1/enforcement-items?limit=0')).statusCode).toBe(400);
    expect((await officer.get(`/api/v1/enforcement-items?q=${'长'.repeat(51)}`)).statusCode).toBe(400);
    expect((await officer.get('/api/v1/enforcement-items?date=2026-13-01')).statusCode).toBe(400);
    expect((await t.anonymous().get('/api/v1/enforcement-items')).statusCode).toBe(401);
  });

  it('a case registered under an item stores the articles resolved for its violation date, with law versions', async () => {
    const c = await createCase(
      officer,
      caseInput(ids, {
        enforcementItemCode: 'SFWJ-CF-024',
        particulars: { violationOn: '2025-08-31', discoveredOn: '2026-07-10' },
      }),
    );
    const basis = c.record.legalBasis as BasisOut;
    expect(basis).toMatchObject({
      itemCode: 'SFWJ-CF-024',
      benchmarkCode: 'BM-SY-002',
      lawDate: '2025-08-31',
    });
    expect(basis.applied.map((a) => a.display)).toEqual(['《生活饮用水卫生监督管理办法》第二十六条第三项']);
    const [version] = await sql<{ id: string; version: number; code: string }>(
      t,
      'select id::text as id, version, code from legal_documents where id::text = $1',
      [basis.applied[0]!.lawVersionId],
    );
    expect(version).toEqual({
      id: basis.applied[0]!.lawVersionId,
      version: basis.applied[0]!.lawVersion,
      code: basis.applied[0]!.law,
    });
    expect(basis.violated.length).toBeGreaterThan(0);
  });

  it('立案 without an item is refused (and changes nothing); 确定执法事项 names it, then 立案 passes', async () => {
    const c = await createCase(officer, caseInput(ids, { enforcementItemCode: null }));
    expect(c.record.legalBasis).toBeNull();
    expect(c.actions.map((a) => a.type)).toContain('set_item');
    const before = await snapshot(t, c.id);
    expectRule(
      await act(head, c, { type: 'file', filedOn: '2026-08-03', approvedBy: '张局长' }),
      'ITEM_MISSING',
      '《中华人民共和国行政处罚法》第四条、第五十四条',
    );
    await expectUnchanged(t, before);
    // An item the body does not list is refused like at registration, naming the field.
    const wrong = await act(officer, c, { type: 'set_item', itemCode: 'NO-SUCH-ITEM' });
    expect(wrong.statusCode, wrong.body).toBe(422);
    expect((wrong.json() as { details: { rule: string; field: string } }).details).toMatchObject({
      rule: 'ITEM_NOT_LISTED',
      field: 'itemCode',
    });
    await expectUnchanged(t, before);
    // A client cannot bring its own articles: the server resolves them.
    const set = await act(officer, c, {
      type: 'set_item',
      itemCode: 'SFWJ-CF-001',
      basis: { itemCode: 'X', violated: [{ display: '《伪造》第一条' }] },
    });
    expect(set.statusCode, set.body).toBe(200);
    const named = await getCase(officer, c.id);
    const basis = named.record.legalBasis as BasisOut;
    expect(basis.itemCode).toBe('SFWJ-CF-001');
    expect(basis.lawDate).toBe('2026-07-01');
    expect(basis.violated.map((v) => v.display).join('')).not.toContain('伪造');
    expect(basis.violated[0]!.display).toMatch(/^《医疗机构管理条例》第二十三条/);
    const [row] = await sql<{ code: string }>(
      t,
      'select enforcement_item_code as code from cases where id = $1',
      [c.id],
    );
    expect(row!.code).toBe('SFWJ-CF-001');
    const filed = await act(head, named, { type: 'file', filedOn: '2026-08-03', approvedBy: '张局长' });
    expect(filed.statusCode, filed.body).toBe(200);
  });

  it('an on-the-spot decision at registration without an item is refused, and nothing is registered', async () => {
    const [{ n: before }] = (await sql<{ n: number }>(t, 'select count(*)::int as n from cases')) as [
      { n: number },
    ];
    const res = await officer.post(
      '/api/v1/cases',
      caseInput(ids, {
        enforcementItemCode: null,
        particulars: { violationOn: serverToday(), discoveredOn: serverToday() },
        simple: { decidedOn: serverToday(), kinds: ['warning'], fineFen: null },
      }),
    );
    expectRule(res, 'ITEM_MISSING');
    const [{ n: after }] = (await sql<{ n: number }>(t, 'select count(*)::int as n from cases')) as [
      { n: number },
    ];
    expect(after).toBe(before);
  });

  it('调查终结 records the benchmark, the tier with its facts and the engine’s range; outside it needs a reason and flags review', async () => {
    // SFWJ-CF-001 rests on BM-YL-001: 从轻 without illegal income is a fine of 50000–80000 yuan.
    const c = await createCase(officer, caseInput(ids));
    const filed = (await act(head, c, { type: 'file', filedOn: '2026-08-03' })).json() as typeof c;
    const investigating = (
      await act(officer, filed, { type: 'start_investigation', on: '2026-08-04' })
    ).json() as typeof c;
    const evidence = await officer.post(`/api/v1/cases/${c.id}/evidence`, {
      version: investigating.version,
      type: 'documentary',
      title: '门诊日志复印件',
      description: '证明当事人擅自执业',
      source: '现场提取',
      collectedOn: '2026-08-05',
    });
    expect(evidence.statusCode, evidence.body).toBe(200);
    const started = await getCase(officer, c.id);
    const close = (over: Record<string, unknown>) =>
      act(officer, started, {
        type: 'close_investigation',
        on: '2026-08-20',
        collectiveDiscussionRequired: false,
        tier: 'lighter',
        circumstances: '初次违法，主动停止诊疗并配合调查',
        ...over,
      });
    const before = await snapshot(t, c.id);
    expectRule(
      await close({ proposal: { kinds: ['fine'], fineFen: 6_000_000 }, circumstances: ' ' }),
      'DISCRETION_FACTS_MISSING',
    );
    const outside = expectRule(
      await close({ proposal: { kinds: ['fine'], fineFen: 3_000_000 } }),
      'DISCRETION_REASON_REQUIRED',
    );
    expect(outside.message).toMatch(/^拟处罚超出裁量基准（从轻处罚/);
    await expectUnchanged(t, before);
    const res = await close({
      proposal: { kinds: ['fine'], fineFen: 3_000_000 },
      outsideReason: '当事人系残疾人开办的社区诊所，已全部退还诊疗费用',
    });
    expect(res.statusCode, res.body).toBe(200);
    const record = (res.json() as typeof c).record as {
      discretion: Record<string, unknown>;
      outsideBenchmark: boolean;
      reviewRequired: boolean;
    };
    expect(record.discretion).toMatchObject({
      benchmarkCode: 'BM-YL-001',
      benchmarkVersion: 1,
      tier: 'lighter',
      tierLabel: '从轻处罚',
      circumstances: '初次违法，主动停止诊疗并配合调查',
      range: { minFen: 5_000_000, maxFen: 8_000_000 },
      within: false,
      outsideReason: '当事人系残疾人开办的社区诊所，已全部退还诊疗费用',
    });
    expect(record.outsideBenchmark).toBe(true);
    expect(record.reviewRequired).toBe(true);
    // The documents give the reasoning in words, never the benchmark's code.
    const list = (await officer.get(`/api/v1/cases/${c.id}/document-templates`)).json() as {
      key: string;
      inputs: { key: string; value: string }[];
    }[];
    const discretion = list
      .find((x) => x.key === 'penalty_notice')!
      .inputs.find((i) => i.key === 'discretion')!;
    expect(discretion.value).toBe(
      '本案初次违法，主动停止诊疗并配合调查，依照裁量基准属“从轻处罚”情形；拟处罚超出该情形的裁量幅度，理由是：当事人系残疾人开办的社区诊所，已全部退还诊疗费用。',
    );
  });
});

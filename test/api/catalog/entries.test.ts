// B1–B8 over HTTP: the versioned catalogue entries of every kind — the demo lists in force, search,
// create / edit / retire with reason and author, the version in force on a date, optimistic locking,
// validation of each kind's data and of its citations, data scope across sibling bodies, and roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogKind } from '../../../src/modules/catalog/types.ts';
import type { Client, TestApp } from '../../helpers/app.ts';
import { createTestApp } from '../../helpers/app.ts';
import {
  demoIds,
  insertBodySql,
  insertUserSql,
  lastLedgerEntries,
  ledgerCount,
  loginFrom,
  type DemoIds,
} from '../support.ts';
import {
  DEMO_COUNTS,
  DEMO_ENTRIES,
  displayNameOf,
  entryCount,
  expectFailure,
  KINDS,
  listOf,
  versionsOf,
  type EntryOut,
  type ErrorOut,
} from './support.ts';
import { addDays, serverToday } from '../../helpers/clock.ts';

type Data = Record<string, unknown>;

/** Per kind: a valid input, what the store keeps of it (defaults filled in), and an edit of it. */
const FIXTURES: Record<
  CatalogKind,
  { input: Data; stored: Data; edit: Data; editedStored: Data; name: (d: Data) => string }
> = (() => {
  const item = {
    name: '对测试单位的监督检查',
    category: 'inspection',
    field: '医疗卫生',
    basis: [{ law: 'physicians-law', article: 4 }],
    handlingUnit: '卫生监督执法科',
    timeLimit: '检查当日',
  };
  const itemStored = { ...item, basisText: '', benchmarkCode: null, description: '', competence: null };
  const benchmark = {
    violation: '测试违法行为甲',
    category: '医疗卫生',
    violatedArticles: [{ law: 'physicians-law', article: 13 }],
    penaltyArticles: [{ law: 'physicians-law', article: 59 }],
    tiers: [
      {
        tier: 'general',
        conditions: ['一般情形'],
        penalties: ['warning', 'fine'],
        fine: { kind: 'fixed', minFen: 100000, maxFen: 300000 },
      },
    ],
  };
  const benchmarkEdit = {
    ...benchmark,
    tiers: [{ ...benchmark.tiers[0]!, fine: { kind: 'fixed', minFen: 100000, maxFen: 400000 } }],
  };
  const inspection = {
    name: '测试抽查事项',
    targetType: '医疗机构',
    basis: [{ law: 'medical-institutions-regulation', article: 5 }],
    ratio: '不低于5%',
    ratioPercent: 5,
  };
  const inspectionStored = {
    ...inspection,
    basisText: '',
    content: '',
    method: '',
    frequency: '',
    field: '',
  };
  const av = { name: '测试执法活动', requirement: 'full' };
  const avStored = { ...av, scene: 'on_site', scope: '', documents: [], basisText: '' };
  const review = {
    name: '对公民处以3000元以上罚款的',
    basis: '本机关重大执法决定法制审核目录',
    conditions: [{ kind: 'fine_at_least', partyType: 'person', fen: 300000 }],
  };
  const reviewEdit = { ...review, conditions: [{ kind: 'fine_at_least', partyType: 'person', fen: 400000 }] };
  const guide = {
    name: '测试服务指南',
    itemCode: 'SFWJ-XK-001',
    basis: [{ law: 'medical-institutions-regulation', article: 9 }],
    materials: ['申请书'],
    steps: [
      { id: 'apply', name: '申请', next: ['accept'] },
      { id: 'accept', name: '受理' },
    ],
  };
  const guideStored = {
    ...guide,
    basisText: '',
    handlingBody: '',
    preferentialPolicies: '',
    timeLimit: '',
    fee: '',
    supervision: '',
    accountability: '',
    remedies: '',
    officeHours: '',
    address: '',
    phone: '',
    steps: [
      { id: 'apply', name: '申请', description: '', timeLimit: '', actor: '', next: ['accept'] },
      { id: 'accept', name: '受理', description: '', timeLimit: '', actor: '', next: [] },
    ],
  };
  const channel = { name: '测试信箱', address: '健康路 66 号' };
  return {
    item: {
      input: item,
      stored: itemStored,
      edit: { ...item, handlingUnit: '法规科' },
      editedStored: { ...itemStored, handlingUnit: '法规科' },
      name: (d) => String(d.name),
    },
    benchmark: {
      input: benchmark,
      stored: benchmark,
      edit: benchmarkEdit,
      editedStored: benchmarkEdit,
      name: (d) => String(d.violation),
    },
    inspection_item: {
      input: inspection,
      stored: inspectionStored,
      edit: { ...inspection, frequency: '每年一次' },
      editedStored: { ...inspectionStored, frequency: '每年一次' },
      name: (d) => String(d.name),
    },
    av_rule: {
      input: av,
      stored: avStored,
      edit: { ...av, requirement: 'as_needed' },
      editedStored: { ...avStored, requirement: 'as_needed' },
      name: (d) => String(d.name),
    },
    review_rule: {
      input: review,
      stored: review,
      edit: reviewEdit,
      editedStored: reviewEdit,
      name: (d) => String(d.name),
    },
    service_guide: {
      input: guide,
      stored: guideStored,
      edit: { ...guide, phone: '0999-1234567' },
      editedStored: { ...guideStored, phone: '0999-1234567' },
      name: (d) => String(d.name),
    },
    complaint_channel: {
      input: channel,
      stored: { ...channel, conditions: '', hours: '' },
      edit: { ...channel, hours: '工作日' },
      editedStored: { ...channel, conditions: '', hours: '工作日' },
      name: (d) => String(d.name),
    },
  };
})();

let serial = 0;
/** A code nobody else uses; every entry a test creates starts with ZT-, has no _ and never collides with the demo. */
const newCode = (kind: string) => `ZT-${kind.replaceAll('_', '-')}-${++serial}`;

describe('catalogue entries', () => {
  let t: TestApp;
  let ids: DemoIds;
  let legal: Client;
  let head: Client;
  let legalName: string;
  let sibling: string;
  let siblingLegal: Client;
  /** The lists as seeded, read before any test changes anything. */
  const initial = {} as Record<CatalogKind, EntryOut[]>;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    legal = await loginFrom(t, 'legalhead1');
    head = await loginFrom(t, 'head1');
    legalName = await displayNameOf(t, 'legalhead1');
    for (const kind of KINDS) initial[kind] = await listOf(legal, kind);
    // A sibling of the district under 示范市 with its own legal unit head.
    sibling = await insertBodySql(t, ids.city, { name: '示范市另一区卫生健康委员会' });
    siblingLegal = await loginFrom(t, (await insertUserSql(t, sibling, ['legal_head'])).username);
  });
  afterAll(async () => t.close());

  const put = (client: Client, kind: string, code: string, body: Data) =>
    client.put(`/api/v1/catalog/${kind}/${code}`, body);
  async function create(kind: CatalogKind, code: string, over: Data = {}, client = legal) {
    const res = await put(client, kind, code, {
      data: FIXTURES[kind].input,
      reason: '新增测试条目',
      baseVersion: 0,
      ...over,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as EntryOut;
  }
  const history = async (kind: string, code: string) => {
    const res = await legal.get(`/api/v1/catalog/${kind}/${code}/versions`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as EntryOut[];
  };
  const inList = async (kind: string, code: string, query = '') =>
    (await listOf(legal, kind, query)).find((e) => e.code === code);
  /** What must not move when a request is refused. */
  const snapshot = async (kind: string, code: string, bodyId = ids.district) => ({
    versions: await versionsOf(t, bodyId, kind, code),
    entries: await entryCount(t),
    ledger: await ledgerCount(t),
  });

  describe('the demo catalogue', () => {
    it.each(KINDS)('lists every demo %s in force, each in the version the seed stored last', (kind) => {
      const list = initial[kind];
      expect(list).toHaveLength(DEMO_COUNTS[kind]);
      expect(list.map((e) => e.code).sort()).toEqual(DEMO_ENTRIES[kind].map((e) => e.code).sort());
      for (const demo of DEMO_ENTRIES[kind]) {
        const entry = list.find((e) => e.code === demo.code)!;
        expect({
          name: entry.name,
          kind: entry.kind,
          bodyId: entry.bodyId,
          version: entry.version,
          effectiveFrom: entry.effectiveFrom,
          retired: entry.retired,
          reason: entry.reason,
          authorName: entry.authorName,
        }).toEqual({
          name: demo.name,
          kind,
          bodyId: ids.district,
          version: demo.version,
          effectiveFrom: demo.effectiveFrom,
          retired: false,
          reason: demo.reason,
          authorName: '系统',
        });
      }
    });

    it('searches by name or code with q', async () => {
      const byName = await listOf(legal, 'item', `?q=${encodeURIComponent('医师')}`);
      const expected = DEMO_ENTRIES.item
        .filter((e) => e.name.includes('医师'))
        .map((e) => e.code)
        .sort();
      expect(expected.length).toBeGreaterThan(3);
      expect(byName.map((e) => e.code).sort()).toEqual(expected);

      const byCode = await listOf(legal, 'item', '?q=SFWJ-XK');
      expect(byCode.map((e) => e.code).sort()).toEqual([
        'SFWJ-XK-001',
        'SFWJ-XK-002',
        'SFWJ-XK-003',
        'SFWJ-XK-004',
        'SFWJ-XK-005',
        'SFWJ-XK-006',
      ]);

      const benchmarks = await listOf(legal, 'benchmark', `?q=${encodeURIComponent('公共场所')}`);
      expect(benchmarks.map((e) => e.code).sort()).toEqual(
        DEMO_ENTRIES.benchmark
          .filter((e) => e.name.includes('公共场所'))
          .map((e) => e.code)
          .sort(),
      );

      expect(await listOf(legal, 'complaint_channel', '?q=CC-003')).toEqual([
        expect.objectContaining({
          code: 'CC-003',
          name: DEMO_ENTRIES.complaint_channel.find((e) => e.code === 'CC-003')!.name,
        }),
      ]);
      expect(await listOf(legal, 'av_rule', `?q=${encodeURIComponent('没有这样的活动')}`)).toEqual([]);
    });

    it('treats % and _ in q as text, not as wildcards', async () => {
      // No demo entry has % or _ in its name or code: a search for them finds nothing.
      expect((await listOf(legal, 'complaint_channel', '?q=%25')).map((e) => e.code)).toEqual([]);
      expect((await listOf(legal, 'complaint_channel', '?q=_')).map((e) => e.code)).toEqual([]);
    });

    it('refuses an unknown kind, a malformed code, date or bodyId with 400', async () => {
      for (const url of [
        '/api/v1/catalog/nope',
        '/api/v1/catalog/nope/X-1/versions',
        '/api/v1/catalog/nope/export',
      ]) {
        expectFailure(await legal.get(url), 400, 'VALIDATION_FAILED', '字段「路径参数kind」未知的清单类型');
      }
      const before = await snapshot('nope', 'X-1');
      expectFailure(
        await put(legal, 'nope', 'X-1', { data: {}, reason: '新增测试条目', baseVersion: 0 }),
        400,
        'VALIDATION_FAILED',
        '字段「路径参数kind」未知的清单类型',
      );
      for (const bad of ['%E7%BC%96%E7%A0%81', 'a%20b', '-lead', 'x'.repeat(81)]) {
        expectFailure(
          await put(legal, 'item', bad, {
            data: FIXTURES.item.input,
            reason: '新增测试条目',
            baseVersion: 0,
          }),
          400,
          'VALIDATION_FAILED',
          '字段「路径参数code」编码须为字母、数字、点、下划线或连字符',
        );
      }
      expectFailure(
        await legal.get('/api/v1/catalog/item?date=2024-02-30'),
        400,
        'VALIDATION_FAILED',
        '字段「查询参数date」日期格式应为 YYYY-MM-DD',
      );
      expectFailure(await legal.get('/api/v1/catalog/item?bodyId=not-a-uuid'), 400, 'VALIDATION_FAILED');
      expect(await snapshot('nope', 'X-1')).toEqual(before);
    });
  });

  describe.each(KINDS)('%s entries', (kind) => {
    const f = FIXTURES[kind];

    it('creates version 1 with baseVersion 0, edits it to version 2, and keeps both in the history', async () => {
      const code = newCode(kind);
      const ledger = await ledgerCount(t);
      const v1 = await create(kind, code);
      expect(v1).toEqual({
        id: expect.any(String),
        bodyId: ids.district,
        kind,
        code,
        version: 1,
        name: f.name(f.stored),
        effectiveFrom: serverToday(),
        retired: false,
        data: f.stored,
        reason: '新增测试条目',
        authorName: legalName,
        createdAt: expect.any(String),
      });
      expect(await ledgerCount(t)).toBe(ledger + 1);
      const [entry] = await lastLedgerEntries(t, 1);
      expect({
        action: entry!.action,
        entityType: entry!.entity_type,
        entityId: entry!.entity_id,
        bodyId: entry!.body_id,
      }).toEqual({
        action: 'catalog.saved',
        entityType: `catalog.${kind}`,
        entityId: code,
        bodyId: ids.district,
      });

      const res = await put(head, kind, code, { data: f.edit, reason: '按新规定调整', baseVersion: 1 });
      expect(res.statusCode, res.body).toBe(200);
      const v2 = res.json() as EntryOut;
      expect({
        version: v2.version,
        data: v2.data,
        reason: v2.reason,
        authorName: v2.authorName,
        retired: v2.retired,
      }).toEqual({
        version: 2,
        data: f.editedStored,
        reason: '按新规定调整',
        authorName: await displayNameOf(t, 'head1'),
        retired: false,
      });

      const versions = await history(kind, code);
      expect(
        versions.map((v) => ({
          version: v.version,
          reason: v.reason,
          authorName: v.authorName,
          data: v.data,
        })),
      ).toEqual([
        { version: 1, reason: '新增测试条目', authorName: legalName, data: f.stored },
        { version: 2, reason: '按新规定调整', authorName: v2.authorName, data: f.editedStored },
      ]);
      expect(await inList(kind, code)).toEqual(v2);
      expect(await versionsOf(t, ids.district, kind, code)).toEqual([1, 2]);
    });

    it('shows the version in force on the date asked for', async () => {
      const tomorrow = addDays(serverToday(), 1);
      const code = newCode(kind);
      await create(kind, code, { effectiveFrom: '2025-03-01' });
      const res = await put(legal, kind, code, {
        data: f.edit,
        reason: '明日起施行的修订',
        baseVersion: 1,
        effectiveFrom: tomorrow,
      });
      expect(res.statusCode, res.body).toBe(200);

      expect(await inList(kind, code, '?date=2025-02-28')).toBeUndefined();
      expect(await inList(kind, code, '?date=2025-03-01')).toMatchObject({
        version: 1,
        data: f.stored,
        effectiveFrom: '2025-03-01',
      });
      expect(await inList(kind, code)).toMatchObject({ version: 1, data: f.stored });
      expect(await inList(kind, code, `?date=${tomorrow}`)).toMatchObject({
        version: 2,
        data: f.editedStored,
        effectiveFrom: tomorrow,
      });

      // A new entry that takes effect tomorrow is not in today's list, but is in tomorrow's.
      const later = newCode(kind);
      await create(kind, later, { effectiveFrom: tomorrow });
      expect(await inList(kind, later)).toBeUndefined();
      expect(await inList(kind, later, `?date=${tomorrow}`)).toMatchObject({
        version: 1,
        effectiveFrom: tomorrow,
      });
      expect((await history(kind, later)).map((v) => v.version)).toEqual([1]);
    });

    it('retires an entry: gone from the list, kept in the history', async () => {
      const code = newCode(kind);
      await create(kind, code, { effectiveFrom: '2025-01-01' });
      const ledger = await ledgerCount(t);
      const res = await legal.post(`/api/v1/catalog/${kind}/${code}/retire`, {
        reason: '事项已取消',
        baseVersion: 1,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        code,
        version: 2,
        retired: true,
        reason: '事项已取消',
        effectiveFrom: serverToday(),
        data: f.stored,
        name: f.name(f.stored),
      });
      expect((await lastLedgerEntries(t, 1))[0]!.action).toBe('catalog.retired');
      expect(await ledgerCount(t)).toBe(ledger + 1);

      expect(await inList(kind, code)).toBeUndefined();
      expect(await inList(kind, code, '?date=2025-06-01')).toMatchObject({ version: 1, retired: false });
      expect(
        (await history(kind, code)).map((v) => ({
          version: v.version,
          retired: v.retired,
          reason: v.reason,
        })),
      ).toEqual([
        { version: 1, retired: false, reason: '新增测试条目' },
        { version: 2, retired: true, reason: '事项已取消' },
      ]);
    });

    it('refuses a stale baseVersion with 409 VERSION_CONFLICT and changes nothing', async () => {
      const code = newCode(kind);
      await create(kind, code);
      expect(
        (await put(legal, kind, code, { data: f.edit, reason: '第一次修改', baseVersion: 1 })).statusCode,
      ).toBe(200);
      const before = await snapshot(kind, code);
      for (const baseVersion of [0, 1, 3]) {
        const body = expectFailure(
          await put(legal, kind, code, { data: f.input, reason: '基于旧版本的修改', baseVersion }),
          409,
          'VERSION_CONFLICT',
          '该条目已有第 2 版，请刷新后重试',
        );
        expect(body.details).toEqual({ currentVersion: 2 });
      }
      expectFailure(
        await legal.post(`/api/v1/catalog/${kind}/${code}/retire`, {
          reason: '基于旧版本停用',
          baseVersion: 1,
        }),
        409,
        'VERSION_CONFLICT',
      );
      expect(await snapshot(kind, code)).toEqual(before);
      expect(await inList(kind, code)).toMatchObject({ version: 2, data: f.editedStored });
    });
  });

  describe('optimistic locking under concurrency', () => {
    it('lets exactly one of two concurrent edits of the same version through', async () => {
      const code = newCode('complaint_channel');
      await create('complaint_channel', code);
      const ledger = await ledgerCount(t);
      const [a, b] = await Promise.all([
        put(legal, 'complaint_channel', code, {
          data: { name: '甲的修改' },
          reason: '甲修改',
          baseVersion: 1,
        }),
        put(head, 'complaint_channel', code, {
          data: { name: '乙的修改' },
          reason: '乙修改',
          baseVersion: 1,
        }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const loser = a.statusCode === 409 ? a : b;
      const winner = a.statusCode === 200 ? a : b;
      expect((loser.json() as ErrorOut).code).toBe('VERSION_CONFLICT');
      const versions = await history('complaint_channel', code);
      expect(versions.map((v) => v.version)).toEqual([1, 2]);
      expect(versions[1]!.data.name).toBe((winner.json() as EntryOut).data.name);
      expect(await ledgerCount(t)).toBe(ledger + 1);
    });
  });

  describe('validation', () => {
    it('requires a reason of at least two characters', async () => {
      const code = newCode('item');
      const before = await snapshot('item', code);
      expectFailure(
        await put(legal, 'item', code, { data: FIXTURES.item.input, baseVersion: 0 }),
        400,
        'VALIDATION_FAILED',
        '字段「reason」无效输入：期望 string，实际接收 undefined',
      );
      expectFailure(
        await put(legal, 'item', code, { data: FIXTURES.item.input, reason: ' 改 ', baseVersion: 0 }),
        400,
        'VALIDATION_FAILED',
        '字段「reason」请填写修改理由（至少 2 个字）',
      );
      expectFailure(
        await legal.post(`/api/v1/catalog/item/SFWJ-XK-001/retire`, { baseVersion: 1 }),
        400,
        'VALIDATION_FAILED',
        '字段「reason」无效输入：期望 string，实际接收 undefined',
      );
      expectFailure(
        await put(legal, 'item', code, { data: FIXTURES.item.input, reason: '新增', baseVersion: -1 }),
        400,
        'VALIDATION_FAILED',
      );
      expect(await snapshot('item', code)).toEqual(before);
      expect(await versionsOf(t, ids.district, 'item', 'SFWJ-XK-001')).toEqual([1]);
    });

    const benchmark = FIXTURES.benchmark.input as { tiers: Data[] } & Data;
    const tier = benchmark.tiers[0]!;
    const withTier = (over: Data) => ({ ...benchmark, tiers: [{ ...tier, ...over }] });
    const CASES: [string, CatalogKind, Data, number, string, string[]?][] = [
      [
        'an item of an unknown category',
        'item',
        { ...FIXTURES.item.input, category: 'reward' },
        400,
        '字段「data.category」无效选项：期望以下之一 "licensing"|"penalty"|"compulsory"|"inspection"|"levy"|"other"',
      ],
      [
        'an item without a name',
        'item',
        { ...FIXTURES.item.input, name: '  ' },
        400,
        '字段「data.name」必填',
      ],
      [
        'an article reference with article 0',
        'item',
        { ...FIXTURES.item.input, basis: [{ law: 'physicians-law', article: 0 }] },
        400,
        '字段「data.basis.0.article」数值过小：期望 number >=1',
      ],
      [
        'a negative fine',
        'benchmark',
        withTier({ fine: { kind: 'fixed', minFen: -100, maxFen: 300000 } }),
        400,
        '字段「data.tiers.0.fine.minFen」金额不能为负',
      ],
      [
        'a fine in fractions of a fen',
        'benchmark',
        withTier({ fine: { kind: 'fixed', minFen: 100.5, maxFen: 300000 } }),
        400,
        '字段「data.tiers.0.fine.minFen」金额应为整数（分）',
      ],
      [
        'a fixed fine whose minimum exceeds its maximum',
        'benchmark',
        withTier({ fine: { kind: 'fixed', minFen: 300001, maxFen: 300000 } }),
        400,
        '字段「data.tiers.0.fine.maxFen」罚款下限不能高于上限',
      ],
      [
        'a multiple whose minimum exceeds its maximum',
        'benchmark',
        withTier({ fine: { kind: 'multiple', base: 'illegal_income', minMultiple: 3, maxMultiple: 2 } }),
        400,
        '字段「data.tiers.0.fine.maxMultiple」倍数下限不能高于上限',
      ],
      [
        'duplicate tiers',
        'benchmark',
        { ...benchmark, tiers: [tier, tier] },
        400,
        '字段「data.tiers」裁量阶次不能重复',
      ],
      [
        'an unknown tier',
        'benchmark',
        withTier({ tier: 'harshest' }),
        400,
        '字段「data.tiers.0.tier」无效选项：期望以下之一 "none"|"mitigated"|"lighter"|"general"|"heavier"',
      ],
      [
        'an unknown penalty kind',
        'benchmark',
        withTier({ penalties: ['warning', 'flogging'] }),
        400,
        '字段「data.tiers.0.penalties.1」无效选项：期望以下之一 "warning"|"criticism"|"fine"|"confiscate_income"|"confiscate_property"|"suspend_licence"|"lower_qualification"|"revoke_licence"|"restrict_activity"|"order_suspension"|"order_closure"|"restrict_employment"|"detention"',
      ],
      [
        'an unknown fine rule kind',
        'benchmark',
        withTier({ fine: { kind: 'percentage', minFen: 1, maxFen: 2 } }),
        400,
        '字段「data.tiers.0.fine.kind」无效输入',
      ],
      [
        'a benchmark without tiers',
        'benchmark',
        { ...benchmark, tiers: [] },
        400,
        '字段「data.tiers」至少需要一个裁量阶次',
      ],
      [
        'a benchmark without penalty articles',
        'benchmark',
        { ...benchmark, penaltyArticles: [] },
        400,
        '字段「data.penaltyArticles」至少引用一条处罚依据',
      ],
      [
        'a fine range while the penalties do not list 罚款',
        'benchmark',
        withTier({ penalties: ['warning'] }),
        422,
        '“一般处罚”阶次规定了罚款幅度，但处罚种类未列“罚款”',
      ],
      [
        'a fine range of zero',
        'benchmark',
        withTier({ fine: { kind: 'fixed', minFen: 0, maxFen: 0 } }),
        422,
        '“一般处罚”阶次罚款上限为零；不处罚款时应将罚款规则设为空',
      ],
      [
        'a 不予处罚 tier with a penalty',
        'benchmark',
        withTier({ tier: 'none', penalties: ['warning'], fine: null }),
        422,
        '“不予处罚”阶次不应规定处罚种类或罚款',
      ],
      ['a benchmark without its field', 'benchmark', { ...benchmark, category: '' }, 422, '缺少所属领域'],
      [
        'an inspection ratio above 100%',
        'inspection_item',
        { ...FIXTURES.inspection_item.input, ratioPercent: 150 },
        400,
        '字段「data.ratioPercent」数值过大：期望 number <=100',
      ],
      [
        'an inspection item without a target type',
        'inspection_item',
        { ...FIXTURES.inspection_item.input, targetType: undefined },
        400,
        '字段「data.targetType」无效输入：期望 string，实际接收 undefined',
      ],
      [
        'an AV rule with an unknown requirement',
        'av_rule',
        { ...FIXTURES.av_rule.input, requirement: 'sometimes' },
        400,
        '字段「data.requirement」无效选项：期望以下之一 "full"|"as_needed"',
      ],
      [
        'a review rule without conditions',
        'review_rule',
        { ...FIXTURES.review_rule.input, conditions: [] },
        400,
        '字段「data.conditions」至少需要一个条件',
      ],
      [
        'a review rule with an unknown condition kind',
        'review_rule',
        { ...FIXTURES.review_rule.input, conditions: [{ kind: 'moon_phase' }] },
        400,
        '字段「data.conditions.0.kind」无效输入',
      ],
      [
        'a review rule with a negative threshold',
        'review_rule',
        {
          ...FIXTURES.review_rule.input,
          conditions: [{ kind: 'fine_at_least', partyType: 'person', fen: -1 }],
        },
        400,
        '字段「data.conditions.0.fen」金额不能为负',
      ],
      [
        'a review rule without a basis',
        'review_rule',
        { ...FIXTURES.review_rule.input, basis: undefined },
        422,
        '缺少审核依据',
      ],
      [
        'a review rule whose conditions contradict each other',
        'review_rule',
        {
          name: '矛盾的规则',
          conditions: [
            { kind: 'fine_at_least', partyType: 'person', fen: 1 },
            { kind: 'fine_at_least', partyType: 'organisation', fen: 1 },
          ],
        },
        422,
        '缺少审核依据；条件互相矛盾：同一规则不能同时要求公民和法人或者其他组织的罚款金额',
        ['缺少审核依据', '条件互相矛盾：同一规则不能同时要求公民和法人或者其他组织的罚款金额'],
      ],
      [
        'a service guide step without a name',
        'service_guide',
        { ...FIXTURES.service_guide.input, steps: [{ id: 's1', name: '' }] },
        400,
        '字段「data.steps.0.name」必填',
      ],
      [
        'a complaint channel without a name',
        'complaint_channel',
        { address: '健康路' },
        400,
        '字段「data.name」无效输入：期望 string，实际接收 undefined',
      ],
    ];

    it.each(CASES)(
      'refuses %s with a Chinese message naming the problem, changing nothing',
      async (_label, kind, data, status, message, problems = [message]) => {
        const code = newCode(kind);
        const before = await snapshot(kind, code);
        const body = expectFailure(
          await put(legal, kind, code, { data, reason: '新增测试条目', baseVersion: 0 }),
          status,
          status === 400 ? 'VALIDATION_FAILED' : 'RULE_VIOLATION',
          message,
        );
        if (status === 422) expect(body.details).toEqual({ problems });
        expect(await snapshot(kind, code)).toEqual(before);
      },
    );

    it('refuses the same malformed data as an edit of an existing entry, keeping its version', async () => {
      const before = await snapshot('benchmark', 'BM-GG-001');
      const current = initial.benchmark.find((e) => e.code === 'BM-GG-001')!;
      const tiers = current.data.tiers as Data[];
      expectFailure(
        await put(legal, 'benchmark', 'BM-GG-001', {
          data: { ...current.data, tiers: [...tiers, tiers[0]] },
          reason: '重复阶次',
          baseVersion: current.version,
        }),
        400,
        'VALIDATION_FAILED',
        '字段「data.tiers」裁量阶次不能重复',
      );
      expect(await snapshot('benchmark', 'BM-GG-001')).toEqual(before);
    });

    it('refuses a citation of an unknown law or of an article the law does not have with 422 RULE_VIOLATION', async () => {
      const cases: [CatalogKind, Data, string[]][] = [
        [
          'item',
          { ...FIXTURES.item.input, basis: [{ law: 'no-such-law', article: 1 }] },
          ['法律文件「no-such-law」不在法律依据库中'],
        ],
        [
          'item',
          { ...FIXTURES.item.input, basis: [{ law: 'physicians-law', article: 999 }] },
          ['《中华人民共和国医师法》没有第 999 条'],
        ],
        [
          'benchmark',
          {
            ...benchmark,
            violatedArticles: [{ law: 'physicians-law', article: 998 }],
            penaltyArticles: [{ law: 'no-such-law', article: 3 }],
          },
          ['《中华人民共和国医师法》没有第 998 条', '法律文件「no-such-law」不在法律依据库中'],
        ],
        [
          'inspection_item',
          {
            ...FIXTURES.inspection_item.input,
            basis: [{ law: 'medical-institutions-regulation', article: 997 }],
          },
          ['《医疗机构管理条例》没有第 997 条'],
        ],
        [
          'service_guide',
          { ...FIXTURES.service_guide.input, basis: [{ law: 'gone-law', article: 1 }] },
          ['法律文件「gone-law」不在法律依据库中'],
        ],
      ];
      for (const [kind, data, problems] of cases) {
        const code = newCode(kind);
        const before = await snapshot(kind, code);
        const body = expectFailure(
          await put(legal, kind, code, { data, reason: '新增测试条目', baseVersion: 0 }),
          422,
          'RULE_VIOLATION',
          problems.join('；'),
        );
        expect(body.details).toEqual({ problems });
        expect(await snapshot(kind, code)).toEqual(before);
      }
    });

    it('refuses a citation of an article that only a repealed version of the law had', async () => {
      // 医疗机构管理条例 Art. 24 is in the 2016 text (repealed 2022-05-01), not in the 2022 text in force:
      // an entry in force today cannot cite it (it would display as "没有第二十四条").
      const code = newCode('item');
      const before = await snapshot('item', code);
      const res = await put(legal, 'item', code, {
        data: { ...FIXTURES.item.input, basis: [{ law: 'medical-institutions-regulation', article: 24 }] },
        reason: '新增测试条目',
        baseVersion: 0,
      });
      expectFailure(res, 422, 'RULE_VIOLATION');
      expect(await snapshot('item', code)).toEqual(before);
    });

    it('refuses an item whose benchmarkCode names no benchmark in force', async () => {
      const code = newCode('item');
      const before = await snapshot('item', code);
      const body = expectFailure(
        await put(legal, 'item', code, {
          data: { ...FIXTURES.item.input, category: 'penalty', benchmarkCode: 'BM-NOPE-001' },
          reason: '新增测试条目',
          baseVersion: 0,
        }),
        422,
        'RULE_VIOLATION',
        '裁量基准「BM-NOPE-001」不存在',
      );
      expect(body.details).toEqual({ problems: ['裁量基准「BM-NOPE-001」不存在'] });
      expect(await snapshot('item', code)).toEqual(before);
      // A retired benchmark is no longer one an item can point to.
      const retiredCode = newCode('benchmark');
      await create('benchmark', retiredCode);
      expect(
        (
          await legal.post(`/api/v1/catalog/benchmark/${retiredCode}/retire`, {
            reason: '基准废止',
            baseVersion: 1,
          })
        ).statusCode,
      ).toBe(200);
      const before2 = await snapshot('item', code);
      expectFailure(
        await put(legal, 'item', code, {
          data: { ...FIXTURES.item.input, benchmarkCode: retiredCode },
          reason: '新增测试条目',
          baseVersion: 0,
        }),
        422,
        'RULE_VIOLATION',
        `裁量基准「${retiredCode}」不存在`,
      );
      expect(await snapshot('item', code)).toEqual(before2);
      // An existing one is accepted.
      const ok = await create('item', code, {
        data: { ...FIXTURES.item.input, category: 'penalty', benchmarkCode: 'BM-YL-001' },
      });
      expect(ok.data.benchmarkCode).toBe('BM-YL-001');
    });

    it('finds the benchmark an item names even when another benchmark mentions its code', async () => {
      // The lookup must be by exact code: a benchmark whose code sorts first and whose text contains the
      // other code must not hide it.
      const target = `ZT-BMX-${++serial}`;
      const other = `ZT-BMA-${serial}`;
      await create('benchmark', target);
      await create('benchmark', other, { data: { ...benchmark, violation: `参照 ${target} 的违法行为` } });
      const res = await put(legal, 'item', newCode('item'), {
        data: { ...FIXTURES.item.input, category: 'penalty', benchmarkCode: target },
        reason: '新增测试条目',
        baseVersion: 0,
      });
      expect(res.statusCode, res.body).toBe(200);
    });

    it('saves a review rule with its basis text (B6: the basis is text, not a list of articles)', async () => {
      // The rules require a basis (缺少审核依据 otherwise); it is free text, which must not be read as
      // article references.
      const code = newCode('review_rule');
      const res = await put(legal, 'review_rule', code, {
        data: { ...FIXTURES.review_rule.input, basis: '行政处罚法第五十八条' },
        reason: '新增测试条目',
        baseVersion: 0,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect((res.json() as EntryOut).data).toEqual({
        ...FIXTURES.review_rule.stored,
        basis: '行政处罚法第五十八条',
      });
    });

    it('answers a retire of an entry that never existed with 404, changing nothing', async () => {
      const code = newCode('item');
      const before = await snapshot('item', code);
      expectFailure(
        await legal.post(`/api/v1/catalog/item/${code}/retire`, {
          reason: '停用不存在的条目',
          baseVersion: 1,
        }),
        404,
        'NOT_FOUND',
      );
      expectFailure(
        await legal.get(`/api/v1/catalog/item/${code}/versions`),
        404,
        'NOT_FOUND',
        '行政执法事项不存在或无权访问',
      );
      expect(await snapshot('item', code)).toEqual(before);
    });
  });

  describe('data scope: a sibling body under 示范市', () => {
    it('keeps each body’s catalogue to itself', async () => {
      const code = newCode('complaint_channel');
      const own = await create('complaint_channel', code, {}, siblingLegal);
      expect(own.bodyId).toBe(sibling);
      const theirs = await listOf(siblingLegal, 'complaint_channel');
      expect(theirs.map((e) => e.code)).toContain(code);
      expect(theirs.filter((e) => e.bodyId !== sibling || !e.code.startsWith('ZT-'))).toEqual([]);
      expect(await listOf(siblingLegal, 'item')).toEqual([]);
      expect(await inList('complaint_channel', code)).toBeUndefined();
      // The same code in the district is another entry with its own versions.
      expect((await create('complaint_channel', code)).version).toBe(1);
      expect(await versionsOf(t, sibling, 'complaint_channel', code)).toEqual([1]);
    });

    it('answers the district’s legal head with 404 for the sibling’s catalogue, changing nothing', async () => {
      const code = newCode('complaint_channel');
      await create('complaint_channel', code, {}, siblingLegal);
      const before = await snapshot('complaint_channel', code, sibling);
      const q = `?bodyId=${sibling}`;
      for (const url of [
        `/api/v1/catalog/complaint_channel${q}`,
        `/api/v1/catalog/complaint_channel/${code}/versions${q}`,
        `/api/v1/catalog/complaint_channel/export${q}`,
      ]) {
        expectFailure(await legal.get(url), 404, 'NOT_FOUND', '执法主体不存在或无权访问');
      }
      expectFailure(
        await put(legal, 'complaint_channel', code, {
          bodyId: sibling,
          data: { name: '越权修改' },
          reason: '越权修改',
          baseVersion: 1,
        }),
        404,
        'NOT_FOUND',
      );
      expectFailure(
        await put(legal, 'complaint_channel', newCode('complaint_channel'), {
          bodyId: sibling,
          data: { name: '越权新增' },
          reason: '越权新增',
          baseVersion: 0,
        }),
        404,
        'NOT_FOUND',
      );
      expectFailure(
        await legal.post(`/api/v1/catalog/complaint_channel/${code}/retire`, {
          bodyId: sibling,
          reason: '越权停用',
          baseVersion: 1,
        }),
        404,
        'NOT_FOUND',
      );
      expectFailure(
        await legal.post('/api/v1/discretion/evaluate', {
          bodyId: sibling,
          benchmarkCode: 'BM-YL-001',
          tier: 'general',
        }),
        404,
        'NOT_FOUND',
      );
      expect(await snapshot('complaint_channel', code, sibling)).toEqual(before);
    });

    it('answers the sibling’s legal head with 404 for the district’s catalogue, changing nothing', async () => {
      const before = await snapshot('item', 'SFWJ-XK-001');
      const q = `?bodyId=${ids.district}`;
      for (const url of [
        `/api/v1/catalog/item${q}`,
        `/api/v1/catalog/item/SFWJ-XK-001/versions${q}`,
        `/api/v1/catalog/item/export${q}`,
      ]) {
        expectFailure(await siblingLegal.get(url), 404, 'NOT_FOUND', '执法主体不存在或无权访问');
      }
      expectFailure(
        await put(siblingLegal, 'item', 'SFWJ-XK-001', {
          bodyId: ids.district,
          data: FIXTURES.item.input,
          reason: '越权修改',
          baseVersion: 1,
        }),
        404,
        'NOT_FOUND',
      );
      expectFailure(
        await siblingLegal.post('/api/v1/catalog/item/SFWJ-XK-001/retire', {
          bodyId: ids.district,
          reason: '越权停用',
          baseVersion: 1,
        }),
        404,
        'NOT_FOUND',
      );
      expectFailure(
        await siblingLegal.post('/api/v1/discretion/evaluate', {
          bodyId: ids.district,
          benchmarkCode: 'BM-YL-001',
          tier: 'general',
        }),
        404,
        'NOT_FOUND',
      );
      // Its own catalogue has no such benchmark: neither the calculator nor an item can use the district's.
      expectFailure(
        await siblingLegal.post('/api/v1/discretion/evaluate', {
          benchmarkCode: 'BM-YL-001',
          tier: 'general',
        }),
        404,
        'NOT_FOUND',
        '裁量基准不存在或无权访问',
      );
      const code = newCode('item');
      const siblingBefore = await snapshot('item', code, sibling);
      expectFailure(
        await put(siblingLegal, 'item', code, {
          data: { ...FIXTURES.item.input, benchmarkCode: 'BM-YL-001' },
          reason: '新增测试条目',
          baseVersion: 0,
        }),
        422,
        'RULE_VIOLATION',
        '裁量基准「BM-YL-001」不存在',
      );
      expect(await snapshot('item', code, sibling)).toEqual(siblingBefore);
      expect(await snapshot('item', 'SFWJ-XK-001')).toEqual(before);
    });
  });

  describe('roles', () => {
    const WITHOUT_WRITE = [
      'officer1',
      'unithead1',
      'reviewer1',
      'deputy1',
      'publisher1',
      'archivist1',
      'sysadmin',
    ];

    it.each(WITHOUT_WRITE)(
      'lets %s read the catalogue but not change it (403, nothing changes)',
      async (username) => {
        const client = await loginFrom(t, username);
        expect((await listOf(client, 'item')).map((e) => e.code).sort()).toEqual(
          (await listOf(legal, 'item')).map((e) => e.code).sort(),
        );
        expect((await client.get('/api/v1/catalog/benchmark/BM-YL-001/versions')).statusCode).toBe(200);
        const code = newCode('item');
        const before = {
          ...(await snapshot('item', code)),
          demo: await versionsOf(t, ids.district, 'item', 'SFWJ-XK-001'),
        };
        expectFailure(
          await put(client, 'item', code, {
            data: FIXTURES.item.input,
            reason: '新增测试条目',
            baseVersion: 0,
          }),
          403,
          'FORBIDDEN',
        );
        expectFailure(
          await put(client, 'item', 'SFWJ-XK-001', {
            data: FIXTURES.item.input,
            reason: '越权修改',
            baseVersion: 1,
          }),
          403,
          'FORBIDDEN',
        );
        expectFailure(
          await client.post('/api/v1/catalog/item/SFWJ-XK-001/retire', {
            reason: '越权停用',
            baseVersion: 1,
          }),
          403,
          'FORBIDDEN',
        );
        expect({
          ...(await snapshot('item', code)),
          demo: await versionsOf(t, ids.district, 'item', 'SFWJ-XK-001'),
        }).toEqual(before);
      },
    );

    it.each(['auditor', 'secadmin'])('refuses %s any access to the catalogue (403)', async (username) => {
      const client = await loginFrom(t, username);
      for (const url of [
        '/api/v1/catalog/item',
        '/api/v1/catalog/item/SFWJ-XK-001/versions',
        '/api/v1/catalog/item/export',
        '/api/v1/legal-documents',
      ]) {
        expectFailure(await client.get(url), 403, 'FORBIDDEN');
      }
      expectFailure(
        await client.post('/api/v1/discretion/evaluate', { benchmarkCode: 'BM-YL-001', tier: 'general' }),
        403,
        'FORBIDDEN',
      );
      const code = newCode('item');
      const before = await snapshot('item', code);
      expectFailure(
        await put(client, 'item', code, {
          data: FIXTURES.item.input,
          reason: '新增测试条目',
          baseVersion: 0,
        }),
        403,
        'FORBIDDEN',
      );
      expect(await snapshot('item', code)).toEqual(before);
    });

    it('refuses an anonymous caller with 401', async () => {
      const anon = t.anonymous();
      expectFailure(await anon.get('/api/v1/catalog/item'), 401, 'UNAUTHENTICATED');
      const code = newCode('item');
      const before = await snapshot('item', code);
      expectFailure(
        await put(anon, 'item', code, { data: FIXTURES.item.input, reason: '新增测试条目', baseVersion: 0 }),
        401,
        'UNAUTHENTICATED',
      );
      expect(await snapshot('item', code)).toEqual(before);
    });
  });
});

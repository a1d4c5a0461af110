// B2 over HTTP: the legal basis library — the demo laws with their articles, amendments as new versions
// ("立改废") and the version a citation resolves to before and after an amendment takes effect, local
// documents kept to their body, and refused input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LAWS } from '../../../src/modules/catalog/demo/index.ts';
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
import { expectFailure, legalDocumentCount } from './support.ts';
import { addDays, serverToday } from '../../helpers/clock.ts';

interface LegalOut {
  id: string;
  code: string;
  version: number;
  bodyId: string | null;
  title: string;
  level: string;
  issuer: string;
  docNumber: string;
  promulgatedOn: string;
  effectiveOn: string;
  repealedOn: string | null;
  versionNote: string;
  articles: { ordinal: number; number: string; text: string; needsReview?: boolean }[];
}
interface CitationOut {
  ref: { law: string; article: number; paragraph?: number; item?: number };
  display: string;
  text: string;
  versionNote: string;
  inForce: boolean;
  needsReview: boolean;
}

let serial = 0;
const newLawCode = () => `zt-law-${++serial}-${Date.now().toString(36)}`;

function lawInput(code: string, over: Record<string, unknown> = {}) {
  return {
    code,
    title: '示范区卫生监督办法',
    level: 'normative_document',
    issuer: '示范区卫生健康委员会',
    docNumber: '示卫发〔2024〕1号',
    promulgatedOn: '2024-01-15',
    effectiveOn: '2024-02-01',
    versionNote: '2024年1月15日印发',
    articles: [
      { ordinal: 1, number: '第一条', text: '为规范卫生监督工作，制定本办法。' },
      { ordinal: 2, number: '第二条', text: '卫生监督应当由两名以上执法人员实施。' },
      { ordinal: 3, number: '第三条', text: '本办法自印发之日起施行。' },
    ],
    reason: '录入本机关规范性文件',
    ...over,
  };
}

describe('legal basis library', () => {
  let t: TestApp;
  let ids: DemoIds;
  let legal: Client;
  let officer: Client;
  let sibling: string;
  let siblingLegal: Client;
  let provinceLegal: Client;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    legal = await loginFrom(t, 'legalhead1');
    officer = await loginFrom(t, 'officer1');
    sibling = await insertBodySql(t, ids.city, { name: '示范市另一区卫生健康委员会' });
    siblingLegal = await loginFrom(t, (await insertUserSql(t, sibling, ['legal_head'])).username);
    provinceLegal = await loginFrom(t, (await insertUserSql(t, ids.province, ['legal_head'])).username);
  });
  afterAll(async () => t.close());

  const documents = async (client: Client, code?: string) => {
    const res = await client.get(`/api/v1/legal-documents${code ? `?code=${code}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as LegalOut[];
  };
  const addDocument = async (client: Client, body: Record<string, unknown>) => {
    const res = await client.post('/api/v1/legal-documents', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; code: string; version: number };
  };
  const citationsOf = async (client: Client, benchmarkCode: string, date: string) => {
    const res = await client.post('/api/v1/discretion/evaluate', { benchmarkCode, tier: 'general', date });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { citations: CitationOut[] }).citations;
  };
  const unchanged = async () => ({ documents: await legalDocumentCount(t), ledger: await ledgerCount(t) });

  it('lists every version of every demo law, national, with its articles', async () => {
    const list = await documents(officer);
    const seen = new Map<string, number>();
    for (const law of DEMO_LAWS) {
      const version = (seen.get(law.code) ?? 0) + 1;
      seen.set(law.code, version);
      const found = list.find((d) => d.code === law.code && d.version === version);
      expect(found, `${law.code} v${version}`).toBeDefined();
      expect(found).toEqual({
        id: expect.any(String),
        code: law.code,
        version,
        bodyId: null,
        title: law.title,
        level: law.level,
        issuer: law.issuer,
        docNumber: law.docNumber,
        promulgatedOn: law.promulgatedOn,
        effectiveOn: law.effectiveOn,
        repealedOn: law.repealedOn,
        versionNote: law.versionNote,
        articles: law.articles.map((a) => ({
          ordinal: a.ordinal,
          number: a.number,
          text: a.text,
          needsReview: a.needsReview ?? false,
        })),
      });
    }
    expect(DEMO_LAWS).toHaveLength(18);
    expect(seen.size).toBe(15);
    expect(DEMO_LAWS.reduce((n, l) => n + l.articles.length, 0)).toBe(172);
  });

  it('filters by code, versions in order ("立改废": the 2016 text repealed on the 2022 text’s first day)', async () => {
    const versions = await documents(officer, 'medical-institutions-regulation');
    expect(
      versions.map((v) => ({
        version: v.version,
        docNumber: v.docNumber,
        effectiveOn: v.effectiveOn,
        repealedOn: v.repealedOn,
        articles: v.articles.length,
      })),
    ).toEqual([
      {
        version: 1,
        docNumber: '国务院令第666号',
        effectiveOn: '2016-02-06',
        repealedOn: '2022-05-01',
        articles: 4,
      },
      { version: 2, docNumber: '国务院令第752号', effectiveOn: '2022-05-01', repealedOn: null, articles: 19 },
    ]);
    expect(await documents(officer, 'no-such-law')).toEqual([]);
  });

  it('records an amendment of a national law as its next version; citations resolve by date', async () => {
    const tomorrow = addDays(serverToday(), 1);
    const [current] = await documents(legal, 'physicians-law');
    expect(current!.version).toBe(1);
    // National law is kept by the top-level body; a district may not amend it for everyone.
    const refused = await legal.post('/api/v1/legal-documents', {
      code: 'physicians-law',
      national: true,
      title: '中华人民共和国医师法',
      level: 'law',
      issuer: '全国人民代表大会常务委员会',
      docNumber: 'x',
      promulgatedOn: serverToday(),
      effectiveOn: tomorrow,
      reason: '法律修正',
      articles: [],
    });
    expectFailure(refused, 403, 'FORBIDDEN');
    const ledger = await ledgerCount(t);
    const amended = await addDocument(provinceLegal, {
      code: 'physicians-law',
      national: true,
      title: '中华人民共和国医师法',
      level: 'law',
      issuer: '全国人民代表大会常务委员会',
      docNumber: '中华人民共和国主席令第一百号',
      promulgatedOn: serverToday(),
      effectiveOn: tomorrow,
      versionNote: '测试修正',
      reason: '法律修正',
      articles: [
        { ordinal: 13, number: '第十三条', text: '修正后的第十三条。' },
        { ordinal: 59, number: '第五十九条', text: '修正后的第五十九条。' },
      ],
    });
    expect(amended).toEqual({ id: expect.any(String), code: 'physicians-law', version: 2 });
    expect(await ledgerCount(t)).toBe(ledger + 1);
    const [entry] = await lastLedgerEntries(t, 1);
    expect({ action: entry!.action, entityType: entry!.entity_type, entityId: entry!.entity_id }).toEqual({
      action: 'legal_document.saved',
      entityType: 'legal_document',
      entityId: amended.id,
    });
    expect(
      (await documents(siblingLegal, 'physicians-law')).map((v) => [v.version, v.bodyId, v.effectiveOn]),
    ).toEqual([
      [1, null, '2022-03-01'],
      [2, null, tomorrow],
    ]);

    // BM-YS-001 (非医师行医) cites 医师法 Arts. 13 and 59: today the text in force, from tomorrow the amendment.
    const before = await citationsOf(officer, 'BM-YS-001', serverToday());
    expect(
      before.map((c) => ({
        display: c.display,
        text: c.text,
        versionNote: c.versionNote,
        inForce: c.inForce,
      })),
    ).toEqual([
      {
        display: '《中华人民共和国医师法》第十三条',
        text: current!.articles.find((a) => a.ordinal === 13)!.text,
        versionNote: current!.versionNote,
        inForce: true,
      },
      {
        display: '《中华人民共和国医师法》第五十九条',
        text: current!.articles.find((a) => a.ordinal === 59)!.text,
        versionNote: current!.versionNote,
        inForce: true,
      },
    ]);
    const after = await citationsOf(officer, 'BM-YS-001', tomorrow);
    expect(
      after.map((c) => ({
        display: c.display,
        text: c.text,
        versionNote: c.versionNote,
        inForce: c.inForce,
      })),
    ).toEqual([
      {
        display: '《中华人民共和国医师法》第十三条',
        text: '修正后的第十三条。',
        versionNote: '测试修正',
        inForce: true,
      },
      {
        display: '《中华人民共和国医师法》第五十九条',
        text: '修正后的第五十九条。',
        versionNote: '测试修正',
        inForce: true,
      },
    ]);
  });

  it('keeps a local document to its body, and amends it with a new title and text', async () => {
    const code = newLawCode();
    const tomorrow = addDays(serverToday(), 1);
    expect(await addDocument(legal, lawInput(code))).toMatchObject({ code, version: 1 });
    expect((await documents(legal, code)).map((d) => [d.version, d.bodyId, d.title])).toEqual([
      [1, ids.district, '示范区卫生监督办法'],
    ]);
    expect(await documents(siblingLegal, code)).toEqual([]);

    // A benchmark of the district cites Arts. 2 and 3 of it.
    const bm = `ZT-LOCAL-${serial}`;
    const created = await legal.put(`/api/v1/catalog/benchmark/${bm}`, {
      effectiveFrom: '2024-02-10',
      reason: '新增测试基准',
      baseVersion: 0,
      data: {
        violation: '违反本区卫生监督办法',
        category: '综合',
        violatedArticles: [{ law: code, article: 2 }],
        penaltyArticles: [{ law: code, article: 3 }],
        tiers: [{ tier: 'general', conditions: [], penalties: ['warning'], fine: null }],
      },
    });
    expect(created.statusCode, created.body).toBe(200);

    // The amendment renames the document and drops Art. 3, from tomorrow.
    expect(
      await addDocument(
        legal,
        lawInput(code, {
          title: '示范区卫生监督管理办法',
          docNumber: '示卫发〔2026〕9号',
          promulgatedOn: serverToday(),
          effectiveOn: tomorrow,
          versionNote: '修订',
          articles: [
            { ordinal: 1, number: '第一条', text: '为规范卫生监督管理工作，制定本办法。' },
            { ordinal: 2, number: '第二条', text: '卫生监督由两名以上持证执法人员实施。' },
          ],
          reason: '修订本办法',
        }),
      ),
    ).toMatchObject({ code, version: 2 });
    expect((await documents(legal, code)).map((d) => [d.version, d.title, d.effectiveOn])).toEqual([
      [1, '示范区卫生监督办法', '2024-02-01'],
      [2, '示范区卫生监督管理办法', tomorrow],
    ]);

    const now = await citationsOf(legal, bm, serverToday());
    expect(now.map((c) => [c.display, c.text, c.inForce])).toEqual([
      ['《示范区卫生监督办法》第二条', '卫生监督应当由两名以上执法人员实施。', true],
      ['《示范区卫生监督办法》第三条', '本办法自印发之日起施行。', true],
    ]);
    const then = await citationsOf(legal, bm, tomorrow);
    expect(then.map((c) => [c.display, c.text, c.inForce])).toEqual([
      ['《示范区卫生监督管理办法》第二条', '卫生监督由两名以上持证执法人员实施。', true],
      [`${tomorrow} 施行的《示范区卫生监督管理办法》（修订）没有第三条`, '', false],
    ]);
    // An entry taking effect before the document did cannot cite it.
    const early = await legal.put('/api/v1/catalog/item/ZT-EARLY-CITE', {
      data: { name: '早于文件施行的事项', category: 'other', basis: [{ law: code, article: 2 }] },
      effectiveFrom: '2024-01-20',
      reason: '新增测试条目',
      baseVersion: 0,
    });
    expectFailure(
      early,
      422,
      'RULE_VIOLATION',
      '《示范区卫生监督办法》于 2024-02-01 起施行，2024-01-20 尚未施行',
    );
  });

  it('refuses a code already used by another body’s local document with 409, saving nothing', async () => {
    const code = newLawCode();
    await addDocument(siblingLegal, lawInput(code, { title: '另一区卫生监督办法' }));
    const before = await unchanged();
    expectFailure(
      await legal.post('/api/v1/legal-documents', { ...lawInput(code), national: false }),
      409,
      'DUPLICATE',
      `代码 ${code} 已被其他机关的法律文件使用`,
    );
    expectFailure(
      await provinceLegal.post('/api/v1/legal-documents', { ...lawInput(code), national: true }),
      409,
      'DUPLICATE',
      `代码 ${code} 已被其他机关的法律文件使用`,
    );
    expect(await unchanged()).toEqual(before);
    expect((await documents(siblingLegal, code)).map((d) => [d.version, d.bodyId])).toEqual([[1, sibling]]);
    expect(await documents(legal, code)).toEqual([]);
    // …and the district cannot cite the sibling's document either.
    const res = await legal.put('/api/v1/catalog/item/ZT-CITE-SIBLING', {
      data: { name: '引用另一区文件的事项', category: 'other', basis: [{ law: code, article: 1 }] },
      reason: '新增测试条目',
      baseVersion: 0,
    });
    expectFailure(res, 422, 'RULE_VIOLATION', `法律文件「${code}」不在法律依据库中`);
    expect(await unchanged()).toEqual(before);
  });

  it('refuses a local version of a national law’s code with 409', async () => {
    const before = await unchanged();
    expectFailure(
      await legal.post(
        '/api/v1/legal-documents',
        lawInput('administrative-penalty-law', { title: '中华人民共和国行政处罚法' }),
      ),
      409,
      'DUPLICATE',
    );
    expect(await unchanged()).toEqual(before);
    expect((await documents(legal, 'administrative-penalty-law')).map((d) => d.version)).toEqual([1]);
  });

  const INVALID: [string, Record<string, unknown>, string][] = [
    [
      'an effective date before the promulgation',
      { promulgatedOn: '2024-02-01', effectiveOn: '2024-01-31' },
      '施行日期不能早于公布日期',
    ],
    [
      'a repeal on the effective date',
      { effectiveOn: '2024-02-01', repealedOn: '2024-02-01' },
      '废止日期必须晚于施行日期',
    ],
    [
      'a repeal before the effective date',
      { effectiveOn: '2024-02-01', repealedOn: '2023-12-31' },
      '废止日期必须晚于施行日期',
    ],
    [
      'duplicate article ordinals',
      {
        articles: [
          { ordinal: 2, number: '第二条', text: '甲' },
          { ordinal: 2, number: '第二条', text: '乙' },
        ],
      },
      '字段「articles」条文序号不能重复',
    ],
    [
      'an article without text',
      { articles: [{ ordinal: 1, number: '第一条', text: '' }] },
      '字段「articles.0.text」必填',
    ],
    [
      'an article ordinal of 0',
      { articles: [{ ordinal: 0, number: '第零条', text: '甲' }] },
      '字段「articles.0.ordinal」数值过小：期望 number >=1',
    ],
    [
      'a code with capitals and underscores',
      { code: 'Bad_Code' },
      '字段「code」代码须为小写字母、数字和连字符',
    ],
    [
      'an unknown level',
      { level: 'decree' },
      '字段「level」无效选项：期望以下之一 "law"|"administrative_regulation"|"department_rule"|"local_regulation"|"local_rule"|"normative_document"',
    ],
    ['an impossible date', { effectiveOn: '2024-02-30' }, '字段「effectiveOn」无效ISO日期'],
    ['a missing reason', { reason: undefined }, '字段「reason」无效输入：期望 string，实际接收 undefined'],
    ['a one-character reason', { reason: '改' }, '字段「reason」请填写理由'],
  ];

  it.each(INVALID)('refuses %s with 400, saving nothing', async (_label, over, message) => {
    const code = newLawCode();
    const before = await unchanged();
    const body = expectFailure(
      await legal.post('/api/v1/legal-documents', lawInput(code, over)),
      400,
      'VALIDATION_FAILED',
      message,
    );
    if (message.startsWith('施行') || message.startsWith('废止'))
      expect(body.details).toEqual({ field: message.startsWith('施行') ? 'effectiveOn' : 'repealedOn' });
    expect(await unchanged()).toEqual(before);
    expect(await documents(legal, code)).toEqual([]);
  });

  it('refuses a new document from roles without catalog.write (403), and accepts one from the head', async () => {
    const code = newLawCode();
    for (const username of ['officer1', 'reviewer1', 'sysadmin', 'auditor']) {
      const client = await loginFrom(t, username);
      const before = await unchanged();
      expectFailure(await client.post('/api/v1/legal-documents', lawInput(code)), 403, 'FORBIDDEN');
      expect(await unchanged()).toEqual(before);
    }
    expect(await documents(legal, code)).toEqual([]);
    const head = await loginFrom(t, 'head1');
    expect(await addDocument(head, lawInput(code))).toMatchObject({ code, version: 1 });
  });
});

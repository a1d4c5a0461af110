// B3 over HTTP: POST /api/v1/discretion/evaluate — ranges of demo benchmarks per tier (fixed amounts,
// multiples of illegal income with their fallback), exact rounding, proposals inside and outside the range
// with their problem codes, the benchmark version in force on a date, and refused input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LAWS } from '../../../src/modules/catalog/demo/index.ts';
import type { Client, TestApp } from '../../helpers/app.ts';
import { createTestApp } from '../../helpers/app.ts';
import { ledgerCount, loginFrom } from '../support.ts';
import { expectFailure } from './support.ts';
import { addDays, serverToday } from '../../helpers/clock.ts';
import { demoBenchmark, demoTier } from '../../helpers/demo.ts';

interface Evaluation {
  tier: string;
  tierLabel: string;
  conditions: string[];
  penalties: string[];
  fine: { minFen: number; maxFen: number } | null;
  fineSource: 'fixed' | 'multiple' | 'fallback' | null;
  fineExplanation: string;
  citations: { law: string; article: number; paragraph?: number; item?: number }[];
  note: string | null;
}
interface EvaluateOut {
  benchmark: { code: string; version: number; effectiveFrom: string; violation: string };
  evaluation: Evaluation;
  check: {
    within: boolean;
    reasonRequired: boolean;
    problems: { code: string; message: string }[];
    range: Evaluation;
  } | null;
  citations: {
    ref: Record<string, unknown>;
    display: string;
    text: string;
    versionNote: string;
    inForce: boolean;
    needsReview: boolean;
  }[];
}

/** The article text in force today, from the demo library (the expected value of a citation). */
function article(law: string, ordinal: number) {
  const version = DEMO_LAWS.filter((l) => l.code === law && l.repealedOn === null).at(-1)!;
  const a = version.articles.find((x) => x.ordinal === ordinal)!;
  return {
    text: a.text,
    versionNote: version.versionNote,
    inForce: true,
    needsReview: a.needsReview ?? false,
  };
}

let serial = 0;

describe('discretion calculator', () => {
  let t: TestApp;
  let officer: Client;
  let legal: Client;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await loginFrom(t, 'officer1');
    legal = await loginFrom(t, 'legalhead1');
  });
  afterAll(async () => t.close());

  const evaluate = async (body: Record<string, unknown>, client = officer) => {
    const res = await client.post('/api/v1/discretion/evaluate', body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as EvaluateOut;
  };
  /** Creates a benchmark of the district with one tier and the given fine rule; returns its code. */
  async function benchmarkWith(fine: Record<string, unknown>, over: Record<string, unknown> = {}) {
    const code = `ZT-DISC-${++serial}`;
    const res = await legal.put(`/api/v1/catalog/benchmark/${code}`, {
      reason: '新增测试基准',
      baseVersion: 0,
      effectiveFrom: '2024-06-01',
      data: {
        violation: `测试违法行为${serial}`,
        category: '综合',
        violatedArticles: [{ law: 'physicians-law', article: 13 }],
        penaltyArticles: [{ law: 'physicians-law', article: 59 }],
        tiers: [{ tier: 'general', conditions: ['一般情形'], penalties: ['fine'], fine }],
      },
      ...over,
    });
    expect(res.statusCode, res.body).toBe(200);
    return code;
  }

  describe('ranges of the demo benchmarks', () => {
    it('computes a fixed range (BM-GG-001 一般处罚) with its conditions, penalties and resolved citations', async () => {
      const out = await evaluate({ benchmarkCode: 'BM-GG-001', tier: 'general' });
      expect(out).toEqual({
        // Version 2: the 2024 revision of the 公共场所卫生管理条例 split Art. 8 into two paragraphs.
        benchmark: {
          code: 'BM-GG-001',
          version: 2,
          effectiveFrom: '2025-01-20',
          violation: demoBenchmark('BM-GG-001').violation,
        },
        evaluation: {
          tier: 'general',
          tierLabel: '一般处罚',
          conditions: demoTier('BM-GG-001', 'general').conditions,
          penalties: ['warning', 'fine'],
          fine: { minFen: 200000, maxFen: 500000 },
          fineSource: 'fixed',
          fineExplanation: '罚款 2,000.00 元以上 5,000.00 元以下',
          citations: [
            { law: 'public-places-rules', article: 35, paragraph: 1 },
            { law: 'public-places-regulation', article: 14, item: 4 },
          ],
          note: demoTier('BM-GG-001', 'general').note,
        },
        check: null,
        citations: [
          {
            ref: { law: 'public-places-regulation', article: 8, paragraph: 1 },
            display: '《公共场所卫生管理条例》第八条第一款',
            ...article('public-places-regulation', 8),
          },
          {
            ref: { law: 'public-places-rules', article: 22 },
            display: '《公共场所卫生管理条例实施细则》第二十二条',
            ...article('public-places-rules', 22),
          },
          {
            ref: { law: 'public-places-rules', article: 35, paragraph: 1 },
            display: '《公共场所卫生管理条例实施细则》第三十五条第一款',
            ...article('public-places-rules', 35),
          },
          {
            ref: { law: 'public-places-regulation', article: 14, item: 4 },
            display: '《公共场所卫生管理条例》第十四条第四项',
            ...article('public-places-regulation', 14),
          },
        ],
      });
    });

    const FIXED: [string, string, { minFen: number; maxFen: number }, string, string[]][] = [
      [
        'BM-GG-001',
        'mitigated',
        { minFen: 10000, maxFen: 49900 },
        '罚款 100.00 元以上 499.00 元以下',
        ['warning', 'fine'],
      ],
      [
        'BM-GG-001',
        'lighter',
        { minFen: 50000, maxFen: 200000 },
        '罚款 500.00 元以上 2,000.00 元以下',
        ['warning', 'fine'],
      ],
      [
        'BM-GG-001',
        'heavier',
        { minFen: 500000, maxFen: 3000000 },
        '罚款 5,000.00 元以上 30,000.00 元以下',
        ['warning', 'fine'],
      ],
      ['BM-SY-001', 'lighter', { minFen: 2000, maxFen: 30000 }, '罚款 20.00 元以上 300.00 元以下', ['fine']],
      [
        'BM-YL-005',
        'heavier',
        { minFen: 5000000, maxFen: 10000000 },
        '罚款 50,000.00 元以上 100,000.00 元以下',
        ['warning', 'confiscate_income', 'revoke_licence', 'fine'],
      ],
      [
        'BM-ZY-003',
        'heavier',
        { minFen: 10000000, maxFen: 20000000 },
        '罚款 100,000.00 元以上 200,000.00 元以下',
        ['warning', 'order_suspension', 'fine'],
      ],
      [
        'BM-CR-001',
        'general',
        { minFen: 200000, maxFen: 500000 },
        '罚款 2,000.00 元以上 5,000.00 元以下',
        ['fine'],
      ],
    ];
    it.each(FIXED)(
      'computes %s %s as a fixed range',
      async (benchmarkCode, tier, fine, fineExplanation, penalties) => {
        const { evaluation } = await evaluate({ benchmarkCode, tier });
        expect({
          fine: evaluation.fine,
          fineSource: evaluation.fineSource,
          fineExplanation: evaluation.fineExplanation,
          penalties: evaluation.penalties,
          note: evaluation.note,
        }).toEqual({
          fine,
          fineSource: 'fixed',
          fineExplanation,
          penalties,
          note: demoTier(benchmarkCode, tier).note ?? null,
        });
      },
    );

    it('computes a multiple of illegal income (BM-YL-001, 5–8 and 8–14 times)', async () => {
      const lighter = await evaluate({
        benchmarkCode: 'BM-YL-001',
        tier: 'lighter',
        facts: { illegalIncomeFen: 2_000_000 },
      });
      expect(lighter.evaluation).toMatchObject({
        penalties: ['confiscate_income', 'confiscate_property', 'fine'],
        fine: { minFen: 10_000_000, maxFen: 16_000_000 },
        fineSource: 'multiple',
        fineExplanation: '违法所得 20,000.00 元的 5 倍以上 8 倍以下：100,000.00 元 — 160,000.00 元',
        note: demoTier('BM-YL-001', 'lighter').note,
      });
      // 12,345.67 yuan × 8 = 98,765.36; × 14 = 172,839.38 — to the fen.
      const general = await evaluate({
        benchmarkCode: 'BM-YL-001',
        tier: 'general',
        facts: { illegalIncomeFen: 1_234_567 },
      });
      expect(general.evaluation).toMatchObject({
        fine: { minFen: 9_876_536, maxFen: 17_283_938 },
        fineSource: 'multiple',
        fineExplanation: '违法所得 12,345.67 元的 8 倍以上 14 倍以下：98,765.36 元 — 172,839.38 元',
      });
    });

    it('falls back to the fixed range below the threshold, without income and with none established (BM-YS-001 从重)', async () => {
      const cases: [Record<string, unknown>, 'fallback' | 'multiple', string][] = [
        [
          { illegalIncomeFen: 999_999 },
          'fallback',
          '违法所得 9,999.99 元，不足 10,000.00 元：罚款 70,000.00 元以上 100,000.00 元以下',
        ],
        [{ illegalIncomeFen: 0 }, 'fallback', '没有违法所得：罚款 70,000.00 元以上 100,000.00 元以下'],
        [{}, 'fallback', '未认定违法所得，按没有违法所得处理：罚款 70,000.00 元以上 100,000.00 元以下'],
        [
          { illegalIncomeFen: null },
          'fallback',
          '未认定违法所得，按没有违法所得处理：罚款 70,000.00 元以上 100,000.00 元以下',
        ],
        // 不足一万元 excludes 10,000 itself: exactly 10,000 yuan is multiplied (7–10 times).
        [
          { illegalIncomeFen: 1_000_000 },
          'multiple',
          '违法所得 10,000.00 元的 7 倍以上 10 倍以下：70,000.00 元 — 100,000.00 元',
        ],
      ];
      for (const [facts, fineSource, fineExplanation] of cases) {
        const { evaluation } = await evaluate({ benchmarkCode: 'BM-YS-001', tier: 'heavier', facts });
        expect({
          fine: evaluation.fine,
          fineSource: evaluation.fineSource,
          fineExplanation: evaluation.fineExplanation,
        }).toEqual({ fine: { minFen: 7_000_000, maxFen: 10_000_000 }, fineSource, fineExplanation });
      }
      const above = await evaluate({
        benchmarkCode: 'BM-YS-001',
        tier: 'heavier',
        facts: { illegalIncomeFen: 3_000_000 },
      });
      expect(above.evaluation.fine).toEqual({ minFen: 21_000_000, maxFen: 30_000_000 });
    });

    it('gives no penalty for 不予处罚 and no fine for a tier without one', async () => {
      const none = await evaluate({ benchmarkCode: 'BM-YL-002', tier: 'none' });
      expect(none.evaluation).toEqual({
        tier: 'none',
        tierLabel: '不予处罚',
        conditions: demoTier('BM-YL-002', 'none').conditions,
        penalties: [],
        fine: null,
        fineSource: null,
        fineExplanation: '不予处罚',
        citations: [{ law: 'medical-institutions-regulation', article: 43, paragraph: 2 }],
        note: demoTier('BM-YL-002', 'none').note,
      });
      const noFine = await evaluate({ benchmarkCode: 'BM-YL-004', tier: 'general' });
      expect(noFine.evaluation).toMatchObject({
        penalties: ['revoke_licence'],
        fine: null,
        fineSource: null,
        fineExplanation: '本阶次不处罚款',
        note: demoTier('BM-YL-004', 'general').note,
      });
    });

    it('rounds a fractional multiple inwards to whole fen (goods value × 0.5–1.5, × 0.57)', async () => {
      const half = await benchmarkWith({
        kind: 'multiple',
        base: 'goods_value',
        minMultiple: 0.5,
        maxMultiple: 1.5,
      });
      expect(
        (await evaluate({ benchmarkCode: half, tier: 'general', facts: { goodsValueFen: 333 } })).evaluation,
      ).toMatchObject({
        fine: { minFen: 167, maxFen: 499 },
        fineSource: 'multiple',
        fineExplanation: '货值金额 3.33 元的 0.5 倍以上 1.5 倍以下：1.67 元 — 4.99 元',
      });
      const exact = await benchmarkWith({
        kind: 'multiple',
        base: 'illegal_income',
        minMultiple: 0.57,
        maxMultiple: 0.57,
      });
      expect(
        (await evaluate({ benchmarkCode: exact, tier: 'general', facts: { illegalIncomeFen: 100 } }))
          .evaluation,
      ).toMatchObject({
        fine: { minFen: 57, maxFen: 57 },
        fineExplanation: '违法所得 1.00 元的 0.57 倍：0.57 元',
      });
    });

    it('uses the version of a benchmark in force on the date asked for', async () => {
      const code = await benchmarkWith({ kind: 'fixed', minFen: 100000, maxFen: 300000 });
      const tomorrow = addDays(serverToday(), 1);
      const edit = await legal.put(`/api/v1/catalog/benchmark/${code}`, {
        reason: '提高上限',
        baseVersion: 1,
        effectiveFrom: tomorrow,
        data: {
          violation: '测试违法行为（修订）',
          category: '综合',
          violatedArticles: [{ law: 'physicians-law', article: 13 }],
          penaltyArticles: [{ law: 'physicians-law', article: 59 }],
          tiers: [
            {
              tier: 'general',
              conditions: [],
              penalties: ['fine'],
              fine: { kind: 'fixed', minFen: 100000, maxFen: 400000 },
            },
          ],
        },
      });
      expect(edit.statusCode, edit.body).toBe(200);
      const now = await evaluate({ benchmarkCode: code, tier: 'general' });
      expect({ version: now.benchmark.version, fine: now.evaluation.fine }).toEqual({
        version: 1,
        fine: { minFen: 100000, maxFen: 300000 },
      });
      const later = await evaluate({ benchmarkCode: code, tier: 'general', date: tomorrow });
      expect({ benchmark: later.benchmark, fine: later.evaluation.fine }).toEqual({
        benchmark: { code, version: 2, effectiveFrom: tomorrow, violation: '测试违法行为（修订）' },
        fine: { minFen: 100000, maxFen: 400000 },
      });
      expectFailure(
        await officer.post('/api/v1/discretion/evaluate', {
          benchmarkCode: code,
          tier: 'general',
          date: '2024-05-31',
        }),
        404,
        'NOT_FOUND',
        '裁量基准不存在或无权访问',
      );
      // A retirement dated before the scheduled version would be overridden by it: refused.
      expectFailure(
        await legal.post(`/api/v1/catalog/benchmark/${code}/retire`, { reason: '基准废止', baseVersion: 2 }),
        422,
        'RULE_VIOLATION',
      );
      // Retired from the day after: evaluated until then, not after.
      const dayAfter = addDays(tomorrow, 1);
      expect(
        (
          await legal.post(`/api/v1/catalog/benchmark/${code}/retire`, {
            reason: '基准废止',
            baseVersion: 2,
            effectiveFrom: dayAfter,
          })
        ).statusCode,
      ).toBe(200);
      expect(
        (await evaluate({ benchmarkCode: code, tier: 'general', date: tomorrow })).benchmark.version,
      ).toBe(2);
      expectFailure(
        await officer.post('/api/v1/discretion/evaluate', {
          benchmarkCode: code,
          tier: 'general',
          date: dayAfter,
        }),
        404,
        'NOT_FOUND',
      );
    });
  });

  describe('checking a proposed penalty', () => {
    const check = async (body: Record<string, unknown>) => (await evaluate(body)).check!;
    const GG001 = { benchmarkCode: 'BM-GG-001', tier: 'general' };

    it('accepts a proposal inside the range, bounds included', async () => {
      for (const fineFen of [200000, 300000, 500000]) {
        const out = await evaluate({ ...GG001, proposal: { penalties: ['warning', 'fine'], fineFen } });
        expect(out.check).toEqual({
          within: true,
          reasonRequired: false,
          problems: [],
          range: out.evaluation,
        });
      }
      // 警告 is optional beside the fine.
      expect(await check({ ...GG001, proposal: { penalties: ['fine'], fineFen: 250000 } })).toMatchObject({
        within: true,
        problems: [],
      });
    });

    const OUTSIDE: [string, Record<string, unknown>, { code: string; message: string }[]][] = [
      [
        'a fine one fen below the range',
        { ...GG001, proposal: { penalties: ['warning', 'fine'], fineFen: 199999 } },
        [{ code: 'FINE_BELOW_RANGE', message: '拟罚款 1,999.99 元低于裁量幅度下限 2,000.00 元' }],
      ],
      [
        'a fine one fen above the range',
        { ...GG001, proposal: { penalties: ['warning', 'fine'], fineFen: 500001 } },
        [{ code: 'FINE_ABOVE_RANGE', message: '拟罚款 5,000.01 元高于裁量幅度上限 5,000.00 元' }],
      ],
      [
        'no fine where the tier imposes one',
        { ...GG001, proposal: { penalties: ['warning'], fineFen: null } },
        [
          {
            code: 'FINE_MISSING',
            message: '“一般处罚”阶次应当并处罚款（2,000.00 元 — 5,000.00 元），拟处罚未包含罚款',
          },
        ],
      ],
      [
        'a fine without an amount',
        { ...GG001, proposal: { penalties: ['warning', 'fine'], fineFen: null } },
        [
          {
            code: 'FINE_MISSING',
            message: '拟处罚列有罚款但未填写金额（裁量幅度 2,000.00 元 — 5,000.00 元）',
          },
        ],
      ],
      [
        'a penalty the tier does not list',
        { ...GG001, proposal: { penalties: ['warning', 'fine', 'revoke_licence'], fineFen: 300000 } },
        [{ code: 'PENALTY_NOT_ALLOWED', message: '“一般处罚”阶次不适用“吊销许可证件”' }],
      ],
      [
        'a fine in a tier without one',
        {
          benchmarkCode: 'BM-YL-004',
          tier: 'general',
          proposal: { penalties: ['revoke_licence', 'fine'], fineFen: 100000 },
        },
        [{ code: 'FINE_NOT_ALLOWED', message: '“一般处罚”阶次不适用罚款，拟罚款 1,000.00 元' }],
      ],
      [
        'a penalty under 不予处罚',
        { benchmarkCode: 'BM-YL-002', tier: 'none', proposal: { penalties: ['warning'], fineFen: null } },
        [{ code: 'NONE_TIER_HAS_PENALTY', message: '“不予处罚”阶次不应给予行政处罚，拟处罚包含：警告' }],
      ],
      [
        'no confiscation of established illegal income',
        {
          benchmarkCode: 'BM-YL-001',
          tier: 'lighter',
          facts: { illegalIncomeFen: 2_000_000 },
          proposal: { penalties: ['confiscate_property', 'fine'], fineFen: 12_000_000 },
        },
        [
          {
            code: 'PENALTY_MISSING',
            message: '当事人有违法所得 20,000.00 元，应当没收违法所得（行政处罚法第二十八条）',
          },
        ],
      ],
      [
        'several problems at once',
        { ...GG001, proposal: { penalties: ['revoke_licence'], fineFen: 100 } },
        [
          { code: 'FINE_BELOW_RANGE', message: '拟罚款 1.00 元低于裁量幅度下限 2,000.00 元' },
          { code: 'PENALTY_NOT_ALLOWED', message: '“一般处罚”阶次不适用“吊销许可证件”' },
        ],
      ],
    ];
    it.each(OUTSIDE)('flags %s as outside the range, requiring a reason', async (_label, body, problems) => {
      expect(await check(body)).toMatchObject({ within: false, reasonRequired: true, problems });
    });

    it('accepts a multiple-based proposal with the confiscation of the income', async () => {
      const out = await check({
        benchmarkCode: 'BM-YL-001',
        tier: 'lighter',
        facts: { illegalIncomeFen: 2_000_000 },
        proposal: { penalties: ['confiscate_income', 'confiscate_property', 'fine'], fineFen: 16_000_000 },
      });
      expect(out).toMatchObject({ within: true, reasonRequired: false, problems: [] });
    });
  });

  describe('refusals', () => {
    const refused = async (body: Record<string, unknown>, status: number, code: string, message?: string) => {
      const ledger = await ledgerCount(t);
      const out = expectFailure(
        await officer.post('/api/v1/discretion/evaluate', body),
        status,
        code,
        message,
      );
      expect(await ledgerCount(t)).toBe(ledger);
      return out;
    };

    it('answers an unknown benchmark with 404', async () => {
      await refused(
        { benchmarkCode: 'BM-NOPE-001', tier: 'general' },
        404,
        'NOT_FOUND',
        '裁量基准不存在或无权访问',
      );
      // A prefix of a real code is not that code.
      await refused({ benchmarkCode: 'BM-YL-00', tier: 'general' }, 404, 'NOT_FOUND');
    });

    it('answers a tier the benchmark does not define with 422 RULE_VIOLATION', async () => {
      const body = await refused(
        { benchmarkCode: 'BM-YL-004', tier: 'heavier' },
        422,
        'RULE_VIOLATION',
        `裁量基准“${demoBenchmark('BM-YL-004').violation}”未规定“从重处罚”阶次`,
      );
      expect(body.details).toEqual({ rule: 'TIER_NOT_DEFINED' });
      await refused(
        { benchmarkCode: 'BM-GG-003', tier: 'none', proposal: { penalties: [], fineFen: null } },
        422,
        'RULE_VIOLATION',
      );
    });

    it('answers a multiple without its base fact and without a fallback with 422 FACT_REQUIRED', async () => {
      const code = await benchmarkWith({
        kind: 'multiple',
        base: 'goods_value',
        minMultiple: 1,
        maxMultiple: 3,
      });
      const body = await refused(
        { benchmarkCode: code, tier: 'general' },
        422,
        'RULE_VIOLATION',
        `裁量基准“测试违法行为${serial}”按货值金额的倍数计算罚款，请先认定货值金额`,
      );
      expect(body.details).toEqual({ rule: 'FACT_REQUIRED' });
    });

    const BAD: [string, Record<string, unknown>, string][] = [
      [
        'a negative illegal income',
        { facts: { illegalIncomeFen: -1 } },
        '字段「facts.illegalIncomeFen」数值过小：期望 number >=0',
      ],
      [
        'a fractional illegal income',
        { facts: { illegalIncomeFen: 100.5 } },
        '字段「facts.illegalIncomeFen」无效输入：期望 int，实际接收 数字',
      ],
      [
        'a negative goods value',
        { facts: { goodsValueFen: -5 } },
        '字段「facts.goodsValueFen」数值过小：期望 number >=0',
      ],
      [
        'a negative proposed fine',
        { proposal: { penalties: ['fine'], fineFen: -100 } },
        '字段「proposal.fineFen」数值过小：期望 number >=0',
      ],
      [
        'a fractional proposed fine',
        { proposal: { penalties: ['fine'], fineFen: 2000.5 } },
        '字段「proposal.fineFen」无效输入：期望 int，实际接收 数字',
      ],
      [
        'an unknown penalty in the proposal',
        { proposal: { penalties: ['flogging'], fineFen: null } },
        '字段「proposal.penalties.0」无效选项：期望以下之一 "warning"|"criticism"|"fine"|"confiscate_income"|"confiscate_property"|"suspend_licence"|"lower_qualification"|"revoke_licence"|"restrict_activity"|"order_suspension"|"order_closure"|"restrict_employment"|"detention"',
      ],
      [
        'an unknown tier',
        { tier: 'harshest' },
        '字段「tier」无效选项：期望以下之一 "none"|"mitigated"|"lighter"|"general"|"heavier"',
      ],
      [
        'a malformed benchmark code',
        { benchmarkCode: 'BM YL 001' },
        '字段「benchmarkCode」编码须为字母、数字、点、下划线或连字符',
      ],
      ['an impossible date', { date: '2025-02-29' }, '字段「date」日期格式应为 YYYY-MM-DD'],
    ];
    it.each(BAD)('refuses %s with 400', async (_label, over, message) => {
      await refused(
        { benchmarkCode: 'BM-YL-001', tier: 'general', facts: { illegalIncomeFen: 2_000_000 }, ...over },
        400,
        'VALIDATION_FAILED',
        message,
      );
    });

    it('is open to every reading role and closed to the auditor', async () => {
      for (const username of ['reviewer1', 'head1', 'sysadmin']) {
        const client = await loginFrom(t, username);
        expect(
          (await evaluate({ benchmarkCode: 'BM-GG-001', tier: 'general' }, client)).evaluation.fine,
        ).toEqual({ minFen: 200000, maxFen: 500000 });
      }
      const auditor = await loginFrom(t, 'auditor');
      expectFailure(
        await auditor.post('/api/v1/discretion/evaluate', { benchmarkCode: 'BM-GG-001', tier: 'general' }),
        403,
        'FORBIDDEN',
      );
    });
  });
});

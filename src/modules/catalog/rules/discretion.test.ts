// B3 discretion engine: ranges of every fine rule kind, exact rounding of multiples, fallbacks, and the
// proposal check with every problem code.
import { describe, expect, it } from 'vitest';
import type { DiscretionBenchmark, FineRule, TierRule } from '../model.ts';
import { checkProposal, DiscretionError, evaluateBenchmark, type DiscretionErrorCode } from './discretion.ts';
import { describeFineRule, formatYuan } from './fine-text.ts';
import { validateBenchmark } from './benchmark-validation.ts';

const YUAN = 100;

function bench(tiers: TierRule[]): DiscretionBenchmark {
  return {
    code: 'test',
    violation: '未取得医疗机构执业许可证擅自执业',
    category: '医疗卫生',
    violatedArticles: [{ law: 'basic-healthcare-law', article: 38 }],
    penaltyArticles: [{ law: 'basic-healthcare-law', article: 99, paragraph: 1 }],
    tiers,
  };
}

function fineTier(fine: FineRule, penalties: TierRule['penalties'] = ['fine']): DiscretionBenchmark {
  return bench([{ tier: 'general', conditions: ['一般情形'], penalties, fine }]);
}

function multiple(
  minMultiple: number,
  maxMultiple: number,
  base: 'illegal_income' | 'goods_value' = 'illegal_income',
): DiscretionBenchmark {
  return fineTier({ kind: 'multiple', base, minMultiple, maxMultiple });
}

function errorCode(fn: () => unknown): DiscretionErrorCode | 'no error' {
  try {
    fn();
  } catch (e) {
    if (e instanceof DiscretionError) return e.code;
    throw e;
  }
  return 'no error';
}

/** A realistic benchmark: 警告 / 罚款 fixed / multiples with the "不足一万元的" fallback. */
const CLINIC: DiscretionBenchmark = bench([
  { tier: 'none', conditions: ['初次违法且危害后果轻微并及时改正'], penalties: [], fine: null },
  { tier: 'mitigated', conditions: ['主动消除或者减轻违法行为危害后果'], penalties: ['warning'], fine: null },
  {
    tier: 'lighter',
    conditions: ['违法所得不足一万元'],
    penalties: ['warning', 'fine'],
    fine: { kind: 'fixed', minFen: 5_000 * YUAN, maxFen: 30_000 * YUAN },
  },
  {
    tier: 'general',
    conditions: ['执业时间三个月以上'],
    penalties: ['confiscate_income', 'confiscate_property', 'fine'],
    fine: {
      kind: 'multiple',
      base: 'illegal_income',
      minMultiple: 5,
      maxMultiple: 10,
      fallback: { belowFen: 10_000 * YUAN, minFen: 50_000 * YUAN, maxFen: 100_000 * YUAN },
    },
    note: '违法所得不足一万元的，按一万元计算',
  },
]);

describe('formatYuan', () => {
  it.each([
    [0, '0.00 元'],
    [1, '0.01 元'],
    [10, '0.10 元'],
    [99, '0.99 元'],
    [100, '1.00 元'],
    [123_456, '1,234.56 元'],
    [1_234_567, '12,345.67 元'],
    [100_000_000, '1,000,000.00 元'],
    [1_000_000_000_000_000, '10,000,000,000,000.00 元'],
    [Number.MAX_SAFE_INTEGER, '90,071,992,547,409.91 元'],
    [-1_234_567, '-12,345.67 元'],
  ])('%d fen → %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });

  it('refuses a fractional or unsafe amount', () => {
    expect(() => formatYuan(1.5)).toThrow(RangeError);
    expect(() => formatYuan(Number.NaN)).toThrow(RangeError);
    expect(() => formatYuan(2 ** 53)).toThrow(RangeError);
  });
});

describe('evaluateBenchmark: tiers', () => {
  it('不予处罚 has no penalty and no fine', () => {
    expect(evaluateBenchmark(CLINIC, 'none', {})).toEqual({
      tier: 'none',
      tierLabel: '不予处罚',
      conditions: ['初次违法且危害后果轻微并及时改正'],
      penalties: [],
      fine: null,
      fineSource: null,
      fineExplanation: '不予处罚',
      citations: [{ law: 'basic-healthcare-law', article: 99, paragraph: 1 }],
      note: null,
    });
  });

  it('a tier without a fine lists its other penalties', () => {
    const r = evaluateBenchmark(CLINIC, 'mitigated', {});
    expect(r.penalties).toEqual(['warning']);
    expect(r.fine).toBeNull();
    expect(r.fineSource).toBeNull();
    expect(r.fineExplanation).toBe('本阶次不处罚款');
    expect(r.tierLabel).toBe('减轻处罚');
  });

  it('returns the tier data, the penalty articles and the note', () => {
    const r = evaluateBenchmark(CLINIC, 'general', { illegalIncomeFen: 2_000_000 });
    expect(r.conditions).toEqual(['执业时间三个月以上']);
    expect(r.penalties).toEqual(['confiscate_income', 'confiscate_property', 'fine']);
    expect(r.citations).toEqual([{ law: 'basic-healthcare-law', article: 99, paragraph: 1 }]);
    expect(r.note).toBe('违法所得不足一万元的，按一万元计算');
  });

  it('returns copies, so a caller cannot change the catalogue through the result', () => {
    const r = evaluateBenchmark(CLINIC, 'general', { illegalIncomeFen: 2_000_000 });
    r.conditions.push('x');
    r.penalties.push('warning');
    r.citations[0]!.article = 1;
    expect(CLINIC.tiers[3]!.conditions).toEqual(['执业时间三个月以上']);
    expect(CLINIC.tiers[3]!.penalties).toEqual(['confiscate_income', 'confiscate_property', 'fine']);
    expect(CLINIC.penaltyArticles[0]!.article).toBe(99);
  });

  it('TIER_NOT_DEFINED when the benchmark has no such tier, with a Chinese message', () => {
    expect(errorCode(() => evaluateBenchmark(CLINIC, 'heavier', {}))).toBe('TIER_NOT_DEFINED');
    expect(() => evaluateBenchmark(CLINIC, 'heavier', {})).toThrow(
      '裁量基准“未取得医疗机构执业许可证擅自执业”未规定“从重处罚”阶次',
    );
  });

  it('adds 罚款 to the penalties when the tier has a fine rule but forgot to list it, and drops it when it has none', () => {
    const forgot = fineTier({ kind: 'fixed', minFen: 100, maxFen: 200 }, ['warning']);
    expect(evaluateBenchmark(forgot, 'general', {}).penalties).toEqual(['warning', 'fine']);
    const stray = bench([{ tier: 'general', conditions: [], penalties: ['fine', 'warning'], fine: null }]);
    expect(evaluateBenchmark(stray, 'general', {}).penalties).toEqual(['warning']);
  });
});

describe('evaluateBenchmark: fixed fines', () => {
  it('gives the bounds and the statute wording', () => {
    const r = evaluateBenchmark(CLINIC, 'lighter', {});
    expect(r.fine).toEqual({ minFen: 500_000, maxFen: 3_000_000 });
    expect(r.fineSource).toBe('fixed');
    expect(r.fineExplanation).toBe('罚款 5,000.00 元以上 30,000.00 元以下');
  });

  it('words a range from zero as "以下" and a single amount as the amount', () => {
    expect(
      evaluateBenchmark(fineTier({ kind: 'fixed', minFen: 0, maxFen: 500_000 }), 'general', {})
        .fineExplanation,
    ).toBe('罚款 5,000.00 元以下');
    expect(
      evaluateBenchmark(fineTier({ kind: 'fixed', minFen: 20_000, maxFen: 20_000 }), 'general', {})
        .fineExplanation,
    ).toBe('罚款 200.00 元');
  });

  it('ignores the facts', () => {
    expect(evaluateBenchmark(CLINIC, 'lighter', { illegalIncomeFen: 99_999_999 }).fine).toEqual({
      minFen: 500_000,
      maxFen: 3_000_000,
    });
  });

  it('INVALID_BENCHMARK for bounds in the wrong order, negative or fractional', () => {
    expect(
      errorCode(() =>
        evaluateBenchmark(fineTier({ kind: 'fixed', minFen: 200, maxFen: 100 }), 'general', {}),
      ),
    ).toBe('INVALID_BENCHMARK');
    expect(
      errorCode(() => evaluateBenchmark(fineTier({ kind: 'fixed', minFen: -1, maxFen: 100 }), 'general', {})),
    ).toBe('INVALID_BENCHMARK');
    expect(
      errorCode(() => evaluateBenchmark(fineTier({ kind: 'fixed', minFen: 0, maxFen: 10.5 }), 'general', {})),
    ).toBe('INVALID_BENCHMARK');
  });
});

describe('evaluateBenchmark: multiples', () => {
  it('computes the published example', () => {
    const r = evaluateBenchmark(multiple(2, 5), 'general', { illegalIncomeFen: 1_234_500 });
    expect(r.fine).toEqual({ minFen: 2_469_000, maxFen: 6_172_500 });
    expect(r.fineSource).toBe('multiple');
    expect(r.fineExplanation).toBe('违法所得 12,345.00 元的 2 倍以上 5 倍以下：24,690.00 元 — 61,725.00 元');
  });

  it('uses the goods value when the rule says so', () => {
    const r = evaluateBenchmark(multiple(1, 3, 'goods_value'), 'general', {
      illegalIncomeFen: 1,
      goodsValueFen: 1_000_001,
    });
    expect(r.fine).toEqual({ minFen: 1_000_001, maxFen: 3_000_003 });
    expect(r.fineExplanation).toBe('货值金额 10,000.01 元的 1 倍以上 3 倍以下：10,000.01 元 — 30,000.03 元');
  });

  it('words a single multiple and a range that collapses to one amount', () => {
    expect(evaluateBenchmark(multiple(2, 2), 'general', { illegalIncomeFen: 1_000 }).fineExplanation).toBe(
      '违法所得 10.00 元的 2 倍：20.00 元',
    );
  });

  // Rounding inwards: the lower bound rounds up, the upper bound down, so no whole-fen amount in the
  // range is below "N倍以上" or above "M倍以下".
  it.each([
    // [minMultiple, maxMultiple, base, minFen, maxFen]
    [0.5, 1.5, 12_345, 6_173, 18_517], // 6172.5 ↑, 18517.5 ↓
    [0.5, 1, 1, 1, 1], // 0.5 ↑ = 1
    [1, 5, 12_345, 12_345, 61_725],
    [1.5, 30, 3, 5, 90], // 4.5 ↑
    [1.5, 1.5, 3, 4, 4], // 4.5 holds no whole fen: collapses onto the upper bound, rounded down
    [5, 10, 12_345, 61_725, 123_450],
    [10, 30, 12_345, 123_450, 370_350],
    [30, 30, 12_347, 370_410, 370_410],
    [0.5, 0.5, 12_345, 6_172, 6_172],
    [0.2, 0.8, 1, 0, 0], // [0.2, 0.8] fen holds no whole fen
    [0, 2, 777, 0, 1_554],
    [0.001, 0.003, 1_001, 2, 3], // 1.001 ↑, 3.003 ↓
  ])('%d–%d × %d fen → %d — %d', (minMultiple, maxMultiple, base, minFen, maxFen) => {
    expect(
      evaluateBenchmark(multiple(minMultiple, maxMultiple), 'general', { illegalIncomeFen: base }).fine,
    ).toEqual({ minFen, maxFen });
  });

  it('has no floating-point drift (1.1 × 100 is 110.00000000000001 and 2.3 × 100 is 229.99999999999997 as doubles)', () => {
    expect(evaluateBenchmark(multiple(1.1, 2.3), 'general', { illegalIncomeFen: 100 }).fine).toEqual({
      minFen: 110,
      maxFen: 230,
    });
    expect(evaluateBenchmark(multiple(0.57, 0.57), 'general', { illegalIncomeFen: 100 }).fine).toEqual({
      minFen: 57,
      maxFen: 57,
    });
    expect(evaluateBenchmark(multiple(0.1, 0.3), 'general', { illegalIncomeFen: 3 }).fine).toEqual({
      minFen: 0,
      maxFen: 0,
    }); // 0.3 ↑ = 1 > 0.9 ↓ = 0: collapses
  });

  it('computes big amounts without precision loss', () => {
    expect(
      evaluateBenchmark(multiple(1.5, 30), 'general', { illegalIncomeFen: 1_000_000_000_000 }).fine,
    ).toEqual({ minFen: 1_500_000_000_000, maxFen: 30_000_000_000_000 });
    expect(
      evaluateBenchmark(multiple(0.5, 1.5), 'general', { illegalIncomeFen: 999_999_999_999 }).fine,
    ).toEqual({ minFen: 500_000_000_000, maxFen: 1_499_999_999_998 });
    const r = evaluateBenchmark(multiple(2, 5), 'general', { illegalIncomeFen: 1_000_000_000_001 });
    expect(r.fine).toEqual({ minFen: 2_000_000_000_002, maxFen: 5_000_000_000_005 });
    expect(r.fineExplanation).toBe(
      '违法所得 10,000,000,000.01 元的 2 倍以上 5 倍以下：20,000,000,000.02 元 — 50,000,000,000.05 元',
    );
    expect(
      evaluateBenchmark(multiple(1, 1), 'general', { illegalIncomeFen: Number.MAX_SAFE_INTEGER }).fine,
    ).toEqual({ minFen: Number.MAX_SAFE_INTEGER, maxFen: Number.MAX_SAFE_INTEGER });
  });

  it('INVALID_FACT when a bound leaves the safe integer range', () => {
    expect(
      errorCode(() =>
        evaluateBenchmark(multiple(1, 30), 'general', { illegalIncomeFen: Number.MAX_SAFE_INTEGER }),
      ),
    ).toBe('INVALID_FACT');
  });

  it('a zero base without a fallback gives a zero range', () => {
    const r = evaluateBenchmark(multiple(2, 5), 'general', { illegalIncomeFen: 0 });
    expect(r.fine).toEqual({ minFen: 0, maxFen: 0 });
    expect(r.fineExplanation).toBe('违法所得 0.00 元的 2 倍以上 5 倍以下：0.00 元');
  });

  it('FACT_REQUIRED when the base is absent and there is no fallback', () => {
    expect(errorCode(() => evaluateBenchmark(multiple(2, 5), 'general', {}))).toBe('FACT_REQUIRED');
    expect(errorCode(() => evaluateBenchmark(multiple(2, 5), 'general', { illegalIncomeFen: null }))).toBe(
      'FACT_REQUIRED',
    );
    // The other base does not stand in for the one the rule names.
    expect(errorCode(() => evaluateBenchmark(multiple(2, 5), 'general', { goodsValueFen: 100 }))).toBe(
      'FACT_REQUIRED',
    );
    expect(() => evaluateBenchmark(multiple(2, 5, 'goods_value'), 'general', {})).toThrow(
      '裁量基准“未取得医疗机构执业许可证擅自执业”按货值金额的倍数计算罚款，请先认定货值金额',
    );
  });

  it('INVALID_FACT for negative, fractional or non-finite amounts, either fact', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(errorCode(() => evaluateBenchmark(multiple(2, 5), 'general', { illegalIncomeFen: bad }))).toBe(
        'INVALID_FACT',
      );
      expect(
        errorCode(() =>
          evaluateBenchmark(multiple(2, 5), 'general', { illegalIncomeFen: 100, goodsValueFen: bad }),
        ),
      ).toBe('INVALID_FACT');
    }
    expect(() => evaluateBenchmark(multiple(2, 5), 'general', { illegalIncomeFen: -1 })).toThrow(
      '违法所得必须是不小于零的整数（单位：分），收到：-1',
    );
  });

  it('INVALID_BENCHMARK for multiples in the wrong order, negative or not finite', () => {
    expect(errorCode(() => evaluateBenchmark(multiple(5, 2), 'general', { illegalIncomeFen: 100 }))).toBe(
      'INVALID_BENCHMARK',
    );
    expect(errorCode(() => evaluateBenchmark(multiple(-1, 2), 'general', { illegalIncomeFen: 100 }))).toBe(
      'INVALID_BENCHMARK',
    );
    expect(
      errorCode(() => evaluateBenchmark(multiple(1, Number.NaN), 'general', { illegalIncomeFen: 100 })),
    ).toBe('INVALID_BENCHMARK');
    expect(
      errorCode(() =>
        evaluateBenchmark(multiple(1, Number.POSITIVE_INFINITY), 'general', { illegalIncomeFen: 100 }),
      ),
    ).toBe('INVALID_BENCHMARK');
  });
});

describe('evaluateBenchmark: fallback ("没有违法所得或者违法所得不足一万元的")', () => {
  const below = 10_000 * YUAN;

  it('applies when the base is absent', () => {
    for (const facts of [{}, { illegalIncomeFen: null }, { illegalIncomeFen: undefined }]) {
      const r = evaluateBenchmark(CLINIC, 'general', facts);
      expect(r.fine).toEqual({ minFen: 5_000_000, maxFen: 10_000_000 });
      expect(r.fineSource).toBe('fallback');
      expect(r.fineExplanation).toBe(
        '未认定违法所得，按没有违法所得处理：罚款 50,000.00 元以上 100,000.00 元以下',
      );
    }
  });

  it('applies when the base is zero', () => {
    const r = evaluateBenchmark(CLINIC, 'general', { illegalIncomeFen: 0 });
    expect(r.fine).toEqual({ minFen: 5_000_000, maxFen: 10_000_000 });
    expect(r.fineExplanation).toBe('没有违法所得：罚款 50,000.00 元以上 100,000.00 元以下');
  });

  it('applies one fen below the threshold (不足 excludes the amount itself)', () => {
    const r = evaluateBenchmark(CLINIC, 'general', { illegalIncomeFen: below - 1 });
    expect(r.fineSource).toBe('fallback');
    expect(r.fine).toEqual({ minFen: 5_000_000, maxFen: 10_000_000 });
    expect(r.fineExplanation).toBe(
      '违法所得 9,999.99 元，不足 10,000.00 元：罚款 50,000.00 元以上 100,000.00 元以下',
    );
  });

  it('does not apply at exactly the threshold', () => {
    const r = evaluateBenchmark(CLINIC, 'general', { illegalIncomeFen: below });
    expect(r.fineSource).toBe('multiple');
    expect(r.fine).toEqual({ minFen: 5_000_000, maxFen: 10_000_000 });
    expect(r.fineExplanation).toBe(
      '违法所得 10,000.00 元的 5 倍以上 10 倍以下：50,000.00 元 — 100,000.00 元',
    );
  });

  it('does not apply one fen above the threshold', () => {
    const r = evaluateBenchmark(CLINIC, 'general', { illegalIncomeFen: below + 1 });
    expect(r.fineSource).toBe('multiple');
    expect(r.fine).toEqual({ minFen: 5_000_005, maxFen: 10_000_010 });
  });

  it('with a zero threshold ("没有违法所得的") applies only to an absent or zero base', () => {
    const rule = fineTier({
      kind: 'multiple',
      base: 'illegal_income',
      minMultiple: 1,
      maxMultiple: 3,
      fallback: { belowFen: 0, minFen: 100_000, maxFen: 500_000 },
    });
    expect(evaluateBenchmark(rule, 'general', { illegalIncomeFen: 0 }).fineSource).toBe('fallback');
    expect(evaluateBenchmark(rule, 'general', {}).fineSource).toBe('fallback');
    expect(evaluateBenchmark(rule, 'general', { illegalIncomeFen: 1 }).fine).toEqual({
      minFen: 1,
      maxFen: 3,
    });
  });

  it('INVALID_BENCHMARK for a broken fallback range', () => {
    const rule = fineTier({
      kind: 'multiple',
      base: 'illegal_income',
      minMultiple: 1,
      maxMultiple: 3,
      fallback: { belowFen: 100, minFen: 500, maxFen: 100 },
    });
    expect(errorCode(() => evaluateBenchmark(rule, 'general', {}))).toBe('INVALID_BENCHMARK');
  });
});

describe('checkProposal', () => {
  const FIXED = evaluateBenchmark(CLINIC, 'lighter', {});
  const min = 500_000;
  const max = 3_000_000;

  it.each([
    [min, true],
    [min + 1, true],
    [max - 1, true],
    [max, true],
  ])('a fine of %d fen is within the range', (fineFen, within) => {
    const r = checkProposal(CLINIC, 'lighter', {}, { penalties: ['fine'], fineFen });
    expect(r).toEqual({ within, problems: [], reasonRequired: false, range: FIXED });
  });

  it('FINE_BELOW_RANGE one fen below the minimum', () => {
    const r = checkProposal(CLINIC, 'lighter', {}, { penalties: ['warning', 'fine'], fineFen: min - 1 });
    expect(r.within).toBe(false);
    expect(r.reasonRequired).toBe(true);
    expect(r.problems).toEqual([
      { code: 'FINE_BELOW_RANGE', message: '拟罚款 4,999.99 元低于裁量幅度下限 5,000.00 元' },
    ]);
  });

  it('FINE_ABOVE_RANGE one fen above the maximum', () => {
    const r = checkProposal(CLINIC, 'lighter', {}, { penalties: ['fine'], fineFen: max + 1 });
    expect(r.within).toBe(false);
    expect(r.reasonRequired).toBe(true);
    expect(r.problems).toEqual([
      { code: 'FINE_ABOVE_RANGE', message: '拟罚款 30,000.01 元高于裁量幅度上限 30,000.00 元' },
    ]);
  });

  it('boundaries of a computed multiple range: min−1, min, max, max+1', () => {
    const b = multiple(0.5, 1.5);
    const facts = { illegalIncomeFen: 12_345 }; // 6173 — 18517
    const at = (fineFen: number) =>
      checkProposal(b, 'general', facts, { penalties: ['fine'], fineFen }).problems.map((p) => p.code);
    expect(at(6_172)).toEqual(['FINE_BELOW_RANGE']);
    expect(at(6_173)).toEqual([]);
    expect(at(18_517)).toEqual([]);
    expect(at(18_518)).toEqual(['FINE_ABOVE_RANGE']);
  });

  it('a fine amount counts as proposed even when the penalties do not list 罚款', () => {
    expect(checkProposal(CLINIC, 'lighter', {}, { penalties: [], fineFen: min }).within).toBe(true);
    expect(
      checkProposal(CLINIC, 'lighter', {}, { penalties: [], fineFen: max + 1 }).problems.map((p) => p.code),
    ).toEqual(['FINE_ABOVE_RANGE']);
  });

  it('FINE_MISSING when the tier fines and the proposal does not', () => {
    const r = checkProposal(CLINIC, 'lighter', {}, { penalties: ['warning'], fineFen: null });
    expect(r.problems).toEqual([
      {
        code: 'FINE_MISSING',
        message: '“从轻处罚”阶次应当并处罚款（5,000.00 元 — 30,000.00 元），拟处罚未包含罚款',
      },
    ]);
    expect(
      checkProposal(CLINIC, 'lighter', {}, { penalties: ['warning'], fineFen: 0 }).problems.map(
        (p) => p.code,
      ),
    ).toEqual(['FINE_MISSING']);
  });

  it('FINE_MISSING when 罚款 is listed without an amount', () => {
    const r = checkProposal(CLINIC, 'lighter', {}, { penalties: ['fine'], fineFen: null });
    expect(r.problems).toEqual([
      { code: 'FINE_MISSING', message: '拟处罚列有罚款但未填写金额（裁量幅度 5,000.00 元 — 30,000.00 元）' },
    ]);
  });

  it('no FINE_MISSING when the computed range is 0 — 0', () => {
    const r = checkProposal(
      multiple(2, 5),
      'general',
      { illegalIncomeFen: 0 },
      { penalties: [], fineFen: null },
    );
    expect(r.within).toBe(true);
    expect(
      checkProposal(
        multiple(2, 5),
        'general',
        { illegalIncomeFen: 0 },
        { penalties: ['fine'], fineFen: 1 },
      ).problems.map((p) => p.code),
    ).toEqual(['FINE_ABOVE_RANGE']);
  });

  it('FINE_NOT_ALLOWED when the tier has no fine', () => {
    expect(
      checkProposal(CLINIC, 'mitigated', {}, { penalties: ['warning', 'fine'], fineFen: 20_000 }).problems,
    ).toEqual([{ code: 'FINE_NOT_ALLOWED', message: '“减轻处罚”阶次不适用罚款，拟罚款 200.00 元' }]);
    expect(
      checkProposal(CLINIC, 'mitigated', {}, { penalties: ['warning', 'fine'], fineFen: null }).problems,
    ).toEqual([{ code: 'FINE_NOT_ALLOWED', message: '“减轻处罚”阶次不适用罚款' }]);
    expect(
      checkProposal(CLINIC, 'mitigated', {}, { penalties: ['warning'], fineFen: 1 }).problems.map(
        (p) => p.code,
      ),
    ).toEqual(['FINE_NOT_ALLOWED']);
  });

  it('a zero fine with no 罚款 is not a fine', () => {
    expect(checkProposal(CLINIC, 'mitigated', {}, { penalties: ['warning'], fineFen: 0 }).within).toBe(true);
  });

  it('other listed penalties are optional', () => {
    expect(checkProposal(CLINIC, 'mitigated', {}, { penalties: [], fineFen: null }).within).toBe(true);
    expect(checkProposal(CLINIC, 'lighter', {}, { penalties: ['fine'], fineFen: min }).within).toBe(true);
    expect(
      checkProposal(CLINIC, 'general', { illegalIncomeFen: 0 }, { penalties: ['fine'], fineFen: 5_000_000 })
        .within,
    ).toBe(true);
  });

  it('PENALTY_NOT_ALLOWED for each kind the tier does not list', () => {
    const r = checkProposal(
      CLINIC,
      'lighter',
      {},
      { penalties: ['warning', 'fine', 'revoke_licence', 'order_closure'], fineFen: min },
    );
    expect(r.problems).toEqual([
      { code: 'PENALTY_NOT_ALLOWED', message: '“从轻处罚”阶次不适用“吊销许可证件”' },
      { code: 'PENALTY_NOT_ALLOWED', message: '“从轻处罚”阶次不适用“责令关闭”' },
    ]);
    expect(r.reasonRequired).toBe(true);
  });

  it('counts a repeated kind once', () => {
    const r = checkProposal(
      CLINIC,
      'lighter',
      {},
      { penalties: ['revoke_licence', 'revoke_licence', 'fine'], fineFen: min },
    );
    expect(r.problems.map((p) => p.code)).toEqual(['PENALTY_NOT_ALLOWED']);
  });

  it('PENALTY_MISSING when illegal income exists and the tier lists 没收违法所得', () => {
    const facts = { illegalIncomeFen: 2_000_000 }; // 20,000 yuan: multiple range 100,000 — 200,000 yuan
    const r = checkProposal(CLINIC, 'general', facts, { penalties: ['fine'], fineFen: 10_000_000 });
    expect(r.problems).toEqual([
      {
        code: 'PENALTY_MISSING',
        message: '当事人有违法所得 20,000.00 元，应当没收违法所得（行政处罚法第二十八条）',
      },
    ]);
    expect(
      checkProposal(CLINIC, 'general', facts, {
        penalties: ['confiscate_income', 'fine'],
        fineFen: 10_000_000,
      }).within,
    ).toBe(true);
    // 没收非法财物 stays optional.
    expect(
      checkProposal(CLINIC, 'general', facts, {
        penalties: ['confiscate_income', 'confiscate_property', 'fine'],
        fineFen: 20_000_000,
      }).within,
    ).toBe(true);
  });

  it('没收违法所得 is not required without illegal income', () => {
    expect(checkProposal(CLINIC, 'general', {}, { penalties: ['fine'], fineFen: 5_000_000 }).within).toBe(
      true,
    );
    expect(
      checkProposal(CLINIC, 'general', { illegalIncomeFen: 0 }, { penalties: ['fine'], fineFen: 5_000_000 })
        .within,
    ).toBe(true);
  });

  it('没收违法所得 is allowed by Art. 28 whenever there is illegal income, even if the tier omits it', () => {
    expect(
      checkProposal(
        CLINIC,
        'lighter',
        { illegalIncomeFen: 1 },
        { penalties: ['confiscate_income', 'fine'], fineFen: min },
      ).within,
    ).toBe(true);
    expect(
      checkProposal(CLINIC, 'lighter', {}, { penalties: ['confiscate_income', 'fine'], fineFen: min })
        .problems,
    ).toEqual([{ code: 'PENALTY_NOT_ALLOWED', message: '“从轻处罚”阶次不适用“没收违法所得”' }]);
  });

  it('NONE_TIER_HAS_PENALTY when anything is proposed under 不予处罚', () => {
    expect(checkProposal(CLINIC, 'none', {}, { penalties: ['warning'], fineFen: null }).problems).toEqual([
      { code: 'NONE_TIER_HAS_PENALTY', message: '“不予处罚”阶次不应给予行政处罚，拟处罚包含：警告' },
    ]);
    expect(checkProposal(CLINIC, 'none', {}, { penalties: ['warning'], fineFen: 50_000 }).problems).toEqual([
      {
        code: 'NONE_TIER_HAS_PENALTY',
        message: '“不予处罚”阶次不应给予行政处罚，拟处罚包含：警告、罚款 500.00 元',
      },
    ]);
    expect(
      checkProposal(CLINIC, 'none', {}, { penalties: ['fine'], fineFen: null }).problems.map((p) => p.code),
    ).toEqual(['NONE_TIER_HAS_PENALTY']);
    const r = checkProposal(CLINIC, 'none', {}, { penalties: [], fineFen: 1 });
    expect(r).toMatchObject({ within: false, reasonRequired: true });
  });

  it('nothing proposed under 不予处罚 is within', () => {
    expect(checkProposal(CLINIC, 'none', {}, { penalties: [], fineFen: null })).toMatchObject({
      within: true,
      problems: [],
      reasonRequired: false,
    });
    expect(checkProposal(CLINIC, 'none', {}, { penalties: [], fineFen: 0 }).within).toBe(true);
  });

  it('reports several problems at once, fine first', () => {
    const r = checkProposal(
      CLINIC,
      'general',
      { illegalIncomeFen: 2_000_000 },
      { penalties: ['fine', 'revoke_licence'], fineFen: 1 },
    );
    expect(r.problems.map((p) => p.code)).toEqual([
      'FINE_BELOW_RANGE',
      'PENALTY_NOT_ALLOWED',
      'PENALTY_MISSING',
    ]);
  });

  it('INVALID_FACT for a negative or fractional proposed fine; errors of the range propagate', () => {
    expect(errorCode(() => checkProposal(CLINIC, 'lighter', {}, { penalties: ['fine'], fineFen: -1 }))).toBe(
      'INVALID_FACT',
    );
    expect(
      errorCode(() => checkProposal(CLINIC, 'lighter', {}, { penalties: ['fine'], fineFen: 100.5 })),
    ).toBe('INVALID_FACT');
    expect(errorCode(() => checkProposal(CLINIC, 'heavier', {}, { penalties: [], fineFen: null }))).toBe(
      'TIER_NOT_DEFINED',
    );
    expect(
      errorCode(() => checkProposal(multiple(1, 2), 'general', {}, { penalties: [], fineFen: null })),
    ).toBe('FACT_REQUIRED');
  });
});

describe('describeFineRule', () => {
  it('describes every kind as published', () => {
    expect(describeFineRule(null)).toBe('不处罚款');
    expect(describeFineRule({ kind: 'fixed', minFen: 500_000, maxFen: 3_000_000 })).toBe(
      '罚款 5,000.00 元以上 30,000.00 元以下',
    );
    expect(
      describeFineRule({ kind: 'multiple', base: 'illegal_income', minMultiple: 2, maxMultiple: 5 }),
    ).toBe('违法所得 2 倍以上 5 倍以下罚款');
    expect(
      describeFineRule({ kind: 'multiple', base: 'goods_value', minMultiple: 1.5, maxMultiple: 1.5 }),
    ).toBe('货值金额 1.5 倍罚款');
    expect(describeFineRule(CLINIC.tiers[3]!.fine)).toBe(
      '违法所得 5 倍以上 10 倍以下罚款；没有违法所得或者违法所得不足 10,000.00 元的，罚款 50,000.00 元以上 100,000.00 元以下',
    );
    expect(
      describeFineRule({
        kind: 'multiple',
        base: 'illegal_income',
        minMultiple: 1,
        maxMultiple: 3,
        fallback: { belowFen: 0, minFen: 0, maxFen: 500_000 },
      }),
    ).toBe('违法所得 1 倍以上 3 倍以下罚款；没有违法所得的，罚款 5,000.00 元以下');
  });
});

describe('validateBenchmark', () => {
  it('accepts a sound benchmark', () => {
    expect(validateBenchmark(CLINIC)).toEqual([]);
  });

  it('reports missing fields and tiers', () => {
    expect(
      validateBenchmark({
        ...bench([]),
        code: ' ',
        violation: '',
        category: '',
        penaltyArticles: [],
        violatedArticles: [],
      }),
    ).toEqual([
      '缺少裁量基准编码',
      '缺少违法行为',
      '缺少所属领域',
      '缺少处罚依据条款',
      '缺少违法依据条款',
      '至少需要一个裁量阶次',
    ]);
  });

  it('reports tier problems', () => {
    const b = bench([
      { tier: 'none', conditions: [], penalties: ['warning'], fine: null },
      { tier: 'lighter', conditions: [], penalties: [], fine: null },
      {
        tier: 'lighter',
        conditions: [],
        penalties: ['warning'],
        fine: { kind: 'fixed', minFen: 200, maxFen: 100 },
      },
      { tier: 'general', conditions: [], penalties: ['fine', 'flogging' as never], fine: null },
      { tier: 'severe' as never, conditions: [], penalties: [], fine: null },
      { tier: 'heavier', conditions: [], penalties: ['fine'], fine: { kind: 'fixed', minFen: 0, maxFen: 0 } },
    ]);
    expect(validateBenchmark(b)).toEqual([
      '“不予处罚”阶次不应规定处罚种类或罚款',
      '“从轻处罚”阶次未规定任何处罚',
      '“从轻处罚”阶次重复',
      '“从轻处罚”阶次规定了罚款幅度，但处罚种类未列“罚款”',
      '“从轻处罚”阶次罚款下限高于上限',
      '“一般处罚”阶次含未知的处罚种类：flogging',
      '“一般处罚”阶次处罚种类列有“罚款”，但未规定罚款幅度',
      '未知的裁量阶次：severe',
      '“从重处罚”阶次罚款上限为零；不处罚款时应将罚款规则设为空',
    ]);
  });

  it('reports fine rule problems', () => {
    const tier = (fine: FineRule): DiscretionBenchmark => fineTier(fine);
    expect(validateBenchmark(tier({ kind: 'fixed', minFen: -1, maxFen: 1.5 }))).toEqual([
      '“一般处罚”阶次罚款下限必须是不小于零的整数（单位：分）',
      '“一般处罚”阶次罚款上限必须是不小于零的整数（单位：分）',
    ]);
    expect(
      validateBenchmark(
        tier({ kind: 'multiple', base: 'turnover' as never, minMultiple: 5, maxMultiple: 2 }),
      ),
    ).toEqual(['“一般处罚”阶次倍数基数未知：turnover', '“一般处罚”阶次最低倍数高于最高倍数']);
    expect(
      validateBenchmark(tier({ kind: 'multiple', base: 'illegal_income', minMultiple: -1, maxMultiple: 0 })),
    ).toEqual(['“一般处罚”阶次最低倍数必须是不小于零的数', '“一般处罚”阶次最高倍数为零']);
    expect(
      validateBenchmark(
        tier({ kind: 'multiple', base: 'illegal_income', minMultiple: 1, maxMultiple: Number.NaN }),
      ),
    ).toEqual(['“一般处罚”阶次最高倍数必须是不小于零的数']);
    expect(
      validateBenchmark(
        tier({
          kind: 'multiple',
          base: 'illegal_income',
          minMultiple: 1,
          maxMultiple: 2,
          fallback: { belowFen: -5, minFen: 300, maxFen: 200 },
        }),
      ),
    ).toEqual([
      '“一般处罚”阶次兜底条件“不足”金额必须是不小于零的整数（单位：分）',
      '“一般处罚”阶次兜底罚款下限高于上限',
    ]);
    expect(validateBenchmark(tier({ kind: 'percent' } as never))).toEqual([
      '“一般处罚”阶次罚款规则类型未知：percent',
    ]);
  });
});

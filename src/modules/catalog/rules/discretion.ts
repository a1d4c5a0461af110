// B3 discretion-benchmark engine (行政处罚裁量基准): violation + circumstance tier → recommended range,
// and the check of a proposed penalty against it (outside the range → written reason and legal review,
// D1). Pure: no I/O, no clock. Money is integer fen throughout; multiples are converted to exact
// rationals so that no binary floating-point error can move a bound by a fen.
import {
  PENALTY_LABELS,
  TIER_LABELS,
  type ArticleRef,
  type CaseFacts,
  type DiscretionBenchmark,
  type FineRule,
  type PenaltyKind,
  type ProposedPenalty,
  type Tier,
  type TierRule,
} from '../model.ts';
import { BASE_LABELS, exactMultiple, fixedText, formatYuan, multipleText, rangeText } from './fine-text.ts';

// ---------------------------------------------------------------------------------------------------
// Errors

export type DiscretionErrorCode = 'TIER_NOT_DEFINED' | 'FACT_REQUIRED' | 'INVALID_FACT' | 'INVALID_BENCHMARK';

/**
 * Thrown when a range cannot be computed. The codes are stable (the API maps them to 422 answers and
 * the UI to field errors); the message is Chinese and can be shown to the officer as is.
 * INVALID_BENCHMARK means the catalogue data itself is broken (see `validateBenchmark`).
 */
export class DiscretionError extends Error {
  readonly code: DiscretionErrorCode;
  constructor(code: DiscretionErrorCode, message: string) {
    super(message);
    this.name = 'DiscretionError';
    this.code = code;
  }
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function toSafeFen(value: bigint): number {
  if (value > MAX_SAFE) throw new DiscretionError('INVALID_FACT', '金额超出可计算范围');
  return Number(value);
}

// ---------------------------------------------------------------------------------------------------
// Evaluation

export type FineSource = 'fixed' | 'multiple' | 'fallback';

export interface BenchmarkEvaluation {
  tier: Tier;
  tierLabel: string;
  /** The published circumstances (情形) of the tier. */
  conditions: string[];
  /** Penalties of the tier; includes 'fine' exactly when `fine` is not null. Empty for 不予处罚. */
  penalties: PenaltyKind[];
  /** Inclusive whole-fen range, or null when the tier imposes no fine. */
  fine: { minFen: number; maxFen: number } | null;
  /** Which part of the fine rule produced `fine` (null when no fine). */
  fineSource: FineSource | null;
  /** Chinese explanation of how the range was obtained, for the discretion statement (裁量说明). */
  fineExplanation: string;
  /** Penalty articles of the benchmark (the basis to cite in the decision). */
  citations: ArticleRef[];
  note: string | null;
}

function findTier(benchmark: DiscretionBenchmark, tier: Tier): TierRule {
  const rule = benchmark.tiers.find((t) => t.tier === tier);
  if (!rule) {
    throw new DiscretionError(
      'TIER_NOT_DEFINED',
      `裁量基准“${benchmark.violation}”未规定“${TIER_LABELS[tier] ?? String(tier)}”阶次`,
    );
  }
  return rule;
}

/** A fact given in fen must be a non-negative whole number; null/undefined mean "not established". */
function checkFact(value: number | null | undefined, label: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new DiscretionError('INVALID_FACT', `${label}必须是不小于零的整数（单位：分），收到：${value}`);
  }
  return value;
}

function checkFacts(facts: CaseFacts): { illegal_income: number | null; goods_value: number | null } {
  return {
    illegal_income: checkFact(facts.illegalIncomeFen, '违法所得'),
    goods_value: checkFact(facts.goodsValueFen, '货值金额'),
  };
}

function checkFixed(minFen: number, maxFen: number, what: string): void {
  if (!Number.isSafeInteger(minFen) || !Number.isSafeInteger(maxFen) || minFen < 0 || maxFen < minFen) {
    throw new DiscretionError('INVALID_BENCHMARK', `${what}的罚款幅度无效：${minFen} — ${maxFen}（分）`);
  }
}

interface FineResult {
  fine: { minFen: number; maxFen: number };
  source: FineSource;
  explanation: string;
}

function computeFine(
  rule: FineRule,
  facts: ReturnType<typeof checkFacts>,
  benchmark: DiscretionBenchmark,
): FineResult {
  switch (rule.kind) {
    case 'fixed': {
      checkFixed(rule.minFen, rule.maxFen, `裁量基准“${benchmark.violation}”`);
      return {
        fine: { minFen: rule.minFen, maxFen: rule.maxFen },
        source: 'fixed',
        explanation: fixedText(rule.minFen, rule.maxFen),
      };
    }
    case 'multiple': {
      const label = BASE_LABELS[rule.base];
      const base = facts[rule.base];
      const fallback = rule.fallback;
      // "没有违法所得或者违法所得不足X元的": absent, zero, or strictly below X (不足 excludes X itself,
      // while 以上/以下 include their bound — 立法技术规范（试行）（一）).
      if (fallback && (base === null || base === 0 || base < fallback.belowFen)) {
        checkFixed(fallback.minFen, fallback.maxFen, `裁量基准“${benchmark.violation}”的兜底幅度`);
        let why: string;
        if (base === null) why = `未认定${label}，按没有${label}处理`;
        else if (base === 0) why = `没有${label}`;
        else why = `${label} ${formatYuan(base)}，不足 ${formatYuan(fallback.belowFen)}`;
        return {
          fine: { minFen: fallback.minFen, maxFen: fallback.maxFen },
          source: 'fallback',
          explanation: `${why}：${fixedText(fallback.minFen, fallback.maxFen)}`,
        };
      }
      if (base === null) {
        throw new DiscretionError(
          'FACT_REQUIRED',
          `裁量基准“${benchmark.violation}”按${label}的倍数计算罚款，请先认定${label}`,
        );
      }
      const lo = exactMultiple(rule.minMultiple);
      const hi = exactMultiple(rule.maxMultiple);
      if (!lo || !hi || lo.num * hi.den > hi.num * lo.den) {
        throw new DiscretionError(
          'INVALID_BENCHMARK',
          `裁量基准“${benchmark.violation}”的倍数无效：${rule.minMultiple} — ${rule.maxMultiple}`,
        );
      }
      const b = BigInt(base);
      // Round inwards: the lower bound up and the upper bound down, so that every whole-fen amount in
      // the range satisfies "N倍以上M倍以下" — a fine one fen above the statutory maximum is unlawful.
      const minExact = b * lo.num;
      let minFen = toSafeFen((minExact + lo.den - 1n) / lo.den);
      const maxFen = toSafeFen((b * hi.num) / hi.den);
      // With tiny bases the exact interval can hold no whole fen (1 fen × 0.2–0.8); the range then
      // collapses onto the upper bound, which keeps within the maximum and favours the party.
      if (minFen > maxFen) minFen = maxFen;
      const multiples =
        rule.minMultiple === rule.maxMultiple
          ? `${multipleText(rule.minMultiple)} 倍`
          : `${multipleText(rule.minMultiple)} 倍以上 ${multipleText(rule.maxMultiple)} 倍以下`;
      return {
        fine: { minFen, maxFen },
        source: 'multiple',
        explanation: `${label} ${formatYuan(base)}的 ${multiples}：${rangeText(minFen, maxFen)}`,
      };
    }
    default: {
      const unknown: never = rule;
      throw new DiscretionError('INVALID_BENCHMARK', `未知的罚款规则：${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * The recommended range of a benchmark in a tier for the given facts.
 * Penalties are normalised to the fine rule: 'fine' is listed exactly when the tier has a fine rule (the
 * model says so; `validateBenchmark` reports data where they disagree). 不予处罚 has no penalty at all.
 * Throws DiscretionError (TIER_NOT_DEFINED, FACT_REQUIRED, INVALID_FACT, INVALID_BENCHMARK).
 */
export function evaluateBenchmark(
  benchmark: DiscretionBenchmark,
  tier: Tier,
  facts: CaseFacts,
): BenchmarkEvaluation {
  const rule = findTier(benchmark, tier);
  const checked = checkFacts(facts);
  const common = {
    tier,
    tierLabel: TIER_LABELS[tier],
    conditions: [...rule.conditions],
    citations: benchmark.penaltyArticles.map((ref) => ({ ...ref })),
    note: rule.note ?? null,
  };
  if (tier === 'none') {
    return { ...common, penalties: [], fine: null, fineSource: null, fineExplanation: '不予处罚' };
  }
  const others = rule.penalties.filter((p) => p !== 'fine');
  if (rule.fine === null) {
    return { ...common, penalties: others, fine: null, fineSource: null, fineExplanation: '本阶次不处罚款' };
  }
  const result = computeFine(rule.fine, checked, benchmark);
  // Keep the published order ("警告，并处罚款"); append 'fine' only if the data forgot to list it.
  const penalties = rule.penalties.includes('fine')
    ? [...new Set(rule.penalties)]
    : [...new Set(others), 'fine' as const];
  return {
    ...common,
    penalties,
    fine: result.fine,
    fineSource: result.source,
    fineExplanation: result.explanation,
  };
}

// ---------------------------------------------------------------------------------------------------
// Checking a proposed penalty

export type ProposalProblemCode =
  | 'FINE_BELOW_RANGE'
  | 'FINE_ABOVE_RANGE'
  | 'FINE_NOT_ALLOWED'
  | 'FINE_MISSING'
  | 'PENALTY_NOT_ALLOWED'
  | 'PENALTY_MISSING'
  | 'NONE_TIER_HAS_PENALTY';

export interface ProposalProblem {
  code: ProposalProblemCode;
  message: string;
}

export interface ProposalCheck {
  /** True when the proposal has no problem at all. */
  within: boolean;
  problems: ProposalProblem[];
  /** B3: outside the range → a written reason (and, through D1 `outside_benchmark`, legal review). */
  reasonRequired: boolean;
  range: BenchmarkEvaluation;
}

function penaltyName(kind: PenaltyKind): string {
  return PENALTY_LABELS[kind] ?? String(kind);
}

/**
 * Checks a proposed penalty against the range of its tier. Semantics:
 * - 不予处罚 ('none'): nothing may be proposed — one NONE_TIER_HAS_PENALTY problem lists what was.
 * - A fine is "proposed" when `fineFen` is a positive amount or the penalties list 'fine'. Where the tier
 *   has a fine it is required (FINE_MISSING otherwise — a tier that lists 罚款 means 并处罚款, and
 *   leaving it out is lighter than the benchmark) and must lie in [min, max], bounds included (以上/以下
 *   include the bound). The exception is a computed range of 0 — 0 (multiple of a zero base with no
 *   fallback): nothing can be imposed, so nothing is required. Where the tier has no fine, any fine is
 *   FINE_NOT_ALLOWED.
 * - Other penalties listed by the tier are allowed but optional: benchmarks list what "may" be combined
 *   and the officer chooses, e.g. 警告 alone or 警告 + 通报批评. Each proposed kind the tier does not list
 *   is PENALTY_NOT_ALLOWED.
 * - 没收违法所得 is the exception: 行政处罚法第二十八条 says illegal income 应当予以没收, so when the tier
 *   lists it and illegal income > 0 it is required (PENALTY_MISSING). When income > 0 it is also allowed
 *   even if the tier omits it, for the same article applies whatever the benchmark says. The statutory
 *   exception (依法应当退赔的) is not a fact here; the officer gives it as the written reason.
 * Any problem makes the proposal outside the range, so `reasonRequired` is exactly `!within`.
 * Throws DiscretionError like `evaluateBenchmark`, and INVALID_FACT for a negative or fractional fine.
 */
export function checkProposal(
  benchmark: DiscretionBenchmark,
  tier: Tier,
  facts: CaseFacts,
  proposal: ProposedPenalty,
): ProposalCheck {
  const range = evaluateBenchmark(benchmark, tier, facts);
  const fineFen = checkFact(proposal.fineFen, '拟罚款金额');
  const proposed = new Set(proposal.penalties);
  const fineProposed = proposed.has('fine') || (fineFen !== null && fineFen > 0);
  const problems: ProposalProblem[] = [];

  if (tier === 'none') {
    if (fineProposed || proposed.size > 0) {
      const kinds = new Set(proposed);
      if (fineProposed) kinds.add('fine');
      const names = [...kinds].map((k) =>
        k === 'fine' && fineFen !== null && fineFen > 0 ? `罚款 ${formatYuan(fineFen)}` : penaltyName(k),
      );
      problems.push({
        code: 'NONE_TIER_HAS_PENALTY',
        message: `“不予处罚”阶次不应给予行政处罚，拟处罚包含：${names.join('、')}`,
      });
    }
    return { within: problems.length === 0, problems, reasonRequired: problems.length > 0, range };
  }

  const label = range.tierLabel;
  if (range.fine === null) {
    if (fineProposed) {
      const amount = fineFen !== null && fineFen > 0 ? `，拟罚款 ${formatYuan(fineFen)}` : '';
      problems.push({ code: 'FINE_NOT_ALLOWED', message: `“${label}”阶次不适用罚款${amount}` });
    }
  } else {
    const { minFen, maxFen } = range.fine;
    if (!fineProposed) {
      if (maxFen > 0) {
        problems.push({
          code: 'FINE_MISSING',
          message: `“${label}”阶次应当并处罚款（${rangeText(minFen, maxFen)}），拟处罚未包含罚款`,
        });
      }
    } else if (fineFen === null) {
      problems.push({
        code: 'FINE_MISSING',
        message: `拟处罚列有罚款但未填写金额（裁量幅度 ${rangeText(minFen, maxFen)}）`,
      });
    } else if (fineFen < minFen) {
      problems.push({
        code: 'FINE_BELOW_RANGE',
        message: `拟罚款 ${formatYuan(fineFen)}低于裁量幅度下限 ${formatYuan(minFen)}`,
      });
    } else if (fineFen > maxFen) {
      problems.push({
        code: 'FINE_ABOVE_RANGE',
        message: `拟罚款 ${formatYuan(fineFen)}高于裁量幅度上限 ${formatYuan(maxFen)}`,
      });
    }
  }

  const income = checkFact(facts.illegalIncomeFen, '违法所得') ?? 0;
  const allowed = new Set<PenaltyKind>(range.penalties);
  if (income > 0) allowed.add('confiscate_income');
  for (const kind of proposed) {
    if (kind === 'fine') continue; // judged above against the fine rule
    if (!allowed.has(kind)) {
      problems.push({ code: 'PENALTY_NOT_ALLOWED', message: `“${label}”阶次不适用“${penaltyName(kind)}”` });
    }
  }
  if (income > 0 && range.penalties.includes('confiscate_income') && !proposed.has('confiscate_income')) {
    problems.push({
      code: 'PENALTY_MISSING',
      message: `当事人有违法所得 ${formatYuan(income)}，应当没收违法所得（行政处罚法第二十八条）`,
    });
  }

  return { within: problems.length === 0, problems, reasonRequired: problems.length > 0, range };
}

// B3 benchmark validation: the problems that keep a benchmark from being published or evaluated.
import { PENALTY_KINDS, TIER_LABELS, TIERS, type DiscretionBenchmark, type FineRule } from '../model.ts';
import { exactMultiple } from './fine-text.ts';

function fenProblem(value: unknown, what: string): string | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
    ? null
    : `${what}必须是不小于零的整数（单位：分）`;
}

function fineRuleProblems(rule: FineRule, where: string): string[] {
  const problems: string[] = [];
  const kind = (rule as { kind: unknown }).kind;
  if (kind === 'fixed') {
    const r = rule as Extract<FineRule, { kind: 'fixed' }>;
    const p1 = fenProblem(r.minFen, `${where}罚款下限`);
    const p2 = fenProblem(r.maxFen, `${where}罚款上限`);
    if (p1) problems.push(p1);
    if (p2) problems.push(p2);
    if (!p1 && !p2 && r.minFen > r.maxFen) problems.push(`${where}罚款下限高于上限`);
    if (!p1 && !p2 && r.maxFen === 0) problems.push(`${where}罚款上限为零；不处罚款时应将罚款规则设为空`);
  } else if (kind === 'multiple') {
    const r = rule as Extract<FineRule, { kind: 'multiple' }>;
    if (r.base !== 'illegal_income' && r.base !== 'goods_value')
      problems.push(`${where}倍数基数未知：${String(r.base)}`);
    const lo = exactMultiple(r.minMultiple);
    const hi = exactMultiple(r.maxMultiple);
    if (!lo) problems.push(`${where}最低倍数必须是不小于零的数`);
    if (!hi) problems.push(`${where}最高倍数必须是不小于零的数`);
    if (lo && hi && lo.num * hi.den > hi.num * lo.den) problems.push(`${where}最低倍数高于最高倍数`);
    if (hi && hi.num === 0n) problems.push(`${where}最高倍数为零`);
    if (r.fallback) {
      const f = r.fallback;
      const p0 = fenProblem(f.belowFen, `${where}兜底条件“不足”金额`);
      const p1 = fenProblem(f.minFen, `${where}兜底罚款下限`);
      const p2 = fenProblem(f.maxFen, `${where}兜底罚款上限`);
      for (const p of [p0, p1, p2]) if (p) problems.push(p);
      if (!p1 && !p2 && f.minFen > f.maxFen) problems.push(`${where}兜底罚款下限高于上限`);
    }
  } else {
    problems.push(`${where}罚款规则类型未知：${String(kind)}`);
  }
  return problems;
}

/**
 * Chinese problems of a benchmark, empty when it can be published and evaluated. Catalogue editors and
 * the spreadsheet import call this before saving a version, so the engine only meets sound data.
 */
export function validateBenchmark(benchmark: DiscretionBenchmark): string[] {
  const problems: string[] = [];
  if (!benchmark.code?.trim()) problems.push('缺少裁量基准编码');
  if (!benchmark.violation?.trim()) problems.push('缺少违法行为');
  if (!benchmark.category?.trim()) problems.push('缺少所属领域');
  if (!Array.isArray(benchmark.penaltyArticles) || benchmark.penaltyArticles.length === 0)
    problems.push('缺少处罚依据条款');
  if (!Array.isArray(benchmark.violatedArticles) || benchmark.violatedArticles.length === 0)
    problems.push('缺少违法依据条款');
  if (!Array.isArray(benchmark.tiers) || benchmark.tiers.length === 0) {
    problems.push('至少需要一个裁量阶次');
    return problems;
  }
  const seen = new Set<string>();
  for (const rule of benchmark.tiers) {
    const tier = rule.tier as string;
    if (!(TIERS as readonly string[]).includes(tier)) {
      problems.push(`未知的裁量阶次：${tier}`);
      continue;
    }
    const where = `“${TIER_LABELS[rule.tier]}”阶次`;
    if (seen.has(tier)) problems.push(`${where}重复`);
    seen.add(tier);
    for (const p of rule.penalties) {
      if (!(PENALTY_KINDS as readonly string[]).includes(p))
        problems.push(`${where}含未知的处罚种类：${String(p)}`);
    }
    if (rule.tier === 'none') {
      if (rule.penalties.length > 0 || rule.fine !== null) problems.push(`${where}不应规定处罚种类或罚款`);
      continue;
    }
    if (rule.penalties.length === 0 && rule.fine === null) problems.push(`${where}未规定任何处罚`);
    if (rule.fine !== null && !rule.penalties.includes('fine'))
      problems.push(`${where}规定了罚款幅度，但处罚种类未列“罚款”`);
    if (rule.fine === null && rule.penalties.includes('fine'))
      problems.push(`${where}处罚种类列有“罚款”，但未规定罚款幅度`);
    if (rule.fine !== null) problems.push(...fineRuleProblems(rule.fine, where));
  }
  return problems;
}

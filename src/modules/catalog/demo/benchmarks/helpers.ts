// Helpers for writing benchmarks in the units statutes use (元, 倍) while the data stays in fen.
import type { ArticleRef, FineRule, PenaltyKind, Tier, TierRule } from '../../model.ts';

/** Whole yuan to fen. */
export const yuan = (amount: number): number => Math.round(amount * 100);

/** "A元以上B元以下". */
export const fixed = (minYuan: number, maxYuan: number): FineRule => ({
  kind: 'fixed',
  minFen: yuan(minYuan),
  maxFen: yuan(maxYuan),
});

/**
 * "违法所得N倍以上M倍以下；没有违法所得或者违法所得不足X元的…": `fallback` in yuan. With `belowYuan: 0` the
 * fallback applies only when there is no illegal income; "不足一万元的，按一万元计算" is a fallback of
 * N×1万 — M×1万 below 1万.
 */
export const times = (
  minMultiple: number,
  maxMultiple: number,
  fallback?: { belowYuan: number; minYuan: number; maxYuan: number },
): FineRule => {
  const rule: FineRule = { kind: 'multiple', base: 'illegal_income', minMultiple, maxMultiple };
  if (fallback)
    rule.fallback = {
      belowFen: yuan(fallback.belowYuan),
      minFen: yuan(fallback.minYuan),
      maxFen: yuan(fallback.maxYuan),
    };
  return rule;
};

/** A citation; `paragraph` (款) and `item` (项) only where the division of the article is certain. */
export const ref = (law: string, article: number, paragraph?: number, item?: number): ArticleRef => {
  const r: ArticleRef = { law, article };
  if (paragraph !== undefined) r.paragraph = paragraph;
  if (item !== undefined) r.item = item;
  return r;
};

/** One tier. 'fine' is added to the penalties exactly when a fine rule is given (the engine's contract). */
export const tier = (
  t: Tier,
  conditions: string[],
  penalties: PenaltyKind[],
  fine: FineRule | null = null,
  note?: string,
): TierRule => {
  const list = penalties.filter((p) => p !== 'fine');
  const rule: TierRule = { tier: t, conditions, penalties: fine ? [...list, 'fine'] : list, fine };
  if (note) rule.note = note;
  return rule;
};

/** 不予处罚 under 行政处罚法 Art. 33 (no penalty, only an order to correct and education). */
export const none = (
  conditions: string[],
  note = '责令改正并对当事人进行教育（行政处罚法第二十八条、第三十三条第三款）',
): TierRule => tier('none', conditions, [], null, note);

export const FIRST_OFFENCE = '初次违法且危害后果轻微，并在责令改正期限内改正的（行政处罚法第三十三条第一款）';
export const MITIGATION = '具有行政处罚法第三十二条规定的应当从轻或者减轻处罚情形，且违法情节较轻的';
export const MITIGATED_NOTE = '减轻处罚在法定最低罚款数额以下裁量，须经负责人集体讨论决定';
export const NOT_LIGHTER_OR_HEAVIER = '不具有从轻、减轻或者从重处罚情形的';
export const REPEAT_OFFENCE = '两年内因同一违法行为受过卫生健康行政部门行政处罚的';
export const OBSTRUCTION = '拒绝、阻碍执法人员检查，或者隐匿、销毁、伪造证据的';

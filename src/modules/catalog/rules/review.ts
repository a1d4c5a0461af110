// B6 legal-review catalogue (重大执法决定法制审核目录) and the D1 evaluator: does a proposed decision need
// legal review, and for which reasons. Rules are data a body edits without code; a rule applies when all
// of its conditions hold, and every applying rule is shown as a reason. Pure: no I/O.
import { CATEGORIES } from '../../bodies/index.ts';
import {
  PENALTY_KINDS,
  REVIEW_FLAG_LABELS,
  REVIEW_FLAGS,
  type DecisionFacts,
  type ReviewCondition,
  type ReviewFlag,
  type ReviewRule,
} from '../model.ts';

export interface ReviewReason {
  ruleCode: string;
  description: string;
  basis: string;
}

export interface ReviewEvaluation {
  required: boolean;
  /** Every applying rule, in catalogue order. */
  reasons: ReviewReason[];
}

function conditionHolds(condition: ReviewCondition, facts: DecisionFacts): boolean {
  switch (condition.kind) {
    case 'procedure':
      // Only 'general' exists: "一案一卷一审" reviews every penalty that is not a simple-procedure one.
      return facts.procedure === 'general';
    case 'category':
      return condition.anyOf.includes(facts.category);
    case 'penalty_kind':
      return facts.penalties.some((p) => condition.anyOf.includes(p));
    case 'fine_at_least':
      // Thresholds differ for persons and organisations; a threshold of the other party type is silent.
      return (
        facts.partyType === condition.partyType && facts.fineFen !== null && facts.fineFen >= condition.fen
      );
    case 'confiscation_at_least':
      return facts.confiscationFen !== null && facts.confiscationFen >= condition.fen;
    case 'hearing_held':
      return facts.hearingHeld;
    case 'outside_benchmark':
      return facts.outsideBenchmark;
    case 'flag':
      return facts.flags.includes(condition.flag);
    default:
      // Data from storage may carry a kind this version does not know; `validateReviewRule` refuses
      // such rules on save, and here an unknown condition does not hold rather than throwing mid-case.
      return false;
  }
}

/**
 * D1: evaluates the catalogue against a proposed decision. A rule with no condition never applies — an
 * empty rule is an editing mistake (validation refuses it), not "review everything"; a body that wants
 * everything reviewed says so with a condition (e.g. category 行政处罚 + procedure general).
 */
export function evaluateReview(rules: ReviewRule[], facts: DecisionFacts): ReviewEvaluation {
  const reasons: ReviewReason[] = [];
  for (const rule of rules) {
    if (rule.conditions.length === 0) continue;
    if (rule.conditions.every((c) => conditionHolds(c, facts))) {
      reasons.push({ ruleCode: rule.code, description: rule.description, basis: rule.basis });
    }
  }
  return { required: reasons.length > 0, reasons };
}

// ---------------------------------------------------------------------------------------------------
// Default catalogue

const ART_58 = '《中华人民共和国行政处罚法》第五十八条第一款';
const GUIDANCE_2018 =
  '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）';
const LOCAL_CATALOGUE = '本机关重大执法决定法制审核目录';

function flagRule(flag: ReviewFlag, basis: string): ReviewRule {
  return {
    code: `flag-${flag.replaceAll('_', '-')}`,
    description: REVIEW_FLAG_LABELS[flag],
    basis,
    conditions: [{ kind: 'flag', flag }],
  };
}

/** Fen per yuan: thresholds are written in yuan as the catalogue publishes them. */
const YUAN = 100;

/**
 * The catalogue a new body starts with (D1). Sources:
 * - 行政处罚法第五十八条第一款 items (一)–(四), one rule per flag, and the same cases of 国办发〔2018〕118号
 *   (which adds 可能造成重大社会影响或者引发社会风险 and 经过听证程序作出的决定).
 * - Typical health-commission catalogue entries. The amounts are CONFIGURABLE DEFAULTS, NOT NATIONAL
 *   LAW: no statute fixes them; each body sets its own in its catalogue (B6) and they are data here so
 *   that it can: fine ≥ 10,000 yuan for a natural person, ≥ 100,000 yuan for an organisation;
 *   confiscation ≥ 100,000 yuan. Likewise 吊销许可证件/降低资质等级 and 责令停产停业/责令关闭/限制从业
 *   (the heavy penalties of 行政处罚法第六十三条), suspected crime, and a penalty outside the discretion
 *   benchmark (B3).
 * - "一案一卷一审": every penalty under the general procedure — an agency option, on by default (D1); a
 *   body that turns it off removes that rule.
 * Order is the order reasons are shown: specific reasons first, the catch-all last.
 */
export const DEFAULT_REVIEW_RULES: ReviewRule[] = [
  flagRule('major_public_interest', `${ART_58}第一项`),
  flagRule('major_rights_after_hearing', `${ART_58}第二项`),
  flagRule('complex_legal_relations', `${ART_58}第三项`),
  flagRule('several_legal_relations', `${ART_58}第三项`),
  flagRule('other_law', `${ART_58}第四项`),
  flagRule('major_social_impact', GUIDANCE_2018),
  flagRule('suspected_crime', `${LOCAL_CATALOGUE}；《行政执法机关移送涉嫌犯罪案件的规定》`),
  {
    code: 'fine-person-10000',
    description: '对公民处以 10,000 元以上罚款',
    basis: `${LOCAL_CATALOGUE}（默认金额，可调整）`,
    conditions: [{ kind: 'fine_at_least', partyType: 'person', fen: 10_000 * YUAN }],
  },
  {
    code: 'fine-organisation-100000',
    description: '对法人或者其他组织处以 100,000 元以上罚款',
    basis: `${LOCAL_CATALOGUE}（默认金额，可调整）`,
    conditions: [{ kind: 'fine_at_least', partyType: 'organisation', fen: 100_000 * YUAN }],
  },
  {
    code: 'confiscation-100000',
    description: '没收违法所得、没收非法财物价值 100,000 元以上',
    basis: `${LOCAL_CATALOGUE}（默认金额，可调整）`,
    conditions: [{ kind: 'confiscation_at_least', fen: 100_000 * YUAN }],
  },
  {
    code: 'revoke-licence',
    description: '吊销许可证件或者降低资质等级',
    basis: LOCAL_CATALOGUE,
    conditions: [{ kind: 'penalty_kind', anyOf: ['revoke_licence', 'lower_qualification'] }],
  },
  {
    code: 'suspension-closure',
    description: '责令停产停业、责令关闭或者限制从业',
    basis: LOCAL_CATALOGUE,
    conditions: [
      { kind: 'penalty_kind', anyOf: ['order_suspension', 'order_closure', 'restrict_employment'] },
    ],
  },
  {
    code: 'hearing-held',
    description: '经过听证程序作出的行政执法决定',
    basis: GUIDANCE_2018,
    conditions: [{ kind: 'hearing_held' }],
  },
  {
    code: 'outside-benchmark',
    description: '拟处罚超出行政处罚裁量基准幅度',
    basis: `${LOCAL_CATALOGUE}；本机关行政处罚裁量基准适用规则`,
    conditions: [{ kind: 'outside_benchmark' }],
  },
  {
    code: 'general-procedure',
    description: '适用普通程序的行政处罚案件（一案一卷一审）',
    basis: `${LOCAL_CATALOGUE}（机关选项，默认启用）`,
    conditions: [
      { kind: 'category', anyOf: ['penalty'] },
      { kind: 'procedure', procedure: 'general' },
    ],
  },
];

// ---------------------------------------------------------------------------------------------------
// Validation

const CONDITION_KINDS = [
  'procedure',
  'category',
  'penalty_kind',
  'fine_at_least',
  'confiscation_at_least',
  'hearing_held',
  'outside_benchmark',
  'flag',
] as const;

function isFen(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function conditionProblems(raw: unknown, where: string): string[] {
  if (typeof raw !== 'object' || raw === null) return [`${where}不是有效的条件`];
  const c = raw as Record<string, unknown>;
  const kind = c.kind;
  if (typeof kind !== 'string' || !(CONDITION_KINDS as readonly string[]).includes(kind))
    return [`${where}类型未知：${String(kind)}`];
  const problems: string[] = [];
  const anyOf = (known: readonly string[], what: string): void => {
    if (!Array.isArray(c.anyOf) || c.anyOf.length === 0) {
      problems.push(`${where}至少需要一个${what}`);
      return;
    }
    for (const v of c.anyOf as unknown[]) {
      if (typeof v !== 'string' || !known.includes(v)) problems.push(`${where}含未知的${what}：${String(v)}`);
    }
  };
  switch (kind) {
    case 'procedure':
      if (c.procedure !== 'general') problems.push(`${where}程序只能是“普通程序”`);
      break;
    case 'category':
      anyOf(CATEGORIES, '执法类别');
      break;
    case 'penalty_kind':
      anyOf(PENALTY_KINDS, '处罚种类');
      break;
    case 'fine_at_least':
      if (c.partyType !== 'person' && c.partyType !== 'organisation')
        problems.push(`${where}当事人类型必须是“公民”或“法人或者其他组织”`);
      if (!isFen(c.fen)) problems.push(`${where}罚款金额必须是不小于零的整数（单位：分）`);
      break;
    case 'confiscation_at_least':
      if (!isFen(c.fen)) problems.push(`${where}没收金额必须是不小于零的整数（单位：分）`);
      break;
    case 'flag':
      if (typeof c.flag !== 'string' || !(REVIEW_FLAGS as readonly string[]).includes(c.flag))
        problems.push(`${where}情形未知：${String(c.flag)}`);
      break;
    default:
      break; // hearing_held, outside_benchmark: no parameters
  }
  return problems;
}

/**
 * Chinese problems of one rule, empty when it can be saved. Lets a body edit thresholds safely: an empty
 * rule, a negative or fractional amount, an unknown kind/flag/category, or conditions that can never
 * hold together (thresholds for both party types) are refused rather than silently never firing.
 */
export function validateReviewRule(rule: ReviewRule): string[] {
  const problems: string[] = [];
  if (typeof rule.code !== 'string' || !rule.code.trim()) problems.push('缺少规则编码');
  if (typeof rule.description !== 'string' || !rule.description.trim()) problems.push('缺少规则说明');
  if (typeof rule.basis !== 'string' || !rule.basis.trim()) problems.push('缺少审核依据');
  if (!Array.isArray(rule.conditions) || rule.conditions.length === 0) {
    problems.push('至少需要一个条件');
    return problems;
  }
  rule.conditions.forEach((c, i) => problems.push(...conditionProblems(c, `条件 ${i + 1}：`)));
  const thresholds = (rule.conditions as unknown[]).filter(
    (c): c is Extract<ReviewCondition, { kind: 'fine_at_least' }> =>
      typeof c === 'object' && c !== null && (c as { kind?: unknown }).kind === 'fine_at_least',
  );
  const partyTypes = new Set(thresholds.map((c) => c.partyType));
  if (partyTypes.size > 1)
    problems.push('条件互相矛盾：同一规则不能同时要求公民和法人或者其他组织的罚款金额');
  return problems;
}

/** Problems of a whole catalogue: each rule's, prefixed with its code, plus duplicate codes. */
export function validateReviewRules(rules: ReviewRule[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const name = typeof rule.code === 'string' && rule.code.trim() ? rule.code : '（无编码）';
    for (const p of validateReviewRule(rule)) problems.push(`规则 ${name}：${p}`);
    if (typeof rule.code === 'string' && rule.code.trim()) {
      if (seen.has(rule.code)) problems.push(`规则编码重复：${rule.code}`);
      seen.add(rule.code);
    }
  }
  return problems;
}

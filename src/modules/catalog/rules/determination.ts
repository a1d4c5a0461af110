// D1 whether a decision needs legal review, and why — evaluated when the investigation closes and again
// before the decision (a hearing held since, or a changed proposal, can make review required). Three
// layers, each reason with its citation: the statute (行政处罚法第五十八条第一款 items 一 to 四, and a
// proposal outside the discretion benchmark), which no catalogue edit can switch off; the body's B6
// catalogue (amounts per party type, licence revocation, suspension/closure, confiscation, hearing held,
// social impact …); and the body option 一案一卷一审 (every general-procedure penalty): on while the body's
// catalogue keeps a rule on the procedure — the default catalogue does; a body turns it off by retiring it.
import type { DecisionFacts, ReviewCondition, ReviewFlag, ReviewRule } from '../model.ts';
import { evaluateReview } from './review.ts';

const ART_58 = '《中华人民共和国行政处罚法》第五十八条第一款';

export type ReasonSource = 'statute' | 'catalogue' | 'option';

export interface DeterminationReason {
  code: string;
  description: string;
  basis: string;
  source: ReasonSource;
}

export interface Determination {
  required: boolean;
  reasons: DeterminationReason[];
}

export interface DeterminationInput {
  /** The body's review catalogue in force on the day. */
  rules: readonly ReviewRule[];
  facts: DecisionFacts;
}

const isOptionRule = (r: ReviewRule) => r.conditions.some((c) => c.kind === 'procedure');

/**
 * 一案一卷一审 is on while the catalogue has a rule on the procedure (the default and demo catalogues have
 * one, in the body's own words); the rule is then shown as the option.
 */
export const oneCaseOneReview = (rules: readonly ReviewRule[]) => rules.some(isOptionRule);

interface StatuteRule {
  code: string;
  description: string;
  basis: string;
  holds: (f: DecisionFacts) => boolean;
}

const hasFlag = (f: DecisionFacts, ...flags: ReviewFlag[]) => flags.some((x) => f.flags.includes(x));

/** The law's own cases, applied whatever the catalogue says. */
export const STATUTE_RULES: readonly StatuteRule[] = [
  {
    code: 'art58-1',
    description: '涉及重大公共利益',
    basis: `${ART_58}第一项`,
    holds: (f) => hasFlag(f, 'major_public_interest'),
  },
  {
    code: 'art58-2',
    description: '直接关系当事人或者第三人重大权益，经过听证程序',
    basis: `${ART_58}第二项`,
    // Both halves: the major interest is flagged by the officer, the hearing is the case's fact.
    holds: (f) => hasFlag(f, 'major_rights_after_hearing') && f.hearingHeld,
  },
  {
    code: 'art58-3',
    description: '案件情况疑难复杂、涉及多个法律关系',
    basis: `${ART_58}第三项`,
    holds: (f) => hasFlag(f, 'complex_legal_relations', 'several_legal_relations'),
  },
  {
    code: 'art58-4',
    description: '法律、法规规定应当进行法制审核的其他情形',
    basis: `${ART_58}第四项`,
    holds: (f) => hasFlag(f, 'other_law'),
  },
  {
    code: 'outside-benchmark',
    description: '拟作出的处罚超出行政处罚裁量基准的幅度',
    basis:
      '《国务院办公厅关于进一步规范行政裁量权基准制定和管理工作的意见》（国办发〔2022〕27号）；本机关行政处罚裁量基准适用规则',
    holds: (f) => f.outsideBenchmark,
  },
];

const STATUTE_FLAGS: readonly ReviewFlag[] = [
  'major_public_interest',
  'major_rights_after_hearing',
  'complex_legal_relations',
  'several_legal_relations',
  'other_law',
];

/** A condition the statute layer already decides (a category alone narrows, decides nothing). */
function coveredElsewhere(c: ReviewCondition): boolean {
  if (c.kind === 'flag') return STATUTE_FLAGS.includes(c.flag);
  return c.kind === 'outside_benchmark' || c.kind === 'category';
}

/**
 * Catalogue rules the statute layer replaces: those made only of its flags, the benchmark and categories
 * (not of categories alone). Kept, they would say the same reason twice.
 */
function supersededRule(rule: ReviewRule): boolean {
  return (
    rule.conditions.length > 0 &&
    rule.conditions.every(coveredElsewhere) &&
    rule.conditions.some((c) => c.kind !== 'category')
  );
}

export function determineReview(input: DeterminationInput): Determination {
  const { facts } = input;
  const reasons: DeterminationReason[] = STATUTE_RULES.filter((r) => r.holds(facts)).map((r) => ({
    code: r.code,
    description: r.description,
    basis: r.basis,
    source: 'statute',
  }));
  const catalogue = evaluateReview(
    input.rules.filter((r) => !supersededRule(r)),
    facts,
  );
  const optionCodes = new Set(input.rules.filter(isOptionRule).map((r) => r.code));
  for (const r of catalogue.reasons) {
    const source = optionCodes.has(r.ruleCode) ? 'option' : 'catalogue';
    reasons.push({ code: r.ruleCode, description: r.description, basis: r.basis, source });
  }
  return { required: reasons.length > 0, reasons };
}

/**
 * Before the decision: the determination again on today's facts, and the reasons that were not there when
 * the investigation closed. Review stays required once it was (a later fact cannot undo it).
 */
export function redetermine(
  atClose: Determination,
  now: Determination,
): Determination & { newReasons: DeterminationReason[] } {
  const before = new Set(atClose.reasons.map((r) => r.code));
  const newReasons = now.reasons.filter((r) => !before.has(r.code));
  return {
    required: atClose.required || now.required,
    reasons: [...atClose.reasons, ...newReasons],
    newReasons,
  };
}

// C2 the guards of the 行政处罚 procedure that several of its steps apply, and every refusal code of the
// procedure with the article it enforces.
import type { PenaltyKind } from '../../../catalog/index.ts';
import {
  LIMITATION_CITATION,
  SURCHARGE_CITATION,
  decisionDeadline,
  hearingRequestDeadline,
  isAfter,
  limitationLastDay,
} from '../../deadlines.ts';
import type { Refusal } from '../../machine.ts';
import { COMMON_CITATIONS, blank, refuser, uncovered, yuan } from '../guards.ts';
import { hearingEligible } from './hearing.ts';
import { fineOf, type DiscretionRecord, type Penalty, type PenaltyFacts } from './model.ts';

const LAW = '《中华人民共和国行政处罚法》';
export const GUARD_CITATIONS = {
  ...COMMON_CITATIONS,
  NOT_ALLOWED_IN_STATE: `${LAW}第五十四条至第六十七条（普通程序）`,
  OFFICERS_INSUFFICIENT: `${LAW}第四十二条`,
  ITEM_MISSING: `${LAW}第四条、第五十四条`,
  ITEM_ALREADY_NAMED: `${LAW}第五十四条`,
  BASIS_MISSING: `${LAW}第五十二条、第五十九条`,
  DISCRETION_FACTS_MISSING: `${LAW}第三十四条`,
  DISCRETION_REASON_REQUIRED: `${LAW}第三十四条；《国务院办公厅关于进一步规范行政裁量权基准制定和管理工作的意见》（国办发〔2022〕27号）`,
  FILING_APPROVAL_MISSING: `${LAW}第五十四条第二款`,
  DISCOVERY_DATE_MISSING: LIMITATION_CITATION,
  LIMITATION_EXPIRED: LIMITATION_CITATION,
  SIMPLE_LIMIT_EXCEEDED: `${LAW}第五十一条`,
  REASON_REQUIRED: `${LAW}第五十七条`,
  REVIEW_NOT_REQUIRED: `${LAW}第五十八条`,
  REVIEW_NOT_PASSED: `${LAW}第五十八条第一款（未经法制审核或者审核未通过的，不得作出决定）`,
  COLLECTIVE_DISCUSSION_REQUIRED: `${LAW}第五十七条第二款`,
  NOTICE_PENALTY_EMPTY: `${LAW}第四十四条`,
  NOTICE_NOT_SERVED: `${LAW}第四十四条、第六十二条`,
  HEARING_REQUEST_LATE: `${LAW}第六十四条第一项`,
  HEARING_NOT_AVAILABLE: `${LAW}第六十三条`,
  HEARING_NOTICE_TOO_LATE: `${LAW}第六十四条第二项`,
  HEARING_HOST_IS_INVESTIGATOR: `${LAW}第六十四条第四项`,
  HEARING_BEFORE_SCHEDULED_DATE: `${LAW}第六十四条第二项`,
  HEARING_PENDING: `${LAW}第六十二条、第六十五条`,
  RIGHTS_PERIOD_OPEN: `${LAW}第六十二条`,
  DECISION_PENALTY_EMPTY: `${LAW}第五十二条第二款、第五十九条`,
  DECISION_HEAVIER_THAN_NOTIFIED: `${LAW}第四十五条第二款、第六十二条`,
  DECISION_OVERDUE: `${LAW}第六十条`,
  ELECTRONIC_SERVICE_NO_CONSENT: `${LAW}第六十一条第二款`,
  PAYMENT_INSUFFICIENT: SURCHARGE_CITATION,
  NO_FINE_TO_PAY: `${LAW}第六十七条`,
  EXECUTION_NOT_FINISHED: `${LAW}第七十二条`,
  EXTENSION_AFTER_EXPIRY: `${LAW}第六十条`,
  PRESERVATION_PENDING: `${LAW}第五十六条`,
  NO_PRESERVATION: `${LAW}第五十六条`,
  REVIEW_OPINION_REQUIRED: `${LAW}第五十八条`,
} as const;
export type GuardCode = keyof typeof GUARD_CITATIONS;
export const refuse = refuser<GuardCode>(GUARD_CITATIONS);

/**
 * Art. 4, 52, 59: a penalty rests on the provisions a law gives, and the decision names the provisions
 * violated and applied — so a case names its enforcement item before 立案, and no decision is made
 * while the item's articles do not resolve.
 */
export function checkLegalBasis(facts: PenaltyFacts, forDecision: boolean): Refusal | null {
  const b = facts.legalBasis;
  if (b === null)
    return refuse('ITEM_MISSING', '请先确定本案的执法事项（违法行为所违反和处罚所依据的条款由此确定）');
  if (!forDecision) return null;
  const missing = [
    b.violated.length === 0 && '所违反的条款',
    b.applied.length === 0 && '处罚所依据的条款',
  ].filter(Boolean);
  if (missing.length > 0)
    return refuse(
      'BASIS_MISSING',
      `执法事项“${b.itemName}”在 ${b.lawDate} 施行的法律中没有${missing.join('和')}，不能作出处罚决定，请核对执法事项清单`,
    );
  return null;
}

/**
 * B3 at 调查终结: a tier chosen is justified by the facts that put the case there, and a proposal outside
 * the benchmark's range for it carries a written reason (the record flags it for legal review).
 */
export function checkDiscretion(
  facts: PenaltyFacts,
  a: {
    tier?: string | null;
    circumstances?: string;
    outsideReason?: string;
    discretion?: DiscretionRecord;
  },
): Refusal | null {
  if (!a.tier) return null;
  if (blank(a.circumstances ?? ''))
    return refuse('DISCRETION_FACTS_MISSING', '请写明认定该裁量阶次的事实和情节');
  const d = a.discretion;
  if (d && !d.within && blank(a.outsideReason ?? ''))
    return refuse(
      'DISCRETION_REASON_REQUIRED',
      `拟处罚超出裁量基准（${d.tierLabel}：${d.explanation}）：${d.problems.join('；')}。须写明理由，并经法制审核`,
    );
  if (facts.legalBasis?.benchmarkCode && !d)
    return refuse('DISCRETION_FACTS_MISSING', '未能按裁量基准计算该阶次的处罚幅度');
  return null;
}

/** Limits of 简易程序 in fen (Art. 51: 二百元 / 三千元). */
export const SIMPLE_PROCEDURE_LIMIT_FEN = { person: 20_000, organisation: 300_000 } as const;
export const SIMPLE_PROCEDURE_KINDS: readonly PenaltyKind[] = ['warning', 'fine'];

/** Art. 36: the violation was discovered within two (five) years. */
export function checkLimitation(facts: PenaltyFacts): Refusal | null {
  if (facts.violationOn === null) return null; // unknown date: the filing report must state it, not this guard
  if (facts.discoveredOn === null)
    return refuse('DISCOVERY_DATE_MISSING', '请填写违法行为的发现日期，以核对追责时效');
  const last = limitationLastDay(facts.violationOn, facts.lifeHealthHarmed);
  if (facts.discoveredOn <= last) return null;
  return refuse(
    'LIMITATION_EXPIRED',
    `违法行为于 ${facts.violationOn} 发生（终了），在${facts.lifeHealthHarmed ? '五' : '二'}年内（至 ${last}）未被发现，不再给予行政处罚`,
  );
}

/** Art. 64(1): the hearing is requested within 5 working days of the notice's service. */
export function checkHearingRequest(facts: PenaltyFacts, date: string): Refusal | null {
  if (facts.noticeServedOn === null) return refuse('NOTICE_NOT_SERVED', '尚未送达行政处罚事先告知书');
  // A notice served before the right was recorded with it was written under the default figures.
  if (!(facts.hearingOffered ?? hearingEligible(facts.proposedPenalty, facts.partyType))) {
    return refuse(
      'HEARING_NOT_AVAILABLE',
      '拟作出的行政处罚不属于当事人有权要求听证的种类或数额（较大数额罚款等）',
    );
  }
  const d = hearingRequestDeadline(facts.calendar, facts.noticeServedOn);
  const after = isAfter(d, date);
  if (after === false) return null;
  if (after === 'unknown') return uncovered(refuse, d);
  return refuse(
    'HEARING_REQUEST_LATE',
    `当事人应当在告知后五个工作日内（至 ${d.due}）提出听证申请，${date} 已逾期`,
  );
}

export function checkReviewGate(facts: PenaltyFacts): Refusal | null {
  if (!facts.reviewRequired || facts.reviewPassed) return null;
  return refuse('REVIEW_NOT_PASSED', '本案须经法制审核，审核未通过前不得作出决定');
}

export function checkCollective(facts: PenaltyFacts): Refusal | null {
  if (!facts.collectiveDiscussionRequired || facts.collectiveDiscussionHeldOn !== null) return null;
  return refuse('COLLECTIVE_DISCUSSION_REQUIRED', '本案情节复杂或者重大违法，须经行政机关负责人集体讨论决定');
}

/** Art. 62: notice served and the party heard (statement, waiver, hearing held, or the period lapsed). */
export function checkRightsPhase(facts: PenaltyFacts, date: string): Refusal | null {
  if (facts.noticeServedOn === null)
    return refuse('NOTICE_NOT_SERVED', '未向当事人送达行政处罚事先告知书，不得作出行政处罚决定');
  if (
    facts.hearingRequestedOn !== null &&
    facts.hearingHeldOn === null &&
    facts.hearingWithdrawnOn === null
  ) {
    return refuse('HEARING_PENDING', '当事人已申请听证，听证结束前不得作出行政处罚决定');
  }
  if (
    facts.statementOn !== null ||
    facts.waivedOn !== null ||
    facts.hearingHeldOn !== null ||
    facts.hearingWithdrawnOn !== null
  ) {
    return null;
  }
  const d = hearingRequestDeadline(facts.calendar, facts.noticeServedOn);
  const after = isAfter(d, date);
  if (after === true) return null;
  if (after === 'unknown') return uncovered(refuse, d);
  return refuse('RIGHTS_PERIOD_OPEN', `当事人陈述、申辩和申请听证的期限至 ${d.due} 届满，期满前不得作出决定`);
}

/** Art. 62 / 45: kinds ⊆ notified kinds and fine ≤ notified fine. */
export function checkNotHeavier(facts: PenaltyFacts, penalty: Penalty): Refusal | null {
  const notified = facts.proposedPenalty;
  if (notified === null) return refuse('NOTICE_NOT_SERVED', '未告知拟作出的行政处罚，不得作出行政处罚决定');
  const extra = penalty.kinds.filter((k) => !notified.kinds.includes(k));
  if (extra.length > 0) {
    return refuse(
      'DECISION_HEAVIER_THAN_NOTIFIED',
      `决定的处罚种类（${extra.join('、')}）未经事先告知，须重新告知`,
    );
  }
  if (fineOf(penalty) > fineOf(notified)) {
    return refuse(
      'DECISION_HEAVIER_THAN_NOTIFIED',
      `决定的罚款 ${yuan(fineOf(penalty))} 元高于告知的 ${yuan(fineOf(notified))} 元，须重新告知`,
    );
  }
  return null;
}

/** Art. 60: decided within 90 days of filing, extensions approved and pauses excluded. */
export function checkDecisionPeriod(facts: PenaltyFacts, date: string): Refusal | null {
  if (facts.filedOn === null) return null; // simple procedure or a case filed before the platform
  const d = decisionDeadline(facts.calendar, facts.filedOn, {
    extensions: facts.extensionApprovals,
    pauses: facts.pauses,
  });
  const after = isAfter(d, date);
  if (after === false) return null;
  if (after === 'unknown') return uncovered(refuse, d);
  return refuse('DECISION_OVERDUE', `作出决定的期限已于 ${d.due} 届满，须经行政机关负责人批准延长后方可决定`);
}

export function checkPenaltyShape(p: Penalty): Refusal | null {
  const fine = fineOf(p);
  if (!Number.isSafeInteger(fine) || fine < 0)
    return refuse('DECISION_PENALTY_EMPTY', '罚款金额须为非负整数（分）');
  if (fine > 0 && !p.kinds.includes('fine'))
    return refuse('DECISION_PENALTY_EMPTY', '处罚种类未包含罚款，却填写了罚款金额');
  if (p.kinds.length === 0)
    return refuse('DECISION_PENALTY_EMPTY', '处罚决定须至少包含一种处罚；不予处罚请选择“不予处罚”');
  return null;
}

// E3 and E8: when a publication is due. A 行政许可 or 行政处罚 decision within 7 working days of the decision;
// other enforcement information (行政强制, 行政检查 results, 行政征收) within 20 working days of being formed
// or changed; a withdrawal after a decision is changed, revoked or confirmed unlawful within 3 working days
// of the outcome being recorded. Working days on the C3 calendar; each answer keeps its citation.
import type { WorkingCalendar } from '../../../platform/calendar/rules.ts';

export type PublicationSubject = 'permit_decision' | 'penalty_decision' | 'other_enforcement';

export interface PublicationRule {
  workingDays: number;
  /** What the period is counted from, in the words of the rule. */
  countedFrom: string;
  citation: string;
}

const DECISIONS: PublicationRule = {
  workingDays: 7,
  countedFrom: '执法决定作出之日',
  citation:
    '《浙江省全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度实施方案》（浙政办发〔2019〕20号）“加强事后公开”；《重庆市万州区卫生健康行政执法公示制度》第二十四条',
};

export const PUBLICATION_RULES: Record<PublicationSubject, PublicationRule> = {
  permit_decision: DECISIONS,
  penalty_decision: DECISIONS,
  other_enforcement: {
    workingDays: 20,
    countedFrom: '执法信息形成或者变更之日',
    citation:
      '《中华人民共和国政府信息公开条例》第二十六条；《重庆市万州区卫生健康行政执法公示制度》第二十四条',
  },
};

/**
 * The seeds say 及时撤回 (withdraw promptly); the platform holds the publisher to 3 working days from the
 * recorded outcome (DOMAIN E8), a period a body can see and be measured against.
 */
export const WITHDRAWAL_RULE: PublicationRule = {
  workingDays: 3,
  countedFrom: '复议、诉讼等结果登记之日',
  citation: '《重庆市万州区卫生健康行政执法公示制度》第二十五条第二款（及时撤回；本平台以 3 个工作日为限）',
};

export interface PublicationDue {
  from: string;
  due: string;
  workingDays: number;
  countedFrom: string;
  citation: string;
}

function dueAfter(calendar: WorkingCalendar, rule: PublicationRule, from: string): PublicationDue {
  const { deadline } = calendar.addWorkingDays(from, rule.workingDays);
  return { from, due: deadline, ...rule };
}

/** When the publication of `subject`, formed (decided) on `from`, is due. */
export function publicationDue(calendar: WorkingCalendar, subject: PublicationSubject, from: string) {
  return dueAfter(calendar, PUBLICATION_RULES[subject], from);
}

/** When the withdrawal of a publication whose decision fell on `outcomeRecordedOn` is due. */
export function withdrawalDue(calendar: WorkingCalendar, outcomeRecordedOn: string) {
  return dueAfter(calendar, WITHDRAWAL_RULE, outcomeRecordedOn);
}

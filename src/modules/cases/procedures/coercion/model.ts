// C1 the 行政强制措施 procedure's vocabulary: states, what is sealed or seized, the stored record, the
// refusal codes with their citations, and the running seizure period (行政强制法第二十五条).
import { CITATIONS as CALENDAR_CITATIONS } from '../../../../platform/calendar/rules.ts';
import { seizureDeadline, type PauseRange } from '../../deadlines.ts';
import type { BaseFacts, Refusal } from '../../machine.ts';
import { COMMON_CITATIONS, blank, refuser } from '../guards.ts';
import { COERCION_PERIODS } from '../periods.ts';

export const COERCION_STATES = [
  'proposed',
  'urgent_pending',
  'in_force',
  'extended',
  'released',
  'disposed',
  'closed',
  'not_implemented',
  'archived',
] as const;
export type CoercionState = (typeof COERCION_STATES)[number];

export const COERCION_STATE_LABELS: Record<CoercionState, string> = {
  proposed: '拟实施',
  urgent_pending: '当场实施，待补办批准',
  in_force: '查封、扣押中',
  extended: '已延长查封、扣押期限',
  released: '已解除',
  disposed: '已依法处理（没收/销毁）',
  closed: '结案',
  not_implemented: '不予实施',
  archived: '归档',
};

export const MEASURES = ['seal', 'seize'] as const;
export type MeasureType = (typeof MEASURES)[number];
export const MEASURE_LABELS: Record<MeasureType, string> = { seal: '查封', seize: '扣押' };
export type SeizedItem = { name: string; quantity: number; unit: string };
export const TESTING_KINDS = ['test', 'inspection', 'quarantine', 'appraisal'] as const;
export type TestingKind = (typeof TESTING_KINDS)[number];
export const TESTING_LABELS: Record<TestingKind, string> = {
  test: '检测',
  inspection: '检验',
  quarantine: '检疫',
  appraisal: '技术鉴定',
};
/** Art. 28 第一款 grounds; `not_approved` is the head's refusal of an urgent measure (Art. 19). */
export const RELEASE_GROUNDS = ['no_violation', 'unrelated', 'handled', 'expired', 'other'] as const;
export type ReleaseGround = (typeof RELEASE_GROUNDS)[number] | 'not_approved';

/** Art. 18 on-site steps, recorded with the decision or the urgent measure. */
export interface OnSite {
  measure: MeasureType;
  items: SeizedItem[];
  reason: string;
  basis: string;
  certificatesShown: boolean;
  partyPresent: boolean;
  witness: string | null;
  partyInformed: boolean;
  onSiteRecord: boolean;
}

/** Art. 25: decided by the head before the period ends, told to the party in writing with reasons. */
export type Extension = {
  decidedOn: string;
  days: number;
  approvedBy: string;
  reason: string;
  notifiedOn: string;
};

export interface CoercionRecord {
  measure: MeasureType | null;
  items: SeizedItem[];
  reason: string | null;
  basis: string | null;
  partyPresent: boolean;
  witness: string | null;
  urgent: boolean;
  /** Day of the decision (or of the urgent measure): the 30 days count from here. */
  decidedOn: string | null;
  approvedBy: string | null;
  approvedOn: string | null;
  reportedOn: string | null;
  extension: Extension | null;
  testing: { kind: TestingKind; from: string; to: string; notifiedOn: string }[];
  releasedOn: string | null;
  releaseGround: ReleaseGround | null;
  releaseReason: string | null;
  returnedOn: string | null;
  disposedOn: string | null;
  disposal: 'confiscate' | 'destroy' | null;
  penaltyDecisionRef: string | null;
  declinedReason: string | null;
  closedOn: string | null;
  archivedOn: string | null;
}
export type CoercionFacts = BaseFacts & CoercionRecord;

export function emptyCoercionRecord(): CoercionRecord {
  return {
    measure: null,
    items: [],
    reason: null,
    basis: null,
    partyPresent: false,
    witness: null,
    urgent: false,
    decidedOn: null,
    approvedBy: null,
    approvedOn: null,
    reportedOn: null,
    extension: null,
    testing: [],
    releasedOn: null,
    releaseGround: null,
    releaseReason: null,
    returnedOn: null,
    disposedOn: null,
    disposal: null,
    penaltyDecisionRef: null,
    declinedReason: null,
    closedOn: null,
    archivedOn: null,
  };
}

const LAW = '《中华人民共和国行政强制法》';
export const GUARD_CITATIONS = {
  ...COMMON_CITATIONS,
  CALENDAR_NOT_COVERED: CALENDAR_CITATIONS.calendarRollover,
  NOT_ALLOWED_IN_STATE: `${LAW}第十八条、第十九条、第二十四条至第二十八条`,
  OFFICERS_INSUFFICIENT: `${LAW}第十七条第三款、第十八条第二项`,
  APPROVAL_MISSING: `${LAW}第十八条第一项`,
  CERTIFICATE_NOT_SHOWN: `${LAW}第十八条第三项`,
  PARTY_OR_WITNESS_MISSING: `${LAW}第十八条第四项、第九项`,
  PARTY_NOT_INFORMED: `${LAW}第十八条第五项、第六项`,
  ON_SITE_RECORD_MISSING: `${LAW}第十八条第七项、第八项`,
  ITEMS_EMPTY: `${LAW}第二十四条第二款第三项`,
  DECISION_REASON_MISSING: `${LAW}第二十四条第二款第二项`,
  URGENT_APPROVAL_MISSING: `${LAW}第十九条`,
  URGENT_REPORT_LATE: `${LAW}第十九条`,
  EXTENSION_ALREADY_USED: `${LAW}第二十五条第一款`,
  EXTENSION_TOO_LONG: `${LAW}第二十五条第一款`,
  EXTENSION_AFTER_EXPIRY: `${LAW}第二十五条第一款`,
  EXTENSION_APPROVAL_MISSING: `${LAW}第二十五条第一款`,
  EXTENSION_REASON_MISSING: `${LAW}第二十五条第二款`,
  TESTING_NOT_NOTIFIED: `${LAW}第二十五条第三款`,
  TESTING_AFTER_EXPIRY: `${LAW}第二十五条`,
  SEIZURE_EXPIRED: `${LAW}第二十七条、第二十八条第一款第四项`,
  DISPOSAL_BASIS_MISSING: `${LAW}第二十七条`,
  RELEASE_REASON_MISSING: `${LAW}第二十八条第一款`,
  ITEMS_NOT_RETURNED: `${LAW}第二十八条第二款`,
  ITEMS_ALREADY_RETURNED: `${LAW}第二十八条第二款`,
  DECLINE_REASON_MISSING: '本平台规则：不予实施须写明理由（执法全过程记录 C8）',
} as const;
export type CoercionGuardCode = keyof typeof GUARD_CITATIONS;
export const refuse = refuser<CoercionGuardCode>(GUARD_CITATIONS);

/** The periods a released or disposed measure leaves behind. */
export const ALL_KEYS = [COERCION_PERIODS.seizure.key, COERCION_PERIODS.urgent_report.key];

export const pausesOf = (f: CoercionRecord): PauseRange[] =>
  f.testing.map((t) => ({ from: t.from, to: t.to, reason: TESTING_LABELS[t.kind] }));

/** The running seizure period: from the decision, with the extension and the testing periods. */
export function currentSeizure(f: CoercionFacts, extra: PauseRange[] = []) {
  if (f.decidedOn === null) throw new RangeError('尚未记录查封、扣押决定日期');
  return seizureDeadline(f.calendar, f.decidedOn, {
    extensionDays: f.extension?.days ?? 0,
    pauses: [...pausesOf(f), ...extra],
  });
}

/** Art. 18 and 24: what the officers do and record on the spot, and what the decision states. */
export function checkOnSite(a: OnSite): Refusal | null {
  if (!a.certificatesShown) return refuse('CERTIFICATE_NOT_SHOWN', '实施查封、扣押须出示执法身份证件');
  if (!a.partyPresent && blank(a.witness)) {
    return refuse(
      'PARTY_OR_WITNESS_MISSING',
      '须通知当事人到场；当事人不到场的，应当邀请见证人到场并在现场笔录上签名或者盖章',
    );
  }
  if (!a.partyInformed)
    return refuse(
      'PARTY_NOT_INFORMED',
      '须当场告知当事人采取措施的理由、依据以及依法享有的权利、救济途径，并听取陈述和申辩',
    );
  if (!a.onSiteRecord)
    return refuse('ON_SITE_RECORD_MISSING', '须制作现场笔录，由当事人和执法人员签名或者盖章');
  if (a.items.length === 0)
    return refuse(
      'ITEMS_EMPTY',
      `${MEASURE_LABELS[a.measure]}决定书和清单须载明场所、设施或者财物的名称、数量`,
    );
  if (blank(a.reason) || blank(a.basis))
    return refuse('DECISION_REASON_MISSING', `${MEASURE_LABELS[a.measure]}决定书须载明理由和依据`);
  return null;
}

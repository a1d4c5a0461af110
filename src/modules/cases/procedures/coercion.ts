// C1 the 行政强制措施 procedure (查封、扣押) as a `ProcedureMachine`, 《中华人民共和国行政强制法》:
// Art. 17–18 (qualified officers, two of them, head's prior approval, certificates shown, party or
// witness present, party told and heard, 现场笔录), Art. 19 (urgent measures on the spot: report to the
// head within 24 hours and obtain approval, or release at once), Art. 24 (decision naming the items),
// Art. 25 (30 days, one approved extension of at most 30 days; 检测、检验、检疫、技术鉴定 periods excluded
// and told to the party), Art. 27 (disposal within the period), Art. 28 (release and return of items).
// Dates are `YYYY-MM-DD` legal dates.
import { z } from 'zod';
import { CITATIONS as CALENDAR_CITATIONS } from '../../../platform/calendar/rules.ts';
import {
  SEIZURE_MAX_EXTENSION_DAYS,
  addDays,
  parseDate,
  seizureDeadline,
  type PauseRange,
} from '../deadlines.ts';
import type { BaseFacts, ProcedureMachine, Refusal } from '../machine.ts';
import {
  COMMON_CITATIONS,
  blank,
  buildMachine,
  checkOfficers,
  dateField,
  refuseIfAfter,
  refuser,
  textField,
  type Outcome,
} from './guards.ts';
import { COERCION_PERIODS, fixedDeadline } from './periods.ts';

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

export type MeasureType = 'seal' | 'seize';
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
interface OnSite {
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

export type CoercionAction =
  | ({ type: 'decide'; decidedOn: string; approvedBy: string } & OnSite)
  | ({ type: 'decide_urgent'; implementedOn: string } & OnSite)
  | { type: 'approve_urgent'; approvedOn: string; reportedOn: string; approvedBy: string }
  | { type: 'disapprove_urgent'; on: string; approvedBy: string; reason: string }
  | ({ type: 'extend' } & Extension)
  | { type: 'record_testing'; kind: TestingKind; from: string; to: string; notifiedOn: string | null }
  | {
      type: 'release';
      releasedOn: string;
      ground: (typeof RELEASE_GROUNDS)[number];
      reason: string;
      returnedOn: string | null;
    }
  | { type: 'return_items'; returnedOn: string }
  | { type: 'dispose'; decidedOn: string; disposal: 'confiscate' | 'destroy'; penaltyDecisionRef: string }
  | { type: 'decline'; on: string; reason: string }
  | { type: 'close'; on: string }
  | { type: 'archive'; on: string };
export type CoercionActionType = CoercionAction['type'];

export const COERCION_ACTION_LABELS: Record<CoercionActionType, string> = {
  decide: '作出查封、扣押决定',
  decide_urgent: '情况紧急当场实施',
  approve_urgent: '报告负责人并补办批准',
  disapprove_urgent: '负责人不予批准并立即解除',
  extend: '延长查封、扣押期限',
  record_testing: '登记检测、检验、检疫或技术鉴定期间',
  release: '解除查封、扣押',
  return_items: '退还财物/启封',
  dispose: '依法没收或销毁',
  decline: '不予实施',
  close: '结案',
  archive: '归档',
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
type Facts = BaseFacts & CoercionRecord;

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
const refuse = refuser<CoercionGuardCode>(GUARD_CITATIONS);

export const ACTIONS_FROM: Readonly<Record<CoercionState, readonly CoercionActionType[]>> = {
  proposed: ['decide', 'decide_urgent', 'decline'],
  urgent_pending: ['approve_urgent', 'disapprove_urgent', 'release'],
  in_force: ['record_testing', 'extend', 'dispose', 'release'],
  extended: ['record_testing', 'extend', 'dispose', 'release'],
  released: ['return_items', 'close'],
  disposed: ['close'],
  closed: ['archive'],
  not_implemented: ['archive'],
  archived: [],
};

const item = z.object({
  name: textField('物品名称', 100).min(1, '物品名称不能为空'),
  quantity: z.number().positive('数量须大于零').max(1e9, '数量过大'),
  unit: textField('计量单位', 20).min(1, '计量单位不能为空'),
});
const onSite = {
  measure: z.enum(['seal', 'seize']),
  items: z.array(item).max(500, '物品清单不得超过 500 项'),
  reason: textField('理由'),
  basis: textField('依据'),
  certificatesShown: z.boolean(),
  partyPresent: z.boolean(),
  witness: textField('见证人', 50).nullable(),
  partyInformed: z.boolean(),
  onSiteRecord: z.boolean(),
};
const head = textField('负责人', 50);

export const coercionActionSchema: z.ZodType<CoercionAction> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('decide'), decidedOn: dateField('决定日期'), approvedBy: head, ...onSite }),
  z.object({ type: z.literal('decide_urgent'), implementedOn: dateField('实施日期'), ...onSite }),
  z.object({
    type: z.literal('approve_urgent'),
    approvedOn: dateField('批准日期'),
    reportedOn: dateField('报告日期'),
    approvedBy: head,
  }),
  z.object({
    type: z.literal('disapprove_urgent'),
    on: dateField('日期'),
    approvedBy: head,
    reason: textField('理由'),
  }),
  z.object({
    type: z.literal('extend'),
    decidedOn: dateField('延长决定日期'),
    days: z
      .number()
      .int('延长天数须为整数')
      .min(1, '延长天数至少 1 日')
      .max(SEIZURE_MAX_EXTENSION_DAYS, '延长期限不得超过三十日'),
    approvedBy: head,
    reason: textField('理由'),
    notifiedOn: dateField('书面告知日期'),
  }),
  z.object({
    type: z.literal('record_testing'),
    kind: z.enum(TESTING_KINDS),
    from: dateField('开始日期'),
    to: dateField('结束日期'),
    notifiedOn: dateField('书面告知日期').nullable(),
  }),
  z.object({
    type: z.literal('release'),
    releasedOn: dateField('解除日期'),
    ground: z.enum(RELEASE_GROUNDS),
    reason: textField('理由'),
    returnedOn: dateField('退还日期').nullable(),
  }),
  z.object({ type: z.literal('return_items'), returnedOn: dateField('退还日期') }),
  z.object({
    type: z.literal('dispose'),
    decidedOn: dateField('处理决定日期'),
    disposal: z.enum(['confiscate', 'destroy']),
    penaltyDecisionRef: textField('处理决定文号', 100),
  }),
  z.object({ type: z.literal('decline'), on: dateField('日期'), reason: textField('理由') }),
  z.object({ type: z.literal('close'), on: dateField('结案日期') }),
  z.object({ type: z.literal('archive'), on: dateField('归档日期') }),
]);

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

function actionDates(a: CoercionAction): string[] {
  switch (a.type) {
    case 'decide':
    case 'dispose':
      return [a.decidedOn];
    case 'extend':
      return [a.decidedOn, a.notifiedOn];
    case 'decide_urgent':
      return [a.implementedOn];
    case 'approve_urgent':
      return [a.approvedOn, a.reportedOn];
    case 'record_testing':
      return a.notifiedOn === null ? [a.from] : [a.from, a.notifiedOn]; // `to` is the announced end
    case 'release':
      return a.returnedOn === null ? [a.releasedOn] : [a.releasedOn, a.returnedOn];
    case 'return_items':
      return [a.returnedOn];
    case 'disapprove_urgent':
    case 'decline':
    case 'close':
    case 'archive':
      return [a.on];
  }
}

const pausesOf = (f: CoercionRecord): PauseRange[] =>
  f.testing.map((t) => ({ from: t.from, to: t.to, reason: TESTING_LABELS[t.kind] }));

/** The running seizure period: from the decision, with the extension and the testing periods. */
function currentSeizure(f: Facts, extra: PauseRange[] = []) {
  if (f.decidedOn === null) throw new RangeError('尚未记录查封、扣押决定日期');
  return seizureDeadline(f.calendar, f.decidedOn, {
    extensionDays: f.extension?.days ?? 0,
    pauses: [...pausesOf(f), ...extra],
  });
}

function checkOnSite(a: OnSite): Refusal | null {
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

function precheck(state: CoercionState, f: Facts, type: CoercionActionType, date: string): Refusal | null {
  switch (type) {
    case 'decide':
    case 'decide_urgent':
      return checkOfficers(refuse, 'OFFICERS_INSUFFICIENT', f, date);
    case 'extend': {
      if (state === 'extended' || f.extension !== null) {
        return refuse(
          'EXTENSION_ALREADY_USED',
          `查封、扣押期限已于 ${f.extension?.decidedOn ?? '此前'} 延长，只能延长一次`,
        );
      }
      return refuseIfAfter(refuse, currentSeizure(f), date, (due) =>
        refuse('EXTENSION_AFTER_EXPIRY', `查封、扣押期限已于 ${due} 届满，不能再延长，应当解除`),
      );
    }
    case 'record_testing':
      return refuseIfAfter(refuse, currentSeizure(f), date, (due) =>
        refuse('TESTING_AFTER_EXPIRY', `查封、扣押期限已于 ${due} 届满，检测等期间不能使已届满的期限恢复`),
      );
    case 'dispose':
      return refuseIfAfter(refuse, currentSeizure(f), date, (due) =>
        refuse('SEIZURE_EXPIRED', `查封、扣押期限已于 ${due} 届满，应当解除查封、扣押`),
      );
    case 'return_items':
      return f.returnedOn === null ? null : refuse('ITEMS_ALREADY_RETURNED', `财物已于 ${f.returnedOn} 退还`);
    case 'close':
      if (state === 'released' && f.returnedOn === null)
        return refuse('ITEMS_NOT_RETURNED', '解除查封、扣押应当立即退还财物（启封），退还后方可结案');
      return null;
    case 'approve_urgent':
    case 'disapprove_urgent':
    case 'release':
    case 'decline':
    case 'archive':
      return null;
  }
}

const ALL_KEYS = [COERCION_PERIODS.seizure.key, COERCION_PERIODS.urgent_report.key];

function apply(state: CoercionState, f: Facts, a: CoercionAction): Outcome<CoercionState> {
  const cal = f.calendar;
  switch (a.type) {
    case 'decide': {
      if (blank(a.approvedBy))
        return refuse(
          'APPROVAL_MISSING',
          '实施查封、扣押前须向行政机关负责人报告并经批准；情况紧急的请选择“当场实施”',
        );
      const r = checkOnSite(a);
      if (r) return r;
      return { next: 'in_force', opened: [seizureDeadline(cal, a.decidedOn, { pauses: pausesOf(f) })] };
    }
    case 'decide_urgent': {
      const r = checkOnSite(a);
      if (r) return r;
      return {
        next: 'urgent_pending',
        opened: [
          seizureDeadline(cal, a.implementedOn, { pauses: pausesOf(f) }),
          fixedDeadline(COERCION_PERIODS.urgent_report, a.implementedOn, addDays(a.implementedOn, 1)),
        ],
      };
    }
    case 'approve_urgent': {
      if (blank(a.approvedBy))
        return refuse('URGENT_APPROVAL_MISSING', '当场实施后须补办行政机关负责人批准手续');
      const from = f.decidedOn ?? a.reportedOn;
      if (a.reportedOn < from || a.approvedOn < a.reportedOn) {
        return refuse('DATE_ORDER', `报告日期不得早于实施日期（${from}），批准日期不得早于报告日期`);
      }
      const last = addDays(from, 1);
      if (a.reportedOn > last) {
        return refuse(
          'URGENT_REPORT_LATE',
          `当场实施后应当在二十四小时内（至迟 ${last}）向行政机关负责人报告，${a.reportedOn} 已逾期，应当解除`,
        );
      }
      return { next: 'in_force', closed: [COERCION_PERIODS.urgent_report.key] };
    }
    case 'disapprove_urgent':
      if (blank(a.approvedBy))
        return refuse('URGENT_APPROVAL_MISSING', '须记录作出不予批准决定的行政机关负责人');
      if (blank(a.reason)) return refuse('RELEASE_REASON_MISSING', '解除须写明理由');
      return { next: 'released', closed: ALL_KEYS };
    case 'extend': {
      if (!Number.isInteger(a.days) || a.days < 1 || a.days > SEIZURE_MAX_EXTENSION_DAYS) {
        return refuse(
          'EXTENSION_TOO_LONG',
          `延长期限须为 1 至 ${SEIZURE_MAX_EXTENSION_DAYS} 日，申请延长 ${a.days} 日`,
        );
      }
      if (blank(a.approvedBy))
        return refuse('EXTENSION_APPROVAL_MISSING', '延长查封、扣押期限须经行政机关负责人批准');
      if (blank(a.reason))
        return refuse('EXTENSION_REASON_MISSING', '延长查封、扣押的决定应当书面告知当事人并说明理由');
      if (a.notifiedOn < a.decidedOn) return refuse('DATE_ORDER', '书面告知日期不得早于延长决定日期');
      const { type: _type, ...extension } = a;
      return { next: 'extended', opened: [currentSeizure({ ...f, extension })] };
    }
    case 'record_testing': {
      parseDate(a.to, 'to');
      if (a.to < a.from) return refuse('DATE_ORDER', `结束日期 ${a.to} 早于开始日期 ${a.from}`);
      if (a.notifiedOn === null) {
        return refuse(
          'TESTING_NOT_NOTIFIED',
          `${TESTING_LABELS[a.kind]}的期间应当明确，并书面告知当事人；未告知的不能从查封、扣押期限中扣除`,
        );
      }
      return {
        next: state,
        opened: [currentSeizure(f, [{ from: a.from, to: a.to, reason: TESTING_LABELS[a.kind] }])],
      };
    }
    case 'release':
      if (blank(a.reason))
        return refuse('RELEASE_REASON_MISSING', '解除查封、扣押须写明理由（第二十八条第一款所列情形）');
      if (a.returnedOn !== null && a.returnedOn < a.releasedOn)
        return refuse('DATE_ORDER', '退还日期不得早于解除日期');
      return { next: 'released', closed: ALL_KEYS };
    case 'return_items':
      if (f.releasedOn !== null && a.returnedOn < f.releasedOn)
        return refuse('DATE_ORDER', '退还日期不得早于解除日期');
      return { next: 'released' };
    case 'dispose':
      if (blank(a.penaltyDecisionRef))
        return refuse('DISPOSAL_BASIS_MISSING', '没收或者销毁须依据已作出的处理（处罚）决定，请填写决定文号');
      return { next: 'disposed', closed: ALL_KEYS };
    case 'decline':
      if (blank(a.reason)) return refuse('DECLINE_REASON_MISSING', '不予实施须写明理由');
      return { next: 'not_implemented' };
    case 'close':
      return { next: 'closed' };
    case 'archive':
      return { next: 'archived' };
  }
}

export function foldCoercion(r: CoercionRecord, a: CoercionAction): CoercionRecord {
  switch (a.type) {
    case 'decide':
    case 'decide_urgent': {
      const urgent = a.type === 'decide_urgent';
      return {
        ...r,
        measure: a.measure,
        items: a.items.map((i) => ({ ...i })),
        reason: a.reason,
        basis: a.basis,
        partyPresent: a.partyPresent,
        witness: a.witness,
        urgent,
        decidedOn: a.type === 'decide' ? a.decidedOn : a.implementedOn,
        approvedBy: a.type === 'decide' ? a.approvedBy : null,
        approvedOn: a.type === 'decide' ? a.decidedOn : null,
      };
    }
    case 'approve_urgent':
      return { ...r, reportedOn: a.reportedOn, approvedOn: a.approvedOn, approvedBy: a.approvedBy };
    case 'disapprove_urgent':
      return { ...r, releasedOn: a.on, releaseGround: 'not_approved', releaseReason: a.reason };
    case 'extend': {
      const { type: _type, ...extension } = a;
      return { ...r, extension };
    }
    case 'record_testing':
      return {
        ...r,
        testing: [...r.testing, { kind: a.kind, from: a.from, to: a.to, notifiedOn: a.notifiedOn ?? a.from }],
      };
    case 'release':
      return {
        ...r,
        releasedOn: a.releasedOn,
        releaseGround: a.ground,
        releaseReason: a.reason,
        returnedOn: a.returnedOn,
      };
    case 'return_items':
      return { ...r, returnedOn: a.returnedOn };
    case 'dispose':
      return {
        ...r,
        disposedOn: a.decidedOn,
        disposal: a.disposal,
        penaltyDecisionRef: a.penaltyDecisionRef,
      };
    case 'decline':
      return { ...r, declinedReason: a.reason };
    case 'close':
      return { ...r, closedOn: a.on };
    case 'archive':
      return { ...r, archivedOn: a.on };
  }
}

export const coercionMachine: ProcedureMachine<CoercionState, CoercionAction, CoercionRecord> = buildMachine({
  kind: 'coercion',
  states: COERCION_STATES,
  stateLabels: COERCION_STATE_LABELS,
  actionLabels: COERCION_ACTION_LABELS,
  initial: 'proposed',
  finished: ['closed', 'not_implemented', 'archived'],
  actionSchema: coercionActionSchema,
  emptyRecord: emptyCoercionRecord,
  fold: foldCoercion,
  actionsFrom: ACTIONS_FROM,
  refuse,
  actionDates,
  precheck,
  apply,
});

// C1 taking a 查封、扣押 measure and running its period (行政强制法第十八条、第十九条、第二十四条、第二十五条):
// decided with the head's prior approval, or on the spot when urgent and approved (or released) within
// 24 hours; extended once by at most 30 days; 检测、检验、检疫、技术鉴定 periods excluded when told.
import { z } from 'zod';
import { SEIZURE_MAX_EXTENSION_DAYS, addDays, parseDate, seizureDeadline } from '../../deadlines.ts';
import { actionsOf, type ActionData } from '../builder.ts';
import { approverInput, dateField, textField } from '../fields.ts';
import { blank, checkOfficers, refuseIfAfter } from '../guards.ts';
import { COERCION_PERIODS, fixedDeadline } from '../periods.ts';
import {
  ALL_KEYS,
  MEASURES,
  TESTING_KINDS,
  TESTING_LABELS,
  checkOnSite,
  currentSeizure,
  pausesOf,
  refuse,
  type CoercionFacts,
  type CoercionRecord,
  type CoercionState,
} from './model.ts';

const action = actionsOf<CoercionState, CoercionRecord>();

const item = z.object({
  name: textField('物品名称', 100).min(1, '物品名称不能为空'),
  quantity: z.number().positive('数量须大于零').max(1e9, '数量过大'),
  unit: textField('计量单位', 20).min(1, '计量单位不能为空'),
});
const onSite = {
  measure: z.enum(MEASURES),
  items: z.array(item).max(500, '物品清单不得超过 500 项'),
  reason: textField('理由'),
  basis: textField('依据'),
  certificatesShown: z.boolean(),
  partyPresent: z.boolean(),
  witness: textField('见证人', 50).nullable(),
  partyInformed: z.boolean(),
  onSiteRecord: z.boolean(),
};
const officers = (_state: CoercionState, f: CoercionFacts, date: string) =>
  checkOfficers(refuse, 'OFFICERS_INSUFFICIENT', f, date);

/** The measure as decided (or taken on the spot): what it covers and from when its period runs. */
function foldMeasure(
  r: CoercionRecord,
  a: ActionData<typeof onSite>,
  decision: Pick<CoercionRecord, 'urgent' | 'decidedOn' | 'approvedBy' | 'approvedOn'>,
): CoercionRecord {
  return {
    ...r,
    measure: a.measure,
    items: a.items.map((i) => ({ ...i })),
    reason: a.reason,
    basis: a.basis,
    partyPresent: a.partyPresent,
    witness: a.witness,
    ...decision,
  };
}

export const COERCION_MEASURE_ACTIONS = {
  decide: action({
    label: '作出查封、扣押决定',
    permission: 'cases.approve',
    input: { decidedOn: dateField('决定日期'), ...onSite },
    serverInput: approverInput,
    dates: (a) => [a.decidedOn],
    precheck: officers,
    apply(_state, f, a) {
      if (blank(a.approvedBy))
        return refuse(
          'APPROVAL_MISSING',
          '实施查封、扣押前须向行政机关负责人报告并经批准；情况紧急的请选择“当场实施”',
        );
      return (
        checkOnSite(a) ?? {
          next: 'in_force',
          opened: [seizureDeadline(f.calendar, a.decidedOn, { pauses: pausesOf(f) })],
        }
      );
    },
    fold: (r, a) =>
      foldMeasure(r, a, {
        urgent: false,
        decidedOn: a.decidedOn,
        approvedBy: a.approvedBy ?? null,
        approvedOn: a.decidedOn,
      }),
  }),

  decide_urgent: action({
    label: '情况紧急当场实施',
    permission: 'cases.handle',
    input: { implementedOn: dateField('实施日期'), ...onSite },
    dates: (a) => [a.implementedOn],
    precheck: officers,
    apply: (_state, f, a) =>
      checkOnSite(a) ?? {
        next: 'urgent_pending',
        opened: [
          seizureDeadline(f.calendar, a.implementedOn, { pauses: pausesOf(f) }),
          fixedDeadline(COERCION_PERIODS.urgent_report, a.implementedOn, addDays(a.implementedOn, 1)),
        ],
      },
    fold: (r, a) =>
      foldMeasure(r, a, { urgent: true, decidedOn: a.implementedOn, approvedBy: null, approvedOn: null }),
  }),

  approve_urgent: action({
    label: '报告负责人并补办批准',
    permission: 'cases.approve',
    input: { approvedOn: dateField('批准日期'), reportedOn: dateField('报告日期') },
    serverInput: approverInput,
    dates: (a) => [a.approvedOn, a.reportedOn],
    apply(_state, f, a) {
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
    },
    fold: (r, a) => ({
      ...r,
      reportedOn: a.reportedOn,
      approvedOn: a.approvedOn,
      approvedBy: a.approvedBy ?? null,
    }),
  }),

  disapprove_urgent: action({
    label: '负责人不予批准并立即解除',
    permission: 'cases.approve',
    input: { on: dateField('日期'), reason: textField('理由') },
    serverInput: approverInput,
    dates: (a) => [a.on],
    apply(_state, _f, a) {
      if (blank(a.approvedBy))
        return refuse('URGENT_APPROVAL_MISSING', '须记录作出不予批准决定的行政机关负责人');
      if (blank(a.reason)) return refuse('RELEASE_REASON_MISSING', '解除须写明理由');
      return { next: 'released', closed: ALL_KEYS };
    },
    fold: (r, a) => ({ ...r, releasedOn: a.on, releaseGround: 'not_approved', releaseReason: a.reason }),
  }),

  extend: action({
    label: '延长查封、扣押期限',
    permission: 'cases.approve',
    input: {
      decidedOn: dateField('延长决定日期'),
      days: z
        .number()
        .int('延长天数须为整数')
        .min(1, '延长天数至少 1 日')
        .max(SEIZURE_MAX_EXTENSION_DAYS, '延长期限不得超过三十日'),
      reason: textField('理由'),
      notifiedOn: dateField('书面告知日期'),
    },
    serverInput: approverInput,
    dates: (a) => [a.decidedOn, a.notifiedOn],
    precheck(state, f, date) {
      if (state === 'extended' || f.extension !== null) {
        return refuse(
          'EXTENSION_ALREADY_USED',
          `查封、扣押期限已于 ${f.extension?.decidedOn ?? '此前'} 延长，只能延长一次`,
        );
      }
      return refuseIfAfter(refuse, currentSeizure(f), date, (due) =>
        refuse('EXTENSION_AFTER_EXPIRY', `查封、扣押期限已于 ${due} 届满，不能再延长，应当解除`),
      );
    },
    apply(_state, f, a) {
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
      return {
        next: 'extended',
        opened: [currentSeizure({ ...f, extension: { ...extension, approvedBy: a.approvedBy ?? '' } })],
      };
    },
    fold(r, a) {
      const { type: _type, ...extension } = a;
      return { ...r, extension: { ...extension, approvedBy: a.approvedBy ?? '' } };
    },
  }),

  record_testing: action({
    label: '登记检测、检验、检疫或技术鉴定期间',
    permission: 'cases.handle',
    input: {
      kind: z.enum(TESTING_KINDS),
      from: dateField('开始日期'),
      to: dateField('结束日期'),
      notifiedOn: dateField('书面告知日期').nullable(),
    },
    dates: (a) => (a.notifiedOn === null ? [a.from] : [a.from, a.notifiedOn]), // `to` is the announced end
    precheck: (_state, f, date) =>
      refuseIfAfter(refuse, currentSeizure(f), date, (due) =>
        refuse('TESTING_AFTER_EXPIRY', `查封、扣押期限已于 ${due} 届满，检测等期间不能使已届满的期限恢复`),
      ),
    apply(state, f, a) {
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
    },
    fold: (r, a) => ({
      ...r,
      testing: [...r.testing, { kind: a.kind, from: a.from, to: a.to, notifiedOn: a.notifiedOn ?? a.from }],
    }),
  }),
};

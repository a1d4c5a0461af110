// C1 statutory periods of the 行政强制、行政检查、行政许可、行政征收 procedures as rule data with their
// citations, and how each is computed on the C3 working-day calendar. Pure: no clock, no I/O.
// 行政强制法第六十九条 and 行政许可法第八十二条 make their short periods working days (法定节假日 excluded);
// calendar-day periods roll past a final rest day (民法典第二百零三条, done by the calendar). Counting starts
// the day after the triggering date. Month periods end on the corresponding day of the month, or the last
// day of a month that has none (民法典第二百零二条). A period running into a year without calendar data is
// provisional, as in deadlines.ts: `due` is then only the earliest day it can end, flagged, and a guard
// that would need the real day refuses with CALENDAR_NOT_COVERED instead of guessing.
import { CalendarNotCoveredError, type WorkingCalendar } from '../../../platform/calendar/rules.ts';
import {
  DEADLINE_RULES,
  SEIZURE_MAX_EXTENSION_DAYS,
  addDays,
  computePeriod,
  daysBetween,
  formatDate,
  parseDate,
  type PauseRange,
  type PeriodUnit,
} from '../deadlines.ts';
import type { CaseKind, Deadline } from '../machine.ts';

export interface PeriodRule {
  key: string;
  n: number;
  unit: PeriodUnit;
  citation: string;
  /** What the period is, as officers read it. */
  label: string;
}

/** A period counted in months; stored deadlines carry it as the calendar days it spans. */
export interface MonthRule {
  key: string;
  months: number;
  citation: string;
  label: string;
}

const COERCION = '《中华人民共和国行政强制法》';
const PERMIT = '《中华人民共和国行政许可法》';

export const COERCION_PERIODS = {
  seizure: {
    ...DEADLINE_RULES.seizure,
    label: '查封、扣押期限（自决定之日起三十日，检测、检验、检疫、技术鉴定期间不计入）',
  },
  seizure_extension: {
    key: 'seizure_extension',
    n: SEIZURE_MAX_EXTENSION_DAYS,
    unit: 'calendar_days',
    citation: `${COERCION}第二十五条第一款`,
    label: '查封、扣押延长期限（经负责人批准，仅可延长一次，不得超过三十日）',
  },
  urgent_report: {
    key: 'urgent_report',
    n: 1,
    unit: 'calendar_days',
    citation: `${COERCION}第十九条`,
    label: '当场实施后向行政机关负责人报告并补办批准手续（二十四小时内；按日记录，至迟次日，不顺延）',
  },
} as const satisfies Record<string, PeriodRule>;

export const INSPECTION_PERIODS = {
  correction: {
    key: 'correction',
    n: 0, // set by the officer in the 责令改正通知书 / 卫生监督意见书; the stored deadline carries the real n
    unit: 'calendar_days',
    citation: '《中华人民共和国行政处罚法》第二十八条第一款',
    label: '责令改正期限（执法人员在文书中确定的日期，不顺延）',
  },
} as const satisfies Record<string, PeriodRule>;

export const PERMIT_PERIODS = {
  acceptance: {
    key: 'permit_acceptance',
    n: 5,
    unit: 'working_days',
    citation: `${PERMIT}第三十二条第一款第四项`,
    label: '一次告知补正的期限（五个工作日内，逾期不告知的自收到申请材料之日起即为受理）',
  },
  decision: {
    key: 'permit_decision',
    n: 20,
    unit: 'working_days',
    citation: `${PERMIT}第四十二条第一款`,
    label: '自受理之日起作出行政许可决定的期限（听证、检验、检测、检疫、鉴定、专家评审等时间不计入）',
  },
  decision_extension: {
    key: 'permit_decision_extension',
    n: 10,
    unit: 'working_days',
    citation: `${PERMIT}第四十二条第一款`,
    label: '经本机关负责人批准可延长的期限（十个工作日，一次）',
  },
  certificate_service: {
    key: 'certificate_service',
    n: 10,
    unit: 'working_days',
    citation: `${PERMIT}第四十四条`,
    label: '自作出准予许可决定之日起颁发、送达行政许可证件的期限',
  },
} as const satisfies Record<string, PeriodRule>;

export const LEVY_PERIODS = {
  levy_payment: {
    key: 'levy_payment',
    n: 30,
    unit: 'calendar_days',
    citation: '征收决定书载明的缴纳期限（未载明的，本平台按送达之日起三十日计）',
    label: '缴纳期限（征收决定书确定，默认三十日）',
  },
  demand_compliance: {
    key: 'demand_compliance',
    n: 10,
    unit: 'working_days',
    citation: `${COERCION}第五十四条、第六十九条`,
    label: '催告书送达后当事人履行的期限（十个工作日，期满后方可申请人民法院强制执行）',
  },
} as const satisfies Record<string, PeriodRule>;

export const LEVY_MONTH_PERIODS = {
  litigation: {
    key: 'litigation',
    months: 6,
    citation: '《中华人民共和国行政诉讼法》第四十六条第一款',
    label: '当事人提起行政诉讼的期限（自知道作出行政行为之日起六个月）',
  },
  court_application: {
    key: 'court_application',
    months: 3,
    citation: `${COERCION}第五十三条`,
    label: '申请人民法院强制执行的期限（复议、诉讼期限届满之日起三个月内）',
  },
} as const satisfies Record<string, MonthRule>;

/** Every period of the four procedures, for the workbench's legend. */
export const PROCEDURE_PERIODS: Readonly<
  Partial<Record<CaseKind, Readonly<Record<string, PeriodRule | MonthRule>>>>
> = {
  coercion: COERCION_PERIODS,
  inspection: INSPECTION_PERIODS,
  permit: PERMIT_PERIODS,
  levy: { ...LEVY_PERIODS, ...LEVY_MONTH_PERIODS },
};

/**
 * What each deadline key these procedures open means to an officer, for `registerDeadlineLabels`
 * (deadline-labels.ts). Keys are unique across procedures except `seizure`, which is the same period as
 * deadlines.ts' rule of that name.
 */
export const PROCEDURE_DEADLINE_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(PROCEDURE_PERIODS).flatMap((group) =>
    Object.values(group ?? {}).map((r) => [r.key, r.label]),
  ),
);

/** `n` units of `rule` from `from` (default `rule.n`), paused days excluded, via `computePeriod`. */
export function periodDeadline(
  calendar: WorkingCalendar,
  rule: PeriodRule,
  from: string,
  options: { n?: number; pauses?: readonly PauseRange[] } = {},
): Deadline {
  const n = options.n ?? rule.n;
  const pauses = options.pauses ?? [];
  const base = {
    key: rule.key,
    from,
    citation: rule.citation,
    rule: { n, unit: rule.unit, ...(pauses.length ? { pauses: [...pauses] } : {}) },
  };
  try {
    const { due, pausedDays } = computePeriod(calendar, from, n, rule.unit, pauses);
    return { ...base, due, pausedDays };
  } catch (e) {
    if (!(e instanceof CalendarNotCoveredError)) throw e;
    // n working days, rest days and pauses only ever end later than n calendar days.
    return { ...base, due: addDays(from, n), pausedDays: 0, provisional: { uncoveredYear: e.year } };
  }
}

/** A deadline whose last day is fixed (set by an officer, or an hour-based period): no rollover. */
export function fixedDeadline(rule: PeriodRule, from: string, due: string): Deadline {
  return {
    key: rule.key,
    from,
    due,
    citation: rule.citation,
    rule: { n: daysBetween(from, due), unit: 'calendar_days' },
    pausedDays: 0,
  };
}

/** The corresponding day `months` later, or the last day of that month (民法典第二百零二条). */
export function addMonths(date: string, months: number): string {
  const d = new Date(parseDate(date));
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return formatDate(Date.UTC(y, m, Math.min(d.getUTCDate(), last)));
}

/** A month period, rolled past a final rest day (民法典第二百零三条). */
export function monthDeadline(calendar: WorkingCalendar, rule: MonthRule, from: string): Deadline {
  const nominal = addMonths(from, rule.months);
  const make = (due: string, provisional?: { uncoveredYear: number }): Deadline => ({
    key: rule.key,
    from,
    due,
    citation: rule.citation,
    rule: { n: daysBetween(from, due), unit: 'calendar_days' },
    pausedDays: 0,
    ...(provisional ? { provisional } : {}),
  });
  try {
    let due = nominal;
    for (let i = 0; !calendar.isWorkingDay(due); i++) {
      if (i > 60) throw new RangeError('期限计算超出范围');
      due = addDays(due, 1);
    }
    return make(due);
  } catch (e) {
    if (!(e instanceof CalendarNotCoveredError)) throw e;
    return make(nominal, { uncoveredYear: e.year });
  }
}

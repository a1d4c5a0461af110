// C2 statutory periods of the penalty procedure as rule data with their citations, computed on the C3
// working-day calendar passed in. Pure: no clock, no I/O. Dates are `YYYY-MM-DD` legal dates.
// Periods of 2, 3, 5, 7 days are working days (行政处罚法第八十五条); 15, 30, 60, 90 days are calendar days
// that roll past a final rest day (民法典第二百零三条, done by the calendar). Counting starts the day after
// the triggering date (C3). A year without calendar data throws `CalendarNotCoveredError` from the
// calendar: it is never silently computed as plain weekdays.
import { CalendarNotCoveredError, MAX_DAYS, type WorkingCalendar } from '../../platform/calendar/rules.ts';

export type PeriodUnit = 'working_days' | 'calendar_days';

export const DEADLINE_KEYS = [
  'hearing_request',
  'hearing_notice',
  'seizure',
  'preservation_disposal',
  'decision',
  'service',
  'payment',
] as const;
export type DeadlineKey = (typeof DEADLINE_KEYS)[number];

export interface DeadlineRule {
  key: DeadlineKey;
  n: number;
  unit: PeriodUnit;
  citation: string;
  /** What the period is, as officers read it. */
  label: string;
}

export const LIMITATION_CITATION = '《中华人民共和国行政处罚法》第三十六条';
export const SURCHARGE_CITATION = '《中华人民共和国行政处罚法》第七十二条第一款第一项';

/** The periods as data. `seizure` allows one extension of at most `SEIZURE_MAX_EXTENSION_DAYS`. */
export const DEADLINE_RULES: Readonly<Record<DeadlineKey, DeadlineRule>> = {
  hearing_request: {
    key: 'hearing_request',
    n: 5,
    unit: 'working_days',
    citation: '《中华人民共和国行政处罚法》第六十四条第一项',
    label: '当事人要求听证的期限（告知后五日内）',
  },
  hearing_notice: {
    key: 'hearing_notice',
    n: 7,
    unit: 'working_days',
    citation: '《中华人民共和国行政处罚法》第六十四条第二项',
    label: '听证通知须在举行听证的七日前送达（最早听证日）',
  },
  seizure: {
    key: 'seizure',
    n: 30,
    unit: 'calendar_days',
    citation: '《中华人民共和国行政强制法》第二十五条',
    label: '查封、扣押期限',
  },
  preservation_disposal: {
    key: 'preservation_disposal',
    n: 7,
    unit: 'working_days',
    citation: '《中华人民共和国行政处罚法》第五十六条',
    label: '先行登记保存物品的处理决定期限',
  },
  decision: {
    key: 'decision',
    n: 90,
    unit: 'calendar_days',
    citation: '《中华人民共和国行政处罚法》第六十条',
    label: '自立案之日起作出行政处罚决定的期限',
  },
  service: {
    key: 'service',
    n: 7,
    unit: 'working_days',
    citation: '《中华人民共和国行政处罚法》第六十一条',
    label: '当事人不在场时送达行政处罚决定书的期限',
  },
  payment: {
    key: 'payment',
    n: 15,
    unit: 'calendar_days',
    citation: '《中华人民共和国行政处罚法》第六十七条第三款',
    label: '自收到行政处罚决定书之日起缴纳罚款的期限',
  },
};

export const SEIZURE_MAX_EXTENSION_DAYS = 30;

/** A period during which the clock stops (检测、检验、检疫、鉴定, 听证, 公告…), both ends inclusive. */
export interface PauseRange {
  from: string;
  to: string;
  reason?: string;
}

export interface ComputedDeadline {
  key: DeadlineKey;
  /** The triggering date; counting starts the next day. */
  from: string;
  due: string;
  citation: string;
  /** The rule as applied; `pauses` kept so a provisional deadline can be recomputed later. */
  rule: { n: number; unit: PeriodUnit; pauses?: PauseRange[] };
  /** Calendar days of pauses inside the period, by which the deadline was pushed back. */
  pausedDays: number;
  /**
   * Set when the period runs into a year without calendar data (C3): `due` is then only the earliest
   * day the period can end (n calendar days, before rest days and pauses), flagged and never used as
   * if it were the deadline. It is recomputed once the year's holidays are entered.
   */
  provisional?: { uncoveredYear: number };
}

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDate(value: string, param = 'date'): number {
  const m = DATE_RE.exec(value);
  if (m) {
    const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (formatDate(t) === value) return t;
  }
  throw new RangeError(`参数 ${param} 不是有效的日期（须为 YYYY-MM-DD 格式的真实日期）：${value}`);
}

export const formatDate = (t: number): string => new Date(t).toISOString().slice(0, 10);

export function addDays(date: string, n: number): string {
  return formatDate(parseDate(date) + n * DAY_MS);
}

/** Calendar days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseDate(b, 'b') - parseDate(a, 'a')) / DAY_MS);
}

function pausedDates(pauses: readonly PauseRange[]): Set<string> {
  const set = new Set<string>();
  pauses.forEach((p, i) => {
    const from = parseDate(p.from, `pauses[${i}].from`);
    const to = parseDate(p.to, `pauses[${i}].to`);
    if (to < from) throw new RangeError(`参数 pauses[${i}] 的结束日期早于开始日期：${p.from} 至 ${p.to}`);
    if ((to - from) / DAY_MS >= MAX_DAYS) throw new RangeError(`参数 pauses[${i}] 的期间过长`);
    for (let t = from; t <= to; t += DAY_MS) set.add(formatDate(t));
  });
  return set;
}

/**
 * The due date of `n` units from `from`, with paused days excluded. Working days inside a pause do not
 * count; a calendar period is extended by the paused calendar days inside it (re-evaluated until the
 * extended period takes in no further pause).
 */
export function computePeriod(
  calendar: WorkingCalendar,
  from: string,
  n: number,
  unit: PeriodUnit,
  pauses: readonly PauseRange[] = [],
): { due: string; pausedDays: number } {
  const start = parseDate(from, 'from');
  const paused = pausedDates(pauses);
  if (unit === 'working_days') {
    if (paused.size === 0) return { due: calendar.addWorkingDays(from, n).deadline, pausedDays: 0 };
    if (!Number.isInteger(n) || n < 1 || n > MAX_DAYS)
      throw new RangeError(`参数 n 必须是 1 至 ${MAX_DAYS} 之间的整数：${n}`);
    calendar.dayInfo(from); // an uncovered start year is refused like the calendar does
    let t = start;
    let counted = 0;
    let pausedDays = 0;
    while (counted < n) {
      t += DAY_MS;
      if (t - start > 2 * MAX_DAYS * DAY_MS) throw new RangeError('期限计算超出范围');
      const date = formatDate(t);
      if (paused.has(date)) {
        calendar.dayInfo(date);
        pausedDays++;
      } else if (calendar.isWorkingDay(date)) counted++;
    }
    return { due: formatDate(t), pausedDays };
  }
  let pausedDays = 0;
  for (;;) {
    if (n + pausedDays > MAX_DAYS) throw new RangeError('期限计算超出范围');
    const due = calendar.addCalendarDays(from, n + pausedDays).deadline;
    const end = parseDate(due);
    let count = 0;
    for (const d of paused) {
      const t = parseDate(d);
      if (t > start && t <= end) count++;
    }
    if (count === pausedDays) return { due, pausedDays };
    pausedDays = count;
  }
}

export interface PeriodOptions {
  pauses?: readonly PauseRange[];
}

function compute(
  calendar: WorkingCalendar,
  rule: DeadlineRule,
  from: string,
  n: number,
  options: PeriodOptions = {},
): ComputedDeadline {
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
    return { ...base, due: addDays(from, n), pausedDays: 0, provisional: { uncoveredYear: e.year } };
  }
}

/** Last day on which the party may request a hearing: 5 working days after the notice was served. */
export function hearingRequestDeadline(
  calendar: WorkingCalendar,
  noticeServedOn: string,
  options?: PeriodOptions,
): ComputedDeadline {
  return compute(calendar, DEADLINE_RULES.hearing_request, noticeServedOn, 5, options);
}

/** Earliest day a hearing may be held when its notice is served on `hearingNoticeOn` (七日前通知). */
export function earliestHearingDate(calendar: WorkingCalendar, hearingNoticeOn: string): ComputedDeadline {
  return compute(calendar, DEADLINE_RULES.hearing_notice, hearingNoticeOn, 7);
}

/** 查封/扣押: 30 calendar days from the decision; one approved extension of at most 30 days. */
export function seizureDeadline(
  calendar: WorkingCalendar,
  decidedOn: string,
  options: PeriodOptions & { extensionDays?: number } = {},
): ComputedDeadline {
  const ext = options.extensionDays ?? 0;
  if (!Number.isInteger(ext) || ext < 0 || ext > SEIZURE_MAX_EXTENSION_DAYS) {
    throw new RangeError(
      `查封、扣押延长期限不得超过 ${SEIZURE_MAX_EXTENSION_DAYS} 日（${DEADLINE_RULES.seizure.citation}）：${ext}`,
    );
  }
  return compute(calendar, DEADLINE_RULES.seizure, decidedOn, 30 + ext, options);
}

/** 先行登记保存: a disposal decision within 7 working days. */
export function preservationDisposalDeadline(
  calendar: WorkingCalendar,
  preservedOn: string,
  options?: PeriodOptions,
): ComputedDeadline {
  return compute(calendar, DEADLINE_RULES.preservation_disposal, preservedOn, 7, options);
}

/**
 * An extension of the decision period approved by the head of the agency. Art. 60 sets the 90 days and lets
 * 法律、法规、规章 provide otherwise; the extension itself is not in the statute.
 */
export interface ExtensionApproval {
  days: number;
  approvedOn: string;
  approvedBy: string;
  reason?: string;
}

/** Decision within 90 calendar days of 立案, plus approved extensions. */
export function decisionDeadline(
  calendar: WorkingCalendar,
  filedOn: string,
  options: PeriodOptions & { extensions?: readonly ExtensionApproval[] } = {},
): ComputedDeadline {
  let n = 90;
  for (const [i, e] of (options.extensions ?? []).entries()) {
    if (!Number.isInteger(e.days) || e.days < 1)
      throw new RangeError(`参数 extensions[${i}].days 必须是正整数：${e.days}`);
    n += e.days;
  }
  return compute(calendar, DEADLINE_RULES.decision, filedOn, n, options);
}

/** Service of the decision when the party was absent: within 7 working days. */
export function serviceDeadline(
  calendar: WorkingCalendar,
  decidedOn: string,
  options?: PeriodOptions,
): ComputedDeadline {
  return compute(calendar, DEADLINE_RULES.service, decidedOn, 7, options);
}

/** Payment of the fine: 15 calendar days from service of the decision. */
export function paymentDeadline(
  calendar: WorkingCalendar,
  servedOn: string,
  options?: PeriodOptions,
): ComputedDeadline {
  return compute(calendar, DEADLINE_RULES.payment, servedOn, 15, options);
}

/** 加处罚款: 3% of the fine per day late, never more than the fine. Integer fen, rounded down. */
export function lateSurchargeFen(fineFen: number, daysLate: number): number {
  if (!Number.isSafeInteger(fineFen) || fineFen < 0)
    throw new RangeError(`参数 fineFen 必须是非负整数：${fineFen}`);
  if (!Number.isSafeInteger(daysLate) || daysLate < 0)
    throw new RangeError(`参数 daysLate 必须是非负整数：${daysLate}`);
  return Math.min(fineFen, Math.floor((fineFen * 3 * daysLate) / 100));
}

/** Days late when paying on `paidOn` against `due` (0 when on time). */
export function daysLate(due: string, paidOn: string): number {
  return Math.max(0, daysBetween(due, paidOn));
}

/**
 * Art. 36: the last day on which a violation may still be discovered — 2 years after the violation
 * ended (5 years where citizens' life/health safety was endangered with harmful consequences).
 * A 29 February anniversary falls on 28 February (民法典第二百零二条).
 */
export function limitationLastDay(violationEndedOn: string, lifeHealthHarmed: boolean): string {
  const t = parseDate(violationEndedOn, 'violationEndedOn');
  const d = new Date(t);
  const years = lifeHealthHarmed ? 5 : 2;
  const y = d.getUTCFullYear() + years;
  const m = d.getUTCMonth();
  const lastOfMonth = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return formatDate(Date.UTC(y, m, Math.min(d.getUTCDate(), lastOfMonth)));
}

/**
 * Whether `date` lies after the deadline: 'unknown' when the deadline is provisional and `date` is past
 * its earliest possible end, because only the missing calendar can tell.
 */
export function isAfter(
  deadline: Pick<ComputedDeadline, 'due' | 'provisional'>,
  date: string,
): boolean | 'unknown' {
  if (date <= deadline.due) return false;
  return deadline.provisional ? 'unknown' : true;
}

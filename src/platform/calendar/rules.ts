// C3 Working-day calendar: statutory working days from the State Council holiday notices (as shipped
// by chinese-days) plus locally entered overrides, and the 工作日 / 日历日 deadline arithmetic built on
// them. Pure: no clock, no I/O. Dates are Asia/Shanghai legal dates as `YYYY-MM-DD` strings; all
// arithmetic runs in UTC so the host time zone can never shift a deadline by a day.
import packageData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

export const CITATIONS = {
  workingDays: '《中华人民共和国行政处罚法》第八十五条',
  calendarRollover: '《中华人民共和国民法典》第二百零三条',
} as const;

/** Ten years of days: beyond any statutory period, and it bounds the day-by-day walk. */
export const MAX_DAYS = 3650;

export interface CalendarOverride {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}

export interface CalendarOptions {
  overrides?: readonly CalendarOverride[];
  /** Years whose notice is entered as overrides before chinese-days ships it (DB `coveredYears`). */
  extraCoveredYears?: readonly number[];
  /** The State Council notices to count with: the chinese-days data unless given (tests pin theirs). */
  notices?: HolidayNotices;
}

/** Statutory holidays and make-up working days by date, with the Chinese holiday name (春节 …). */
export interface HolidayNotices {
  holidays: ReadonlyMap<string, string | null>;
  workdays: ReadonlyMap<string, string | null>;
  /**
   * Years really covered by a notice. Without one every day of a year would read as a plain weekday
   * or weekend, so a year counts only if its 春节 holidays are present.
   */
  coveredYears: readonly number[];
}

export type DaySource = 'override' | 'statutory-holiday' | 'make-up-workday' | 'weekend' | 'weekday';

export interface DayInfo {
  date: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  working: boolean;
  source: DaySource;
  /** Holiday or override name (e.g. 春节); null for ordinary weekdays and weekends. */
  name: string | null;
}

export interface WorkingDaysResult {
  deadline: string;
  /** The first day counted: the day after `from`. */
  countedFrom: string;
  skippedNonWorkingDays: number;
}

export interface CalendarDaysResult {
  deadline: string;
  /** `from + n` before rolling past a rest day. */
  nominal: string;
  rolled: boolean;
}

export interface WorkingCalendar {
  isWorkingDay(date: string): boolean;
  isCovered(year: number): boolean;
  addWorkingDays(from: string, n: number): WorkingDaysResult;
  addCalendarDays(from: string, n: number): CalendarDaysResult;
  dayInfo(date: string): DayInfo;
}

export class CalendarNotCoveredError extends Error {
  override readonly name = 'CalendarNotCoveredError';
  readonly year: number;

  constructor(year: number) {
    super(`${year} 年的节假日安排尚未录入，无法计算工作日期限`);
    this.year = year;
  }
}

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatDate = (t: number): string => new Date(t).toISOString().slice(0, 10);
const yearOf = (t: number): number => new Date(t).getUTCFullYear();

/** Returns the UTC midnight timestamp of a strictly valid `YYYY-MM-DD` string. */
function parseDate(value: unknown, param: string): number {
  const m = typeof value === 'string' ? DATE_RE.exec(value) : null;
  if (m) {
    const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    // Date.UTC silently normalises 02-30 to 03-02; the round trip rejects such non-dates.
    if (formatDate(t) === value) return t;
  }
  throw new RangeError(`参数 ${param} 不是有效的日期（须为 YYYY-MM-DD 格式的真实日期）：${String(value)}`);
}

function requireCount(n: unknown): asserts n is number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_DAYS) {
    throw new RangeError(`参数 n 必须是 1 至 ${MAX_DAYS} 之间的整数：${String(n)}`);
  }
}

function requireYear(year: unknown, param: string): asserts year is number {
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    throw new RangeError(`参数 ${param} 必须是整数年份：${String(year)}`);
  }
}

/** Notices from their dated holidays and make-up working days; the covered years follow from 春节. */
export function holidayNotices(days: {
  holidays: ReadonlyMap<string, string | null>;
  workdays: ReadonlyMap<string, string | null>;
}): HolidayNotices {
  const springFestivalYears = [...days.holidays]
    .filter(([, name]) => name === '春节')
    .map(([date]) => Number(date.slice(0, 4)));
  return Object.freeze({
    ...days,
    coveredYears: Object.freeze([...new Set(springFestivalYears)].sort((a, b) => a - b)),
  });
}

/** Entries look like "Spring Festival,春节,4"; the Chinese name is what officers see. */
const byChineseName = (entries: Record<string, string>): ReadonlyMap<string, string | null> =>
  new Map(Object.entries(entries).map(([date, entry]) => [date, entry.split(',')[1] ?? null]));

// The package's static data, not its date API: that API parses strings as UTC but reads them back
// with local-time getters, so west of UTC both the lookups and its own tables shift by a day.
const packageDays: { holidays: Record<string, string>; workdays: Record<string, string> } = packageData;

/** The notices as the installed chinese-days release ships them: what the platform counts with. */
export const PACKAGE_NOTICES: HolidayNotices = holidayNotices({
  holidays: byChineseName(packageDays.holidays),
  workdays: byChineseName(packageDays.workdays),
});

/** Years the installed chinese-days release really has a notice for. */
export const PACKAGE_COVERED_YEARS: readonly number[] = PACKAGE_NOTICES.coveredYears;

interface StatutoryDay {
  work: boolean;
  /** Chinese holiday name when a notice lists the day, else null. */
  label: string | null;
}

function statutoryDay(notices: HolidayNotices, t: number): StatutoryDay {
  const date = formatDate(t);
  if (notices.workdays.has(date)) return { work: true, label: notices.workdays.get(date) ?? null };
  if (notices.holidays.has(date)) return { work: false, label: notices.holidays.get(date) ?? null };
  const weekday = new Date(t).getUTCDay();
  return { work: weekday !== 0 && weekday !== 6, label: null };
}

function indexOverrides(overrides: readonly CalendarOverride[]): Map<string, CalendarOverride> {
  const byDate = new Map<string, CalendarOverride>();
  overrides.forEach((o, i) => {
    parseDate(o.date, `overrides[${i}].date`);
    if (o.kind !== 'holiday' && o.kind !== 'workday') {
      throw new RangeError(`参数 overrides[${i}].kind 必须是 holiday 或 workday：${String(o.kind)}`);
    }
    if (typeof o.name !== 'string' || o.name.trim() === '') {
      throw new RangeError(`参数 overrides[${i}].name 不能为空`);
    }
    const previous = byDate.get(o.date);
    // Two rows for one date that disagree cannot be resolved without guessing which one is current.
    if (previous && previous.kind !== o.kind) {
      throw new RangeError(`参数 overrides[${i}] 与同日期的另一条调整冲突：${o.date}`);
    }
    byDate.set(o.date, o);
  });
  return byDate;
}

export function createCalendar(options: CalendarOptions = {}): WorkingCalendar {
  const overrides = indexOverrides(options.overrides ?? []);
  const extraYears = options.extraCoveredYears ?? [];
  extraYears.forEach((y, i) => requireYear(y, `extraCoveredYears[${i}]`));
  const notices = options.notices ?? PACKAGE_NOTICES;
  const covered = new Set([...notices.coveredYears, ...extraYears]);

  const requireCovered = (t: number): void => {
    const year = yearOf(t);
    if (!covered.has(year)) throw new CalendarNotCoveredError(year);
  };

  const info = (t: number): DayInfo => {
    requireCovered(t);
    const date = formatDate(t);
    const weekday = new Date(t).getUTCDay() || 7;
    const override = overrides.get(date);
    if (override) {
      return { date, weekday, working: override.kind === 'workday', source: 'override', name: override.name };
    }
    const { work, label } = statutoryDay(notices, t);
    if (label !== null) {
      return {
        date,
        weekday,
        working: work,
        source: work ? 'make-up-workday' : 'statutory-holiday',
        name: label,
      };
    }
    return { date, weekday, working: work, source: work ? 'weekday' : 'weekend', name: null };
  };

  return {
    isCovered(year) {
      requireYear(year, 'year');
      return covered.has(year);
    },

    dayInfo: (date) => info(parseDate(date, 'date')),

    isWorkingDay: (date) => info(parseDate(date, 'date')).working,

    addWorkingDays(from, n) {
      const start = parseDate(from, 'from');
      requireCount(n);
      // `from` is part of the computation; refusing an uncovered start keeps the rule uniform.
      requireCovered(start);
      let t = start;
      let counted = 0;
      let skipped = 0;
      while (counted < n) {
        t += DAY_MS;
        if (info(t).working) counted++;
        else skipped++;
      }
      return {
        deadline: formatDate(t),
        countedFrom: formatDate(start + DAY_MS),
        skippedNonWorkingDays: skipped,
      };
    },

    addCalendarDays(from, n) {
      const start = parseDate(from, 'from');
      requireCount(n);
      requireCovered(start);
      const nominal = start + n * DAY_MS;
      let t = nominal;
      // 民法典第二百零三条: a period ending on a rest day ends on the next day that is not one.
      while (!info(t).working) t += DAY_MS;
      return { deadline: formatDate(t), nominal: formatDate(nominal), rolled: t !== nominal };
    },
  };
}

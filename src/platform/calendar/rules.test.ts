// The rules on the installed chinese-days data. Expected dates come from the State Council notices of
// 2024–2026 (test/helpers/calendar.ts, worked out by hand), so these tests also check the package against
// the notices every other test counts with.
import { describe, expect, it } from 'vitest';
import { dateRange, NOTICES } from '../../../test/helpers/calendar.ts';
import {
  CITATIONS,
  CalendarNotCoveredError,
  MAX_DAYS,
  PACKAGE_COVERED_YEARS,
  createCalendar,
  type CalendarOverride,
  type DayInfo,
} from './rules.ts';

const cal = createCalendar();

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

function expectRangeError(fn: () => unknown, message: string): void {
  const error = caught(fn);
  expect(error).toBeInstanceOf(RangeError);
  expect((error as RangeError).message).toBe(message);
}

function expectNotCovered(fn: () => unknown, year: number): void {
  const error = caught(fn);
  expect(error).toBeInstanceOf(CalendarNotCoveredError);
  expect((error as CalendarNotCoveredError).year).toBe(year);
  expect((error as CalendarNotCoveredError).message).toBe(
    `${year} 年的节假日安排尚未录入，无法计算工作日期限`,
  );
}

function yearDays(year: number, source: DayInfo['source']): string[] {
  return dateRange(`${year}-01-01`, `${year}-12-31`).filter((d) => cal.dayInfo(d).source === source);
}

describe.each(Object.keys(NOTICES).map(Number))('%i holiday notice against chinese-days', (year) => {
  const notice = NOTICES[year]!;
  const holidayDates = notice.holidays.flatMap(([name, from, to]) =>
    dateRange(from, to).map((d) => [name, d] as const),
  );

  it.each(holidayDates)('%s %s is a statutory holiday', (name, date) => {
    expect(cal.isWorkingDay(date)).toBe(false);
    expect(cal.dayInfo(date)).toMatchObject({ date, working: false, source: 'statutory-holiday', name });
  });

  it.each(notice.makeUp)('%s make-up day %s is a working day', (name, date, weekday) => {
    expect(cal.isWorkingDay(date)).toBe(true);
    expect(cal.dayInfo(date)).toEqual({ date, weekday, working: true, source: 'make-up-workday', name });
  });

  it('lists exactly the notice days and nothing else', () => {
    expect(yearDays(year, 'statutory-holiday')).toEqual(holidayDates.map(([, d]) => d));
    expect(yearDays(year, 'make-up-workday')).toEqual(notice.makeUp.map(([, d]) => d));
  });
});

describe('ordinary days', () => {
  it('describes a plain weekday and a weekend rest day', () => {
    expect(cal.dayInfo('2025-03-07')).toEqual({
      date: '2025-03-07',
      weekday: 5,
      working: true,
      source: 'weekday',
      name: null,
    });
    expect(cal.dayInfo('2025-03-09')).toEqual({
      date: '2025-03-09',
      weekday: 7,
      working: false,
      source: 'weekend',
      name: null,
    });
    expect(cal.isWorkingDay('2025-01-27')).toBe(true);
    expect(cal.isWorkingDay('2025-02-09')).toBe(false);
  });

  it('does not depend on the host time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = tz;
        const local = createCalendar();
        expect(local.dayInfo('2026-02-14')).toEqual({
          date: '2026-02-14',
          weekday: 6,
          working: true,
          source: 'make-up-workday',
          name: '春节',
        });
        expect(local.isWorkingDay('2026-02-15')).toBe(false);
        expect(local.addWorkingDays('2025-01-27', 5).deadline).toBe('2025-02-10');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('coverage', () => {
  const last = PACKAGE_COVERED_YEARS.at(-1)!;

  it('the package covers a contiguous run of years from 2004 through at least 2026', () => {
    expect(PACKAGE_COVERED_YEARS[0]).toBe(2004);
    expect(last).toBeGreaterThanOrEqual(2026);
    expect(PACKAGE_COVERED_YEARS).toEqual(Array.from({ length: last - 2003 }, (_, i) => 2004 + i));
  });

  it('isCovered follows the package data', () => {
    expect(cal.isCovered(2003)).toBe(false);
    expect(cal.isCovered(2004)).toBe(true);
    expect(cal.isCovered(2025)).toBe(true);
    expect(cal.isCovered(2026)).toBe(true);
    expect(cal.isCovered(last + 1)).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it.each([
    // 春节 2025: 1/28–2/4 off, Sat 2/8 worked.
    ['2025-01-27', 5, '2025-02-10', '2025-01-28', 9],
    ['2025-01-27', 7, '2025-02-12', '2025-01-28', 9],
    // From a Friday: Sat 1/25 off, Sun 1/26 worked.
    ['2025-01-24', 5, '2025-02-07', '2025-01-25', 9],
    ['2025-01-24', 7, '2025-02-10', '2025-01-25', 10],
    // 国庆中秋 2025: Sun 9/28 worked, 10/1–10/8 off, Sat 10/11 worked.
    ['2025-09-26', 5, '2025-10-10', '2025-09-27', 9],
    ['2025-09-26', 7, '2025-10-13', '2025-09-27', 10],
    ['2025-09-30', 1, '2025-10-09', '2025-10-01', 8],
    // 春节 2026: Sat 2/14 worked, 2/15–2/23 off, Sat 2/28 worked.
    ['2026-02-13', 5, '2026-02-27', '2026-02-14', 9],
    ['2026-02-13', 7, '2026-03-02', '2026-02-14', 10],
    // 国庆 2026: 10/1–10/7 off, Sat 10/10 worked.
    ['2026-09-30', 5, '2026-10-13', '2026-10-01', 8],
    ['2026-09-30', 7, '2026-10-15', '2026-10-01', 8],
    // 中秋 2026 with Sun 9/20 worked.
    ['2026-09-18', 5, '2026-09-24', '2026-09-19', 1],
    ['2026-09-18', 7, '2026-09-29', '2026-09-19', 4],
    // Year boundary: 12/31 worked, 1/1–1/3 off, Sun 1/4 worked.
    ['2025-12-30', 5, '2026-01-07', '2025-12-31', 3],
    ['2025-12-30', 7, '2026-01-09', '2025-12-31', 3],
    // From an ordinary Friday.
    ['2025-03-07', 1, '2025-03-10', '2025-03-08', 2],
    ['2025-03-07', 5, '2025-03-14', '2025-03-08', 2],
    // From inside a holiday.
    ['2025-10-03', 5, '2025-10-14', '2025-10-04', 6],
    ['2025-05-03', 1, '2025-05-06', '2025-05-04', 2],
    // From a make-up day.
    ['2026-02-14', 1, '2026-02-24', '2026-02-15', 9],
  ] as const)('%s + %i working days = %s', (from, n, deadline, countedFrom, skipped) => {
    expect(cal.addWorkingDays(from, n)).toEqual({ deadline, countedFrom, skippedNonWorkingDays: skipped });
  });
});

describe('addCalendarDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29', '2024-02-29', false],
    ['2025-01-20', 15, '2025-02-04', '2025-02-05', true],
    ['2025-03-01', 15, '2025-03-16', '2025-03-17', true],
    ['2025-01-24', 15, '2025-02-08', '2025-02-08', false],
    ['2026-02-13', 15, '2026-02-28', '2026-02-28', false],
    ['2025-09-01', 30, '2025-10-01', '2025-10-09', true],
    ['2026-09-01', 30, '2026-10-01', '2026-10-08', true],
    ['2026-04-05', 30, '2026-05-05', '2026-05-06', true],
    ['2026-04-09', 30, '2026-05-09', '2026-05-09', false],
    ['2025-03-01', 60, '2025-04-30', '2025-04-30', false],
    ['2025-08-02', 60, '2025-10-01', '2025-10-09', true],
    ['2026-01-01', 60, '2026-03-02', '2026-03-02', false],
    ['2025-01-01', 90, '2025-04-01', '2025-04-01', false],
    ['2025-11-17', 90, '2026-02-15', '2026-02-24', true],
    ['2026-06-27', 90, '2026-09-25', '2026-09-28', true],
  ] as const)('%s + %i calendar days: nominal %s, deadline %s', (from, n, nominal, deadline, rolled) => {
    expect(cal.addCalendarDays(from, n)).toEqual({ deadline, nominal, rolled });
  });
});

describe('overrides', () => {
  const localHoliday: CalendarOverride = { date: '2025-03-12', kind: 'holiday', name: '地方性节日' };
  const saturdayWorked: CalendarOverride = {
    date: '2025-03-15',
    kind: 'workday',
    name: '更正：调整为工作日',
  };
  const local = createCalendar({ overrides: [localHoliday, saturdayWorked] });

  it('a local holiday makes a weekday non-working', () => {
    expect(local.isWorkingDay('2025-03-12')).toBe(false);
    expect(local.dayInfo('2025-03-12')).toEqual({
      date: '2025-03-12',
      weekday: 3,
      working: false,
      source: 'override',
      name: '地方性节日',
    });
    expect(cal.addWorkingDays('2025-03-10', 3)).toEqual({
      deadline: '2025-03-13',
      countedFrom: '2025-03-11',
      skippedNonWorkingDays: 0,
    });
    expect(local.addWorkingDays('2025-03-10', 3)).toEqual({
      deadline: '2025-03-14',
      countedFrom: '2025-03-11',
      skippedNonWorkingDays: 1,
    });
    expect(local.addCalendarDays('2025-03-02', 10)).toEqual({
      deadline: '2025-03-13',
      nominal: '2025-03-12',
      rolled: true,
    });
  });

  it('a correction makes a Saturday a working day', () => {
    expect(local.isWorkingDay('2025-03-15')).toBe(true);
    expect(local.dayInfo('2025-03-15')).toEqual({
      date: '2025-03-15',
      weekday: 6,
      working: true,
      source: 'override',
      name: '更正：调整为工作日',
    });
    expect(cal.addWorkingDays('2025-03-14', 1)).toEqual({
      deadline: '2025-03-17',
      countedFrom: '2025-03-15',
      skippedNonWorkingDays: 2,
    });
    expect(local.addWorkingDays('2025-03-14', 1)).toEqual({
      deadline: '2025-03-15',
      countedFrom: '2025-03-15',
      skippedNonWorkingDays: 0,
    });
    expect(cal.addCalendarDays('2025-03-05', 10)).toEqual({
      deadline: '2025-03-17',
      nominal: '2025-03-15',
      rolled: true,
    });
    expect(local.addCalendarDays('2025-03-05', 10)).toEqual({
      deadline: '2025-03-15',
      nominal: '2025-03-15',
      rolled: false,
    });
  });

  it('an override beats the statutory notice in both directions', () => {
    const corrected = createCalendar({
      overrides: [
        { date: '2025-10-08', kind: 'workday', name: '更正' },
        { date: '2026-02-28', kind: 'holiday', name: '更正' },
      ],
    });
    expect(corrected.addWorkingDays('2025-09-30', 1)).toEqual({
      deadline: '2025-10-08',
      countedFrom: '2025-10-01',
      skippedNonWorkingDays: 7,
    });
    expect(cal.addWorkingDays('2026-02-27', 1)).toEqual({
      deadline: '2026-02-28',
      countedFrom: '2026-02-28',
      skippedNonWorkingDays: 0,
    });
    expect(corrected.addWorkingDays('2026-02-27', 1)).toEqual({
      deadline: '2026-03-02',
      countedFrom: '2026-02-28',
      skippedNonWorkingDays: 2,
    });
  });

  it('does not leak into other calendars', () => {
    expect(cal.isWorkingDay('2025-03-12')).toBe(true);
    expect(cal.isWorkingDay('2025-03-15')).toBe(false);
  });
});

describe('extra covered year entered as overrides', () => {
  // 2099 stands in for a year whose notice is out before chinese-days ships it.
  const notice2099: CalendarOverride[] = [
    { date: '2099-01-01', kind: 'holiday', name: '元旦' },
    { date: '2099-01-02', kind: 'holiday', name: '元旦' },
    { date: '2099-01-03', kind: 'holiday', name: '元旦' },
    { date: '2099-01-04', kind: 'workday', name: '元旦调休' },
  ];
  const future = createCalendar({ overrides: notice2099, extraCoveredYears: [2099] });

  it('is refused until declared covered', () => {
    expect(cal.isCovered(2099)).toBe(false);
    expectNotCovered(() => createCalendar({ overrides: notice2099 }).isWorkingDay('2099-01-05'), 2099);
  });

  it('computes with the entered overrides once declared', () => {
    expect(future.isCovered(2099)).toBe(true);
    expect(future.dayInfo('2099-01-04')).toEqual({
      date: '2099-01-04',
      weekday: 7,
      working: true,
      source: 'override',
      name: '元旦调休',
    });
    expect(future.dayInfo('2099-01-05')).toEqual({
      date: '2099-01-05',
      weekday: 1,
      working: true,
      source: 'weekday',
      name: null,
    });
    expect(future.addWorkingDays('2099-01-01', 3)).toEqual({
      deadline: '2099-01-06',
      countedFrom: '2099-01-02',
      skippedNonWorkingDays: 2,
    });
    expect(future.addCalendarDays('2099-01-01', 2)).toEqual({
      deadline: '2099-01-04',
      nominal: '2099-01-03',
      rolled: true,
    });
  });
});

describe('refusal outside covered years', () => {
  const firstUncovered = PACKAGE_COVERED_YEARS.at(-1)! + 1;
  const lastCovered = firstUncovered - 1;

  it('CalendarNotCoveredError carries the year and a Chinese message', () => {
    const error = new CalendarNotCoveredError(2031);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CalendarNotCoveredError');
    expect(error.year).toBe(2031);
    expect(error.message).toBe('2031 年的节假日安排尚未录入，无法计算工作日期限');
  });

  it('refuses to classify a day of the first uncovered year', () => {
    expectNotCovered(() => cal.isWorkingDay(`${firstUncovered}-01-01`), firstUncovered);
    expectNotCovered(() => cal.dayInfo(`${firstUncovered}-07-01`), firstUncovered);
  });

  it('refuses a computation starting in an uncovered year', () => {
    expectNotCovered(() => cal.addWorkingDays(`${firstUncovered}-01-05`, 1), firstUncovered);
    expectNotCovered(() => cal.addCalendarDays(`${firstUncovered}-01-05`, 1), firstUncovered);
    expectNotCovered(() => cal.addWorkingDays('2003-12-31', 1), 2003);
    expectNotCovered(() => cal.addCalendarDays('2003-12-31', 1), 2003);
  });

  it('refuses when only the end of the computation reaches the uncovered year', () => {
    expectNotCovered(() => cal.addWorkingDays(`${lastCovered}-12-31`, 1), firstUncovered);
    // December never has 30 working days after the 1st, so the count must cross into the next year.
    expectNotCovered(() => cal.addWorkingDays(`${lastCovered}-12-01`, 30), firstUncovered);
    expectNotCovered(() => cal.addCalendarDays(`${lastCovered}-12-31`, 1), firstUncovered);
    expectNotCovered(() => cal.addCalendarDays(`${lastCovered}-12-15`, 30), firstUncovered);
    expectNotCovered(() => cal.addWorkingDays('2025-01-02', MAX_DAYS), firstUncovered);
  });

  it('draws the line exactly at the year boundary (2099 covered, 2100 not)', () => {
    const future = createCalendar({
      extraCoveredYears: [2099],
      overrides: [{ date: '2099-12-31', kind: 'holiday', name: '地方性节日' }],
    });
    const plain = createCalendar({ extraCoveredYears: [2099] });
    expect(plain.addWorkingDays('2099-12-24', 5)).toEqual({
      deadline: '2099-12-31',
      countedFrom: '2099-12-25',
      skippedNonWorkingDays: 2,
    });
    expectNotCovered(() => plain.addWorkingDays('2099-12-24', 6), 2100);
    expect(plain.addCalendarDays('2099-12-24', 7)).toEqual({
      deadline: '2099-12-31',
      nominal: '2099-12-31',
      rolled: false,
    });
    expectNotCovered(() => plain.addCalendarDays('2099-12-24', 8), 2100);
    // The nominal day is covered, but rolling past the local holiday would land in 2100.
    expectNotCovered(() => future.addCalendarDays('2099-12-24', 7), 2100);
  });
});

describe('bad input', () => {
  const dateMessage = (param: string, value: string) =>
    `参数 ${param} 不是有效的日期（须为 YYYY-MM-DD 格式的真实日期）：${value}`;

  it.each([
    '2025-02-30',
    '2025-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-1-5',
    '20250105',
    '2025/01/05',
    ' 2025-01-05',
    '2025-01-05T00:00:00Z',
    '',
  ])('rejects date %j', (value) => {
    expectRangeError(() => cal.isWorkingDay(value), dateMessage('date', value));
    expectRangeError(() => cal.dayInfo(value), dateMessage('date', value));
    expectRangeError(() => cal.addWorkingDays(value, 1), dateMessage('from', value));
    expectRangeError(() => cal.addCalendarDays(value, 1), dateMessage('from', value));
  });

  it('rejects non-string dates', () => {
    expectRangeError(() => cal.isWorkingDay(20250105 as unknown as string), dateMessage('date', '20250105'));
    expectRangeError(() => cal.addWorkingDays(null as unknown as string, 1), dateMessage('from', 'null'));
  });

  it('checks the date before coverage', () => {
    expectRangeError(() => cal.isWorkingDay('2031-02-30'), dateMessage('date', '2031-02-30'));
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_DAYS + 1, '5' as unknown as number])(
    'rejects n = %s',
    (n) => {
      const message = `参数 n 必须是 1 至 3650 之间的整数：${String(n)}`;
      expectRangeError(() => cal.addWorkingDays('2025-03-07', n), message);
      expectRangeError(() => cal.addCalendarDays('2025-03-07', n), message);
    },
  );

  it('accepts the largest n for calendar days', () => {
    expect(MAX_DAYS).toBe(3650);
    expect(cal.addCalendarDays('2004-01-05', MAX_DAYS)).toEqual({
      deadline: '2014-01-02',
      nominal: '2014-01-02',
      rolled: false,
    });
  });

  it('rejects non-integer years', () => {
    expectRangeError(() => cal.isCovered(2025.5), '参数 year 必须是整数年份：2025.5');
    expectRangeError(
      () => createCalendar({ extraCoveredYears: [2027.5] }),
      '参数 extraCoveredYears[0] 必须是整数年份：2027.5',
    );
  });

  it('rejects malformed overrides', () => {
    const ok: CalendarOverride = { date: '2025-03-12', kind: 'holiday', name: '地方性节日' };
    expectRangeError(
      () => createCalendar({ overrides: [ok, { ...ok, date: '2025-02-30' }] }),
      dateMessage('overrides[1].date', '2025-02-30'),
    );
    expectRangeError(
      () => createCalendar({ overrides: [{ ...ok, kind: 'rest' as CalendarOverride['kind'] }] }),
      '参数 overrides[0].kind 必须是 holiday 或 workday：rest',
    );
    expectRangeError(
      () => createCalendar({ overrides: [{ ...ok, name: '  ' }] }),
      '参数 overrides[0].name 不能为空',
    );
    expectRangeError(
      () => createCalendar({ overrides: [ok, { ...ok, kind: 'workday' }] }),
      '参数 overrides[1] 与同日期的另一条调整冲突：2025-03-12',
    );
    expect(createCalendar({ overrides: [ok, { ...ok, name: '重复录入' }] }).isWorkingDay('2025-03-12')).toBe(
      false,
    );
  });
});

describe('CITATIONS', () => {
  it('names the legal basis of each rule', () => {
    expect(CITATIONS).toEqual({
      workingDays: '《中华人民共和国行政处罚法》第八十五条',
      calendarRollover: '《中华人民共和国民法典》第二百零三条',
    });
  });
});

// The holiday notices the tests count with, written out here so that neither a new chinese-days release
// nor the passing of a year changes what a test means: 2024–2026 are covered, 2027 is not (a test that
// needs 2027 enters it as overrides or a covered year, as an operator would). The platform's own rule
// tests check the installed package against these same notices.
import {
  createCalendar,
  holidayNotices,
  type CalendarOptions,
  type HolidayNotices,
  type WorkingCalendar,
} from '../../src/platform/calendar/rules.ts';

export interface Notice {
  /** The State Council notice that set the year's holidays. */
  source: string;
  holidays: [name: string, from: string, to: string][];
  /** Make-up working days with the weekday the notice states (6 = 周六, 7 = 周日). */
  makeUp: [name: string, date: string, weekday: number][];
}

export const NOTICES: Readonly<Record<number, Notice>> = {
  2024: {
    source: '国办发明电〔2023〕7号',
    holidays: [
      ['元旦', '2024-01-01', '2024-01-01'],
      ['春节', '2024-02-10', '2024-02-17'],
      ['清明', '2024-04-04', '2024-04-06'],
      ['劳动节', '2024-05-01', '2024-05-05'],
      ['端午', '2024-06-10', '2024-06-10'],
      ['中秋', '2024-09-15', '2024-09-17'],
      ['国庆节', '2024-10-01', '2024-10-07'],
    ],
    makeUp: [
      ['春节', '2024-02-04', 7],
      ['春节', '2024-02-18', 7],
      ['清明', '2024-04-07', 7],
      ['劳动节', '2024-04-28', 7],
      ['劳动节', '2024-05-11', 6],
      ['中秋', '2024-09-14', 6],
      ['国庆节', '2024-09-29', 7],
      ['国庆节', '2024-10-12', 6],
    ],
  },
  2025: {
    source: '国办发明电〔2024〕12号',
    holidays: [
      ['元旦', '2025-01-01', '2025-01-01'],
      ['春节', '2025-01-28', '2025-02-04'],
      ['清明', '2025-04-04', '2025-04-06'],
      ['劳动节', '2025-05-01', '2025-05-05'],
      ['端午', '2025-05-31', '2025-06-02'],
      ['国庆节', '2025-10-01', '2025-10-05'],
      ['中秋', '2025-10-06', '2025-10-06'],
      ['国庆节', '2025-10-07', '2025-10-08'],
    ],
    makeUp: [
      ['春节', '2025-01-26', 7],
      ['春节', '2025-02-08', 6],
      ['劳动节', '2025-04-27', 7],
      ['国庆节', '2025-09-28', 7],
      ['国庆节', '2025-10-11', 6],
    ],
  },
  2026: {
    source: '国办发明电〔2025〕7号',
    holidays: [
      ['元旦', '2026-01-01', '2026-01-03'],
      ['春节', '2026-02-15', '2026-02-23'],
      ['清明', '2026-04-04', '2026-04-06'],
      ['劳动节', '2026-05-01', '2026-05-05'],
      ['端午', '2026-06-19', '2026-06-21'],
      ['中秋', '2026-09-25', '2026-09-27'],
      ['国庆节', '2026-10-01', '2026-10-07'],
    ],
    makeUp: [
      ['元旦', '2026-01-04', 7],
      ['春节', '2026-02-14', 6],
      ['春节', '2026-02-28', 6],
      ['劳动节', '2026-05-09', 6],
      ['国庆节', '2026-09-20', 7],
      ['国庆节', '2026-10-10', 6],
    ],
  },
};

/** Inclusive list of dates; spells out the notices' "m月d日至n日" ranges. */
export function dateRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** The notices above in the form the calendar counts with. */
export const PINNED_NOTICES: HolidayNotices = holidayNotices({
  holidays: new Map(
    Object.values(NOTICES).flatMap((n) =>
      n.holidays.flatMap(([name, from, to]) => dateRange(from, to).map((d) => [d, name] as const)),
    ),
  ),
  workdays: new Map(
    Object.values(NOTICES).flatMap((n) => n.makeUp.map(([name, date]) => [date, name] as const)),
  ),
});

/** A working-day calendar on the pinned notices (with the overrides and covered years given). */
export const pinnedCalendar = (options: Omit<CalendarOptions, 'notices'> = {}): WorkingCalendar =>
  createCalendar({ ...options, notices: PINNED_NOTICES });

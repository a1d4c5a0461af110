// D6 the review's time limit: a number of working days from acceptance (受理, the round's first
// assignment), a body setting defaulting to 10; one extension approved by the 法制机构负责人, granted before
// the limit runs out. No statute fixes the figures: they are the body's own rules, shown as such. Working
// days on the C3 calendar; the answer keeps its rule.
import { CalendarNotCoveredError, type WorkingCalendar } from '../../../platform/calendar/rules.ts';
import { refusal, type ReviewRefusal } from '../model.ts';
import type { Round } from './lifecycle.ts';

export interface ReviewTimeSettings {
  /** Working days from acceptance. */
  workingDays: number;
  /** The most working days one extension may add. */
  maxExtensionDays: number;
  /** A review is "due soon" this many working days (or fewer) before its last day. */
  dueSoonDays: number;
}

export const DEFAULT_REVIEW_TIME: ReviewTimeSettings = {
  workingDays: 10,
  maxExtensionDays: 10,
  dueSoonDays: 2,
};

export const REVIEW_TIME_CITATION =
  '本机关重大执法决定法制审核办法（审核期限自受理之日起计算，默认 10 个工作日，可调整；经法制机构负责人批准可延长一次）';

export interface ReviewDue {
  acceptedOn: string;
  workingDays: number;
  extensionDays: number;
  due: string;
  citation: string;
  /**
   * Set when the period runs into a year without holiday data (C3): `due` is then the earliest day it
   * can end (the working days counted as calendar days), to be recomputed once the year is entered.
   */
  provisional?: { uncoveredYear: number };
}

const DAY_MS = 86_400_000;
const plusCalendarDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** The last day of the round's review, or null while it is not accepted. */
export function reviewDue(
  calendar: WorkingCalendar,
  round: Round,
  settings: ReviewTimeSettings,
): ReviewDue | null {
  if (round.acceptedOn === null) return null;
  const extensionDays = round.extension?.workingDays ?? 0;
  const total = settings.workingDays + extensionDays;
  const base = {
    acceptedOn: round.acceptedOn,
    workingDays: settings.workingDays,
    extensionDays,
    citation: REVIEW_TIME_CITATION,
  };
  try {
    return { ...base, due: calendar.addWorkingDays(round.acceptedOn, total).deadline };
  } catch (e) {
    if (!(e instanceof CalendarNotCoveredError)) throw e;
    return {
      ...base,
      due: plusCalendarDays(round.acceptedOn, total),
      provisional: { uncoveredYear: e.year },
    };
  }
}

export type DueFlag = 'on_time' | 'due_soon' | 'overdue';

/** Where `today` stands against the due day: overdue after it, due soon within `dueSoonDays` working days. */
export function dueFlag(
  calendar: WorkingCalendar,
  due: string,
  today: string,
  settings: ReviewTimeSettings,
): DueFlag {
  if (today > due) return 'overdue';
  if (settings.dueSoonDays <= 0) return today === due ? 'due_soon' : 'on_time';
  // Due soon when adding the margin to today reaches the due day (calendar days past the data's end).
  let horizon: string;
  try {
    horizon = calendar.addWorkingDays(today, settings.dueSoonDays).deadline;
  } catch (e) {
    if (!(e instanceof CalendarNotCoveredError)) throw e;
    horizon = plusCalendarDays(today, settings.dueSoonDays);
  }
  return horizon >= due ? 'due_soon' : 'on_time';
}

/** The extension's own conditions: within the body's maximum and before the limit has run out. */
export function checkExtension(
  calendar: WorkingCalendar,
  round: Round,
  settings: ReviewTimeSettings,
  workingDays: number,
  on: string,
): ReviewRefusal | null {
  if (round.extension !== null) return refusal('EXTENSION_ALREADY_GRANTED', '本轮审核已延长过一次期限');
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > settings.maxExtensionDays) {
    return refusal('EXTENSION_REASON_REQUIRED', `延长的期限须为 1 至 ${settings.maxExtensionDays} 个工作日`);
  }
  const due = reviewDue(calendar, round, settings);
  if (due !== null && on > due.due) {
    return refusal('EXTENSION_AFTER_EXPIRY', `审核期限已于 ${due.due} 届满，不能再延长`);
  }
  return null;
}

// The instant the tests run at. Every test app gets a fixed clock standing at TEST_NOW unless a test
// passes its own, so "today" (the Asia/Shanghai date of services.clock) is the same on every run and in
// every year: Monday 2026-12-07, 10:00 in Shanghai. A working day inside the years the pinned calendar
// covers (test/helpers/calendar.ts), after every hard-coded 2026 date the tests act on as past, and
// before the first year (2027) the calendar does not cover. Services read "today" from their clock
// (the request context's `now`), never the wall clock.
import { fixedClock, todayOn, type FixedClock } from '../../src/platform/clock.ts';

export const TEST_NOW = '2026-12-07T02:00:00.000Z';

/** A fresh clock at TEST_NOW, for one test app (tests may move it with set/advance). */
export const testClock = (): FixedClock => fixedClock(TEST_NOW);

/** TEST_NOW's date in Asia/Shanghai: the "today" of every test app's clock. */
export const TEST_TODAY = todayOn(testClock());

/**
 * The date the services take for "today" when they check a date against it (not in the future, in
 * force today): their clock's, TEST_TODAY for every test app that keeps the default clock.
 */
export const serverToday = (): string => TEST_TODAY;

/** `date` moved by `days` (negative: back), as a Shanghai legal date string. */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

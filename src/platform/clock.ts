// The one source of "now" (DESIGN §4: nothing reads the wall clock directly, so tests fix the date).
// Dates of legal effect are calendar dates in Asia/Shanghai (UTC+8, no daylight saving).

export interface Clock {
  /** The current instant. */
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still at `at` until moved: for tests and replays. */
export interface FixedClock extends Clock {
  set(at: Date | string): void;
  advance(ms: number): void;
}

export function fixedClock(at: Date | string): FixedClock {
  let current = new Date(at);
  if (Number.isNaN(current.getTime())) throw new Error(`fixedClock: invalid instant ${String(at)}`);
  return {
    now: () => new Date(current.getTime()),
    set(next) {
      current = new Date(next);
    },
    advance(ms) {
      current = new Date(current.getTime() + ms);
    },
  };
}

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The calendar date (YYYY-MM-DD) in Asia/Shanghai of an instant. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today's date in Asia/Shanghai by `clock`. */
export function todayOn(clock: Clock): string {
  return shanghaiDate(clock.now());
}

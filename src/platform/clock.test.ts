import { describe, expect, it } from 'vitest';
import { fixedClock, shanghaiDate, todayOn } from './clock.ts';

describe('clock', () => {
  it('gives the Asia/Shanghai date: 16:00 UTC is already the next day there', () => {
    expect(shanghaiDate(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(shanghaiDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('a fixed clock stands still until set or advanced', () => {
    const c = fixedClock('2026-06-15T02:00:00Z');
    expect(c.now().toISOString()).toBe('2026-06-15T02:00:00.000Z');
    c.advance(24 * 3600_000);
    expect(todayOn(c)).toBe('2026-06-16');
    c.set('2027-01-04T00:00:00Z');
    expect(todayOn(c)).toBe('2027-01-04');
    expect(() => fixedClock('not a date')).toThrow(/invalid instant/);
  });

  it('hands out copies, so a caller cannot move the clock by mutating a Date', () => {
    const c = fixedClock('2026-06-15T02:00:00Z');
    c.now().setFullYear(2000);
    expect(c.now().getUTCFullYear()).toBe(2026);
  });
});

import { describe, expect, it } from 'vitest';
import { lawDayOf } from './law-day.ts';

describe('lawDayOf', () => {
  it('is the violation date when the case recorded one on or before the document’s day', () => {
    expect(lawDayOf({ violationOn: '2025-06-01' }, '2026-12-07')).toBe('2025-06-01');
    expect(lawDayOf({ violationOn: '2026-12-07' }, '2026-12-07')).toBe('2026-12-07');
  });

  it('is the document’s day when no violation date is known or it cannot be right', () => {
    for (const record of [
      {},
      { violationOn: null },
      { violationOn: '' },
      { violationOn: 20250601 },
      { violationOn: '2025-6-1' },
      { violationOn: '2026-12-08' }, // after the document's day
    ])
      expect(lawDayOf(record, '2026-12-07'), JSON.stringify(record)).toBe('2026-12-07');
  });
});

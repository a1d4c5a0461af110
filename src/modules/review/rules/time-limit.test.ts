import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../platform/calendar/rules.ts';
import type { Round } from './lifecycle.ts';
import { DEFAULT_REVIEW_TIME, checkExtension, dueFlag, reviewDue } from './time-limit.ts';

const cal = createCalendar();
const round = (over: Partial<Round> = {}): Round => ({
  number: 1,
  submittedOn: '2026-12-04',
  submittedBy: 'o',
  acceptedOn: '2026-12-07',
  reviewerId: 'r',
  assignments: [],
  recusals: [],
  extension: null,
  findings: {},
  opinion: null,
  ...over,
});

describe('review time limit (D6)', () => {
  it('runs 10 working days from acceptance (Mon 2026-12-07 → Mon 2026-12-21)', () => {
    expect(reviewDue(cal, round(), DEFAULT_REVIEW_TIME)).toMatchObject({
      acceptedOn: '2026-12-07',
      workingDays: 10,
      extensionDays: 0,
      due: '2026-12-21',
    });
  });

  it('skips the statutory holidays (accepted 2026-09-24, before 中秋/国庆)', () => {
    // 9-28, 9-29, 9-30, 10-08, 10-09, 10-10 (Saturday, make-up working day), 10-12 … 10-15.
    expect(reviewDue(cal, round({ acceptedOn: '2026-09-24' }), DEFAULT_REVIEW_TIME)!.due).toBe('2026-10-15');
  });

  it('has no due day before acceptance', () => {
    expect(reviewDue(cal, round({ acceptedOn: null }), DEFAULT_REVIEW_TIME)).toBeNull();
  });

  it('adds the approved extension and follows the body setting', () => {
    const extended = round({ extension: { workingDays: 5, reason: 'x', approvedBy: 'h', on: '2026-12-10' } });
    expect(reviewDue(cal, extended, DEFAULT_REVIEW_TIME)!.due).toBe('2026-12-28');
    expect(reviewDue(cal, round(), { ...DEFAULT_REVIEW_TIME, workingDays: 5 })!.due).toBe('2026-12-14');
  });

  it('is provisional past the calendar data, never throwing', () => {
    const d = reviewDue(cal, round({ acceptedOn: '2026-12-28' }), DEFAULT_REVIEW_TIME)!;
    expect(d.provisional).toEqual({ uncoveredYear: 2027 });
    expect(d.due).toBe('2027-01-07');
  });

  it('flags due soon within two working days and overdue after the due day', () => {
    const s = DEFAULT_REVIEW_TIME;
    expect(dueFlag(cal, '2026-12-21', '2026-12-16', s)).toBe('on_time');
    expect(dueFlag(cal, '2026-12-21', '2026-12-17', s)).toBe('due_soon'); // Thu + 2 working days = Mon
    expect(dueFlag(cal, '2026-12-21', '2026-12-21', s)).toBe('due_soon');
    expect(dueFlag(cal, '2026-12-21', '2026-12-22', s)).toBe('overdue');
    expect(dueFlag(cal, '2026-12-21', '2026-12-21', { ...s, dueSoonDays: 0 })).toBe('due_soon');
    expect(dueFlag(cal, '2026-12-21', '2026-12-18', { ...s, dueSoonDays: 0 })).toBe('on_time');
    expect(dueFlag(cal, '2027-01-07', '2026-12-30', s)).toBe('on_time');
  });

  it('grants one extension within the maximum, before the limit runs out', () => {
    const s = DEFAULT_REVIEW_TIME;
    expect(checkExtension(cal, round(), s, 10, '2026-12-21')).toBeNull();
    expect(checkExtension(cal, round(), s, 1, '2026-12-08')).toBeNull();
    expect(checkExtension(cal, round(), s, 11, '2026-12-08')?.code).toBe('EXTENSION_REASON_REQUIRED');
    expect(checkExtension(cal, round(), s, 0, '2026-12-08')?.code).toBe('EXTENSION_REASON_REQUIRED');
    expect(checkExtension(cal, round(), s, 2.5, '2026-12-08')?.code).toBe('EXTENSION_REASON_REQUIRED');
    expect(checkExtension(cal, round(), s, 5, '2026-12-22')).toMatchObject({
      code: 'EXTENSION_AFTER_EXPIRY',
      message: '审核期限已于 2026-12-21 届满，不能再延长',
    });
    const extended = round({ extension: { workingDays: 5, reason: 'x', approvedBy: 'h', on: '2026-12-10' } });
    expect(checkExtension(cal, extended, s, 5, '2026-12-11')?.code).toBe('EXTENSION_ALREADY_GRANTED');
  });
});

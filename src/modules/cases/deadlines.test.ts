// Expected dates worked out by hand from the State Council notices for 2025 (国办发明电〔2024〕12号) and
// 2026 (国办发明电〔2025〕7号): 2025 春节 01-28…02-04 (make-up 01-26 Sun, 02-08 Sat), 端午 05-31…06-02,
// 国庆 10-01…10-08 (make-up 09-28 Sun, 10-11 Sat); 2026 春节 02-15…02-23 (make-up 02-14, 02-28 Sat),
// 国庆 10-01…10-07 (make-up 09-20 Sun, 10-10 Sat).
import { describe, expect, it } from 'vitest';
import { CalendarNotCoveredError } from '../../platform/calendar/rules.ts';
import { pinnedCalendar } from '../../../test/helpers/calendar.ts';
import {
  DEADLINE_KEYS,
  DEADLINE_RULES,
  computePeriod,
  daysBetween,
  daysLate,
  decisionDeadline,
  earliestHearingDate,
  hearingRequestDeadline,
  isAfter,
  lateSurchargeFen,
  limitationLastDay,
  paymentDeadline,
  preservationDisposalDeadline,
  seizureDeadline,
  serviceDeadline,
} from './deadlines.ts';

const cal = pinnedCalendar();

describe('rule data', () => {
  it('every period carries n, unit and a citation; 2/3/5/7 are working days, others calendar days', () => {
    expect(Object.keys(DEADLINE_RULES).sort()).toEqual([...DEADLINE_KEYS].sort());
    for (const r of Object.values(DEADLINE_RULES)) {
      expect(r.citation).toMatch(/^《中华人民共和国行政(处罚|强制)法》第.+条/);
      expect(r.unit).toBe([2, 3, 5, 7].includes(r.n) ? 'working_days' : 'calendar_days');
    }
    expect(DEADLINE_RULES.hearing_request).toMatchObject({ n: 5, unit: 'working_days' });
    expect(DEADLINE_RULES.hearing_notice).toMatchObject({ n: 7, unit: 'working_days' });
    expect(DEADLINE_RULES.seizure).toMatchObject({ n: 30, unit: 'calendar_days' });
    expect(DEADLINE_RULES.preservation_disposal).toMatchObject({ n: 7, unit: 'working_days' });
    expect(DEADLINE_RULES.decision).toMatchObject({ n: 90, unit: 'calendar_days' });
    expect(DEADLINE_RULES.service).toMatchObject({ n: 7, unit: 'working_days' });
    expect(DEADLINE_RULES.payment).toMatchObject({ n: 15, unit: 'calendar_days' });
  });
});

describe('hearing request: 5 working days from service of the notice (Art. 64)', () => {
  it('国庆 2026: notice 09-28 → 10-10, the make-up Saturday', () => {
    expect(hearingRequestDeadline(cal, '2026-09-28')).toEqual({
      key: 'hearing_request',
      from: '2026-09-28',
      due: '2026-10-10',
      citation: '《中华人民共和国行政处罚法》第六十四条第一项',
      rule: { n: 5, unit: 'working_days' },
      pausedDays: 0,
    });
  });
  it('notice 09-29 → 10-12 (Sunday 10-11 skipped)', () => {
    expect(hearingRequestDeadline(cal, '2026-09-29').due).toBe('2026-10-12');
  });
  it('春节 2026: notice 02-10 → 02-24 (02-14 make-up Saturday counts)', () => {
    expect(hearingRequestDeadline(cal, '2026-02-10').due).toBe('2026-02-24');
  });
  it('plain week: notice Monday 2026-03-02 → Monday 03-09', () => {
    expect(hearingRequestDeadline(cal, '2026-03-02').due).toBe('2026-03-09');
  });
});

describe('hearing notice at least 7 working days before the hearing (Art. 64)', () => {
  it('notice 2026-09-28 → hearing no earlier than 10-13', () => {
    expect(earliestHearingDate(cal, '2026-09-28')).toMatchObject({
      key: 'hearing_notice',
      due: '2026-10-13',
      rule: { n: 7, unit: 'working_days' },
    });
  });
});

describe('查封/扣押 30 days + one extension ≤ 30 (行政强制法 Art. 25)', () => {
  it('2026-09-05 + 30 = 10-05, a 国庆 holiday → rolls to 10-08', () => {
    expect(seizureDeadline(cal, '2026-09-05')).toMatchObject({
      due: '2026-10-08',
      rule: { n: 30, unit: 'calendar_days' },
      citation: '《中华人民共和国行政强制法》第二十五条',
    });
  });
  it('with the full 30-day extension → 11-04', () => {
    expect(seizureDeadline(cal, '2026-09-05', { extensionDays: 30 })).toMatchObject({
      due: '2026-11-04',
      rule: { n: 60, unit: 'calendar_days' },
    });
  });
  it('an extension of 31 days is refused', () => {
    expect(() => seizureDeadline(cal, '2026-09-05', { extensionDays: 31 })).toThrow(RangeError);
    expect(() => seizureDeadline(cal, '2026-09-05', { extensionDays: -1 })).toThrow(RangeError);
  });
});

describe('先行登记保存 disposal within 7 working days (Art. 56)', () => {
  it('春节 2025: 01-24 → 02-10', () => {
    expect(preservationDisposalDeadline(cal, '2025-01-24').due).toBe('2025-02-10');
  });
  it('pauses exclude their working days: 2026-03-02 → 03-11, with 03-04…03-05 paused → 03-13', () => {
    expect(preservationDisposalDeadline(cal, '2026-03-02')).toMatchObject({
      due: '2026-03-11',
      pausedDays: 0,
    });
    expect(
      preservationDisposalDeadline(cal, '2026-03-02', {
        pauses: [{ from: '2026-03-04', to: '2026-03-05', reason: '检验' }],
      }),
    ).toMatchObject({ due: '2026-03-13', pausedDays: 2 });
  });
});

describe('decision within 90 days of 立案 (Art. 60)', () => {
  it('2025-03-03 + 90 = 06-01 (Sunday, 端午) → 06-03', () => {
    expect(decisionDeadline(cal, '2025-03-03')).toEqual({
      key: 'decision',
      from: '2025-03-03',
      due: '2025-06-03',
      citation: '《中华人民共和国行政处罚法》第六十条',
      rule: { n: 90, unit: 'calendar_days' },
      pausedDays: 0,
    });
  });
  it('no rollover when day 90 is a working day: 2026-01-05 + 90', () => {
    expect(daysBetween('2026-01-05', '2026-04-05')).toBe(90);
    // 04-05 is 清明 (Sunday) in 2026 → the next working day 04-07.
    expect(decisionDeadline(cal, '2026-01-05').due).toBe('2026-04-07');
    expect(decisionDeadline(cal, '2026-01-06').due).toBe('2026-04-07');
    expect(decisionDeadline(cal, '2026-01-08')).toMatchObject({ due: '2026-04-08' });
  });
  it('a 10-day appraisal pause pushes it 10 days: → 06-11', () => {
    expect(
      decisionDeadline(cal, '2025-03-03', {
        pauses: [{ from: '2025-03-10', to: '2025-03-19', reason: '鉴定' }],
      }),
    ).toMatchObject({ due: '2025-06-11', pausedDays: 10 });
  });
  it('a pause before the period or overlapping pauses are counted once, only inside the period', () => {
    expect(
      decisionDeadline(cal, '2025-03-03', {
        pauses: [
          { from: '2025-02-20', to: '2025-03-03' },
          { from: '2025-03-10', to: '2025-03-15' },
          { from: '2025-03-14', to: '2025-03-19' },
        ],
      }),
    ).toMatchObject({ due: '2025-06-11', pausedDays: 10 });
  });
  it('an approved 30-day extension → 120 days: 07-01', () => {
    expect(
      decisionDeadline(cal, '2025-03-03', {
        extensions: [{ days: 30, approvedOn: '2025-05-20', approvedBy: '局长' }],
      }),
    ).toMatchObject({
      due: '2025-07-01',
      rule: { n: 120, unit: 'calendar_days' },
    });
  });
  it('an extension of 0 days is refused', () => {
    expect(() =>
      decisionDeadline(cal, '2025-03-03', {
        extensions: [{ days: 0, approvedOn: '2025-05-20', approvedBy: '局长' }],
      }),
    ).toThrow(RangeError);
  });
});

describe('service within 7 working days of the decision (Art. 61)', () => {
  it('国庆 2025: decided 09-26 → 10-13 (09-28 Sunday and 10-11 Saturday are make-up days)', () => {
    expect(serviceDeadline(cal, '2025-09-26')).toMatchObject({
      due: '2025-10-13',
      rule: { n: 7, unit: 'working_days' },
    });
  });
});

describe('payment 15 days from service (Art. 67)', () => {
  it('2026-01-30 → 02-14, a make-up Saturday: no rollover', () => {
    expect(paymentDeadline(cal, '2026-01-30').due).toBe('2026-02-14');
  });
  it('2026-02-01 → 02-16 in 春节 → rolls to 02-24', () => {
    expect(paymentDeadline(cal, '2026-02-01')).toMatchObject({
      due: '2026-02-24',
      rule: { n: 15, unit: 'calendar_days' },
    });
  });
});

describe('late surcharge 3% a day, capped at the fine (Art. 72)', () => {
  it('exact values and the cap', () => {
    expect(lateSurchargeFen(100_000, 0)).toBe(0);
    expect(lateSurchargeFen(100_000, 1)).toBe(3_000);
    expect(lateSurchargeFen(100_000, 33)).toBe(99_000);
    expect(lateSurchargeFen(100_000, 34)).toBe(100_000);
    expect(lateSurchargeFen(100_000, 1000)).toBe(100_000);
    expect(lateSurchargeFen(333, 1)).toBe(9); // 9.99 fen rounded down
    expect(lateSurchargeFen(0, 10)).toBe(0);
  });
  it('rejects negative or fractional inputs', () => {
    expect(() => lateSurchargeFen(-1, 1)).toThrow(RangeError);
    expect(() => lateSurchargeFen(100, 1.5)).toThrow(RangeError);
  });
  it('daysLate counts calendar days after the due date', () => {
    expect(daysLate('2026-02-24', '2026-02-24')).toBe(0);
    expect(daysLate('2026-02-24', '2026-02-20')).toBe(0);
    expect(daysLate('2026-02-24', '2026-02-25')).toBe(1);
    expect(daysLate('2026-02-24', '2026-03-02')).toBe(6);
  });
});

describe('limitation (Art. 36)', () => {
  it('2 years, 5 where life/health harmed; 29 February falls on 28 February', () => {
    expect(limitationLastDay('2024-03-10', false)).toBe('2026-03-10');
    expect(limitationLastDay('2024-03-10', true)).toBe('2029-03-10');
    expect(limitationLastDay('2024-02-29', false)).toBe('2026-02-28');
    expect(limitationLastDay('2024-02-29', true)).toBe('2029-02-28');
  });
});

describe('calendar coverage (C3)', () => {
  it('a period running into an uncovered year is flagged provisional, never computed as weekdays', () => {
    // 2026-12-28 + 5 working days would need 2027's holidays: only the earliest possible end is known.
    expect(hearingRequestDeadline(cal, '2026-12-28')).toEqual({
      key: 'hearing_request',
      from: '2026-12-28',
      due: '2027-01-02',
      citation: '《中华人民共和国行政处罚法》第六十四条第一项',
      rule: { n: 5, unit: 'working_days' },
      pausedDays: 0,
      provisional: { uncoveredYear: 2027 },
    });
    expect(paymentDeadline(cal, '2027-01-04').provisional).toEqual({ uncoveredYear: 2027 });
    expect(paymentDeadline(cal, '2026-11-04').provisional).toBeUndefined();
    // The raw computation still refuses.
    expect(() =>
      computePeriod(cal, '2026-12-28', 5, 'working_days', [{ from: '2026-12-29', to: '2026-12-29' }]),
    ).toThrow(CalendarNotCoveredError);
  });
  it('isAfter: certain before the earliest end, unknown after it while provisional', () => {
    const d = hearingRequestDeadline(cal, '2026-12-28');
    expect(isAfter(d, '2027-01-02')).toBe(false);
    expect(isAfter(d, '2027-01-03')).toBe('unknown');
    const known = hearingRequestDeadline(cal, '2026-09-28');
    expect([isAfter(known, '2026-10-10'), isAfter(known, '2026-10-11')]).toEqual([false, true]);
  });
  it('a year entered as overrides is computed', () => {
    const cal2027 = pinnedCalendar({
      extraCoveredYears: [2027],
      overrides: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }],
    });
    // 2026-12-28 Mon: 29, 30, 31, (01-01 holiday), (02, 03 weekend), 04, 05 → 5th working day 2027-01-05.
    expect(hearingRequestDeadline(cal2027, '2026-12-28').due).toBe('2027-01-05');
  });
  it('invalid pause ranges are refused', () => {
    expect(() =>
      computePeriod(cal, '2026-03-02', 7, 'working_days', [{ from: '2026-03-05', to: '2026-03-04' }]),
    ).toThrow(RangeError);
    expect(() =>
      computePeriod(cal, '2026-03-02', 7, 'calendar_days', [{ from: '2026-02-30', to: '2026-03-04' }]),
    ).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { CalendarNotCoveredError } from '../../../platform/calendar/rules.ts';
import { pinnedCalendar } from '../../../../test/helpers/calendar.ts';
import { PUBLICATION_RULES, publicationDue, withdrawalDue } from './deadlines.ts';
import { creditEndAfterRepair, creditWindow, onDisplay, portalWindow } from './display-periods.ts';

const calendar = pinnedCalendar();

describe('publication deadlines (E3) on the working-day calendar', () => {
  it('gives decisions 7 working days and other information 20, each with its citation', () => {
    expect(PUBLICATION_RULES.penalty_decision.workingDays).toBe(7);
    expect(PUBLICATION_RULES.permit_decision.workingDays).toBe(7);
    expect(PUBLICATION_RULES.other_enforcement.workingDays).toBe(20);
    expect(PUBLICATION_RULES.other_enforcement.citation).toContain(
      '《中华人民共和国政府信息公开条例》第二十六条',
    );
    expect(PUBLICATION_RULES.penalty_decision.citation).toContain('第二十四条');
  });

  it.each([
    // 国庆 2026: 10-01…10-07 off, Saturday 10-10 a make-up working day.
    ['penalty_decision', '2026-09-28', '2026-10-13'],
    ['permit_decision', '2026-09-28', '2026-10-13'],
    // 春节 2026: 02-15…02-23 off, Saturday 02-28 a make-up working day.
    ['penalty_decision', '2026-02-12', '2026-02-28'],
    ['penalty_decision', '2026-12-07', '2026-12-16'],
    ['other_enforcement', '2026-09-30', '2026-11-03'],
  ] as const)('%s decided %s is due %s', (subject, from, due) => {
    expect(publicationDue(calendar, subject, from)).toMatchObject({ from, due });
  });

  it('gives a withdrawal 3 working days from the recorded outcome', () => {
    // 劳动节 2026: 05-01…05-05 off, Saturday 05-09 a make-up working day.
    expect(withdrawalDue(calendar, '2026-04-30')).toMatchObject({ due: '2026-05-08', workingDays: 3 });
  });

  it('refuses to count into a year whose holidays are not known', () => {
    expect(() => publicationDue(calendar, 'penalty_decision', '2026-12-28')).toThrow(CalendarNotCoveredError);
  });
});

describe('display periods (E7)', () => {
  it('keeps a penalty on the portal at most 5 years, to the corresponding day', () => {
    expect(portalWindow('2026-12-07', { penalty: true, minor: false })).toMatchObject({
      published: true,
      from: '2026-12-07',
      until: '2031-12-07',
    });
    expect(portalWindow('2028-02-29', { penalty: true, minor: false })).toMatchObject({
      until: '2033-02-28',
    });
  });

  it('keeps a minor case 1 year by default, the body’s period between 1 and 5 years otherwise', () => {
    expect(portalWindow('2026-12-07', { penalty: true, minor: true })).toMatchObject({ until: '2027-12-07' });
    expect(portalWindow('2026-12-07', { penalty: true, minor: true, minorMonths: 24 })).toMatchObject({
      until: '2028-12-07',
    });
    expect(portalWindow('2026-12-07', { penalty: true, minor: true, minorMonths: 3 })).toMatchObject({
      until: '2027-12-07',
    });
    expect(portalWindow('2026-12-07', { penalty: true, minor: true, minorMonths: 99 })).toMatchObject({
      until: '2031-12-07',
    });
  });

  it('sets no maximum on the portal for a decision that is not a penalty', () => {
    expect(portalWindow('2026-12-07', { penalty: false, minor: false })).toMatchObject({ until: null });
  });

  it('follows 令第36号 on the credit channel', () => {
    expect(creditWindow('2026-12-07', { severity: 'minor' })).toEqual({
      published: false,
      channel: 'credit',
      reason: '轻微失信信息原则上不予公示',
      citation: '《信用修复管理办法》（国家发展改革委令第36号，2026年4月1日起施行）',
    });
    expect(creditWindow('2026-12-07', { severity: 'minor', sectorRequiresMinor: true })).toMatchObject({
      minUntil: null,
      until: '2027-03-07',
    });
    expect(creditWindow('2026-11-30', { severity: 'general' })).toMatchObject({
      minUntil: '2027-02-28',
      until: '2027-11-30',
    });
    expect(creditWindow('2026-12-07', { severity: 'serious' })).toMatchObject({
      minUntil: '2027-12-07',
      until: '2029-12-07',
    });
  });

  it('ends credit publicity at a repair granted after the minimum, never before it', () => {
    const w = creditWindow('2026-12-07', { severity: 'general' });
    expect(creditEndAfterRepair(w, '2027-03-07')).toBeNull();
    expect(creditEndAfterRepair(w, '2027-03-08')).toBe('2027-03-07');
    expect(creditEndAfterRepair(w, '2029-01-01')).toBe('2027-12-07');
    expect(creditEndAfterRepair(creditWindow('2026-12-07', { severity: 'minor' }), '2027-01-01')).toBeNull();
  });

  it('says whether an item is on display on a day', () => {
    const w = portalWindow('2026-12-07', { penalty: true, minor: true });
    expect([
      onDisplay(w, '2026-12-06'),
      onDisplay(w, '2026-12-07'),
      onDisplay(w, '2027-12-07'),
      onDisplay(w, '2027-12-08'),
    ]).toEqual([false, true, true, false]);
    expect(onDisplay(creditWindow('2026-12-07', { severity: 'minor' }), '2026-12-08')).toBe(false);
  });
});

// C3: the covered years and the administrators' warning, for every kind of day that decides it.
import { describe, expect, it } from 'vitest';
import { calendarCoverage } from './coverage.ts';

const PACKAGE = [2026, 2024, 2025];
const NOTICE_2027 = { year: 2027, source: '国办发明电〔2026〕9号' };

describe('calendarCoverage', () => {
  it('warns in December when next year has no notice entered', () => {
    expect(calendarCoverage('2026-12-07', PACKAGE, [])).toEqual({
      today: '2026-12-07',
      packageYears: [2024, 2025, 2026],
      enteredYears: [],
      coveredYears: [2024, 2025, 2026],
      year: 2026,
      yearCovered: true,
      nextYear: 2027,
      nextYearCovered: false,
      warning:
        '2027 年的节假日数据尚未录入：跨入 2027 年的期限将标记为“暂定”。请在国务院办公厅发布 2027 年部分节假日安排的通知后，' +
        '由系统管理员在“工作日计算”页按通知逐日录入放假日和调休上班日，再声明 2027 年已录入。',
    });
    expect(calendarCoverage('2026-12-01', PACKAGE, []).warning).toMatch(/^2027 年/);
    expect(calendarCoverage('2026-12-31', PACKAGE, []).warning).toMatch(/^2027 年/);
  });

  it('is quiet before December, and once next year is entered', () => {
    expect(calendarCoverage('2026-11-30', PACKAGE, []).warning).toBeNull();
    expect(calendarCoverage('2026-01-01', PACKAGE, []).warning).toBeNull();
    const entered = calendarCoverage('2026-12-07', PACKAGE, [NOTICE_2027]);
    expect(entered).toMatchObject({
      enteredYears: [NOTICE_2027],
      coveredYears: [2024, 2025, 2026, 2027],
      nextYearCovered: true,
      warning: null,
    });
    // A package release that ships next year needs no entry.
    expect(calendarCoverage('2026-12-07', [...PACKAGE, 2027], []).warning).toBeNull();
  });

  it('warns all year round when the current year is not covered', () => {
    const c = calendarCoverage('2027-03-15', PACKAGE, []);
    expect(c).toMatchObject({ year: 2027, yearCovered: false, nextYear: 2028, nextYearCovered: false });
    expect(c.warning).toBe(
      '2027 年的节假日数据尚未录入：落在 2027 年的期限只能暂定（标记为“暂定”）。请在国务院办公厅发布 2027 年部分节假日安排的通知后，' +
        '由系统管理员在“工作日计算”页按通知逐日录入放假日和调休上班日，再声明 2027 年已录入。',
    );
    expect(calendarCoverage('2027-03-15', PACKAGE, [NOTICE_2027]).warning).toBeNull();
  });
});

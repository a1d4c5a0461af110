// C3: which years the working-day calendar can count in, and whether the administrators must act. The
// holiday data (chinese-days) ends with the last State Council notice the installed release carries; a
// later year becomes usable when its notice is entered (overrides + a covered year). In December the
// next year's notice is due (it is usually published in November), so an uncovered next year is a
// warning then; an uncovered current year always is.

export interface CoveredYearEntry {
  year: number;
  source: string;
}

export interface CalendarCoverage {
  /** Today in Asia/Shanghai, as the server's clock has it. */
  today: string;
  /** The years the installed holiday data holds a State Council notice for. */
  packageYears: number[];
  /** Years entered by hand from a published notice (the override table), with the notice cited. */
  enteredYears: CoveredYearEntry[];
  /** Every year deadlines can be counted in, ascending. */
  coveredYears: number[];
  year: number;
  yearCovered: boolean;
  nextYear: number;
  nextYearCovered: boolean;
  /** What the administrators must do now, or null. */
  warning: string | null;
}

export function calendarCoverage(
  today: string,
  packageYears: readonly number[],
  enteredYears: readonly CoveredYearEntry[],
): CalendarCoverage {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const covered = [...new Set([...packageYears, ...enteredYears.map((e) => e.year)])].sort((a, b) => a - b);
  const yearCovered = covered.includes(year);
  const nextYearCovered = covered.includes(year + 1);
  const enter = (y: number) =>
    `请在国务院办公厅发布 ${y} 年部分节假日安排的通知后，由系统管理员在“工作日计算”页按通知逐日录入放假日和调休上班日，再声明 ${y} 年已录入`;
  const warning = !yearCovered
    ? `${year} 年的节假日数据尚未录入：落在 ${year} 年的期限只能暂定（标记为“暂定”）。${enter(year)}。`
    : month === 12 && !nextYearCovered
      ? `${year + 1} 年的节假日数据尚未录入：跨入 ${year + 1} 年的期限将标记为“暂定”。${enter(year + 1)}。`
      : null;
  return {
    today,
    packageYears: [...packageYears].sort((a, b) => a - b),
    enteredYears: [...enteredYears].sort((a, b) => a.year - b.year),
    coveredYears: covered,
    year,
    yearCovered,
    nextYear: year + 1,
    nextYearCovered,
    warning,
  };
}

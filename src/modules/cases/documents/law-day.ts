// C5 which day's law a document cites (行政处罚法 Art. 37: the law in force when the violation was done):
// the violation date the case recorded, or the document's own day when none is known. A date after the
// document's day cannot be a violation already done, so it is not trusted either.

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function lawDayOf(record: Record<string, unknown>, documentDay: string): string {
  const v = record.violationOn;
  return typeof v === 'string' && DATE.test(v) && v <= documentDay ? v : documentDay;
}

// C1 the guards several procedures share, each refusing with the procedure's own code and citation:
// two qualified officers, dates in order, deadlines that need a calendar year not yet entered, and the
// date citations every procedure has. Pure: no clock, no I/O.
import { CITATIONS as CALENDAR_CITATIONS } from '../../../platform/calendar/rules.ts';
import { certificateValidity } from '../../bodies/index.ts';
import { isAfter } from '../deadlines.ts';
import type { BaseFacts, Deadline, Refusal } from '../machine.ts';

/** Codes every procedure has; each procedure's GUARD_CITATIONS spreads these in. */
export const COMMON_CITATIONS = {
  DATE_IN_FUTURE: '本平台规则：记录的日期不得晚于当日（执法全过程记录 C8）',
  DATE_INVALID: '本平台规则：日期须为 YYYY-MM-DD 格式的真实日期',
  DATE_ORDER: '本平台规则：程序环节的日期不得早于其前一环节',
  CALENDAR_NOT_COVERED: CALENDAR_CITATIONS.workingDays,
} as const;
export type CommonCode = keyof typeof COMMON_CITATIONS;

export type Refuse<C extends string> = (code: C, message: string) => Refusal;

export function refuser<C extends string>(citations: Readonly<Record<C, string>>): Refuse<C> {
  return (code, message) => ({ ok: false, code, message, citation: citations[code] });
}

export const MIN_OFFICERS = 2;

/** Distinct officers whose certificate is valid on `date` and covers the case's 执法类别. */
export function qualifiedOfficers(facts: BaseFacts, date: string): number {
  const ids = new Set(
    facts.officers
      .filter(
        (o) =>
          o.certificate !== null &&
          o.certificate.categories.includes(facts.category) &&
          certificateValidity(o.certificate, date).valid,
      )
      .map((o) => o.id),
  );
  return ids.size;
}

/** At least two officers with valid certificates for the case's category; null when satisfied. */
export function checkOfficers<C extends string>(
  refuse: Refuse<C>,
  code: C,
  facts: BaseFacts,
  date: string,
  who = '执法人员',
): Refusal | null {
  const n = qualifiedOfficers(facts, date);
  if (n >= MIN_OFFICERS) return null;
  return refuse(code, `${who}不得少于两人且须持有效执法证件（含本案执法类别）；${date} 符合条件的仅 ${n} 人`);
}

/** DATE_ORDER when `date` lies before `earlier` (an earlier step of the same case). */
export function notBefore(
  refuse: Refuse<'DATE_ORDER'>,
  date: string,
  earlier: string | null,
  what: string,
): Refusal | null {
  if (earlier === null || date >= earlier) return null;
  return refuse('DATE_ORDER', `日期 ${date} 早于${what}（${earlier}）`);
}

/** A provisional deadline decides nothing: the year's holidays must be entered first (C3). */
export function uncovered(refuse: Refuse<'CALENDAR_NOT_COVERED'>, d: Deadline): Refusal {
  return refuse(
    'CALENDAR_NOT_COVERED',
    `${d.provisional?.uncoveredYear ?? ''} 年的节假日安排尚未录入，无法确定期限（最早于 ${d.due} 届满），请先录入当年节假日安排`,
  );
}

/** `late(due)` when `date` lies after the deadline; null when it does not. */
export function refuseIfAfter(
  refuse: Refuse<'CALENDAR_NOT_COVERED'>,
  d: Deadline,
  date: string,
  late: (due: string) => Refusal,
): Refusal | null {
  const after = isAfter(d, date);
  if (after === 'unknown') return uncovered(refuse, d);
  return after ? late(d.due) : null;
}

/** `early(due)` unless `date` lies after the deadline (a period that must run out first). */
export function refuseUnlessAfter(
  refuse: Refuse<'CALENDAR_NOT_COVERED'>,
  d: Deadline,
  date: string,
  early: (due: string) => Refusal,
): Refusal | null {
  const after = isAfter(d, date);
  if (after === 'unknown') return uncovered(refuse, d);
  return after ? null : early(d.due);
}

/** A recorded value a period counts from; its absence is an impossible date, refused as DATE_INVALID. */
export function need<T>(value: T | null, what: string): T {
  if (value === null) throw new RangeError(`尚未记录${what}`);
  return value;
}

export const blank = (s: string | null | undefined): boolean =>
  s === null || s === undefined || s.trim() === '';
export const yuan = (fen: number): string => (fen / 100).toFixed(2);

// C1 what the non-penalty procedures share: the officer guard, the date guards run before every
// transition, the zod fields of action input, and `buildMachine`, which turns a procedure's transition
// table, `precheck` (guards on state/facts/day, what `allowedActions` evaluates) and `apply` (guards on
// the action's data) into a `ProcedureMachine`. Pure: no clock, no I/O.
import { z } from 'zod';
import {
  CalendarNotCoveredError,
  CITATIONS as CALENDAR_CITATIONS,
} from '../../../platform/calendar/rules.ts';
import { certificateValidity } from '../../bodies/rules.ts';
import { parseDate } from '../deadlines.ts';
import type { BaseFacts, CaseKind, Deadline, ProcedureMachine, Refusal } from '../machine.ts';
import { isAfter, type PeriodDeadline } from './periods.ts';

/** Codes every procedure has; each procedure's GUARD_CITATIONS spreads these in. */
export const COMMON_CITATIONS = {
  DATE_IN_FUTURE: '本平台规则：记录的日期不得晚于当日（执法全过程记录 C8）',
  DATE_INVALID: '本平台规则：日期须为 YYYY-MM-DD 格式的真实日期',
  DATE_ORDER: '本平台规则：程序环节的日期不得早于其前一环节',
  CALENDAR_NOT_COVERED: CALENDAR_CITATIONS.workingDays,
} as const;
type CommonCode = keyof typeof COMMON_CITATIONS;

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

/** CALENDAR_NOT_COVERED for a question only the missing year's calendar can answer. */
export function uncovered(refuse: Refuse<'CALENDAR_NOT_COVERED'>, d: PeriodDeadline): Refusal {
  return refuse(
    'CALENDAR_NOT_COVERED',
    `${d.provisional?.uncoveredYear ?? ''} 年的节假日安排尚未录入，无法确定期限（最早于 ${d.due} 届满），请先录入当年节假日安排`,
  );
}

/** `late(due)` when `date` lies after the deadline; null when it does not. */
export function refuseIfAfter(
  refuse: Refuse<'CALENDAR_NOT_COVERED'>,
  d: PeriodDeadline,
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
  d: PeriodDeadline,
  date: string,
  early: (due: string) => Refusal,
): Refusal | null {
  const after = isAfter(d, date);
  if (after === 'unknown') return uncovered(refuse, d);
  return after ? null : early(d.due);
}

export const blank = (s: string | null | undefined): boolean =>
  s === null || s === undefined || s.trim() === '';
export const yuan = (fen: number): string => (fen / 100).toFixed(2);

// ---- zod fields of action input -------------------------------------------------------------------

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
// `describe` labels the field in the JSON Schema the workbench draws its forms from.
export const dateField = (what: string) =>
  z.string().regex(DATE_PATTERN, `${what}须为 YYYY-MM-DD 格式的日期`).describe(what);
export const textField = (what: string, max = 2000) =>
  z.string().trim().max(max, `${what}不得超过 ${max} 字`).describe(what);
export const fenField = (what: string) =>
  z.number().int(`${what}须为整数（分）`).nonnegative(`${what}不得为负`).max(1e14, `${what}过大`);
export const SERVICE_METHODS = [
  'in_person',
  'left_at_domicile',
  'mail',
  'electronic',
  'public_notice',
  'entrusted',
] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number];

// ---- the machine skeleton -------------------------------------------------------------------------

export type Outcome<S extends string> = { next: S; opened?: Deadline[]; closed?: string[] } | Refusal;

export interface MachineSpec<
  S extends string,
  A extends { type: string },
  R extends object,
  C extends string,
> {
  kind: CaseKind;
  states: readonly S[];
  stateLabels: Readonly<Record<S, string>>;
  actionLabels: Readonly<Record<A['type'], string>>;
  initial: S;
  finished: readonly S[];
  actionSchema: z.ZodType<A>;
  emptyRecord: () => R;
  fold: (record: R, action: A) => R;
  /** Which actions each state offers before guards, in the order the UI shows them. */
  actionsFrom: Readonly<Record<S, readonly A['type'][]>>;
  refuse: Refuse<C | CommonCode | 'NOT_ALLOWED_IN_STATE'>;
  /** The action's legal dates, none later than today; the first is the date its guards are judged on. */
  actionDates: (action: A) => string[];
  precheck: (state: S, facts: BaseFacts & R, type: A['type'], date: string) => Refusal | null;
  apply: (state: S, facts: BaseFacts & R, action: A) => Outcome<S>;
}

export function buildMachine<
  S extends string,
  A extends { type: string },
  R extends object,
  C extends string,
>(spec: MachineSpec<S, A, R, C>): ProcedureMachine<S, A, R> {
  const { refuse } = spec;
  function guarded<T>(fn: () => T): T | Refusal {
    try {
      return fn();
    } catch (error) {
      if (error instanceof CalendarNotCoveredError) return refuse('CALENDAR_NOT_COVERED', error.message);
      if (error instanceof RangeError) return refuse('DATE_INVALID', error.message);
      throw error;
    }
  }
  // A state or action the machine does not know (a stale record, unvalidated input) is refused too.
  function misplaced(state: S, type: A['type']): Refusal | null {
    if ((spec.actionsFrom[state] ?? []).includes(type)) return null;
    return refuse(
      'NOT_ALLOWED_IN_STATE',
      `当前环节“${spec.stateLabels[state] ?? state}”不能执行“${spec.actionLabels[type] ?? type}”`,
    );
  }
  const pre = (state: S, facts: BaseFacts & R, type: A['type'], date: string): Refusal | null =>
    misplaced(state, type) ?? spec.precheck(state, facts, type, date);
  return {
    kind: spec.kind,
    states: spec.states,
    stateLabels: spec.stateLabels,
    actionLabels: spec.actionLabels,
    initial: spec.initial,
    finished: spec.finished,
    actionSchema: spec.actionSchema,
    emptyRecord: spec.emptyRecord,
    fold: spec.fold,
    transition(state, facts, action, today) {
      const wrong = misplaced(state, action.type);
      if (wrong) return wrong;
      const dates = spec.actionDates(action);
      for (const d of dates) {
        const bad = guarded(() => (parseDate(d), null));
        if (bad) return bad;
        if (d > today) return refuse('DATE_IN_FUTURE', `日期 ${d} 晚于今天 ${today}`);
      }
      const p = guarded(() => pre(state, facts, action.type, dates[0] ?? today));
      if (p) return p;
      const out = guarded(() => spec.apply(state, facts, action));
      if ('ok' in out) return out;
      return {
        ok: true,
        next: out.next,
        deadlinesOpened: out.opened ?? [],
        deadlinesClosed: out.closed ?? [],
      };
    },
    allowedActions(state, facts, today) {
      return (spec.actionsFrom[state] ?? []).filter(
        (type) => guarded(() => pre(state, facts, type, today)) === null,
      );
    },
  };
}

// C1 one shape for every enforcement procedure (行政处罚, 行政强制, 行政检查, 行政许可, 行政征收), so the
// case service, the API and the workbench treat them alike: a pure `transition` with guards, the actions
// the UI may offer, and `fold`, which writes an accepted action's data into the case record. The state is
// never set directly: it only ever comes out of `transition`.
import type { z } from 'zod';
import type { WorkingCalendar } from '../../platform/calendar/rules.ts';
import type { Permission } from '../access/index.ts';
import type { Category, CertificateFacts } from '../bodies/index.ts';
import type { PauseRange, PeriodUnit } from './deadlines.ts';

export const CASE_KINDS = ['penalty', 'coercion', 'inspection', 'permit', 'levy'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_KIND_LABELS: Record<CaseKind, string> = {
  penalty: '行政处罚',
  coercion: '行政强制',
  inspection: '行政检查',
  permit: '行政许可',
  levy: '行政征收',
};

/** The certificate category (执法类别) an officer must hold for each kind of case (Art. 42). */
export const CATEGORY_OF_KIND: Record<CaseKind, Category> = {
  penalty: 'penalty',
  coercion: 'compulsory',
  inspection: 'inspection',
  permit: 'licensing',
  levy: 'levy',
};

export interface Officer {
  id: string;
  name?: string;
  certificate: (CertificateFacts & { categories: readonly Category[] }) | null;
}

/** What every procedure's guards get from the service besides the case record. */
export interface BaseFacts {
  calendar: WorkingCalendar;
  category: Category;
  partyType: 'person' | 'organisation';
  /** Officers handling the case (承办人员), with their certificates. */
  officers: readonly Officer[];
}

/** A computed statutory deadline; `key` is unique within a case's open deadlines. */
export interface Deadline {
  key: string;
  /** The triggering date; counting starts the next day. */
  from: string;
  due: string;
  citation: string;
  rule: { n: number; unit: PeriodUnit; pauses?: PauseRange[] };
  pausedDays: number;
  /** The period runs into a year without calendar data: `due` is only its earliest possible end (C3). */
  provisional?: { uncoveredYear: number };
}

/** What taking a step of a case needs (policy.ts adds whose case it must be). */
export type StepPermission = Extract<
  Permission,
  'cases.handle' | 'cases.approve' | 'cases.review' | 'cases.archive'
>;

export type Refusal = { ok: false; code: string; message: string; citation: string };

export type Transition<S extends string> =
  { ok: true; next: S; deadlinesOpened: Deadline[]; deadlinesClosed: string[] } | Refusal;

/**
 * A procedure. `R` is the stored case record (plain JSON: dates, amounts, ids) that the guards read
 * alongside `BaseFacts`; `A` the actions, a union discriminated by `type`.
 */
export interface ProcedureMachine<
  S extends string = string,
  A extends { type: string } = { type: string },
  R extends object = object,
> {
  kind: CaseKind;
  states: readonly S[];
  stateLabels: Readonly<Record<S, string>>;
  actionLabels: Readonly<Record<A['type'], string>>;
  /** Every action's permission: there is no default, so an action cannot be left open by omission. */
  actionPermissions: Readonly<Record<A['type'], StepPermission>>;
  initial: S;
  /** States from which nothing but archiving can follow; the workbench counts them as finished. */
  finished: readonly S[];
  /** Validates an action's input (dates as YYYY-MM-DD, amounts in integer fen). */
  actionSchema: z.ZodType<A>;
  emptyRecord(): R;
  transition(state: S, facts: BaseFacts & R, action: A, today: string): Transition<S>;
  allowedActions(state: S, facts: BaseFacts & R, today: string): A['type'][];
  /** The record after an accepted action: the action's data folded in. Pure. */
  fold(record: R, action: A): R;
}

// C1 `buildMachine`: a procedure from its states, the table of what each state offers, and its actions,
// each defined once — input, label, permission, dates, guards, how it folds into the record. Every
// procedure is built here, so all refuse a misplaced step, an impossible or future date and a year
// without calendar data alike. Pure: no clock, no I/O.
import { z } from 'zod';
import { CalendarNotCoveredError } from '../../../platform/calendar/rules.ts';
import { parseDate } from '../deadlines.ts';
import type { BaseFacts, CaseKind, Deadline, ProcedureMachine, Refusal, StepPermission } from '../machine.ts';
import type { CommonCode, Refuse } from './guards.ts';

type Shape = z.core.$ZodShape;

/** An accepted action's result: the next state and the deadlines it opens and closes. */
export type Outcome<S extends string> = { next: S; opened?: Deadline[]; closed?: string[] } | Refusal;

/** The fields the service adds to an action after validation, if any. */
type ServerData<X extends Shape> = [keyof X] extends [never] ? unknown : Partial<z.output<z.ZodObject<X>>>;

/** An action as its guards and fold see it: the validated input, and what the service added to it. */
export type ActionData<I extends Shape, X extends Shape = Record<never, never>> = z.output<z.ZodObject<I>> &
  ServerData<X> & { type: string };

/** One action of a procedure; without a label, permission, input, dates, apply or fold it does not compile. */
export interface ActionDef<S extends string, R extends object, I extends Shape, X extends Shape> {
  /** The step as officers name it: the workbench's button, the timeline. */
  label: string;
  /** Who may take it; policy.ts adds whose case it must be. */
  permission: StepPermission;
  /** The input fields besides `type`, validated before anything else. */
  input: I;
  /** Fields the service sets after validation (from settings or other modules), never the client. */
  serverInput?: X;
  /** The action's legal dates, none later than today; the first is the date its guards are judged on. */
  dates: (a: ActionData<I, X>) => string[];
  /** Guards on the state, the facts and the day only: what `allowedActions` evaluates. */
  precheck?: (state: S, facts: BaseFacts & R, date: string) => Refusal | null;
  /** Guards on the action's data, then where it leads. */
  apply: (state: S, facts: BaseFacts & R, a: ActionData<I, X>) => Outcome<S>;
  /** The record with the accepted action's data folded in. */
  fold: (record: R, a: ActionData<I, X>) => R;
}

/** The definer of one procedure's actions: its state and record types fixed, each action's input inferred. */
export function actionsOf<S extends string, R extends object>() {
  return <I extends Shape, X extends Shape = Record<never, never>>(def: ActionDef<S, R, I, X>) => def;
}

type AnyActionDef = { input: Shape; serverInput?: Shape };
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The union of a procedure's actions, discriminated by `type` (the key of its definition). */
export type ActionOf<D extends Record<string, AnyActionDef>> = {
  [K in keyof D & string]: Simplify<
    { type: K } & z.output<z.ZodObject<D[K]['input']>> & ServerData<NonNullable<D[K]['serverInput']>>
  >;
}[keyof D & string];

export interface ProcedureSpec<S extends string, R extends object, D extends Record<string, AnyActionDef>> {
  kind: CaseKind;
  states: readonly S[];
  stateLabels: Readonly<Record<S, string>>;
  initial: S;
  /** States from which nothing but archiving can follow. */
  finished: readonly S[];
  emptyRecord: () => R;
  /** The actions, in the order the workbench lists them. */
  actions: D;
  /** Which actions each state offers before guards, the likely next step first (the workbench's order). */
  actionsFrom: Readonly<Record<S, readonly (keyof D & string)[]>>;
  refuse: Refuse<CommonCode | 'NOT_ALLOWED_IN_STATE'>;
}

export function buildMachine<S extends string, R extends object, D extends Record<string, AnyActionDef>>(
  spec: ProcedureSpec<S, R, D>,
): ProcedureMachine<S, ActionOf<D>, R> {
  type A = ActionOf<D>;
  type T = A['type'];
  // Each definition is typed by its own input; here they are handled as one shape.
  const defs = spec.actions as unknown as Record<T, ActionDef<S, R, Shape, Shape>>;
  const types = Object.keys(defs) as T[];
  const pick = <V>(f: (d: ActionDef<S, R, Shape, Shape>) => V) =>
    Object.fromEntries(types.map((t) => [t, f(defs[t])])) as Record<T, V>;
  const actionLabels = pick((d) => d.label);
  const { refuse } = spec;

  function guarded<V>(fn: () => V): V | Refusal {
    try {
      return fn();
    } catch (error) {
      if (error instanceof CalendarNotCoveredError) return refuse('CALENDAR_NOT_COVERED', error.message);
      if (error instanceof RangeError) return refuse('DATE_INVALID', error.message);
      throw error;
    }
  }
  const offered = (state: S): readonly string[] =>
    Object.hasOwn(spec.actionsFrom, state) ? spec.actionsFrom[state] : [];
  // A state or action the machine does not know (a stale record, unvalidated input) is refused too.
  function misplaced(state: S, type: string): Refusal | null {
    if (offered(state).includes(type)) return null;
    const stateLabel = Object.hasOwn(spec.stateLabels, state) ? spec.stateLabels[state] : state;
    const actionLabel = Object.hasOwn(actionLabels, type) ? actionLabels[type as T] : type;
    return refuse('NOT_ALLOWED_IN_STATE', `当前环节“${stateLabel}”不能执行“${actionLabel}”`);
  }
  const pre = (state: S, facts: BaseFacts & R, type: T, date: string): Refusal | null =>
    misplaced(state, type) ?? defs[type].precheck?.(state, facts, date) ?? null;

  return {
    kind: spec.kind,
    states: spec.states,
    stateLabels: spec.stateLabels,
    actionLabels,
    actionPermissions: pick((d) => d.permission),
    initial: spec.initial,
    finished: spec.finished,
    actionSchema: z.discriminatedUnion(
      'type',
      types.map((t) => z.object({ type: z.literal(t), ...defs[t].input })) as unknown as [
        z.ZodObject,
        ...z.ZodObject[],
      ],
    ) as unknown as z.ZodType<A>,
    emptyRecord: spec.emptyRecord,
    fold: (record, action) => defs[action.type].fold(record, action),
    transition(state, facts, action, today) {
      const wrong = misplaced(state, action.type);
      if (wrong) return wrong;
      const def = defs[action.type];
      const dates = def.dates(action);
      for (const d of dates) {
        const bad = guarded(() => (parseDate(d), null));
        if (bad) return bad;
        if (d > today) return refuse('DATE_IN_FUTURE', `日期 ${d} 晚于今天 ${today}`);
      }
      const p = guarded(() => pre(state, facts, action.type, dates[0] ?? today));
      if (p) return p;
      const out = guarded(() => def.apply(state, facts, action));
      if ('ok' in out) return out;
      return {
        ok: true,
        next: out.next,
        deadlinesOpened: out.opened ?? [],
        deadlinesClosed: out.closed ?? [],
      };
    },
    allowedActions(state, facts, today) {
      return offered(state).filter(
        (type) => guarded(() => pre(state, facts, type as T, today)) === null,
      ) as T[];
    },
  };
}

// C1, C2 one ledger event per procedure action, `case.<action>`: its label is the procedure's own name
// for the step (an action several procedures share, e.g. `decide`, is named by the case's procedure when
// the audit log knows it), and its details say the state it moved from and to, what was entered and the
// deadlines it opened.
import { z } from 'zod';
import { beijingTime, lines, yuan } from '../../platform/ledger/details.ts';
import type { DetailLine, EntityName, EventDefinition } from '../../platform/ledger/events.ts';
import { PENALTY_LABELS } from '../catalog/index.ts';
import { ACTION_FIELD_LABELS, ACTION_VALUE_LABELS } from './action-fields.ts';
import { actionFieldDescriptions } from './action-forms.ts';
import { deadlineLabel } from './deadline-labels.ts';
import { CASE_KINDS, type CaseKind, type ProcedureMachine } from './machine.ts';
import { machineOf, procedureActions, type PROCEDURE_MACHINES } from './registry.ts';

type ActionTypeOf<M> = M extends ProcedureMachine<string, infer A, object> ? A['type'] : never;
export type CaseActionType = ActionTypeOf<(typeof PROCEDURE_MACHINES)[CaseKind]>;
export type CaseStepCode = `case.${CaseActionType}`;

const stepPayload = z.object({
  code: z.string(),
  from: z.string(),
  to: z.string(),
  action: z.looseObject({ type: z.string() }),
  deadlines: z.array(z.object({ key: z.string(), due: z.string() })),
});
type StepPayload = z.output<typeof stepPayload>;

const machineOfEntity = (entity: EntityName | null): ProcedureMachine | null =>
  CASE_KINDS.includes(entity?.kind as CaseKind) ? machineOf(entity!.kind as CaseKind) : null;

type Labels = Readonly<Record<string, string>>;

const VALUE_LABELS: Labels = { ...PENALTY_LABELS, ...ACTION_VALUE_LABELS };

/** A field entered in a step form, in words: codes by their label, money in yuan, lists joined. */
function shown(key: string, v: unknown, names: Labels): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number') return key.endsWith('Fen') ? yuan(v) : String(v);
  if (typeof v === 'string') return key.endsWith('At') ? beijingTime(v) : (VALUE_LABELS[v] ?? v);
  if (Array.isArray(v)) {
    const parts = v.map((x) => shown(key, x, names)).filter((x): x is string => x !== null);
    return parts.length ? parts.join('、') : null;
  }
  if (typeof v === 'object') {
    const parts = fieldLines(v, names).map((l) => `${l.label} ${l.value}`);
    return parts.length ? parts.join('，') : null;
  }
  return null;
}

// Amounts are shown in yuan, so a name that says "in fen" would mislead.
const fieldName = (key: string, names: Labels) =>
  (names[key] ?? ACTION_FIELD_LABELS[key] ?? key).replace(/（分）$/, '');

function fieldLines(fields: object, names: Labels): DetailLine[] {
  return Object.entries(fields).flatMap(([key, v]): DetailLine[] => {
    const value = key === 'type' ? null : shown(key, v, names);
    return value === null ? [] : [{ label: fieldName(key, names), value }];
  });
}

function stepDetails(p: StepPayload, entity: EntityName | null): DetailLine[] {
  const m = machineOfEntity(entity);
  const state = (s: string) => m?.stateLabels[s] ?? s;
  return [
    ...lines(['状态', p.from === p.to ? state(p.to) : `${state(p.from)} → ${state(p.to)}`]),
    ...fieldLines(p.action, m ? actionFieldDescriptions(m, p.action.type) : {}),
    ...lines(['开始计算的期限', p.deadlines.map((d) => `${deadlineLabel(d.key)} 至 ${d.due}`)]),
  ];
}

/** `case.<action>` for every action of every procedure, named as the procedures name them. */
export function caseStepEvents(): Record<CaseStepCode, EventDefinition<typeof stepPayload>> {
  const byType = new Map<string, Map<CaseKind, string>>();
  for (const { kind, type, label } of procedureActions())
    byType.set(type, (byType.get(type) ?? new Map<CaseKind, string>()).set(kind, label));
  const events = [...byType].map(([type, labels]): [string, EventDefinition<typeof stepPayload>] => [
    `case.${type}`,
    {
      label: [...new Set(labels.values())].join('／'),
      // The penalty procedure's steps are C2's state machine; the other procedures' are C1's.
      domain: labels.size === 1 && labels.has('penalty') ? 'C2' : 'C1',
      payload: stepPayload,
      labelFor: (entity) => labels.get(entity?.kind as CaseKind) ?? [...new Set(labels.values())].join('／'),
      details: stepDetails,
    },
  ]);
  return Object.fromEntries(events) as Record<CaseStepCode, EventDefinition<typeof stepPayload>>;
}

let actionTypes: Set<string> | undefined;

/** The ledger code of a step; the action was validated by its procedure, so its type is one of them. */
export function stepEventCode(type: string): CaseStepCode {
  actionTypes ??= new Set(procedureActions().map((a) => a.type));
  if (!actionTypes.has(type)) throw new Error(`unknown case action ${type}`);
  return `case.${type}` as CaseStepCode;
}

// C1 the procedures by case kind, each a `ProcedureMachine` built by `buildMachine` (procedures/builder.ts).
// The service looks a case's machine up here and never branches on kind.
import type { CaseKind, ProcedureMachine, StepPermission } from './machine.ts';
import { ACTIONS_FROM as COERCION_FROM, coercionMachine } from './procedures/coercion/index.ts';
import { ACTIONS_FROM as INSPECTION_FROM, inspectionMachine } from './procedures/inspection/index.ts';
import { ACTIONS_FROM as LEVY_FROM, levyMachine } from './procedures/levy/index.ts';
import { ACTIONS_FROM as PENALTY_FROM, penaltyMachine } from './procedures/penalty/index.ts';
import { ACTIONS_FROM as PERMIT_FROM, permitMachine } from './procedures/permit/index.ts';

// Each machine is typed by its own states, actions and record; the service handles them as the base shape.
export const PROCEDURE_MACHINES = {
  penalty: penaltyMachine,
  coercion: coercionMachine,
  inspection: inspectionMachine,
  permit: permitMachine,
  levy: levyMachine,
} as const satisfies Record<CaseKind, ProcedureMachine>;

/** Which steps each state of each procedure offers, before guards. */
const OFFERED: Record<CaseKind, Readonly<Record<string, readonly string[]>>> = {
  penalty: PENALTY_FROM,
  coercion: COERCION_FROM,
  inspection: INSPECTION_FROM,
  permit: PERMIT_FROM,
  levy: LEVY_FROM,
};

/** The states of a kind's procedure that offer `step` (the work queue reads only cases in them). */
export function statesOffering(kind: CaseKind, step: string): string[] {
  return Object.entries(OFFERED[kind]).flatMap(([state, steps]) => (steps.includes(step) ? [state] : []));
}

export function machineOf(kind: CaseKind): ProcedureMachine {
  if (!Object.hasOwn(PROCEDURE_MACHINES, kind)) throw new Error(`no procedure for case kind ${kind}`);
  return PROCEDURE_MACHINES[kind];
}

export const availableKinds = (): CaseKind[] => Object.keys(PROCEDURE_MACHINES) as CaseKind[];

/**
 * Every procedure's actions with the Chinese label the workbench shows for them (GET /cases/meta);
 * the ledger names each step event by it. One action type may be offered by several procedures.
 */
export function procedureActions(): { kind: CaseKind; type: string; label: string }[] {
  return availableKinds().flatMap((kind) =>
    Object.entries(machineOf(kind).actionLabels).map(([type, label]) => ({
      kind,
      type,
      label: String(label),
    })),
  );
}

/** The permission of one step of a kind's procedure; undefined for a step the procedure does not have. */
export function procedurePermission(kind: CaseKind, type: string): StepPermission | undefined {
  const { actionPermissions } = machineOf(kind);
  return Object.hasOwn(actionPermissions, type) ? actionPermissions[type] : undefined;
}

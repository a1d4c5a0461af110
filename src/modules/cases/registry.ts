// C1 the procedures by case kind. The service looks a case's machine up here and never branches on kind.
import type { CaseKind, ProcedureMachine } from './machine.ts';
import { penaltyMachine } from './penalty.ts';
import { PROCEDURE_MACHINES } from './procedures/index.ts';

// Each machine is typed by its own states, actions and record; the service handles them as the base shape.
const MACHINES: Record<CaseKind, ProcedureMachine | undefined> = {
  penalty: penaltyMachine,
  ...PROCEDURE_MACHINES,
};

export function machineOf(kind: CaseKind): ProcedureMachine {
  const m = MACHINES[kind];
  if (!m) throw new Error(`no procedure for case kind ${kind}`);
  return m;
}

export const availableKinds = (): CaseKind[] =>
  (Object.keys(MACHINES) as CaseKind[]).filter((k) => MACHINES[k] !== undefined);

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

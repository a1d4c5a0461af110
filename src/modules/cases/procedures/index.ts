// C1 the non-penalty procedures, each a `ProcedureMachine`: 行政强制措施, 行政检查, 行政许可, 行政征收.
// The 行政处罚 machine is registered alongside these by the case registry.
export { coercionMachine } from './coercion.ts';
export { inspectionMachine } from './inspection.ts';
export { levyMachine } from './levy.ts';
export { permitMachine } from './permit.ts';
export { PROCEDURE_DEADLINE_LABELS, PROCEDURE_PERIODS } from './periods.ts';
export type { CoercionAction, CoercionRecord, CoercionState } from './coercion.ts';
export type { InspectionAction, InspectionRecord, InspectionState } from './inspection.ts';
export type { LevyAction, LevyRecord, LevyState } from './levy.ts';
export type { PermitAction, PermitRecord, PermitState } from './permit.ts';

import { coercionMachine } from './coercion.ts';
import { inspectionMachine } from './inspection.ts';
import { levyMachine } from './levy.ts';
import { permitMachine } from './permit.ts';

export const PROCEDURE_MACHINES = {
  coercion: coercionMachine,
  inspection: inspectionMachine,
  permit: permitMachine,
  levy: levyMachine,
} as const;

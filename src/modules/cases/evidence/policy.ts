// C7, H2 who may register evidence and attach its file: the case's handling officers (or the head of the
// handling unit), as for any handling step; canTakeAction in ../policy.ts applies it to a case.
import type { StepPermission } from '../machine.ts';

export const EVIDENCE_STEP_PERMISSIONS = {
  add_evidence: 'cases.handle',
} as const satisfies Readonly<Record<string, StepPermission>>;

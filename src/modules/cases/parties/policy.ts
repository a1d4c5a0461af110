// C4, H2 who may add a party, witness or agent to a case, or correct their details: the case's handling
// officers (or the head of the handling unit); canTakeAction in ../policy.ts applies it to a case.
import type { StepPermission } from '../machine.ts';

export const PARTY_STEP_PERMISSIONS = {
  add_party: 'cases.handle',
  correct_party: 'cases.handle',
} as const satisfies Readonly<Record<string, StepPermission>>;

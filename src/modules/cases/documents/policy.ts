// C5, H2 who may issue a document of a case: its handling officers (or the head of the handling unit);
// canTakeAction in ../policy.ts applies it to a case. Reading documents follows the case's visibility.
import type { StepPermission } from '../machine.ts';

export const DOCUMENT_STEP_PERMISSIONS = {
  issue_document: 'cases.handle',
} as const satisfies Readonly<Record<string, StepPermission>>;

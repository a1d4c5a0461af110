// G2 what each deadline key means to an officer, across procedures (keys are unique across them).
import { DEADLINE_RULES, type DeadlineKey } from './deadlines.ts';
import { PROCEDURE_DEADLINE_LABELS } from './procedures/periods.ts';

export function deadlineLabel(key: string): string {
  return (
    DEADLINE_RULES[key as DeadlineKey]?.label ??
    (PROCEDURE_DEADLINE_LABELS as Record<string, string>)[key] ??
    key
  );
}

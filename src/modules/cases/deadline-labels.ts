// G2 what each deadline key means to an officer, across procedures.
import { DEADLINE_RULES, type DeadlineKey } from './deadlines.ts';

const EXTRA: Record<string, string> = {};

export function registerDeadlineLabels(labels: Record<string, string>) {
  Object.assign(EXTRA, labels);
}

export function deadlineLabel(key: string): string {
  return DEADLINE_RULES[key as DeadlineKey]?.label ?? EXTRA[key] ?? key;
}

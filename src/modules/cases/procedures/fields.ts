// C1 the zod fields of action input the procedures share. `describe` labels a field in the JSON Schema
// the workbench draws its forms from; the messages name the field in Chinese.
import { z } from 'zod';
import { boundedText } from '../../../platform/text.ts';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const dateField = (what: string) =>
  z.string().regex(DATE_PATTERN, `${what}须为 YYYY-MM-DD 格式的日期`).describe(what);
export const textField = (what: string, max = 2000) => boundedText(max, what).describe(what);

/**
 * A5 the approver of a step reserved for the head: set by the service from the signed-in approver
 * (step-facts.ts), never typed by the client — a step's `serverInput`.
 */
export const approverInput = { approvedBy: z.string().max(100) };
export const fenField = (what: string) =>
  z.number().int(`${what}须为整数（分）`).nonnegative(`${what}不得为负`).max(1e14, `${what}过大`);

export const SERVICE_METHODS = [
  'in_person',
  'left_at_domicile',
  'mail',
  'electronic',
  'public_notice',
  'entrusted',
] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number];

// The zod building blocks of case inputs: trimmed text with a bound, required text, a legal date. The
// messages name the field in Chinese, as the officer reads it.
import { z } from 'zod';

export { boundedText as text, requiredText as required } from '../../platform/text.ts';
export const legalDate = (what: string) =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${what}须为 YYYY-MM-DD 格式的日期`);

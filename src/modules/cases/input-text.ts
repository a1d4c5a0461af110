// The zod building blocks of case inputs: trimmed text with a bound, required text, a legal date. The
// messages name the field in Chinese, as the officer reads it.
import { z } from 'zod';
import { trimmedText } from '../../platform/text.ts';

export const text = (max: number, what: string) => trimmedText().max(max, `${what}不得超过 ${max} 字`);
export const required = (max: number, what: string) => text(max, what).min(1, `请填写${what}`);
export const legalDate = (what: string) =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${what}须为 YYYY-MM-DD 格式的日期`);

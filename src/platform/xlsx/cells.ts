// Typed cells (issue 14, finding 11): what a column holds decides how its cells are written and read.
// Written: dates as date cells shown yyyy-mm-dd, amounts as numbers shown in yuan, identifiers (ID,
// certificate and phone numbers, codes) as text cells so Excel never turns an 18-digit ID number into
// 1.10101E+17. Read: both the typed form and the text form a person may type, normalised to the text
// the column's schema checks — with a refusal where Excel has already lost digits.
import type { RawCell } from './grid.ts';

export type CellKind =
  /** A date: written as a date cell; read from a date cell or a 'yyyy-mm-dd' text. */
  | 'date'
  /** Money in yuan with at most two decimals: written as a number; read from a number or '1,234.50'. */
  | 'yuan'
  /** An identifier: written as text; read from text or from a number that Excel kept exactly. */
  | 'text'
  /** A plain number (counts, 序号). */
  | 'number';

export const NUMBER_FORMATS: Record<CellKind, string> = {
  date: 'yyyy-mm-dd',
  yuan: '"¥"#,##0.00',
  text: '@',
  number: 'General',
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Excel keeps 15 significant digits; an integer beyond that may already have been changed. */
const EXACT_DIGITS = 1e15;

/** The value to write for a cell of this kind; null for an empty cell. */
export function writeCell(
  kind: CellKind | undefined,
  value: string | number | null,
): string | number | Date | null {
  if (value === null || value === '') return null;
  switch (kind) {
    case 'date': {
      const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
      return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : value;
    }
    case 'yuan':
    case 'number': {
      const n = typeof value === 'number' ? value : Number(value.replace(/,/g, ''));
      return Number.isFinite(n) ? n : value;
    }
    case 'text':
      return String(value);
    case undefined:
      return value;
  }
}

export type ReadCell = { text: string } | { error: string };

/** A cell as the text its column's schema reads ('' when empty), or why it cannot be read. */
export function readCell(kind: CellKind | undefined, raw: RawCell): ReadCell {
  if (raw === null) return { text: '' };
  if (raw instanceof Date) return { text: raw.toISOString().slice(0, 10) };
  if (typeof raw === 'boolean') return { text: raw ? '是' : '否' };
  if (typeof raw === 'string') {
    const text = raw.trim();
    return { text: kind === 'yuan' ? text.replace(/^[¥￥]\s*/, '').replace(/\s*元$/, '') : text };
  }
  if (kind === 'yuan') {
    const fen = Math.round(raw * 100);
    if (Math.abs(raw * 100 - fen) > 1e-6) return { error: '金额最多两位小数' };
    return { text: (fen / 100).toFixed(2) };
  }
  if (kind === 'text' && Number.isInteger(raw) && Math.abs(raw) >= EXACT_DIGITS)
    return {
      error: `被 Excel 存成了数字（${raw.toPrecision(15)}），超过 15 位的数字已丢失精度；请将该列设为“文本”格式后重新填写`,
    };
  return { text: String(raw) };
}

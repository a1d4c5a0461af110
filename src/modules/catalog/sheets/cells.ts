// Shared cell helpers of the catalogue spreadsheet layouts (sheets/index.ts lists the layouts).
import { AUTHORITY_LABELS, CATEGORIES, CATEGORY_LABELS } from '../../bodies/index.ts';
import type { CellError, CellKind } from '../../../platform/xlsx/table.ts';
import { PENALTY_LABELS, REVIEW_FLAG_LABELS, TIER_LABELS, type ArticleRef } from '../model.ts';

export type Flat = Record<string, string>;
export interface SheetContext {
  cite(refs: ArticleRef[]): string;
  parseCite(text: string): { refs: ArticleRef[]; problems: string[] };
}
export interface BuiltEntry {
  rowNumber: number;
  /** Every spreadsheet row the entry came from (a benchmark spans one row per tier). */
  rowNumbers: number[];
  code: string;
  data: Record<string, unknown>;
  effectiveFrom?: string;
}
export interface KindSheet {
  sheetName: string;
  codeHeader: string;
  /** Columns in order; `cell` types the column's cells (codes are text, 序号 a number, regardless). */
  headers: { header: string; required?: boolean; width?: number; cell?: CellKind }[];
  toRows(code: string, data: Record<string, unknown>, ctx: SheetContext): Flat[];
  fromRows(rows: { rowNumber: number; values: Flat }[], ctx: SheetContext, errors: CellError[]): BuiltEntry[];
}

// Lists of short labels are written "警告、罚款"; labels that contain 、 or ， themselves (the review flags)
// are listed one per line instead.
export const labelled = <K extends string>(labels: Record<K, string>, multiline = false) => {
  const byLabel = new Map(Object.entries(labels).map(([k, v]) => [v as string, k as K]));
  return {
    label: (k: K) => labels[k],
    parse: (s: string) => byLabel.get(s.trim()),
    list: (keys: K[]) => keys.map((k) => labels[k]).join(multiline ? '\n' : '、'),
    parseList: (s: string, bad: (v: string) => void) =>
      s
        .split(multiline ? /[;；\n]+/ : /[、,，;；\s]+/)
        .map((v) => v.trim())
        .filter(Boolean)
        .flatMap((v) => {
          const k = byLabel.get(v);
          if (!k) bad(v);
          return k ? [k] : [];
        }),
  };
};
export const category = labelled(
  Object.fromEntries(CATEGORIES.map((c) => [c, CATEGORY_LABELS[c]])) as Record<
    (typeof CATEGORIES)[number],
    string
  >,
);
export const tier = labelled(TIER_LABELS);
export const authority = labelled(AUTHORITY_LABELS);
export const penalty = labelled(PENALTY_LABELS);
export const flag = labelled(REVIEW_FLAG_LABELS, true);

export const yuan = (fen: number | null | undefined) =>
  fen === null || fen === undefined ? '' : (fen / 100).toFixed(2);
/** '2,000.50' → 200050; null for empty; undefined (an error) for anything else. */
export function parseYuan(s: string): number | null | undefined {
  const t = s.replace(/[,，\s]/g, '');
  if (!t) return null;
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(t)) return undefined;
  const [whole, frac = ''] = t.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}
/** A stored text field as a cell; entries are zod-validated, so anything else is absent. */
export const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
export const yes = (b: unknown) => (b ? '是' : '');
export const lines = (list: unknown) => ((list as string[] | undefined) ?? []).join('\n');
export const splitLines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Builds one entry per row (kinds with one row per entry), reporting duplicate codes. */
export function perRow(
  codeHeader: string,
  build: (
    v: Flat,
    ctx: SheetContext,
    err: (column: string, message: string) => void,
  ) => Record<string, unknown>,
) {
  return (
    rows: { rowNumber: number; values: Flat }[],
    ctx: SheetContext,
    errors: CellError[],
  ): BuiltEntry[] => {
    const seen = new Map<string, number>();
    return rows.map(({ rowNumber, values }) => {
      const err = (column: string, message: string) => errors.push({ row: rowNumber, column, message });
      const code = values[codeHeader] ?? '';
      if (seen.has(code)) err(codeHeader, `与第 ${seen.get(code)} 行重复`);
      seen.set(code, rowNumber);
      return {
        rowNumber,
        rowNumbers: [rowNumber],
        code,
        data: build(values, ctx, err),
        effectiveFrom: values['生效日期'] || undefined,
      };
    });
  };
}

export function refs(
  ctx: SheetContext,
  text: string | undefined,
  column: string,
  err: (c: string, m: string) => void,
) {
  const r = ctx.parseCite(text ?? '');
  r.problems.forEach((p) => err(column, p));
  return r.refs;
}

export const EFFECTIVE = { header: '生效日期', width: 12, cell: 'date' } as const;
/** An amount in yuan: a number cell shown as ¥1,234.50, read from a number or a text such as '1,234.50'. */
export const money = (header: string) => ({ header, cell: 'yuan' }) as const;

// The first worksheet of a .xlsx as plain cell values, after the package passed the limits
// (package-check.ts). Runs in a parser worker (parse-worker.ts): what it returns crosses the thread
// boundary by structured clone, so it holds only strings, numbers, booleans, dates and nulls.
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { checkPackage, PackageRefused } from './package-check.ts';
import { LIMIT_MESSAGES, NOT_XLSX, type SheetLimits } from './limits.ts';
import { unmark } from './unstorable-xml.ts';

export type RawCell = string | number | boolean | Date | null;

export type GridResult =
  | { ok: true; rows: RawCell[][] }
  /** Refused as bad input, with the message for the user. */
  | { ok: false; message: string };

/** A cell's value without its presentation: rich text joined, a formula's cached result, a link's text. */
export function rawValue(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return unmark(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return unmark(value.richText.map((r) => r.text).join(''));
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) return rawValue(value.result ?? null);
  if ('text' in value) return rawValue(value.text);
  return null;
}

/** The package with some parts replaced (stored, not compressed: it is only read once, right here). */
function repack(data: Buffer, parts: Map<string, Buffer>): Buffer {
  const files = unzipSync(data);
  for (const [name, xml] of parts) files[name] = new Uint8Array(xml);
  return Buffer.from(zipSync(files, { level: 0 }));
}

export async function readGrid(data: Buffer, limits: SheetLimits): Promise<GridResult> {
  let marked: Map<string, Buffer>;
  try {
    marked = checkPackage(data, limits);
  } catch (e) {
    if (e instanceof PackageRefused) return { ok: false, message: e.message };
    throw e;
  }
  const wb = new ExcelJS.Workbook();
  try {
    const checked = marked.size ? repack(data, marked) : data;
    await wb.xlsx.load(checked as unknown as ArrayBuffer);
  } catch {
    return { ok: false, message: NOT_XLSX };
  }
  const ws = wb.worksheets[0];
  if (!ws) return { ok: true, rows: [] };
  if (ws.rowCount - 1 > limits.rows) return { ok: false, message: LIMIT_MESSAGES.rows(limits) };
  const rows: RawCell[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const cells: RawCell[] = [];
    ws.getRow(r).eachCell((cell, col) => (cells[col - 1] = rawValue(cell.value)));
    for (let c = 0; c < cells.length; c++) cells[c] ??= null;
    rows.push(cells);
  }
  return { ok: true, rows };
}

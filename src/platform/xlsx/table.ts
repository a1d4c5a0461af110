// Spreadsheet tables (B, A): agencies keep their lists in Excel. One column definition drives both the
// export and the import, and an import reports every bad cell by row and column before anything is saved.
// Each column's kind (cells.ts) types its cells both ways. Uploads are parsed off the event loop, in a
// worker pool, within the limits of limits.ts (issue 14).
import { availableParallelism } from 'node:os';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { AppError, badRequest } from '../http/errors.ts';
import { unstorableReason } from '../http/storable-input.ts';
import { NUMBER_FORMATS, readCell, writeCell, type CellKind } from './cells.ts';
import type { GridResult, RawCell } from './grid.ts';
import { SHEET_LIMITS, type SheetLimits } from './limits.ts';
import { PoolBusy, PoolTimeout, WorkerPool } from './pool.ts';

export type { CellKind } from './cells.ts';

export interface Column<T> {
  header: string; // Chinese column title, as agencies use
  width?: number;
  /** How the column's cells are typed; untyped cells are written as given and read as text. */
  cell?: CellKind;
  /** Value written on export. */
  get: (row: T) => string | number | null;
  /** Field name on import; omitted for export-only columns such as 序号. */
  field?: string;
  schema?: z.ZodType;
  required?: boolean;
}

export interface CellError {
  row: number; // 1-based spreadsheet row
  column: string;
  message: string;
}

const ROWS_PER_TURN = 1000;
const turn = () => new Promise((resolve) => setImmediate(resolve));

export async function writeTable<T>(sheetName: string, columns: Column<T>[], rows: T[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '三项制度执法平台';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: c.header,
    width: c.width ?? 16,
    // The column's own format too, so a row typed in later in Excel keeps the type (an ID stays text).
    ...(c.cell ? { style: { numFmt: NUMBER_FORMATS[c.cell] } } : {}),
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  columns.forEach((c, i) => (header.getCell(i + 1).numFmt = 'General'));
  for (let i = 0; i < rows.length; i++) {
    const row = ws.addRow(columns.map((c) => writeCell(c.cell, c.get(rows[i]!))));
    columns.forEach((c, j) => {
      if (c.cell) row.getCell(j + 1).numFmt = NUMBER_FORMATS[c.cell];
    });
    // Building a large sheet is synchronous work: let other requests run between batches.
    if (i % ROWS_PER_TURN === ROWS_PER_TURN - 1) await turn();
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Parser workers: one per core but one (kept for the event loop), at most two. */
const PARSER_WORKERS = Math.max(1, Math.min(2, availableParallelism() - 1));
const PARSE_TIMEOUT_MS = 30_000;

let pool: WorkerPool<{ data: Uint8Array; limits: SheetLimits }, GridResult> | undefined;
function parser() {
  pool ??= new WorkerPool({
    script: new URL('./parse-worker-entry.mjs', import.meta.url),
    size: PARSER_WORKERS,
    timeoutMs: PARSE_TIMEOUT_MS,
    maxQueue: 16,
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  return pool;
}

const refusal = (message: string) => ({ rows: [], errors: [{ row: 0, column: '', message }] });

/** The first sheet's cells, parsed in a worker; a refusal (limits, not a spreadsheet) as a cell error. */
async function parseGrid(
  data: Buffer,
  limits: SheetLimits,
): Promise<{ rows: RawCell[][] } | { error: string }> {
  try {
    const copy = new Uint8Array(data); // its own buffer, moved to the worker (the upload may be pooled)
    const result = await parser().run({ data: copy, limits }, [copy.buffer]);
    return result.ok ? { rows: result.rows } : { error: result.message };
  } catch (e) {
    if (e instanceof PoolBusy)
      throw new AppError(429, 'RATE_LIMITED', '当前导入任务较多，请稍后重试', { rule: 'IMPORT_QUEUE_FULL' });
    if (e instanceof PoolTimeout)
      return { error: `表格解析超过 ${PARSE_TIMEOUT_MS / 1000} 秒仍未完成，已中止；请拆分后分批导入` };
    return { error: '表格解析失败（文件异常或超出内存上限），请检查文件或拆分后分批导入' };
  }
}

/**
 * Reads the first sheet: headers by name (any order), each cell through its column's kind and schema.
 * Returns parsed rows only when there are no errors at all. A cell the database cannot hold (NUL, a lone
 * surrogate) is a 400 naming its row and column.
 */
export async function readTable(
  data: Buffer,
  columns: Column<unknown>[],
  limits: SheetLimits = SHEET_LIMITS,
): Promise<{ rows: { rowNumber: number; values: Record<string, unknown> }[]; errors: CellError[] }> {
  const grid = await parseGrid(data, limits);
  if ('error' in grid) return refusal(grid.error);
  if (grid.rows.length < 1) return refusal('表格为空');
  const headerIndex = new Map<string, number>();
  grid.rows[0]!.forEach((cell, col) => {
    const read = readCell(undefined, cell);
    if ('text' in read && read.text) headerIndex.set(read.text, col);
  });
  const importable = columns.filter((c) => c.field);
  const missing = importable.filter((c) => c.required && !headerIndex.has(c.header));
  if (missing.length) {
    return {
      rows: [],
      errors: missing.map((c) => ({ row: 1, column: c.header, message: `缺少列「${c.header}」` })),
    };
  }
  const errors: CellError[] = [];
  const rows: { rowNumber: number; values: Record<string, unknown> }[] = [];
  for (let r = 2; r <= grid.rows.length; r++) {
    if (r % ROWS_PER_TURN === 0) await turn();
    const cells = grid.rows[r - 1]!;
    const read = importable.map((c) =>
      headerIndex.has(c.header) ? readCell(c.cell, cells[headerIndex.get(c.header)!] ?? null) : { text: '' },
    );
    if (read.every((t) => 'text' in t && t.text === '')) continue; // blank line
    const values: Record<string, unknown> = {};
    importable.forEach((c, i) => {
      const cell = read[i]!;
      if ('error' in cell) return void errors.push({ row: r, column: c.header, message: cell.error });
      const text = cell.text;
      const unstorable = unstorableReason(text);
      if (unstorable)
        throw badRequest(`第 ${r} 行「${c.header}」列${unstorable}`, {
          errors: [{ row: r, column: c.header, message: unstorable }],
        });
      if (text === '' && c.required) {
        errors.push({ row: r, column: c.header, message: '必填' });
        return;
      }
      const parsed = (c.schema ?? z.string()).safeParse(text === '' ? undefined : text);
      if (parsed.success) values[c.field!] = parsed.data;
      else
        errors.push({ row: r, column: c.header, message: parsed.error.issues[0]?.message ?? '格式不正确' });
    });
    rows.push({ rowNumber: r, values });
  }
  if (!rows.length && !errors.length) errors.push({ row: 0, column: '', message: '表格中没有数据行' });
  return { rows: errors.length ? [] : rows, errors };
}

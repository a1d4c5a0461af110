// Spreadsheet tables (B, A): agencies keep their lists in Excel. One column definition drives both the
// export and the import, and an import reports every bad cell by row and column before anything is saved.
import ExcelJS from 'exceljs';
import { z } from 'zod';

export interface Column<T> {
  header: string; // Chinese column title, as agencies use
  width?: number;
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

const MAX_ROWS = 20_000;
const ROWS_PER_TURN = 1000;

export async function writeTable<T>(sheetName: string, columns: Column<T>[], rows: T[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '三项制度执法平台';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  ws.getRow(1).font = { bold: true };
  for (let i = 0; i < rows.length; i++) {
    ws.addRow(columns.map((c) => c.get(rows[i]!)));
    // Building a large sheet is synchronous work: let other requests run between batches.
    if (i % ROWS_PER_TURN === ROWS_PER_TURN - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return cellText(value.result);
    return '';
  }
  return String(value).trim();
}

/**
 * Reads the first sheet: headers by name (any order), each cell through its column's schema.
 * Returns parsed rows only when there are no errors at all.
 */
export async function readTable(
  data: Buffer,
  columns: Column<unknown>[],
): Promise<{ rows: { rowNumber: number; values: Record<string, unknown> }[]; errors: CellError[] }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return { rows: [], errors: [{ row: 0, column: '', message: '文件不是有效的 .xlsx 电子表格' }] };
  }
  const ws = wb.worksheets[0];
  if (!ws || ws.rowCount < 1) return { rows: [], errors: [{ row: 0, column: '', message: '表格为空' }] };
  const headerIndex = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => headerIndex.set(cellText(cell.value), col));
  const importable = columns.filter((c) => c.field);
  const missing = importable.filter((c) => c.required && !headerIndex.has(c.header));
  if (missing.length) {
    return {
      rows: [],
      errors: missing.map((c) => ({ row: 1, column: c.header, message: `缺少列「${c.header}」` })),
    };
  }
  if (ws.rowCount - 1 > MAX_ROWS)
    return { rows: [], errors: [{ row: 0, column: '', message: `一次最多导入 ${MAX_ROWS} 行` }] };
  const errors: CellError[] = [];
  const rows: { rowNumber: number; values: Record<string, unknown> }[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const texts = importable.map((c) =>
      headerIndex.has(c.header) ? cellText(row.getCell(headerIndex.get(c.header)!).value) : '',
    );
    if (texts.every((t) => t === '')) continue; // blank line
    const values: Record<string, unknown> = {};
    importable.forEach((c, i) => {
      const text = texts[i]!;
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

// Spreadsheet imports within limits (issue 14, finding 5): a small file that expands into millions of
// shared strings, hundreds of megabytes or a million cells is refused quickly, naming the limit, without
// holding the event loop; cells the database cannot hold are a 400 naming their row and column.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  inflatingSheet,
  lyingInflatingSheet,
  manyCells,
  manySharedStrings,
  rawInlineCells,
} from '../../../test/helpers/hostile-xlsx.ts';
import { AppError } from '../http/errors.ts';
import { SHEET_LIMITS } from './limits.ts';
import { readTable, writeTable, type Column } from './table.ts';

const NAME: Column<unknown>[] = [
  { header: '姓名', field: 'name', required: true, schema: z.string(), get: () => null },
  { header: '职务', field: 'post', schema: z.string().optional(), get: () => null },
];
const refusedWith = (message: string) => ({ rows: [], errors: [{ row: 0, column: '', message }] });

/** Runs an import and reports how long it took and the longest the event loop was held meanwhile. */
async function timed(file: Buffer, limits = SHEET_LIMITS) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const start = performance.now();
  const result = await readTable(file, NAME, limits);
  histogram.disable();
  return { result, ms: performance.now() - start, maxLoopDelayMs: histogram.max / 1e6 };
}

describe('readTable limits', () => {
  it('refuses 3 million shared strings in a ~200 KB file quickly, without holding the event loop', async () => {
    const file = manySharedStrings(3_000_000);
    expect(file.length).toBeLessThan(256 * 1024);
    const { result, ms, maxLoopDelayMs } = await timed(file);
    expect(result).toEqual(refusedWith('表格中的文本（共享字符串）超过 500000 个的上限，请拆分后分批导入'));
    // Generous for a loaded 2-core machine; on the main thread this file took 4 s and held the loop 3.5 s.
    expect(ms).toBeLessThan(10_000);
    expect(maxLoopDelayMs).toBeLessThan(500);
  });

  it('refuses a part declared larger than the limit before inflating it', async () => {
    const { result, ms } = await timed(inflatingSheet(100));
    expect(result).toEqual(refusedWith('表格解压后超过 64 MB 的上限，请拆分后分批导入'));
    expect(ms).toBeLessThan(5_000);
  });

  it('refuses a part that inflates beyond its declared size (a zip that lies)', async () => {
    const { result } = await timed(lyingInflatingSheet(100));
    expect(result).toEqual(refusedWith('表格解压后超过 64 MB 的上限，请拆分后分批导入'));
  });

  it('refuses more cells, rows or shared strings than the limits, and accepts exactly the limits', async () => {
    expect((await timed(manyCells(2, 1))).result.errors).toEqual([]);
    const limits = { ...SHEET_LIMITS, rows: 3, cells: 9, sharedStrings: 2 };
    // Three data rows of two cells plus a header of one: 7 cells.
    expect((await timed(manyCells(3, 2), limits)).result.errors).toEqual([]);
    expect((await timed(manyCells(4, 2), limits)).result).toEqual(refusedWith('一次最多导入 3 行'));
    expect((await timed(manyCells(3, 3), { ...limits, cells: 9 })).result).toEqual(
      refusedWith('表格单元格超过 9 个的上限，请拆分后分批导入'),
    );
    expect((await timed(manySharedStrings(2), limits)).result.errors).toEqual([
      { row: 0, column: '', message: '表格中没有数据行' },
    ]);
    expect((await timed(manySharedStrings(3), limits)).result).toEqual(
      refusedWith('表格中的文本（共享字符串）超过 2 个的上限，请拆分后分批导入'),
    );
    expect((await timed(manyCells(2, 1), { ...limits, entries: 5 })).result).toEqual(
      refusedWith('表格文件包含的部件超过 5 个的上限，不是正常的 .xlsx 文件'),
    );
  });

  it('refuses a file that is not a zip, or a truncated one', async () => {
    const good = manyCells(2, 1);
    for (const file of [Buffer.from('姓名\n张三'), Buffer.alloc(0), good.subarray(0, good.length - 30)])
      expect((await timed(file)).result).toEqual(refusedWith('文件不是有效的 .xlsx 电子表格'));
  });
});

describe('readTable cells the database cannot hold', () => {
  for (const [what, xml, reason] of [
    ['a NUL character reference', '甲&#0;乙', '含有空字符（NUL），无法保存'],
    ['a raw NUL byte', '甲\u0000乙', '含有空字符（NUL），无法保存'],
    ['a lone high surrogate reference', '甲&#xD800;乙', '含有不成对的代理字符（无效的 Unicode），无法保存'],
    ['a lone low surrogate reference', '甲&#56320;乙', '含有不成对的代理字符（无效的 Unicode），无法保存'],
  ] as const)
    it(`answers 400 naming the row and column of ${what}`, async () => {
      const file = rawInlineCells([
        ['姓名', '职务'],
        ['张三', '科员'],
        ['李四', xml],
      ]);
      const error = await readTable(file, NAME).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        status: 400,
        code: 'VALIDATION_FAILED',
        message: `第 3 行「职务」列${reason}`,
        details: { errors: [{ row: 3, column: '职务', message: reason }] },
      });
    });

  it('still reads ordinary character references', async () => {
    const file = rawInlineCells([
      ['姓名', '职务'],
      ['张&#19977;', '&#x79D1;员 &amp; A'],
    ]);
    expect(await readTable(file, NAME)).toEqual({
      rows: [{ rowNumber: 2, values: { name: '张三', post: '科员 & A' } }],
      errors: [],
    });
  });
});

describe('writeTable and readTable typed cells', () => {
  type Row = { id: string; on: string; fee: string; n: number };
  const COLUMNS: Column<Row>[] = [
    { header: '身份证号', field: 'id', cell: 'text', get: (r) => r.id },
    { header: '日期', field: 'on', cell: 'date', get: (r) => r.on },
    { header: '金额(元)', field: 'fee', cell: 'yuan', get: (r) => r.fee },
    { header: '人数', field: 'n', cell: 'number', schema: z.coerce.number(), get: (r) => r.n },
  ];

  it('writes each kind as its type with its format, and reads the same values back', async () => {
    const rows = [{ id: '110101199003077777', on: '2026-01-10', fee: '1234.50', n: 3 }];
    const file = await writeTable('表', COLUMNS, rows);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const cells = [1, 2, 3, 4].map((c) => wb.worksheets[0]!.getRow(2).getCell(c));
    expect(cells.map((c) => c.value)).toEqual([
      '110101199003077777',
      new Date('2026-01-10T00:00:00Z'),
      1234.5,
      3,
    ]);
    // 'General' is Excel's default format, which a reader reports as no format at all.
    expect(cells.map((c) => c.numFmt)).toEqual(['@', 'yyyy-mm-dd', '"¥"#,##0.00', undefined]);
    expect(await readTable(file, COLUMNS as Column<unknown>[])).toEqual({
      rows: [{ rowNumber: 2, values: { id: '110101199003077777', on: '2026-01-10', fee: '1234.50', n: 3 } }],
      errors: [],
    });
  });
});

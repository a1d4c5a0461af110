// Issue 14, finding 11: a catalogue export as a stock reader (exceljs) sees it — amounts are numbers in a
// yuan format, dates are date cells, codes are text — and the typed file imports back unchanged, as does
// the same value typed as text ('¥2,000.00', '2024-01-01'); an amount with more than two decimals is
// refused by row and column.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { demoIds, insertUserSql, loginFrom, type DemoIds } from '../support.ts';
import { bodyWithDemoCatalogue, DEMO_COUNTS, expectFailure, importFile } from './support.ts';

describe('catalogue spreadsheets with typed cells', () => {
  let t: TestApp;
  let ids: DemoIds;
  let cityLegal: Client;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    cityLegal = await loginFrom(t, (await insertUserSql(t, ids.city, ['legal_head'])).username);
  });
  afterAll(async () => t.close());

  async function exported(bodyId: string) {
    const res = await cityLegal.get(`/api/v1/catalog/benchmark/export?bodyId=${bodyId}`);
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const headers = (ws.getRow(1).values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
    /** The first data row with a value in the column, and that cell. */
    const firstFilled = (header: string) => {
      for (let r = 2; r <= ws.rowCount; r++) {
        const cell = ws.getRow(r).getCell(headers.indexOf(header));
        if (cell.value !== null) return { row: r, cell };
      }
      throw new Error(`no value in ${header}`);
    };
    return { wb, firstFilled };
  }
  const upload = async (wb: ExcelJS.Workbook, bodyId: string) =>
    importFile(cityLegal, 'benchmark', Buffer.from(await wb.xlsx.writeBuffer()), `?bodyId=${bodyId}`);
  const unchanged = { rows: DEMO_COUNTS.benchmark, changed: 0, unchanged: DEMO_COUNTS.benchmark };

  it('writes amounts as yuan numbers, dates as date cells, codes as text, and reads them back unchanged', async () => {
    const body = await bodyWithDemoCatalogue(t, ids.city, ids.district);
    const { wb, firstFilled } = await exported(body);
    const fine = firstFilled('罚款上限(元)').cell;
    expect(typeof fine.value).toBe('number');
    expect(fine.numFmt).toBe('"¥"#,##0.00');
    const effective = firstFilled('生效日期').cell;
    expect(effective.value).toBeInstanceOf(Date);
    expect(effective.numFmt).toBe('yyyy-mm-dd');
    const code = firstFilled('基准编码').cell;
    expect({ type: typeof code.value, numFmt: code.numFmt }).toEqual({ type: 'string', numFmt: '@' });
    expect(typeof firstFilled('序号').cell.value).toBe('number');

    const res = await upload(wb, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual(unchanged);
  });

  it('reads the same amount and date typed as text as unchanged', async () => {
    const body = await bodyWithDemoCatalogue(t, ids.city, ids.district);
    const { wb, firstFilled } = await exported(body);
    const fine = firstFilled('罚款上限(元)').cell;
    const yuan = (fine.value as number).toLocaleString('en-US', { minimumFractionDigits: 2 });
    fine.value = `¥${yuan}`;
    const effective = firstFilled('生效日期').cell;
    effective.value = (effective.value as Date).toISOString().slice(0, 10);
    const res = await upload(wb, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual(unchanged);
  });

  it('refuses an amount number with more than two decimals, naming its row and column', async () => {
    const body = await bodyWithDemoCatalogue(t, ids.city, ids.district);
    const { wb, firstFilled } = await exported(body);
    const { row, cell } = firstFilled('罚款上限(元)');
    cell.value = 1234.567;
    const failure = expectFailure(await upload(wb, body), 422, 'IMPORT_FAILED');
    expect((failure.details as { errors: unknown[] }).errors).toEqual([
      { row, column: '罚款上限(元)', message: '金额最多两位小数' },
    ]);
  });
});

// A3 roster round trip (issue 14, "Spreadsheets"): an exported roster comes back edited and updates the
// people it names by ID number — a version and a `person.updated` entry for each changed person, nothing
// for unchanged ones, all or nothing with the other rows. The export's cells are typed as a stock reader
// (exceljs) sees them: ID numbers and certificate numbers text, dates date cells; an ID number that
// Excel stored as a number is refused where its digits may be lost.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellError } from '../../src/platform/xlsx/table.ts';
import { idNumberIndex, personalPurpose } from '../../src/platform/crypto/personal-data.ts';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import {
  createBody,
  createCertificate,
  createPerson,
  demoIds,
  expectError,
  lastLedgerEntries,
  ledgerCount,
  loginFrom,
  multipart,
  newIdNumber,
  sql,
  type DemoIds,
} from './support.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('people roster round trip', () => {
  let t: TestApp;
  let ids: DemoIds;
  let sysadmin: Client;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    sysadmin = await loginFrom(t, 'sysadmin');
  });
  afterAll(async () => t.close());

  const upload = (bodyId: string, data: Buffer) =>
    sysadmin.request({
      method: 'POST',
      url: `/api/v1/people/import?bodyId=${bodyId}`,
      ...multipart([{ name: 'file', filename: 'roster.xlsx', contentType: XLSX_TYPE, content: data }]),
    });
  const exported = async (bodyId: string) => {
    const res = await sysadmin.get(`/api/v1/people/export?bodyId=${bodyId}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return wb;
  };
  const bufferOf = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());
  /** The cell of a header's column in the row holding `name`. */
  const cellOf = (wb: ExcelJS.Workbook, name: string, header: string) => {
    const ws = wb.worksheets[0]!;
    const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v));
    let found: ExcelJS.Cell | undefined;
    ws.eachRow((row) => {
      if (row.getCell(headers.indexOf('姓名')).value === name) found = row.getCell(headers.indexOf(header));
    });
    expect(found, `${name} / ${header}`).toBeDefined();
    return found!;
  };
  /** The person's row as stored, the sealed phone opened (H4). */
  const personRow = async (id: string) => {
    const [row] = await sql<{
      name: string;
      phone: string | null;
      post: string;
      version: number;
      is_reviewer: boolean;
    }>(t, 'select name, phone, post, version, is_reviewer from people where id = $1', [id]);
    return {
      ...row!,
      phone: t.services.sealer.openOptional(row!.phone, personalPurpose('people', 'phone', id)),
    };
  };
  const versionsOf = async (id: string) =>
    sql<{ version: number; reason: string }>(
      t,
      "select version, reason from record_versions where entity_type = 'person' and entity_id = $1 order by version",
      [id],
    );

  async function bodyWithPeople() {
    const body = await createBody(sysadmin, ids.district);
    const a = await createPerson(sysadmin, body.id, { name: '回流甲', post: '科员' });
    const b = await createPerson(sysadmin, body.id, { name: '回流乙', post: '科员' });
    const cert = await createCertificate(sysadmin, a.id);
    return { body, a, b, cert };
  }

  it('exports ID and certificate numbers as text cells and certificate dates as date cells', async () => {
    const { a, cert } = await bodyWithPeople();
    const wb = await exported(a.input.bodyId);
    const id = cellOf(wb, '回流甲', '身份证号');
    expect({ value: id.value, numFmt: id.numFmt }).toEqual({ value: a.input.idNumber, numFmt: '@' });
    const number = cellOf(wb, '回流甲', '执法证号');
    expect({ value: number.value, numFmt: number.numFmt }).toEqual({ value: cert.number, numFmt: '@' });
    const phone = cellOf(wb, '回流甲', '手机号');
    expect({ value: phone.value, numFmt: phone.numFmt }).toEqual({ value: '13800138000', numFmt: '@' });
    for (const [header, day] of [
      ['发证日期', '2026-01-10'],
      ['有效期至', '2029-01-09'],
    ] as const) {
      const cell = cellOf(wb, '回流甲', header);
      expect({ value: cell.value, numFmt: cell.numFmt }).toEqual({
        value: new Date(`${day}T00:00:00Z`),
        numFmt: 'yyyy-mm-dd',
      });
    }
    // Exported by name: 回流乙 (U+4E59) before 回流甲 (U+7532).
    expect(cellOf(wb, '回流乙', '序号').value).toBe(1);
  });

  it('re-imports an unchanged export as unchanged: no version, one people.imported entry', async () => {
    const { body, a, b } = await bodyWithPeople();
    const file = await bufferOf(await exported(body.id));
    const before = { ledger: await ledgerCount(t), a: await versionsOf(a.id), b: await versionsOf(b.id) };
    const res = await upload(body.id, file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: 2, created: 0, updated: 0, unchanged: 2 });
    expect(await ledgerCount(t)).toBe(before.ledger + 1);
    expect({ a: await versionsOf(a.id), b: await versionsOf(b.id) }).toEqual({ a: before.a, b: before.b });
    const [entry] = await lastLedgerEntries(t, 1);
    expect(entry!.action).toBe('people.imported');
    expect(JSON.parse(entry!.payload)).toEqual({ rows: 2, body: body.name, created: 0, updated: 0 });
  });

  it('updates the edited person by ID number, with a version and a person.updated entry, and adds new rows', async () => {
    const { body, a, b } = await bodyWithPeople();
    const wb = await exported(body.id);
    cellOf(wb, '回流乙', '职务').value = '科长';
    cellOf(wb, '回流乙', '手机号').value = '13911112222';
    cellOf(wb, '回流乙', '法制审核人员').value = '是';
    const newcomer = newIdNumber();
    wb.worksheets[0]!.addRow([3, '回流丙', '男', newcomer]);
    const before = { ledger: await ledgerCount(t), a: await versionsOf(a.id) };
    const res = await upload(body.id, await bufferOf(wb));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: 3, created: 1, updated: 1, unchanged: 1 });

    expect(await personRow(b.id)).toEqual({
      name: '回流乙',
      phone: '13911112222',
      post: '科长',
      version: 2,
      is_reviewer: true,
    });
    expect(await versionsOf(b.id)).toEqual([
      { version: 1, reason: '新建' },
      { version: 2, reason: '批量导入' },
    ]);
    expect(await versionsOf(a.id)).toEqual(before.a);
    const [added] = await sql<{ name: string; body_id: string }>(
      t,
      'select name, body_id from people where id_number_index = $1',
      [idNumberIndex(t.services.sealer, newcomer)],
    );
    expect(added).toEqual({ name: '回流丙', body_id: body.id });

    expect(await ledgerCount(t)).toBe(before.ledger + 2);
    const [imported, updated] = await lastLedgerEntries(t, 2);
    expect(updated).toMatchObject({ action: 'person.updated', entity_id: b.id, body_id: body.id });
    expect(JSON.parse(updated!.payload)).toEqual({ version: 2, reason: '批量导入' });
    expect(imported!.action).toBe('people.imported');
    expect(JSON.parse(imported!.payload)).toEqual({ rows: 3, body: body.name, created: 1, updated: 1 });
  });

  /** Imports a file that must be refused with exactly these errors, and checks nothing changed. */
  async function refused(bodyId: string, file: Buffer, errors: CellError[], status = 422) {
    const snapshot = async () => ({
      ledger: await ledgerCount(t),
      people: await sql(t, 'select id, version from people where body_id = $1 order by id', [bodyId]),
      certificates: await sql(t, 'select count(*)::int as n from certificates'),
    });
    const before = await snapshot();
    const res = await upload(bodyId, file);
    expectError(res, status, status === 422 ? 'IMPORT_FAILED' : 'VALIDATION_FAILED');
    expect((res.json() as { details: { errors: CellError[] } }).details.errors).toEqual(errors);
    expect(await snapshot()).toEqual(before);
  }

  it('is all or nothing: an edited person is not updated when another row is wrong', async () => {
    const { body } = await bodyWithPeople();
    const wb = await exported(body.id);
    cellOf(wb, '回流乙', '职务').value = '科长';
    cellOf(wb, '回流甲', '性别').value = '未知';
    await refused(body.id, await bufferOf(wb), [{ row: 3, column: '性别', message: '应为“男”或“女”' }]);
  });

  it('refuses a certificate whose cells differ from the one the person holds', async () => {
    const { body } = await bodyWithPeople();
    const wb = await exported(body.id);
    cellOf(wb, '回流甲', '有效期至').value = new Date('2030-01-09T00:00:00Z');
    await refused(body.id, await bufferOf(wb), [
      { row: 3, column: '执法证号', message: '与系统中该执法证的信息不一致；执法证的变更请在系统中办理' },
    ]);
  });

  it('refuses the ID number of a person of another body', async () => {
    const { body } = await bodyWithPeople();
    const other = await createBody(sysadmin, ids.district);
    await refused(other.id, await bufferOf(await exported(body.id)), [
      { row: 2, column: '身份证号', message: '系统中已存在该身份证号（其他执法主体的人员），不能导入本机构' },
      { row: 3, column: '身份证号', message: '系统中已存在该身份证号（其他执法主体的人员），不能导入本机构' },
      { row: 3, column: '执法证号', message: '系统中已存在该执法证号' },
    ]);
  });

  it('reads a phone number typed as a number, refuses an ID number Excel stored as a number', async () => {
    const { body, b } = await bodyWithPeople();
    const wb = await exported(body.id);
    const phone = cellOf(wb, '回流乙', '手机号');
    phone.value = 13911113333;
    phone.numFmt = 'General';
    const res = await upload(body.id, await bufferOf(wb));
    expect(res.json()).toEqual({ imported: 2, created: 0, updated: 1, unchanged: 1 });
    expect((await personRow(b.id)).phone).toBe('13911113333');

    const id = cellOf(wb, '回流乙', '身份证号');
    // A check character X cannot be a number; Excel would keep the other 17 digits' fate all the same.
    const typed = Number(String(b.input.idNumber).replace(/X$/i, '0'));
    id.value = typed;
    id.numFmt = 'General';
    await refused(body.id, await bufferOf(wb), [
      {
        row: 2,
        column: '身份证号',
        message: `被 Excel 存成了数字（${typed.toPrecision(15)}），超过 15 位的数字已丢失精度；请将该列设为“文本”格式后重新填写`,
      },
    ]);
  });

  it('answers 400 naming the row and column of a cell holding NUL', async () => {
    const { body } = await bodyWithPeople();
    const wb = await exported(body.id);
    // exceljs drops NUL when writing, so the character reference goes into the worksheet's XML directly.
    cellOf(wb, '回流乙', '职务').value = 'NULHERE';
    const file = await bufferOf(wb);
    const { unzipSync, zipSync } = await import('fflate');
    const parts = unzipSync(file);
    for (const [name, data] of Object.entries(parts))
      if (/sharedStrings|worksheets\/sheet1/.test(name))
        parts[name] = Buffer.from(Buffer.from(data).toString('utf8').replace('NULHERE', '科&#0;长'));
    await refused(
      body.id,
      Buffer.from(zipSync(parts)),
      [{ row: 2, column: '职务', message: '含有空字符（NUL），无法保存' }],
      400,
    );
  });
});

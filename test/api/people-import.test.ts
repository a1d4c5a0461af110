// A3 roster spreadsheets over HTTP: an import is all-or-nothing with every bad cell reported by row and
// column; the export round-trips and is logged.
import ExcelJS from 'exceljs';
import { openedPersonRow } from '../helpers/sealed.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellError } from '../../src/platform/xlsx/table.ts';
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
  newCertNumber,
  newIdNumber,
  newName,
  randomId,
  sql,
  type BodyOut,
  type DemoIds,
} from './support.ts';
import { demoDisplayName } from '../helpers/demo.ts';

const HEADERS = [
  '序号',
  '姓名',
  '性别',
  '身份证号',
  '手机号',
  '科室',
  '职务',
  '法制审核人员',
  '法律顾问',
  '法律职业资格证号',
  '执法证号',
  '执法类别',
  '执法区域',
  '发证机关',
  '发证日期',
  '有效期至',
] as const;
type Header = (typeof HEADERS)[number];
type Cell = string | number | Date | null;
type Row = Partial<Record<Header, Cell>>;

const EXPORT_HEADERS = [
  '序号',
  '姓名',
  '性别',
  '身份证号',
  '手机号',
  '所属机构',
  '科室',
  '职务',
  '法制审核人员',
  '法律顾问',
  '法律职业资格证号',
  '执法证号',
  '执法类别',
  '执法区域',
  '发证机关',
  '发证日期',
  '有效期至',
  '证件状态',
];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook(rows: Row[], headers: readonly string[] = HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('执法人员名册');
  ws.addRow([...headers]);
  rows.forEach((r, i) => ws.addRow(headers.map((h) => (h === '序号' ? i + 1 : (r[h as Header] ?? null)))));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function readSheet(data: Buffer): Promise<Record<string, string>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, string>[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const values = ws.getRow(r).values as unknown[];
    rows.push(
      Object.fromEntries(
        headers.map((h, i) => [
          h,
          values[i + 1] === undefined || values[i + 1] === null
            ? ''
            : String(values[i + 1] as string | number),
        ]),
      ),
    );
  }
  return rows;
}

describe('people import and export (.xlsx)', () => {
  let t: TestApp;
  let ids: DemoIds;
  let sysadmin: Client;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    sysadmin = await loginFrom(t, 'sysadmin');
  });
  afterAll(async () => t.close());

  const countIn = async (bodyId: string) =>
    Number(
      (await sql<{ n: number }>(t, 'select count(*)::int as n from people where body_id = $1', [bodyId]))[0]!
        .n,
    );
  const totals = async () =>
    (
      await sql<{ p: number; c: number }>(
        t,
        'select (select count(*)::int from people) as p, (select count(*)::int from certificates) as c',
      )
    )[0]!;

  /** A fresh body with one unit, 稽查科, to import into. */
  async function target(): Promise<BodyOut> {
    const body = await createBody(sysadmin, ids.district);
    expect(
      (await sysadmin.post('/api/v1/units', { bodyId: body.id, name: '稽查科', kind: 'handling' }))
        .statusCode,
    ).toBe(201);
    return body;
  }
  const upload = (client: Client, bodyId: string, data: Buffer, filename = 'roster.xlsx') =>
    client.request({
      method: 'POST',
      url: `/api/v1/people/import?bodyId=${bodyId}`,
      ...multipart([{ name: 'file', filename, contentType: XLSX_TYPE, content: data }]),
    });

  const goodRow = (over: Row = {}): Row => ({
    姓名: newName('导入'),
    性别: '男',
    身份证号: newIdNumber(),
    手机号: '13700001111',
    科室: '稽查科',
    职务: '执法队员',
    法制审核人员: '否',
    法律顾问: '否',
    执法证号: newCertNumber(),
    执法类别: '行政处罚、行政检查',
    执法区域: '示范区',
    发证机关: '示范省人民政府',
    发证日期: '2026-01-10',
    有效期至: '2029-01-09',
    ...over,
  });

  /** Uploads a broken file and checks the exact errors and that nothing at all was saved. */
  async function refused(data: Buffer, errors: CellError[], bodyId?: string) {
    const body = bodyId ?? (await target()).id;
    const before = { totals: await totals(), ledger: await ledgerCount(t) };
    const res = await upload(sysadmin, body, data);
    expectError(res, 422, 'IMPORT_FAILED');
    const json = res.json() as { message: string; details: { errors: CellError[] } };
    expect(json.details.errors).toEqual(errors);
    expect(json.message).toBe(`导入失败：共 ${errors.length} 处错误，未导入任何数据`);
    expect({ totals: await totals(), ledger: await ledgerCount(t) }).toEqual(before);
  }

  describe('import', () => {
    it('imports every row of a good file, with certificates, units and flags', async () => {
      const body = await target();
      const rows = [
        goodRow(),
        goodRow({
          性别: '女',
          法制审核人员: '是',
          法律职业资格证号: 'A20200001',
          执法证号: null,
          执法类别: null,
          执法区域: null,
          发证机关: null,
          发证日期: null,
          有效期至: null,
        }),
        goodRow({ 科室: null, 身份证号: null, 手机号: null, 执法类别: '行政许可,其他' }),
      ];
      const before = { inBody: await countIn(body.id), totals: await totals(), ledger: await ledgerCount(t) };
      const res = await upload(sysadmin, body.id, await workbook(rows));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ imported: 3, created: 3, updated: 0, unchanged: 0 });
      expect(await countIn(body.id)).toBe(before.inBody + 3);
      expect(await totals()).toEqual({ p: before.totals.p + 3, c: before.totals.c + 2 });
      expect(await ledgerCount(t)).toBe(before.ledger + 1);
      const [entry] = await lastLedgerEntries(t, 1);
      expect(entry).toMatchObject({
        action: 'people.imported',
        entity_id: body.id,
        body_id: body.id,
        actor_name: demoDisplayName('sysadmin'),
      });
      expect(JSON.parse(entry!.payload)).toEqual({ rows: 3, body: body.name, created: 3, updated: 0 });

      const raw = await sql<{ id: string; name: string } & Record<string, unknown>>(
        t,
        `
        select p.id, p.name, p.gender, p.id_number, p.phone, u.name as unit, p.post, p.is_reviewer, p.legal_qualification_no,
               c.number, c.categories, c.region, c.issuer, c.issued_on, c.expires_on
          from people p left join units u on u.id = p.unit_id left join certificates c on c.person_id = p.id
         where p.body_id = $1 order by p.name`,
        [body.id],
      );
      // Stored sealed (H4): compared opened.
      const stored = raw.map((r) => openedPersonRow(t, r));
      const expected = rows
        .map((r) => ({
          name: r.姓名,
          gender: r.性别 === '男' ? 'male' : 'female',
          id_number: r.身份证号 ?? null,
          phone: r.手机号 ?? null,
          unit: r.科室 ?? null,
          post: r.职务,
          is_reviewer: r.法制审核人员 === '是',
          legal_qualification_no: r.法律职业资格证号 ?? null,
          number: r.执法证号 ?? null,
          categories:
            r.执法类别 === '行政处罚、行政检查'
              ? ['penalty', 'inspection']
              : r.执法类别
                ? ['licensing', 'other']
                : null,
          region: r.执法区域 ?? null,
          issuer: r.发证机关 ?? null,
          issued_on: r.发证日期 ?? null,
          expires_on: r.有效期至 ?? null,
        }))
        .sort((a, b) => String(a.name).localeCompare(String(b.name)));
      expect([...stored].sort((a, b) => String(a.name).localeCompare(String(b.name)))).toEqual(expected);
    });

    it('reads dates stored as Excel dates and headers in any order', async () => {
      const body = await target();
      const headers = [...HEADERS].reverse();
      const row = goodRow({
        发证日期: new Date(Date.UTC(2026, 0, 10)),
        有效期至: new Date(Date.UTC(2029, 0, 9)),
      });
      const res = await upload(sysadmin, body.id, await workbook([row], headers));
      expect(res.statusCode, res.body).toBe(200);
      const [cert] = await sql<{ issued_on: string; expires_on: string }>(
        t,
        'select issued_on, expires_on from certificates where number = $1',
        [row.执法证号],
      );
      expect(cert).toEqual({ issued_on: '2026-01-10', expires_on: '2029-01-09' });
    });

    it('refuses a file without a required column', async () => {
      await refused(
        await workbook(
          [goodRow()],
          HEADERS.filter((h) => h !== '姓名'),
        ),
        [{ row: 1, column: '姓名', message: '缺少列「姓名」' }],
      );
      await refused(
        await workbook(
          [goodRow()],
          HEADERS.filter((h) => h !== '姓名' && h !== '性别'),
        ),
        [
          { row: 1, column: '姓名', message: '缺少列「姓名」' },
          { row: 1, column: '性别', message: '缺少列「性别」' },
        ],
      );
    });

    it('refuses a wrong gender', async () => {
      await refused(await workbook([goodRow(), goodRow({ 性别: '男性' })]), [
        { row: 3, column: '性别', message: '应为“男”或“女”' },
      ]);
    });

    it('refuses an empty required cell', async () => {
      await refused(await workbook([goodRow({ 姓名: null })]), [{ row: 2, column: '姓名', message: '必填' }]);
    });

    it('refuses a bad ID number', async () => {
      const good = newIdNumber();
      await refused(
        await workbook([goodRow({ 身份证号: good.slice(0, 17) + (good[17] === '0' ? '1' : '0') })]),
        [{ row: 2, column: '身份证号', message: '身份证号码不正确（18 位，出生日期或校验位不符）' }],
      );
    });

    it('refuses bad dates', async () => {
      await refused(
        await workbook([goodRow({ 发证日期: '2026/01/10' }), goodRow({ 有效期至: '2026-13-01' })]),
        [
          { row: 2, column: '发证日期', message: '日期格式应为 YYYY-MM-DD' },
          { row: 3, column: '有效期至', message: '日期格式应为 YYYY-MM-DD' },
        ],
      );
    });

    it('refuses an expiry date not after the issue date', async () => {
      await refused(await workbook([goodRow({ 发证日期: '2026-01-10', 有效期至: '2026-01-10' })]), [
        { row: 2, column: '有效期至', message: '必须晚于发证日期' },
      ]);
    });

    it('refuses a certificate number without its category, region and dates', async () => {
      await refused(
        await workbook([goodRow({ 执法类别: null, 执法区域: null, 发证日期: null, 有效期至: null })]),
        [
          { row: 2, column: '执法类别', message: '填写执法证号时必填' },
          { row: 2, column: '执法区域', message: '填写执法证号时必填' },
          { row: 2, column: '发证日期', message: '填写执法证号时必填' },
          { row: 2, column: '有效期至', message: '填写执法证号时必填' },
        ],
      );
    });

    it('refuses a certificate number repeated within the file', async () => {
      const number = newCertNumber();
      await refused(
        await workbook([goodRow({ 执法证号: number }), goodRow(), goodRow({ 执法证号: number })]),
        [{ row: 4, column: '执法证号', message: '与第 2 行重复' }],
      );
    });

    it('refuses an ID number repeated within the file', async () => {
      const id = newIdNumber();
      await refused(await workbook([goodRow({ 身份证号: id }), goodRow({ 身份证号: id })]), [
        { row: 3, column: '身份证号', message: '与第 2 行重复' },
      ]);
    });

    it('refuses a certificate number already in the database', async () => {
      await refused(await workbook([goodRow(), goodRow({ 执法证号: 'SF99010200' })]), [
        { row: 3, column: '执法证号', message: '系统中已存在该执法证号' },
      ]);
    });

    it('refuses, by row, an ID number of a person already in the database', async () => {
      const existing = await createPerson(sysadmin, ids.district);
      const body = await target();
      const before = await totals();
      const res = await upload(
        sysadmin,
        body.id,
        await workbook([goodRow(), goodRow({ 身份证号: existing.input.idNumber })]),
      );
      expectError(res, 422, 'IMPORT_FAILED');
      const [error] = (res.json() as { details: { errors: CellError[] } }).details.errors;
      expect({ row: error!.row, column: error!.column }).toEqual({ row: 3, column: '身份证号' });
      expect(await totals()).toEqual(before);
    });

    it('refuses a unit the body does not have', async () => {
      await refused(await workbook([goodRow({ 科室: '法规科' })]), [
        { row: 2, column: '科室', message: '本机构没有科室「法规科」' },
      ]);
    });

    it('refuses an unknown enforcement category', async () => {
      await refused(await workbook([goodRow({ 执法类别: '行政处罚、行政罚款' })]), [
        {
          row: 2,
          column: '执法类别',
          message:
            '未知执法类别「行政罚款」，应为：行政许可、行政处罚、行政强制、行政检查、行政征收征用、其他',
        },
      ]);
    });

    it('reports every error of every row at once', async () => {
      await refused(
        await workbook([
          goodRow({ 性别: 'M' }),
          goodRow(),
          goodRow({ 法制审核人员: '对', 发证日期: '10/01/2026' }),
        ]),
        [
          { row: 2, column: '性别', message: '应为“男”或“女”' },
          { row: 4, column: '法制审核人员', message: '无效选项：期望以下之一 "是"|"否"' },
          { row: 4, column: '发证日期', message: '日期格式应为 YYYY-MM-DD' },
        ],
      );
    });

    it('refuses a file that is not a spreadsheet', async () => {
      await refused(Buffer.from('姓名,性别\n张三,男\n'), [
        { row: 0, column: '', message: '文件不是有效的 .xlsx 电子表格' },
      ]);
      await refused(Buffer.from('PK\u0003\u0004 not really a zip'), [
        { row: 0, column: '', message: '文件不是有效的 .xlsx 电子表格' },
      ]);
    });

    it('refuses an empty sheet and a sheet with only headers', async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('空表');
      await refused(Buffer.from(await wb.xlsx.writeBuffer()), [{ row: 0, column: '', message: '表格为空' }]);
      await refused(await workbook([]), [{ row: 0, column: '', message: '表格中没有数据行' }]);
    });

    it('refuses a file over 10 MB with 413 PAYLOAD_TOO_LARGE', async () => {
      const body = await target();
      const before = await totals();
      expectError(
        await upload(sysadmin, body.id, Buffer.alloc(10 * 1024 * 1024 + 1, 0x41)),
        413,
        'PAYLOAD_TOO_LARGE',
      );
      expect(await totals()).toEqual(before);
    });

    it('refuses an upload without a file, without a body, or to a body out of scope', async () => {
      const body = await target();
      const before = await totals();
      expectError(
        await sysadmin.post(`/api/v1/people/import?bodyId=${body.id}`, { file: 'x' }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await sysadmin.request({
          method: 'POST',
          url: `/api/v1/people/import?bodyId=${body.id}`,
          ...multipart([{ name: 'other', content: 'x' }]),
        }),
        400,
        'VALIDATION_FAILED',
      );
      const data = await workbook([goodRow()]);
      expectError(
        await sysadmin.request({
          method: 'POST',
          url: '/api/v1/people/import',
          ...multipart([{ name: 'file', filename: 'a.xlsx', content: data }]),
        }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(await upload(sysadmin, randomId(), data), 404, 'NOT_FOUND');
      expectError(await upload(sysadmin, ids.city, data), 404, 'NOT_FOUND');
      expectError(await upload(await loginFrom(t, 'head1'), body.id, data), 403, 'FORBIDDEN');
      expect(await totals()).toEqual(before);
    });
  });

  describe('export', () => {
    it('exports the roster of a body: every person with certificate, and logs the export', async () => {
      const body = await target();
      const a = await createPerson(sysadmin, body.id, { name: '出口1' });
      const b = await createPerson(sysadmin, body.id, { name: '出口2', isReviewer: true });
      const cert = await createCertificate(sysadmin, a.id, { categories: ['penalty', 'inspection'] });
      const count = await ledgerCount(t);
      const res = await sysadmin.get(`/api/v1/people/export?bodyId=${body.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX_TYPE);
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename*=UTF-8''${encodeURIComponent('执法人员名册.xlsx')}`,
      );

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(EXPORT_HEADERS);
      const rows = await readSheet(res.rawPayload);
      expect(
        rows.map((r) => [r.序号, r.姓名, r.身份证号, r.执法证号, r.执法类别, r.法制审核人员, r.所属机构]),
      ).toEqual([
        ['1', '出口1', a.input.idNumber, cert.number, '行政处罚、行政检查', '否', body.name],
        ['2', '出口2', b.input.idNumber, '', '', '是', body.name],
      ]);

      expect(await ledgerCount(t)).toBe(count + 1);
      const [entry] = await lastLedgerEntries(t, 1);
      expect(entry).toMatchObject({
        action: 'people.exported',
        entity_id: body.id,
        actor_name: demoDisplayName('sysadmin'),
      });
      expect(JSON.parse(entry!.payload)).toEqual({
        includesPersonalData: true,
        bytes: res.rawPayload.length,
      });
    });

    it('exports every person in scope, matching the list', async () => {
      const res = await sysadmin.get('/api/v1/people/export');
      expect(res.statusCode).toBe(200);
      const rows = await readSheet(res.rawPayload);
      const listed: { name: string; certificate: { number: string } | null }[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/v1/people?limit=200${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await sysadmin.get(url)).json() as { items: typeof listed; nextCursor: string | null };
        listed.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(rows.map((r) => [r.姓名, r.执法证号])).toEqual(
        listed.map((p) => [p.name, p.certificate?.number ?? '']),
      );
      expect(rows.length).toBeGreaterThanOrEqual(24);
    });

    it('round-trips: an exported roster imports into another body unchanged', async () => {
      const source = await target();
      await createPerson(sysadmin, source.id, {
        name: '往返1',
        idNumber: null,
        phone: null,
        unitId: null,
        post: '科员',
      });
      await createPerson(sysadmin, source.id, {
        name: '往返2',
        idNumber: null,
        phone: '13611112222',
        post: '科长',
        isReviewer: true,
      });
      const file = (await sysadmin.get(`/api/v1/people/export?bodyId=${source.id}`)).rawPayload;
      const dest = await target();
      const res = await upload(sysadmin, dest.id, file);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ imported: 2, created: 2, updated: 0, unchanged: 0 });
      const pick = async (bodyId: string) =>
        (
          await sql<{ id: string }>(
            t,
            'select id, name, gender, id_number, phone, post, is_reviewer, is_legal_counsel from people where body_id = $1 order by name',
            [bodyId],
          )
        ).map((r) => openedPersonRow(t, r));
      expect(await pick(dest.id)).toEqual(await pick(source.id));
    });

    it('is refused to roles without the export permission, and writes nothing', async () => {
      const officer = await loginFrom(t, 'officer1');
      const count = await ledgerCount(t);
      expectError(await officer.get('/api/v1/people/export'), 403, 'FORBIDDEN');
      expect(await ledgerCount(t)).toBe(count);
    });
  });
});

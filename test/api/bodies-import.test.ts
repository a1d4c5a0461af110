// A1: the body register round-trips through .xlsx; a file with any bad row imports nothing.
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { creditCodeCheckChar } from '../../src/modules/bodies/rules.ts';
import { demoBodyName } from '../helpers/demo.ts';

const HEADERS = [
  '序号',
  '名称',
  '简称',
  '层级',
  '上级主体',
  '统一社会信用代码',
  '主体性质',
  '经费来源',
  '编制数',
  '主体类型',
  '职责',
  '法定代表人',
  '地址',
  '投诉电话',
];
const code = (serial: string) => `11990102${serial}` + creditCodeCheckChar(`11990102${serial}`);

async function xlsx(rows: (string | number | null)[][], headers = HEADERS) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('执法主体');
  ws.addRow(headers);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function upload(client: Client, file: Buffer, name = 'bodies.xlsx') {
  const boundary = '----sxboundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request({
    method: 'POST',
    url: '/api/v1/bodies/import',
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

describe('bodies .xlsx import and export', () => {
  let t: TestApp;
  let admin: Client;
  const countBodies = async () =>
    Number(
      (await t.services.database.db.execute<{ n: number }>(sql`select count(*)::int as n from bodies`))
        .rows[0]!.n,
    );

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('sysadmin');
  });
  afterAll(async () => t.close());

  const row = (
    name: string,
    parent: string,
    serial: string,
    extra: Partial<Record<number, string | number>> = {},
  ) => {
    const r: (string | number | null)[] = [
      1,
      name,
      '示区',
      '县级',
      parent,
      code(serial),
      '法律法规授权组织',
      '财政全额拨款',
      12,
      '卫生健康综合监督执法机构',
      '公共场所卫生监督',
      '李某',
      '健康路 1 号',
      '0999-6612399',
    ];
    for (const [i, v] of Object.entries(extra)) r[Number(i)] = v ?? null;
    return r;
  };

  it('imports bodies under an existing parent and under a parent from an earlier row', async () => {
    const before = await countBodies();
    const res = await upload(
      admin,
      await xlsx([
        row('示范区疾病预防控制中心', demoBodyName('district'), '10000001A'),
        row('示范区疾控中心一所', '示范区疾病预防控制中心', '10000002B'),
      ]),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ imported: 2 });
    expect(await countBodies()).toBe(before + 2);
    const list = (await admin.get('/api/v1/bodies?q=疾控中心一所')).json() as {
      name: string;
      parentId: string;
    }[];
    const parent = (await admin.get('/api/v1/bodies?q=疾病预防控制中心')).json() as {
      id: string;
      name: string;
    }[];
    expect(list[0]!.parentId).toBe(parent.find((b) => b.name === '示范区疾病预防控制中心')!.id);
  });

  it('reports every bad cell by row and column and imports nothing', async () => {
    const before = await countBodies();
    const res = await upload(
      admin,
      await xlsx([
        row('好的一行', demoBodyName('district'), '10000003C'),
        row('坏代码', demoBodyName('district'), '10000004D', { 5: '11990102100000040X' }),
        row('坏层级', demoBodyName('district'), '10000005E', { 3: '乡级' }),
        row('无上级', '不存在的委员会', '10000006F'),
        row('重复代码', demoBodyName('district'), '10000003C'),
        row('坏编制', demoBodyName('district'), '10000007G', { 8: '很多' }),
      ]),
    );
    expect(res.statusCode).toBe(422);
    const body = res.json() as { code: string; details: { errors: { row: number; column: string }[] } };
    expect(body.code).toBe('IMPORT_FAILED');
    const cells = body.details.errors.map((e) => `${e.row}:${e.column}`);
    expect(cells).toEqual(expect.arrayContaining(['3:统一社会信用代码', '4:层级', '7:编制数']));
    expect(await countBodies()).toBe(before);
  });

  it('reports row-level problems (unknown parent, duplicate code) in a second pass, still importing nothing', async () => {
    const before = await countBodies();
    const res = await upload(
      admin,
      await xlsx([
        row('甲', demoBodyName('district'), '10000008H'),
        row('乙', '不存在的委员会', '10000009J'),
        row('丙', demoBodyName('district'), '10000008H'),
      ]),
    );
    expect(res.statusCode).toBe(422);
    const cells = (
      res.json() as { details: { errors: { row: number; column: string }[] } }
    ).details.errors.map((e) => `${e.row}:${e.column}`);
    expect(cells).toEqual(['3:上级主体', '4:统一社会信用代码']);
    expect(await countBodies()).toBe(before);
  });

  it('refuses a missing column, a non-xlsx file and an empty sheet', async () => {
    const missing = await upload(
      admin,
      await xlsx(
        [['x']],
        HEADERS.filter((h) => h !== '法定代表人'),
      ),
    );
    expect(missing.statusCode).toBe(422);
    expect(
      (missing.json() as { details: { errors: { column: string; message: string }[] } }).details.errors,
    ).toEqual([{ row: 1, column: '法定代表人', message: '缺少列「法定代表人」' }]);
    const notXlsx = await upload(admin, Buffer.from('名称,简称\n甲,乙\n'), 'bodies.csv');
    expect(
      (notXlsx.json() as { details: { errors: { message: string }[] } }).details.errors[0]!.message,
    ).toBe('文件不是有效的 .xlsx 电子表格');
    const empty = await upload(admin, await xlsx([]));
    expect((empty.json() as { details: { errors: { message: string }[] } }).details.errors[0]!.message).toBe(
      '表格中没有数据行',
    );
  });

  it('exports the register in scope and the export round-trips through import validation', async () => {
    const res = await admin.get('/api/v1/bodies/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    // The export adds 主管部门类型 after 主体类型 (a file without that column imports as 卫生健康主管部门).
    const exported = [...HEADERS];
    exported.splice(HEADERS.indexOf('主体类型') + 1, 0, '主管部门类型');
    expect(ws.getRow(1).values).toEqual([undefined, ...exported]);
    const names = ws.getColumn(2).values.slice(2);
    expect(names).toContain(demoBodyName('district'));
    const districtRow = ws.getRow(names.indexOf(demoBodyName('district')) + 2);
    expect(districtRow.getCell(exported.indexOf('主管部门类型') + 1).value).toBe(
      '卫生健康主管部门、中医药主管部门、疾病预防控制部门',
    );
    // The same file imported again is refused as a whole: every body already exists.
    const again = await upload(admin, res.rawPayload);
    expect(again.statusCode).toBe(422);
  });

  it('reads 主管部门类型 as a list of labels and refuses unknown or repeated ones, importing nothing', async () => {
    const headers = [...HEADERS, '主管部门类型'];
    const withKinds = (name: string, serial: string, kinds: string) => [
      ...row(name, demoBodyName('district'), serial),
      kinds,
    ];
    const before = await countBodies();
    for (const bad of ['疾控', '卫生健康主管部门、卫生健康主管部门']) {
      const res = await upload(
        admin,
        await xlsx([withKinds('示范区中医药管理局', '10000011L', bad)], headers),
      );
      expect(res.statusCode, res.body).toBe(422);
      expect(JSON.stringify(res.json())).toContain('主管部门类型');
    }
    expect(await countBodies()).toBe(before);
    const ok = await upload(
      admin,
      await xlsx([withKinds('示范区中医药管理局', '10000011L', '中医药主管部门；疾病预防控制部门')], headers),
    );
    expect(ok.statusCode, ok.body).toBe(200);
    const [created] = (
      await admin.get(`/api/v1/bodies?q=${encodeURIComponent('示范区中医药管理局')}`)
    ).json() as {
      authorityKinds: string[];
    }[];
    expect(created!.authorityKinds).toEqual(['tcm', 'disease_control']);
  });

  it('is refused for roles without bodies.write', async () => {
    const officer = await t.login('officer1');
    const res = await upload(officer, await xlsx([row('丁', demoBodyName('district'), '10000010K')]));
    expect(res.statusCode).toBe(403);
  });
});

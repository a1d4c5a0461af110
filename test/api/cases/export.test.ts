// C7 / C10 / G2 over HTTP: the workbench list and the open deadlines as .xlsx. The export holds exactly
// what the JSON list shows for the same filters and caller (data scope, visibility, order), nothing is
// cut short (too many rows is a 400), each export is a ledger entry `case.exported`, and the static
// path is not taken for a case id.
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/platform/http/errors.ts';
import { EXPORT_MAX_ROWS, exportCases, exportDeadlines } from '../../../src/modules/cases/export.ts';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import {
  contextOf,
  demoIds,
  insertBodySql,
  insertPersonSql,
  insertUserSql,
  lastLedgerEntries,
  ledgerCount,
  loginFrom,
  newIdNumber,
  sql,
  type DemoIds,
} from '../support.ts';
import { act, caseInput, createCase, ORG_CODE, type CaseOut } from './case-helpers.ts';
import { serverToday } from '../../helpers/clock.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CASE_HEADERS = [
  '案件编号',
  '类别',
  '案由',
  '当事人',
  '统一社会信用代码/证件号',
  '状态',
  '受理日期',
  '立案日期',
  '承办人',
  '最近期限',
  '期限日期',
  '期限状态',
  '办结',
];
const DEADLINE_HEADERS = ['案件编号', '当事人', '期限', '起算日', '届满日', '依据', '状态'];
const DECISION_LABEL = '自立案之日起作出行政处罚决定的期限';
const DECISION_CITATION = '《中华人民共和国行政处罚法》第六十条';

type Cell = string | number | Date | null;

/** A date cell's value as exceljs reads it (the day at 00:00 UTC). */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The first sheet of an .xlsx response, every row as its cells' values (empty cells null). Checks the
 * cell types on the way (issue 14): every date is a date cell shown yyyy-mm-dd, and the case number and
 * the party's code are text cells, so Excel neither reformats them nor turns an ID number into 1.1E+17.
 */
async function sheetOf(res: LightMyRequestResponse): Promise<Cell[][]> {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const width = ws.getRow(1).cellCount;
  const rows: Cell[][] = [];
  ws.eachRow((row) => {
    const cells: Cell[] = [];
    for (let i = 1; i <= width; i++) {
      const cell = row.getCell(i);
      const v = cell.value;
      if (v instanceof Date) expect(cell.numFmt).toBe('yyyy-mm-dd');
      const header = ws.getRow(1).getCell(i).text;
      if (row.number > 1 && v !== null && /案件编号|证件号/.test(header)) {
        expect(typeof v).toBe('string');
        expect(cell.numFmt).toBe('@');
      }
      cells.push(v === undefined || v === null ? null : (v as Cell));
    }
    rows.push(cells);
  });
  return rows;
}

interface ListItem {
  id: string;
  code: string;
}

describe('case and deadline export (.xlsx)', () => {
  let t: TestApp;
  let ids: DemoIds;
  let officer: Client;
  let head: Client;
  let otherUnitOfficer: Client;
  let otherBodyOfficer: Client;
  let officerName: string;
  let personKey: string;
  /** A: filed in March (decision deadline overdue). B: a person party, not filed. I: an inspection. D: declined (finished). X: another unit's case naming officer1. */
  const k: Record<string, CaseOut> = {};

  const exportCasesOf = (client: Client, query: string) => client.get(`/api/v1/cases/export.xlsx?${query}`);
  const listCodes = async (client: Client, query: string) => {
    const res = await client.get(`/api/v1/cases?${query}&limit=100`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: ListItem[] }).items.map((i) => i.code);
  };
  const exportCodes = async (client: Client, query: string) =>
    (await sheetOf(await exportCasesOf(client, query))).slice(1).map((r) => r[0]);

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer = await t.login('officer1');
    head = await t.login('head1');
    officerName = (
      await sql<{ name: string }>(t, 'select name from people where id = $1', [ids.personOf.officer1])
    )[0]!.name;

    const march = {
      openedOn: '2026-03-09',
      particulars: { violationOn: '2026-03-01', discoveredOn: '2026-03-05' },
    };
    const a = await createCase(officer, caseInput(ids, { ...march, cause: '甲案' }));
    const filed = await act(head, a, { type: 'file', filedOn: '2026-03-10', approvedBy: '张局长' });
    expect(filed.statusCode, filed.body).toBe(200);
    k.A = filed.json() as CaseOut;
    personKey = newIdNumber();
    k.B = await createCase(
      officer,
      caseInput(ids, {
        cause: '乙案',
        parties: [{ role: 'party', type: 'person', name: '孙八', idNumber: personKey.toLowerCase() }],
      }),
    );
    k.I = await createCase(officer, {
      ...caseInput(ids, { cause: '丙检查' }),
      kind: 'inspection',
      particulars: undefined,
    });
    const d = await createCase(officer, caseInput(ids, { cause: '丁案' }));
    const declined = await act(head, d, {
      type: 'decline_filing',
      on: '2026-08-02',
      reason: '不属于本机关管辖',
    });
    expect(declined.statusCode, declined.body).toBe(200);
    k.D = declined.json() as CaseOut;

    // An officer of another unit of the same body, and one of a sibling body.
    const pid = await insertPersonSql(t, ids.district);
    await sql(t, 'update people set unit_id = $1 where id = $2', [ids.units.licensing, pid]);
    const u = await insertUserSql(t, ids.district, ['officer']);
    await sql(t, 'update users set person_id = $1 where id = $2', [pid, u.id]);
    otherUnitOfficer = await loginFrom(t, u.username);
    k.X = await createCase(
      otherUnitOfficer,
      caseInput(ids, { cause: '戊案', leadOfficerId: pid, officerIds: [pid, ids.personOf.officer1] }),
    );

    const sibling = await insertBodySql(t, ids.city, { name: '示范市另一区卫生健康委员会' });
    const sp = await insertPersonSql(t, sibling);
    const su = await insertUserSql(t, sibling, ['officer']);
    await sql(t, 'update users set person_id = $1 where id = $2', [sp, su.id]);
    otherBodyOfficer = await loginFrom(t, su.username);
    k.S = await createCase(
      otherBodyOfficer,
      // The sibling body publishes no item list: its case names none.
      caseInput(ids, { cause: '己案', leadOfficerId: sp, officerIds: [sp], enforcementItemCode: null }),
    );
  });
  afterAll(() => t.close());

  describe('GET /api/v1/cases/export.xlsx', () => {
    it('writes the header row and every cell of the officer’s cases, in the list’s order', async () => {
      const before = await ledgerCount(t);
      const res = await exportCasesOf(officer, 'view=mine&status=any');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename*=UTF-8''${encodeURIComponent(`案件清单-${serverToday()}.xlsx`)}`,
      );
      const rows = await sheetOf(res);
      expect(rows[0]).toEqual(CASE_HEADERS);
      const byCode = new Map(rows.slice(1).map((r) => [r[0], r]));
      expect(rows.length).toBe(1 + 5);
      expect(byCode.get(k.A!.code)).toEqual([
        k.A!.code,
        '行政处罚',
        '甲案',
        '示范口腔诊所有限公司',
        ORG_CODE,
        '立案',
        day('2026-03-09'),
        day('2026-03-10'),
        officerName,
        DECISION_LABEL,
        day('2026-06-08'),
        '已逾期',
        '否',
      ]);
      expect(byCode.get(k.B!.code)).toEqual([
        k.B!.code,
        '行政处罚',
        '乙案',
        '孙八',
        personKey.toUpperCase(),
        '线索/受理',
        day('2026-08-01'),
        null,
        officerName,
        null,
        null,
        null,
        '否',
      ]);
      expect(byCode.get(k.I!.code)).toEqual([
        k.I!.code,
        '行政检查',
        '丙检查',
        '示范口腔诊所有限公司',
        ORG_CODE,
        '拟检查',
        day('2026-08-01'),
        null,
        officerName,
        null,
        null,
        null,
        '否',
      ]);
      expect(byCode.get(k.D!.code)).toEqual([
        k.D!.code,
        '行政处罚',
        '丁案',
        '示范口腔诊所有限公司',
        ORG_CODE,
        '不予立案',
        day('2026-08-01'),
        null,
        officerName,
        null,
        null,
        null,
        '是',
      ]);
      expect(byCode.get(k.X!.code)?.slice(0, 3)).toEqual([k.X!.code, '行政处罚', '戊案']);
      // The same cases in the same order as the JSON list.
      expect(rows.slice(1).map((r) => r[0])).toEqual(await listCodes(officer, 'view=mine&status=any'));
      expect(await ledgerCount(t)).toBe(before + 1);
    });

    it('is a ledger entry case.exported with the filters and the row count', async () => {
      await sheetOf(
        await exportCasesOf(officer, `view=unit&status=any&kind=penalty&q=${encodeURIComponent('案')}`),
      );
      const [entry] = await lastLedgerEntries(t, 1);
      expect(entry).toMatchObject({
        action: 'case.exported',
        entity_type: 'case',
        entity_id: null,
        body_id: ids.district,
        actor_id: ids.userOf.officer1,
      });
      const payload = JSON.parse(entry!.payload) as Record<string, unknown>;
      expect(payload).toMatchObject({
        list: 'cases',
        rows: 3,
        filters: { view: 'unit', status: 'any', kind: 'penalty', q: '案' },
      });
      expect(payload.bytes).toBeGreaterThan(0);
    });

    it.each([
      ['kind=inspection&status=any', ['I']],
      ['status=finished', ['D']],
      ['status=overdue', ['A']],
      ['state=lead', ['B', 'X']],
      [`status=any&q=${encodeURIComponent('甲案')}`, ['A']],
      [`status=any&q=${encodeURIComponent('孙八')}`, ['B']],
      [`status=any&q=${encodeURIComponent('%')}`, []],
    ])('honours the filters: %s', async (query, want) => {
      const codes = await exportCodes(officer, `view=mine&${query}`);
      expect([...codes].sort()).toEqual(want.map((w) => k[w]!.code).sort());
      expect(codes).toEqual(await listCodes(officer, `view=mine&${query}`));
    });

    it('holds exactly what the JSON list shows each caller (data scope and C10 visibility)', async () => {
      const cases: [Client, string][] = [
        [officer, 'view=mine&status=any'],
        [officer, 'view=unit&status=any'],
        [officer, 'view=all&status=any'],
        [otherUnitOfficer, 'view=all&status=any'],
        [otherUnitOfficer, 'view=unit&status=any'],
        [otherBodyOfficer, 'view=all&status=any'],
        [head, 'view=all&status=any'],
        [head, 'view=all&status=open'],
        [head, 'view=mine&status=any'],
      ];
      for (const [client, query] of cases)
        expect(await exportCodes(client, query), query).toEqual(await listCodes(client, query));
      // Another body's officer sees none of ours, only their own.
      expect(await exportCodes(otherBodyOfficer, 'view=all&status=any')).toEqual([k.S!.code]);
      // An officer's view=all is what they may see: not the other unit's case that does not name them.
      expect(await exportCodes(otherUnitOfficer, 'view=all&status=any')).toEqual([k.X!.code]);
      expect((await exportCodes(head, 'view=all&status=any')).sort()).toEqual(
        [k.A!, k.B!, k.I!, k.D!, k.X!].map((c) => c.code).sort(),
      );
      // The head has no person record: 我的案件 is empty, the file holds the header row only.
      expect(await sheetOf(await exportCasesOf(head, 'view=mine'))).toEqual([CASE_HEADERS]);
    });

    it('is not taken for a case id (static path first), and the case page still is', async () => {
      expect((await officer.get('/api/v1/cases/export.xlsx')).headers['content-type']).toBe(XLSX);
      expect((await officer.get(`/api/v1/cases/${k.A!.id}`)).statusCode).toBe(200);
      expect((await officer.get('/api/v1/cases/export.csv')).statusCode).toBe(400);
    });

    it.each(['kind=nope', 'status=all', 'view=everything', `q=${'长'.repeat(51)}`])(
      'refuses a bad filter (%s) with 400 and logs nothing',
      async (query) => {
        const before = await ledgerCount(t);
        const res = await exportCasesOf(officer, query);
        expect(res.statusCode, res.body).toBe(400);
        expect((res.json() as { code: string }).code).toBe('VALIDATION_FAILED');
        expect(await ledgerCount(t)).toBe(before);
      },
    );

    it('refuses an anonymous caller with 401 and a role without cases.read with 403', async () => {
      const anon = await t.anonymous().get('/api/v1/cases/export.xlsx');
      expect([anon.statusCode, (anon.json() as { code: string }).code]).toEqual([401, 'UNAUTHENTICATED']);
      const sysadmin = await t.login('sysadmin');
      expect((await sysadmin.get('/api/v1/cases/export.xlsx')).statusCode).toBe(403);
      expect((await sysadmin.get('/api/v1/deadlines/export.xlsx')).statusCode).toBe(403);
    });

    it('refuses more rows than the limit instead of cutting the list short, and logs nothing', async () => {
      expect(EXPORT_MAX_ROWS).toBe(50_000);
      const user = await contextOf(t, 'officer1');
      const before = await ledgerCount(t);
      const filters = { view: 'mine', status: 'any' } as const;
      const refused = await exportCases(t.services.caseLists, user, filters, 4).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({
        status: 400,
        code: 'VALIDATION_FAILED',
        details: { rule: 'EXPORT_TOO_LARGE', limit: EXPORT_MAX_ROWS },
      });
      expect((refused as AppError).message).toContain('请缩小筛选条件');
      const deadlines = await exportDeadlines(
        { lists: t.services.caseLists, deadlines: t.services.caseDeadlines },
        user,
        { view: 'mine', status: 'open' },
        0,
      ).catch((e: unknown) => e);
      expect(deadlines).toMatchObject({ status: 400, details: { rule: 'EXPORT_TOO_LARGE' } });
      expect(await ledgerCount(t)).toBe(before);
      // Exactly at the limit is allowed.
      const file = await exportCases(t.services.caseLists, user, filters, 5);
      expect(file.data.length).toBeGreaterThan(0);
      expect(await ledgerCount(t)).toBe(before + 1);
    });
  });

  describe('GET /api/v1/deadlines/export.xlsx', () => {
    it('writes the open deadlines with the JSON list’s filters, and logs the export', async () => {
      const res = await officer.get('/api/v1/deadlines/export.xlsx?view=unit&status=open');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename*=UTF-8''${encodeURIComponent(`办案期限-${serverToday()}.xlsx`)}`,
      );
      const rows = await sheetOf(res);
      expect(rows).toEqual([
        DEADLINE_HEADERS,
        [
          k.A!.code,
          '示范口腔诊所有限公司',
          DECISION_LABEL,
          day('2026-03-10'),
          day('2026-06-08'),
          DECISION_CITATION,
          '已逾期',
        ],
      ]);
      const [entry] = await lastLedgerEntries(t, 1);
      expect(entry).toMatchObject({ action: 'case.exported', actor_id: ids.userOf.officer1 });
      expect(JSON.parse(entry!.payload)).toMatchObject({
        list: 'deadlines',
        rows: 1,
        filters: { view: 'unit', status: 'open' },
      });
      const json = (await officer.get('/api/v1/deadlines?view=unit&status=open')).json() as {
        caseCode: string;
      }[];
      expect(rows.slice(1).map((r) => r[0])).toEqual(json.map((d) => d.caseCode));
    });

    it('keeps the data scope: another body’s officer and an officer’s view=all see only their own', async () => {
      expect(await sheetOf(await otherBodyOfficer.get('/api/v1/deadlines/export.xlsx?view=all'))).toEqual([
        DEADLINE_HEADERS,
      ]);
      expect(await sheetOf(await otherUnitOfficer.get('/api/v1/deadlines/export.xlsx?view=all'))).toEqual([
        DEADLINE_HEADERS,
      ]);
      expect(
        (await sheetOf(await head.get('/api/v1/deadlines/export.xlsx?view=all&status=overdue')))
          .slice(1)
          .map((r) => r[0]),
      ).toEqual([k.A!.code]);
      expect(
        await sheetOf(await officer.get('/api/v1/deadlines/export.xlsx?view=mine&status=due_soon')),
      ).toEqual([
        DEADLINE_HEADERS,
        [
          k.A!.code,
          '示范口腔诊所有限公司',
          DECISION_LABEL,
          day('2026-03-10'),
          day('2026-06-08'),
          DECISION_CITATION,
          '已逾期',
        ],
      ]);
    });

    it('refuses a bad filter with 400 and an anonymous caller with 401', async () => {
      const before = await ledgerCount(t);
      expect((await officer.get('/api/v1/deadlines/export.xlsx?status=finished')).statusCode).toBe(400);
      expect((await officer.get('/api/v1/deadlines/export.xlsx?view=nobody')).statusCode).toBe(400);
      expect((await t.anonymous().get('/api/v1/deadlines/export.xlsx')).statusCode).toBe(401);
      expect(await ledgerCount(t)).toBe(before);
    });
  });
});

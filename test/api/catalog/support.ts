// Shared helpers of the catalogue HTTP tests (B1–B8): the demo catalogue per kind, dates, counts taken
// straight from the database, bodies with a copy of the demo catalogue, and .xlsx reading and writing.
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { DEMO_CATALOGUE } from '../../../src/modules/catalog/demo/index.ts';
import type { CatalogKind } from '../../../src/modules/catalog/types.ts';
import type { Client, TestApp } from '../../helpers/app.ts';
import { insertBodySql, multipart, sql } from '../support.ts';

export const KINDS: CatalogKind[] = [
  'item',
  'benchmark',
  'inspection_item',
  'av_rule',
  'review_rule',
  'service_guide',
  'complaint_channel',
];

export interface DemoEntry {
  code: string;
  name: string;
  version: number;
  effectiveFrom: string;
  reason: string;
}

/**
 * The base list of a kind with the seed's later versions applied (all of them have taken effect by the
 * tests' today): what the store holds in force, with each entry's version number, date and reason.
 */
function inForce(kind: 'item' | 'benchmark', base: { code: string; name: string }[]): DemoEntry[] {
  const out = new Map<string, DemoEntry>(
    base.map((e) => [e.code, { ...e, version: 1, effectiveFrom: DEMO_CATALOGUE.start, reason: '初始导入' }]),
  );
  for (const v of DEMO_CATALOGUE.laterVersions) {
    if (v.kind !== kind) continue;
    const name = v.kind === 'item' ? v.entry.name : v.entry.violation;
    const previous = out.get(v.entry.code);
    out.set(v.entry.code, {
      code: v.entry.code,
      name,
      version: (previous?.version ?? 0) + 1,
      effectiveFrom: v.effectiveFrom,
      reason: v.reason,
    });
  }
  return [...out.values()];
}
const asBase = (list: { code: string; name: string }[]): DemoEntry[] =>
  list.map((e) => ({ ...e, version: 1, effectiveFrom: DEMO_CATALOGUE.start, reason: '初始导入' }));

/** The demo entries of each kind in force today as the seed stores them. */
export const DEMO_ENTRIES: Record<CatalogKind, DemoEntry[]> = {
  item: inForce(
    'item',
    DEMO_CATALOGUE.items.map((e) => ({ code: e.code, name: e.name })),
  ),
  benchmark: inForce(
    'benchmark',
    DEMO_CATALOGUE.benchmarks.map((e) => ({ code: e.code, name: e.violation })),
  ),
  inspection_item: asBase(DEMO_CATALOGUE.inspectionItems.map((e) => ({ code: e.code, name: e.name }))),
  av_rule: asBase(DEMO_CATALOGUE.avList.map((e) => ({ code: e.code, name: e.name }))),
  review_rule: asBase(DEMO_CATALOGUE.reviewRules.map((e) => ({ code: e.code, name: e.description }))),
  service_guide: asBase(DEMO_CATALOGUE.serviceGuides.map((e) => ({ code: e.code, name: e.name }))),
  complaint_channel: asBase(DEMO_CATALOGUE.complaintChannels.map((e) => ({ code: e.code, name: e.name }))),
};

/** Sizes of the demo lists in force (57 items and 39 benchmarks as first published, 3 of each added for the 2025 传染病防治法). */
export const DEMO_COUNTS: Record<CatalogKind, number> = {
  item: 60,
  benchmark: 42,
  inspection_item: 8,
  av_rule: 15,
  review_rule: 17,
  service_guide: 3,
  complaint_channel: 6,
};

export interface EntryOut {
  id: string;
  bodyId: string;
  kind: string;
  code: string;
  version: number;
  name: string;
  effectiveFrom: string;
  retired: boolean;
  data: Record<string, unknown>;
  reason: string;
  authorName: string;
  createdAt: string;
}

export interface ErrorOut {
  code: string;
  message: string;
  details: unknown;
}

// ---------------------------------------------------------------------------------------------------
// Database facts

export async function entryCount(t: TestApp, bodyId?: string): Promise<number> {
  const rows = bodyId
    ? await sql<{ n: number }>(t, 'select count(*)::int as n from catalog_entries where body_id = $1', [
        bodyId,
      ])
    : await sql<{ n: number }>(t, 'select count(*)::int as n from catalog_entries');
  return Number(rows[0]!.n);
}

export async function legalDocumentCount(t: TestApp): Promise<number> {
  return Number((await sql<{ n: number }>(t, 'select count(*)::int as n from legal_documents'))[0]!.n);
}

/** Versions of one entry, ascending. */
export async function versionsOf(t: TestApp, bodyId: string, kind: string, code: string): Promise<number[]> {
  const rows = await sql<{ version: number }>(
    t,
    'select version from catalog_entries where body_id = $1 and kind = $2 and code = $3 order by version',
    [bodyId, kind, code],
  );
  return rows.map((r) => Number(r.version));
}

/** Highest version per code of a body's kind, to compare a whole catalogue before and after. */
export async function latestVersions(
  t: TestApp,
  bodyId: string,
  kind: string,
): Promise<Record<string, number>> {
  const rows = await sql<{ code: string; v: number }>(
    t,
    'select code, max(version)::int as v from catalog_entries where body_id = $1 and kind = $2 group by code',
    [bodyId, kind],
  );
  return Object.fromEntries(rows.map((r) => [r.code, Number(r.v)]));
}

export async function displayNameOf(t: TestApp, username: string): Promise<string> {
  return (
    await sql<{ display_name: string }>(t, 'select display_name from users where username = $1', [username])
  )[0]!.display_name;
}

/**
 * A new county body under 示范市 holding a copy of the demo catalogue (every version the seed gave the
 * district), so a test can change a whole catalogue without touching anyone else's.
 */
export async function bodyWithDemoCatalogue(t: TestApp, cityId: string, districtId: string): Promise<string> {
  const id = await insertBodySql(t, cityId);
  await sql(
    t,
    `insert into catalog_entries (body_id, kind, code, version, name, effective_from, retired, data, reason, author_id, author_name)
     select $1, kind, code, version, name, effective_from, retired, data, reason, author_id, author_name
       from catalog_entries where body_id = $2 and author_name = '系统'`,
    [id, districtId],
  );
  return id;
}

// ---------------------------------------------------------------------------------------------------
// HTTP

export function expectFailure(res: LightMyRequestResponse, status: number, code: string, message?: string) {
  const body = res.json() as ErrorOut;
  expect({ status: res.statusCode, code: body.code }, res.body).toEqual({ status, code });
  if (message !== undefined) expect(body.message).toBe(message);
  return body;
}

export async function listOf(client: Client, kind: string, query = ''): Promise<EntryOut[]> {
  const res = await client.get(`/api/v1/catalog/${kind}${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as EntryOut[];
}

export function importFile(
  client: Client,
  kind: string,
  file: Buffer,
  query = '',
  filename = 'catalogue.xlsx',
) {
  return client.request({
    method: 'POST',
    url: `/api/v1/catalog/${kind}/import${query}`,
    ...multipart([
      {
        name: 'file',
        filename,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        content: file,
      },
    ]),
  });
}

// ---------------------------------------------------------------------------------------------------
// Spreadsheets

/** A cell as the text the layouts use: a date cell as yyyy-mm-dd, an amount in yuan with two decimals. */
function cellText(value: ExcelJS.CellValue, header = ''): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && header.endsWith('(元)')) return value.toFixed(2);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

export interface Sheet {
  name: string;
  headers: string[];
  /** Data rows (spreadsheet row 2 onwards) as text, one cell per header. */
  rows: string[][];
}

export async function readSheet(file: Buffer): Promise<Sheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const headers: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell) => headers.push(cellText(cell.value)));
  const rows: string[][] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    rows.push(headers.map((h, i) => cellText(row.getCell(i + 1).value, h)));
  }
  return { name: ws.name, headers, rows };
}

export async function writeSheet(sheet: Sheet): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  if (sheet.headers.length) ws.addRow(sheet.headers);
  for (const r of sheet.rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Index of a column by its header; fails the test when the sheet has no such column. */
export function col(sheet: Sheet, header: string): number {
  const i = sheet.headers.indexOf(header);
  expect(i, `column ${header}`).toBeGreaterThanOrEqual(0);
  return i;
}

/** 0-based data-row index of the first row whose code column holds `code`. */
export function rowOf(sheet: Sheet, codeHeader: string, code: string): number {
  const i = sheet.rows.findIndex((r) => r[col(sheet, codeHeader)] === code);
  expect(i, `row of ${code}`).toBeGreaterThanOrEqual(0);
  return i;
}

/** The spreadsheet row number (header = 1) of a 0-based data-row index. */
export const sheetRow = (index: number) => index + 2;

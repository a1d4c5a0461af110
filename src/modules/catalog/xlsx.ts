// B1–B8 import and export of every catalogue as .xlsx. Export writes what is in force; import checks
// every row (cell formats, citations against the legal library, the kind's own rules) and saves nothing
// when any row is wrong; rows that change nothing create no new version.
import { z } from 'zod';
import { AppError } from '../../platform/http/errors.ts';
import { readTable, writeTable, type CellError, type Column } from '../../platform/xlsx/table.ts';
import { canonicalJson } from '../../platform/ledger/canonical.ts';
import { today, type Ctx } from '../../platform/context.ts';
import { checkEffectiveFrom } from './effective-from.ts';
import { formatCitations, parseCitations } from './rules/citation-text.ts';
import type { CatalogService } from './service.ts';
import { SHEETS, type Flat, type SheetContext } from './sheets/index.ts';
import { CATALOG_KINDS, type CatalogKind } from './types.ts';

async function sheetContextFor(catalog: CatalogService, ctx: Ctx, bodyId: string): Promise<SheetContext> {
  const docs = await catalog.legalVersions(ctx, bodyId);
  // The latest version's title names a document; older titles still resolve (renamed laws).
  const byTitle = new Map(docs.map((d) => [d.title, d.code]));
  const byCode = new Map(docs.map((d) => [d.code, d.title]));
  return {
    cite: (refs) => formatCitations(refs ?? [], (code) => byCode.get(code) ?? code),
    parseCite: (text) => parseCitations(text, (title) => byTitle.get(title)),
  };
}

function columnsOf(kind: CatalogKind): Column<Flat & { _n?: string }>[] {
  return SHEETS[kind].headers.map((h) => ({
    header: h.header,
    width: h.width,
    field: h.header === '序号' ? undefined : h.header,
    required: h.required,
    cell: h.header === '序号' ? 'number' : h.header === SHEETS[kind].codeHeader ? 'text' : h.cell,
    schema: z.string().max(20_000, '内容过长').optional(),
    get: (row) => (h.header === '序号' ? Number(row._n) : (row[h.header] ?? '')),
  }));
}

export async function exportCatalog(catalog: CatalogService, ctx: Ctx, kind: CatalogKind, bodyId?: string) {
  const entries = await catalog.list(ctx, kind, { bodyId });
  const sheetCtx = await sheetContextFor(catalog, ctx, entries[0]?.bodyId ?? bodyId ?? ctx.actor.bodyId);
  const rows = entries.flatMap((e) =>
    SHEETS[kind].toRows(e.code, e.data, sheetCtx).map((r) => ({ ...r, 生效日期: e.effectiveFrom })),
  );
  return writeTable(
    SHEETS[kind].sheetName,
    columnsOf(kind),
    rows.map((r, i) => ({ ...r, _n: String(i + 1) })),
  );
}

export async function importCatalog(
  catalog: CatalogService,
  ctx: Ctx,
  kind: CatalogKind,
  bodyId: string | undefined,
  file: Buffer,
) {
  const fail = (errs: CellError[]) =>
    new AppError(422, 'IMPORT_FAILED', `导入失败：共 ${errs.length} 处错误，未导入任何数据`, {
      errors: errs,
    });
  const { rows, errors } = await readTable(file, columnsOf(kind) as Column<unknown>[]);
  if (errors.length) throw fail(errors);
  const body = await catalog.bodyInScope(ctx, bodyId);
  const sheetCtx = await sheetContextFor(catalog, ctx, body.id);
  const sheet = SHEETS[kind];
  const built = sheet.fromRows(
    rows.map((r) => ({ rowNumber: r.rowNumber, values: r.values as Flat })),
    sheetCtx,
    errors,
  );
  // Compared with what the export showed (today's versions) and with any version scheduled after today.
  const inForce = new Map((await catalog.list(ctx, kind, { bodyId: body.id })).map((e) => [e.code, e]));
  const latest = new Map(
    (await catalog.list(ctx, kind, { bodyId: body.id, date: '9999-12-31' })).map((e) => [e.code, e]),
  );
  const changed: { code: string; data: Record<string, unknown>; effectiveFrom?: string }[] = [];
  for (const entry of built) {
    const rowError = (column: string, message: string) =>
      errors.push({ row: entry.rowNumber, column, message });
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/.test(entry.code))
      rowError(sheet.codeHeader, '编码须为字母、数字、点、下划线或连字符');
    if (entry.effectiveFrom && !z.iso.date().safeParse(entry.effectiveFrom).success)
      rowError('生效日期', '日期格式应为 YYYY-MM-DD');
    if (errors.some((e) => entry.rowNumbers.includes(e.row))) continue;
    const current = inForce.get(entry.code);
    const newest = latest.get(entry.code);
    // An unchanged row (as exported) is no edit; its date is the current version's.
    const normalised = CATALOG_KINDS[kind].data.safeParse(entry.data);
    if (
      current &&
      normalised.success &&
      canonicalJson(current.data) === canonicalJson(normalised.data) &&
      (!entry.effectiveFrom || entry.effectiveFrom === current.effectiveFrom)
    )
      continue;
    if (newest && newest.version !== current?.version) {
      rowError(
        sheet.codeHeader,
        `该条目已有 ${newest.effectiveFrom} 起生效的第 ${newest.version} 版，请先在系统中处理`,
      );
      continue;
    }
    // A changed row keeping the exported date would back-date the edit: it takes effect today.
    const effectiveFrom =
      !entry.effectiveFrom || entry.effectiveFrom === current?.effectiveFrom
        ? today(ctx)
        : entry.effectiveFrom;
    try {
      checkEffectiveFrom(newest, effectiveFrom);
      changed.push({
        code: entry.code,
        data: await catalog.validate(ctx, kind, body.id, entry.data, effectiveFrom),
        effectiveFrom,
      });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      const problems = e.details as
        { problems?: string[]; issues?: { message: string; field: string }[] } | undefined;
      for (const message of problems?.problems ??
        problems?.issues?.map((i) => `${i.field}：${i.message}`) ?? [e.message])
        rowError('', message);
    }
  }
  if (errors.length) throw fail(errors.sort((a, b) => a.row - b.row));
  return catalog.saveMany(ctx, kind, body.id, changed, '表格导入', built.length);
}

// A1: the body register (执法主体名录) as a spreadsheet. Import creates subordinate bodies under parents
// named in the file (existing bodies in the caller's scope, or rows earlier in the same file); one bad
// row means nothing is saved.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { dbOf, withTx, type Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import { readTable, writeTable, type CellError, type Column } from '../../platform/xlsx/table.ts';
import { recordVersion } from '../../platform/versioning/versions.ts';
import * as repo from './repo.ts';
import type { BodiesService } from './service.ts';
import { BODY_NATURES, creditCode, phone, type BodyFields } from './types.ts';
import {
  AUTHORITY_KINDS,
  AUTHORITY_LABELS,
  LEVEL_LABELS,
  levelFitsUnder,
  type AuthorityKind,
} from './rules.ts';

type BodyRow = Awaited<ReturnType<typeof repo.listBodies>>[number];
const LABEL_TO_LEVEL = new Map(
  Object.entries(LEVEL_LABELS).map(([k, v]) => [v, k as keyof typeof LEVEL_LABELS]),
);

const LABEL_TO_AUTHORITY = new Map(AUTHORITY_KINDS.map((k) => [AUTHORITY_LABELS[k], k]));
/** "卫生健康主管部门、疾病预防控制部门" → ['health', 'disease_control']; empty → 卫生健康主管部门 (the default). */
const authorityKindsCell = z
  .string()
  .max(100)
  .optional()
  .transform((s, ctx): AuthorityKind[] => {
    const labels = (s ?? '').split(/[、,，;；\s]+/).filter(Boolean);
    if (!labels.length) return ['health'];
    const kinds = labels.map((l) => LABEL_TO_AUTHORITY.get(l));
    if (kinds.some((k) => !k) || new Set(kinds).size !== kinds.length) {
      ctx.addIssue({
        code: 'custom',
        message: `应为 ${Object.values(AUTHORITY_LABELS).join('、')} 中的一项或几项`,
      });
      return z.NEVER;
    }
    return kinds as AuthorityKind[];
  });

function bodyColumns(parentName: (r: BodyRow) => string | null): Column<BodyRow>[] {
  return [
    { header: '序号', width: 6, cell: 'number', get: () => null },
    {
      header: '名称',
      width: 30,
      field: 'name',
      required: true,
      schema: z.string().max(100),
      get: (r) => r.name,
    },
    {
      header: '简称',
      field: 'shortName',
      required: true,
      schema: z.string().max(10),
      get: (r) => r.shortName,
    },
    {
      header: '层级',
      field: 'level',
      required: true,
      schema: z
        .enum(['省级', '市级', '县级'], '应为 省级/市级/县级')
        .transform((v) => LABEL_TO_LEVEL.get(v)!),
      get: (r) => LEVEL_LABELS[r.level],
    },
    {
      header: '上级主体',
      width: 30,
      field: 'parentName',
      required: true,
      schema: z.string().max(100),
      get: (r) => parentName(r),
    },
    {
      header: '统一社会信用代码',
      width: 22,
      cell: 'text',
      field: 'creditCode',
      required: true,
      schema: creditCode,
      get: (r) => r.creditCode,
    },
    {
      header: '主体性质',
      width: 18,
      field: 'nature',
      required: true,
      schema: z.enum(BODY_NATURES, `应为 ${BODY_NATURES.join('/')}`),
      get: (r) => r.nature,
    },
    {
      header: '经费来源',
      field: 'fundingSource',
      schema: z.string().max(50).optional(),
      get: (r) => r.fundingSource,
    },
    {
      header: '编制数',
      cell: 'number',
      field: 'staffing',
      schema: z.coerce.number('应为整数').int('应为整数').min(0).max(100000).optional(),
      get: (r) => r.staffing,
    },
    {
      header: '主体类型',
      width: 24,
      field: 'bodyType',
      required: true,
      schema: z.string().max(50),
      get: (r) => r.bodyType,
    },
    {
      header: '主管部门类型',
      width: 24,
      field: 'authorityKinds',
      schema: authorityKindsCell,
      get: (r) => r.authorityKinds.map((k) => AUTHORITY_LABELS[k]).join('、'),
    },
    {
      header: '职责',
      width: 40,
      field: 'duties',
      schema: z.string().max(5000).optional(),
      get: (r) => r.duties,
    },
    {
      header: '法定代表人',
      field: 'legalRepresentative',
      required: true,
      schema: z.string().max(50),
      get: (r) => r.legalRepresentative,
    },
    {
      header: '地址',
      width: 30,
      field: 'address',
      schema: z.string().max(200).optional(),
      get: (r) => r.address,
    },
    {
      header: '投诉电话',
      width: 16,
      cell: 'text',
      field: 'complaintPhone',
      schema: phone.optional(),
      get: (r) => r.complaintPhone,
    },
  ];
}

export async function exportBodies(bodies: BodiesService, ctx: Ctx) {
  const rows = await bodies.listBodies(ctx);
  const byId = new Map(rows.map((b) => [b.id, b.name]));
  const columns = bodyColumns((r) => (r.parentId ? (byId.get(r.parentId) ?? null) : null));
  columns[0] = { ...columns[0]!, get: (r) => rows.indexOf(r) + 1 };
  return writeTable('执法主体名录', columns, rows);
}

type ImportRow = Omit<
  BodyFields,
  'delegatedById' | 'delegationScope' | 'delegationValidFrom' | 'delegationValidTo'
> & { parentName: string };

export async function importBodies(db: Db, ledger: Ledger, bodies: BodiesService, ctx: Ctx, file: Buffer) {
  const { rows, errors } = await readTable(file, bodyColumns(() => null) as Column<unknown>[]);
  const fail = (errs: CellError[]) =>
    new AppError(422, 'IMPORT_FAILED', `导入失败：共 ${errs.length} 处错误，未导入任何数据`, {
      errors: errs,
    });
  if (errors.length) throw fail(errors);
  const existing = await bodies.listBodies(ctx);
  const parents = new Map(existing.map((b) => [b.name, { id: b.id, path: b.path, level: b.level }]));
  const seenCodes = new Map<string, number>();
  const planned: (ImportRow & { id: string; path: string })[] = [];
  for (const { rowNumber, values } of rows) {
    const v = values as unknown as ImportRow;
    const parent = parents.get(v.parentName);
    if (!parent)
      errors.push({
        row: rowNumber,
        column: '上级主体',
        message: `未找到上级主体「${v.parentName}」（须为已有主体或表中前面的行）`,
      });
    if (parent && !levelFitsUnder(v.level, parent.level))
      errors.push({
        row: rowNumber,
        column: '层级',
        message: `不能高于上级主体（${LEVEL_LABELS[parent.level]}）`,
      });
    if (parents.has(v.name)) errors.push({ row: rowNumber, column: '名称', message: '已存在同名执法主体' });
    if (seenCodes.has(v.creditCode))
      errors.push({
        row: rowNumber,
        column: '统一社会信用代码',
        message: `与第 ${seenCodes.get(v.creditCode)} 行重复`,
      });
    else if (
      existing.some((b) => b.creditCode === v.creditCode) ||
      (await repo.creditCodeExists(dbOf(ctx, db), v.creditCode))
    ) {
      errors.push({ row: rowNumber, column: '统一社会信用代码', message: '系统中已存在该统一社会信用代码' });
    }
    seenCodes.set(v.creditCode, rowNumber);
    if (v.nature === '受委托组织')
      errors.push({
        row: rowNumber,
        column: '主体性质',
        message: '受委托组织须在系统中逐个登记委托机关与委托协议',
      });
    const id = randomUUID();
    const path = `${parent?.path ?? '/'}${id}/`;
    parents.set(v.name, { id, path, level: v.level });
    planned.push({ ...v, id, path });
  }
  if (errors.length) throw fail(errors);
  return withTx(ctx, db, async (tctx) => {
    for (const p of planned) {
      const { parentName, ...fields } = p;
      const body = await repo.insertBody(tctx.tx, {
        ...fields,
        parentId: parents.get(parentName)!.id,
        fundingSource: fields.fundingSource ?? '',
        staffing: fields.staffing ?? 0,
        duties: fields.duties ?? '',
        address: fields.address ?? '',
        complaintPhone: fields.complaintPhone ?? '',
      });
      await recordVersion(tctx, { entityType: 'body', record: body, reason: '批量导入' });
    }
    await ledger.append(tctx, {
      action: 'bodies.imported',
      entityType: 'body',
      entityId: ctx.actor.bodyId,
      bodyId: ctx.actor.bodyId,
      payload: { rows: planned.length },
    });
    return { imported: planned.length };
  });
}

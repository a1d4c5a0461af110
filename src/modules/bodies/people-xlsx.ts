// A3: the personnel roster as a spreadsheet (执法人员名册). Export and import share one column list;
// an import is all-or-nothing: every row is checked first, and one bad row means nothing is saved.
import { z } from 'zod';
import { dbOf, today, withTx, type Ctx } from '../../platform/context.ts';
import type { Db, DbOrTx } from '../../platform/db/client.ts';
import { AppError, pgErrorOf } from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import { readTable, writeTable, type CellError, type Column } from '../../platform/xlsx/table.ts';
import { recordVersion } from '../../platform/versioning/versions.ts';
import * as repo from './repo.ts';
import { CATEGORIES, CATEGORY_LABELS, type Category } from './rules.ts';
import type { BodiesService } from './service.ts';
import { idNumber, isoDate, phone } from './types.ts';
import { summariseCertificate } from './certificate-summary.ts';

const yesNo = z.enum(['是', '否']).transform((v) => v === '是');
const LABEL_TO_CATEGORY = new Map(CATEGORIES.map((c) => [CATEGORY_LABELS[c], c]));
const categoriesCell = z.string().transform((s, ctx) => {
  const parts = s.split(/[、,，;；\s]+/).filter(Boolean);
  const out: Category[] = [];
  for (const p of parts) {
    const c = LABEL_TO_CATEGORY.get(p);
    if (!c)
      ctx.addIssue({
        code: 'custom',
        message: `未知执法类别「${p}」，应为：${[...LABEL_TO_CATEGORY.keys()].join('、')}`,
      });
    else out.push(c);
  }
  return out;
});

/** A person as exported, with whether personal data may be shown and the day validity is judged on. */
type Row = repo.PersonRow & { personalVisible: boolean; on: string };

export const PEOPLE_COLUMNS: Column<Row>[] = [
  { header: '序号', width: 6, cell: 'number', get: () => null },
  {
    header: '姓名',
    field: 'name',
    required: true,
    schema: z.string().max(50, '不能超过 50 个字'),
    get: (r) => r.name,
  },
  {
    header: '性别',
    field: 'gender',
    required: true,
    schema: z.enum(['男', '女'], '应为“男”或“女”').transform((g) => (g === '男' ? 'male' : 'female')),
    get: (r) => (r.gender === 'male' ? '男' : '女'),
  },
  {
    header: '身份证号',
    width: 22,
    cell: 'text',
    field: 'idNumber',
    schema: idNumber.optional(),
    get: (r) => (r.personalVisible ? r.idNumber : null),
  },
  {
    header: '手机号',
    width: 14,
    cell: 'text',
    field: 'phone',
    schema: phone.optional(),
    get: (r) => (r.personalVisible ? r.phone : null),
  },
  { header: '所属机构', width: 26, get: (r) => r.bodyName },
  { header: '科室', field: 'unitName', schema: z.string().max(50).optional(), get: (r) => r.unitName },
  { header: '职务', field: 'post', schema: z.string().max(50).optional(), get: (r) => r.post },
  {
    header: '法制审核人员',
    field: 'isReviewer',
    schema: yesNo.optional(),
    get: (r) => (r.isReviewer ? '是' : '否'),
  },
  {
    header: '法律顾问',
    field: 'isLegalCounsel',
    schema: yesNo.optional(),
    get: (r) => (r.isLegalCounsel ? '是' : '否'),
  },
  {
    header: '法律职业资格证号',
    width: 20,
    cell: 'text',
    field: 'legalQualificationNo',
    schema: z.string().max(50).optional(),
    get: (r) => r.legalQualificationNo,
  },
  {
    header: '执法证号',
    width: 16,
    cell: 'text',
    field: 'certNumber',
    schema: z
      .string()
      .toUpperCase()
      .regex(/^[A-Z0-9-]{6,30}$/, '应为 6–30 位字母、数字或连字符')
      .optional(),
    get: (r) => r.cert?.number ?? null,
  },
  {
    header: '执法类别',
    width: 20,
    field: 'categories',
    schema: categoriesCell.optional(),
    get: (r) => r.cert?.categories.map((c) => CATEGORY_LABELS[c as Category]).join('、') ?? null,
  },
  {
    header: '执法区域',
    field: 'region',
    schema: z.string().max(50).optional(),
    get: (r) => r.cert?.region ?? null,
  },
  { header: '发证机关', field: 'issuer', schema: z.string().max(100).optional(), get: () => null },
  {
    header: '发证日期',
    width: 12,
    cell: 'date',
    field: 'issuedOn',
    schema: isoDate.optional(),
    get: (r) => r.cert?.issuedOn ?? null,
  },
  {
    header: '有效期至',
    width: 12,
    cell: 'date',
    field: 'expiresOn',
    schema: isoDate.optional(),
    get: (r) => r.cert?.expiresOn ?? null,
  },
  {
    header: '证件状态',
    get: (r) => {
      const s = summariseCertificate(r.cert, r.on);
      return s ? (s.valid ? '有效' : s.invalidReason) : '无证';
    },
  },
];

export async function exportPeople(
  db: DbOrTx,
  ctx: Ctx,
  bodyId: string | undefined,
  personalVisible: boolean,
) {
  const rows: Row[] = [];
  const on = today(ctx);
  let after: { name: string; id: string } | undefined;
  for (;;) {
    const page = await repo.listPeople(db, ctx.actor.scope, { bodyId, after, limit: 2000 });
    rows.push(...page.map((p) => ({ ...p, personalVisible, on })));
    if (page.length < 2000) break;
    after = page.at(-1)!;
  }
  return writeTable(
    '执法人员名册',
    PEOPLE_COLUMNS.map((c, i) => (i === 0 ? { ...c, get: (r: Row) => rows.indexOf(r) + 1 } : c)),
    rows,
  );
}

interface ImportRow {
  name: string;
  gender: 'male' | 'female';
  idNumber?: string;
  phone?: string;
  unitName?: string;
  post?: string;
  isReviewer?: boolean;
  isLegalCounsel?: boolean;
  legalQualificationNo?: string;
  certNumber?: string;
  categories?: Category[];
  region?: string;
  issuer?: string;
  issuedOn?: string;
  expiresOn?: string;
}

export async function importPeople(
  db: Db,
  ledger: Ledger,
  bodies: BodiesService,
  ctx: Ctx,
  bodyId: string,
  file: Buffer,
) {
  const body = await bodies.getBodyInScope(ctx, bodyId);
  const { rows, errors } = await readTable(file, PEOPLE_COLUMNS as Column<unknown>[]);
  const fail = (errs: CellError[]) =>
    new AppError(422, 'IMPORT_FAILED', `导入失败：共 ${errs.length} 处错误，未导入任何数据`, {
      errors: errs,
    });
  if (errors.length) throw fail(errors);
  const units = new Map((await bodies.listUnits(ctx, bodyId)).map((u) => [u.name, u.id]));
  const read = dbOf(ctx, db);
  const seenIds = new Map<string, number>();
  const seenCerts = new Map<string, number>();
  for (const { rowNumber, values } of rows) {
    const v = values as unknown as ImportRow;
    if (v.unitName && !units.has(v.unitName))
      errors.push({ row: rowNumber, column: '科室', message: `本机构没有科室「${v.unitName}」` });
    if (v.idNumber) {
      if (seenIds.has(v.idNumber))
        errors.push({
          row: rowNumber,
          column: '身份证号',
          message: `与第 ${seenIds.get(v.idNumber)} 行重复`,
        });
      seenIds.set(v.idNumber, rowNumber);
      if (await repo.idNumberExists(read, v.idNumber))
        errors.push({ row: rowNumber, column: '身份证号', message: '系统中已存在该身份证号' });
    }
    if (v.certNumber) {
      if (seenCerts.has(v.certNumber))
        errors.push({
          row: rowNumber,
          column: '执法证号',
          message: `与第 ${seenCerts.get(v.certNumber)} 行重复`,
        });
      seenCerts.set(v.certNumber, rowNumber);
      if (await repo.findCertificateByNumber(read, v.certNumber))
        errors.push({ row: rowNumber, column: '执法证号', message: '系统中已存在该执法证号' });
      for (const [field, header] of [
        ['categories', '执法类别'],
        ['region', '执法区域'],
        ['issuedOn', '发证日期'],
        ['expiresOn', '有效期至'],
      ] as const) {
        if (!v[field] || (Array.isArray(v[field]) && !v[field].length))
          errors.push({ row: rowNumber, column: header, message: '填写执法证号时必填' });
      }
      if (v.issuedOn && v.expiresOn && v.expiresOn <= v.issuedOn)
        errors.push({ row: rowNumber, column: '有效期至', message: '必须晚于发证日期' });
    }
  }
  if (errors.length) throw fail(errors);
  try {
    return await withTx(ctx, db, async (tctx) => {
      for (const { values } of rows) {
        const v = values as unknown as ImportRow;
        const person = await repo.insertPerson(tctx.tx, {
          bodyId,
          unitId: v.unitName ? units.get(v.unitName)! : null,
          name: v.name,
          gender: v.gender,
          idNumber: v.idNumber ?? null,
          phone: v.phone ?? null,
          post: v.post ?? '',
          isReviewer: v.isReviewer ?? false,
          isLegalCounsel: v.isLegalCounsel ?? false,
          legalQualificationNo: v.legalQualificationNo ?? null,
        });
        await recordVersion(tctx, { entityType: 'person', record: person, reason: '批量导入' });
        if (v.certNumber) {
          await repo.insertCertificate(tctx.tx, {
            personId: person.id,
            bodyId,
            number: v.certNumber,
            categories: v.categories!,
            region: v.region!,
            issuer: v.issuer ?? '',
            issuedOn: v.issuedOn!,
            expiresOn: v.expiresOn!,
          });
        }
      }
      await ledger.append(tctx, {
        action: 'people.imported',
        entityType: 'body',
        entityId: bodyId,
        bodyId,
        payload: { rows: rows.length, body: body.name },
      });
      return { imported: rows.length };
    });
  } catch (e) {
    // A duplicate that only the database could see (e.g. an ID number of an existing person).
    // A duplicate created by someone else between the checks above and this transaction.
    const pg = pgErrorOf(e);
    if (pg?.code === '23505')
      throw fail([
        {
          row: 0,
          column: pg.constraint?.includes('id_number') ? '身份证号' : '执法证号',
          message: '导入期间系统中出现了重复记录，请重试',
        },
      ]);
    throw e;
  }
}

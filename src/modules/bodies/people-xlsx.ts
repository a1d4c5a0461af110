// A3: the personnel roster as a spreadsheet (执法人员名册). Export and import share one column list, so
// an exported roster can be edited and imported back (people matched by ID number are updated); an
// import is all-or-nothing: every row is checked first, and one bad row means nothing is saved.
import { z } from 'zod';
import { dbOf, today, withTx, type Ctx } from '../../platform/context.ts';
import type { Db, DbOrTx } from '../../platform/db/client.ts';
import { AppError, conflict, pgErrorOf } from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import { readTable, writeTable, type CellError, type Column } from '../../platform/xlsx/table.ts';
import { recordChange, recordVersion } from '../../platform/versioning/versions.ts';
import type { Sealer } from '../../platform/crypto/sealing.ts';
import * as repo from './repo.ts';
import {
  findPersonIdByIdNumber,
  insertPerson,
  openPerson,
  unsafeFindPersonRecord,
  updatePerson,
} from './people-repo.ts';
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

const IMPORT_REASON = '批量导入';
type PersonRecord = NonNullable<Awaited<ReturnType<typeof unsafeFindPersonRecord>>>;

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
  /** Opens the ID numbers and phones for a reader who may see them; false leaves them out. */
  personal: Sealer | false,
) {
  const personalVisible = personal !== false;
  const rows: Row[] = [];
  const on = today(ctx);
  let after: { name: string; id: string } | undefined;
  for (;;) {
    const page = await repo.listPeople(db, ctx.actor.scope, { bodyId, after, limit: 2000 });
    rows.push(...page.map((p) => ({ ...(personal ? openPerson(personal, p) : p), personalVisible, on })));
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

/** The fields of a person a roster row sets, as stored. */
function personFields(v: ImportRow, units: Map<string, string>) {
  return {
    unitId: v.unitName ? units.get(v.unitName)! : null,
    name: v.name,
    gender: v.gender,
    idNumber: v.idNumber ?? null,
    phone: v.phone ?? null,
    post: v.post ?? '',
    isReviewer: v.isReviewer ?? false,
    isLegalCounsel: v.isLegalCounsel ?? false,
    legalQualificationNo: v.legalQualificationNo ?? null,
  };
}

type Certificate = NonNullable<Awaited<ReturnType<typeof repo.findCertificateByNumber>>>['cert'];
/** Whether a row's certificate cells say what the stored certificate says (the export leaves 发证机关 empty). */
const sameCertificate = (c: Certificate, v: ImportRow) =>
  [...c.categories].sort().join() === [...(v.categories ?? [])].sort().join() &&
  c.region === v.region &&
  c.issuedOn === v.issuedOn &&
  c.expiresOn === v.expiresOn;

/**
 * A roster file into a body, all rows or none: a row whose ID number belongs to a person of this body
 * updates that person (an exported roster comes back with edits; each change is a version and a
 * `person.updated` entry, like an edit in the form), any other row adds a person. A certificate already
 * held is left as it is and must match its cells: certificates change in the system, with a reason.
 */
export async function importPeople(
  db: Db,
  ledger: Ledger,
  bodies: BodiesService,
  sealer: Sealer,
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
  /** Rows that update a person: the person as read now (its version guards the update). */
  const existing = new Map<number, PersonRecord>();
  /** Rows whose certificate the person already holds. */
  const heldCertificates = new Set<number>();
  for (const { rowNumber, values } of rows) {
    const v = values as unknown as ImportRow;
    const rowError = (column: string, message: string) => errors.push({ row: rowNumber, column, message });
    if (v.unitName && !units.has(v.unitName)) rowError('科室', `本机构没有科室「${v.unitName}」`);
    if (v.idNumber) {
      if (seenIds.has(v.idNumber)) rowError('身份证号', `与第 ${seenIds.get(v.idNumber)} 行重复`);
      seenIds.set(v.idNumber, rowNumber);
      const found = await findPersonIdByIdNumber(read, sealer, v.idNumber);
      const person = found && (await unsafeFindPersonRecord(read, sealer, found));
      if (person && person.bodyId === bodyId) existing.set(rowNumber, person);
      else if (found) rowError('身份证号', '系统中已存在该身份证号（其他执法主体的人员），不能导入本机构');
    }
    if (v.certNumber) {
      if (seenCerts.has(v.certNumber)) rowError('执法证号', `与第 ${seenCerts.get(v.certNumber)} 行重复`);
      seenCerts.set(v.certNumber, rowNumber);
      const held = await repo.findCertificateByNumber(read, v.certNumber);
      if (held && held.cert.personId !== existing.get(rowNumber)?.id)
        rowError('执法证号', '系统中已存在该执法证号');
      for (const [field, header] of [
        ['categories', '执法类别'],
        ['region', '执法区域'],
        ['issuedOn', '发证日期'],
        ['expiresOn', '有效期至'],
      ] as const) {
        if (!v[field] || (Array.isArray(v[field]) && !v[field].length))
          rowError(header, '填写执法证号时必填');
      }
      if (v.issuedOn && v.expiresOn && v.expiresOn <= v.issuedOn) rowError('有效期至', '必须晚于发证日期');
      if (held && held.cert.personId === existing.get(rowNumber)?.id) {
        heldCertificates.add(rowNumber);
        if (!sameCertificate(held.cert, v))
          rowError('执法证号', '与系统中该执法证的信息不一致；执法证的变更请在系统中办理');
      }
    }
  }
  if (errors.length) throw fail(errors);
  try {
    return await withTx(ctx, db, async (tctx) => {
      const counts = { created: 0, updated: 0, unchanged: 0 };
      for (const { rowNumber, values } of rows) {
        const v = values as unknown as ImportRow;
        const fields = personFields(v, units);
        const current = existing.get(rowNumber);
        let personId: string;
        if (current) {
          personId = current.id;
          if (Object.entries(fields).every(([k, value]) => current[k as keyof typeof fields] === value)) {
            counts.unchanged++;
          } else {
            const person = await updatePerson(tctx.tx, sealer, current.id, current.version, fields);
            if (!person)
              throw conflict('VERSION_CONFLICT', `第 ${rowNumber} 行的人员刚被他人修改，请重新导出后再导入`);
            await recordChange(
              tctx,
              ledger,
              { entityType: 'person', record: person, reason: IMPORT_REASON },
              {
                action: 'person.updated',
                entityType: 'person',
                entityId: person.id,
                bodyId,
                payload: { version: person.version, reason: IMPORT_REASON },
              },
            );
            counts.updated++;
          }
        } else {
          const person = await insertPerson(tctx.tx, sealer, { bodyId, ...fields });
          await recordVersion(tctx, { entityType: 'person', record: person, reason: IMPORT_REASON });
          personId = person.id;
          counts.created++;
        }
        if (v.certNumber && !heldCertificates.has(rowNumber)) {
          await repo.insertCertificate(tctx.tx, {
            personId,
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
        payload: { rows: rows.length, body: body.name, created: counts.created, updated: counts.updated },
      });
      return { imported: rows.length, ...counts };
    });
  } catch (e) {
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

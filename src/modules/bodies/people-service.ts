// A3–A4 use cases: people, certificates and annual reviews. Personal data (ID number, phone) is shown
// only to roles that hold people.read_personal, and each such read is written to the audit ledger (H3).
import { dbOf, today, withTx, type Actor, type Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { badRequest, conflict, forbidden, notFound } from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import { listVersions, recordChange } from '../../platform/versioning/versions.ts';
import { hasPermission } from '../access/index.ts';
import type { Sealer } from '../../platform/crypto/sealing.ts';
import * as repo from './repo.ts';
import { findPersonIdByIdNumber, insertPerson, openPerson, updatePerson } from './people-repo.ts';
import { certificateValidity, CERTIFICATE_REASON_LABELS, reviewYearFor, type Category } from './rules.ts';
import { certificateSummaryJson, summariseCertificate } from './certificate-summary.ts';
import { listPeoplePage } from './people-list-repo.ts';
import { exportPeople, importPeople } from './people-xlsx.ts';
import type { BodiesService } from './service.ts';
import type { CertificateInput, PersonFields } from './types.ts';

function listItem(row: repo.PersonRow, on: string) {
  const { idNumber: _i, phone: _p, legalQualificationNo: _l, bodyPath: _b, cert, ...rest } = row;
  return { ...rest, certificate: summariseCertificate(cert, on) };
}

export const encodeCursor = (row: { name: string; id: string }) =>
  Buffer.from(JSON.stringify([row.name, row.id])).toString('base64url');
export function decodeCursor(cursor: string): { name: string; id: string } {
  try {
    const [name, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [unknown, unknown];
    if (
      typeof name === 'string' &&
      typeof id === 'string' &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
    )
      return { name, id };
  } catch {
    /* fall through */
  }
  throw badRequest('分页游标 cursor 不正确');
}

export class PeopleService {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly bodies: BodiesService,
    /** Seals and opens the ID numbers and phones (H4). */
    private readonly sealer: Sealer,
  ) {}

  /**
   * A page of the people list as the JSON text of its response: `{ items, nextCursor }`, each item as
   * `personListItem` (types.ts) would serialise it. The database writes the items' text; only each
   * certificate's validity on the caller's day is added here.
   */
  async listJson(
    ctx: Ctx,
    f: { bodyId?: string; unitId?: string; q?: string; reviewer?: boolean; cursor?: string; limit: number },
  ): Promise<string> {
    const on = today(ctx);
    const rows = await listPeoplePage(dbOf(ctx, this.db), ctx.actor.scope, {
      ...f,
      after: f.cursor ? decodeCursor(f.cursor) : undefined,
      limit: f.limit + 1,
      reviewYear: reviewYearFor(on),
    });
    let items = '';
    const count = Math.min(rows.length, f.limit);
    for (let i = 0; i < count; i++) {
      const row = rows[i]!;
      items += `${i ? ',' : ''}${row.item},"certificate":${certificateSummaryJson(row, on)}}`;
    }
    const last = rows[count - 1];
    const nextCursor = rows.length > f.limit && last ? JSON.stringify(encodeCursor(last)) : 'null';
    return `{"items":[${items}],"nextCursor":${nextCursor}}`;
  }

  async get(ctx: Ctx, id: string) {
    const found = await repo.findPerson(dbOf(ctx, this.db), ctx.actor.scope, id);
    if (!found) throw notFound('人员');
    const personalDataVisible = hasPermission(ctx.actor.roles, 'people.read_personal');
    // One audit entry per view (H3): a read of the personal data says so, any other read is a view.
    const entry = { entityType: 'person', entityId: id, bodyId: found.bodyId } as const;
    if (personalDataVisible)
      await this.ledger.record(ctx, {
        ...entry,
        action: 'person.personal_data_read',
        payload: { fields: ['idNumber', 'phone'] },
      });
    else await this.ledger.record(ctx, { ...entry, action: 'person.viewed', payload: {} });
    const row = personalDataVisible ? openPerson(this.sealer, found) : found;
    return {
      ...listItem(row, today(ctx)),
      idNumber: personalDataVisible ? row.idNumber : null,
      phone: personalDataVisible ? row.phone : null,
      legalQualificationNo: row.legalQualificationNo,
      personalDataVisible,
    };
  }

  async create(ctx: Ctx, input: PersonFields) {
    await this.bodies.getBodyInScope(ctx, input.bodyId);
    await this.checkUnit(ctx, input.bodyId, input.unitId);
    return withTx(ctx, this.db, async (tctx) => {
      const person = await insertPerson(tctx.tx, this.sealer, input);
      await recordChange(
        tctx,
        this.ledger,
        { entityType: 'person', record: person, reason: '新建' },
        {
          action: 'person.created',
          entityType: 'person',
          entityId: person.id,
          bodyId: person.bodyId,
          payload: { name: person.name },
        },
      );
      return person;
    });
  }

  async update(
    ctx: Ctx,
    id: string,
    input: Omit<PersonFields, 'bodyId'> & { version: number; reason: string },
  ) {
    const current = await repo.findPerson(dbOf(ctx, this.db), ctx.actor.scope, id);
    if (!current) throw notFound('人员');
    await this.checkUnit(ctx, current.bodyId, input.unitId);
    const { version, reason, ...fields } = input;
    return withTx(ctx, this.db, async (tctx) => {
      const person = await updatePerson(tctx.tx, this.sealer, id, version, fields);
      if (!person) throw conflict('VERSION_CONFLICT', '该记录已被他人修改，请刷新后重试');
      await recordChange(
        tctx,
        this.ledger,
        { entityType: 'person', record: person, reason },
        {
          action: 'person.updated',
          entityType: 'person',
          entityId: id,
          bodyId: person.bodyId,
          payload: { version: person.version, reason },
        },
      );
      return person;
    });
  }

  /** Officers of a body with their certificates, for the case guards (Art. 42). Missing ids are left out. */
  peopleOfBody(ctx: Ctx<Actor>, bodyId: string, ids: readonly string[]) {
    return repo.findPeopleOfBody(dbOf(ctx, this.db), bodyId, ids);
  }

  unitOf(ctx: Ctx<Actor>, bodyId: string, personId: string) {
    return repo.unitOfPerson(dbOf(ctx, this.db), bodyId, personId);
  }

  async assertInScope(ctx: Ctx, id: string) {
    if (!(await repo.findPerson(dbOf(ctx, this.db), ctx.actor.scope, id))) throw notFound('人员');
  }

  async versions(ctx: Ctx, id: string) {
    const db = dbOf(ctx, this.db);
    if (!(await repo.findPerson(db, ctx.actor.scope, id))) throw notFound('人员');
    const versions = await listVersions(db, 'person', id);
    // Personal fields stay out of history for roles that may not read them.
    if (hasPermission(ctx.actor.roles, 'people.read_personal')) {
      await this.ledger.record(ctx, {
        action: 'person.personal_data_read',
        entityType: 'person',
        entityId: id,
        payload: { fields: ['idNumber', 'phone'], via: 'versions' },
      });
      return versions.map((v) => ({ ...v, data: openPerson(this.sealer, { ...v.data, id }) }));
    }
    return versions.map((v) => ({ ...v, data: { ...v.data, idNumber: null, phone: null } }));
  }

  /**
   * Exact search by ID number (H4: through its blind index) for roles that may read personal data: the
   * person in the caller's scope holding it, as a list item, or none. Audited like any personal read.
   */
  async findByIdNumber(ctx: Ctx, idNumber: string) {
    if (!hasPermission(ctx.actor.roles, 'people.read_personal')) throw forbidden('无权按身份证号查找人员');
    const db = dbOf(ctx, this.db);
    const id = await findPersonIdByIdNumber(db, this.sealer, idNumber);
    const row = id ? await repo.findPerson(db, ctx.actor.scope, id) : undefined;
    await this.ledger.record(ctx, {
      action: 'person.personal_data_read',
      entityType: 'person',
      entityId: row?.id ?? null,
      bodyId: row?.bodyId ?? ctx.actor.bodyId,
      payload: { fields: ['idNumber'], via: 'lookup' },
    });
    return { items: row ? [listItem(row, today(ctx))] : [] };
  }

  async getCertificate(ctx: Ctx, id: string) {
    const db = dbOf(ctx, this.db);
    const cert = await repo.findCertificate(db, id);
    if (!cert) throw notFound('执法证');
    const person = await repo.findPerson(db, ctx.actor.scope, cert.personId);
    if (!person) throw notFound('执法证');
    const reviews = await repo.listReviews(db, [cert.id]);
    const validity = certificateValidity({ ...cert, reviews }, today(ctx));
    return {
      ...cert,
      categories: cert.categories as Category[],
      personName: person.name,
      bodyName: person.bodyName,
      valid: validity.valid,
      invalidReason: validity.valid ? null : CERTIFICATE_REASON_LABELS[validity.reason],
      reviews: reviews.map((r) => ({
        year: r.year,
        passed: r.passed,
        reviewedOn: r.reviewedOn,
        note: r.note,
      })),
    };
  }

  async createCertificate(ctx: Ctx, input: CertificateInput) {
    const person = await repo.findPerson(dbOf(ctx, this.db), ctx.actor.scope, input.personId);
    if (!person) throw notFound('人员');
    const cert = await withTx(ctx, this.db, async (tctx) => {
      const created = await repo.insertCertificate(tctx.tx, { ...input, bodyId: person.bodyId });
      await recordChange(
        tctx,
        this.ledger,
        { entityType: 'certificate', record: created, reason: '新建' },
        {
          action: 'certificate.created',
          entityType: 'certificate',
          entityId: created.id,
          bodyId: person.bodyId,
          payload: { number: created.number, personId: person.id },
        },
      );
      return created;
    });
    return this.getCertificate(ctx, cert.id);
  }

  async updateCertificate(
    ctx: Ctx,
    id: string,
    input: {
      categories: Category[];
      region: string;
      expiresOn: string;
      status: string;
      version: number;
      reason: string;
    },
  ) {
    const current = await this.getCertificate(ctx, id);
    if (input.expiresOn <= current.issuedOn)
      throw badRequest('有效期至必须晚于发证日期', { field: 'expiresOn' });
    const { version, reason, ...fields } = input;
    await withTx(ctx, this.db, async (tctx) => {
      const cert = await repo.updateCertificate(tctx.tx, id, version, fields);
      if (!cert) throw conflict('VERSION_CONFLICT', '该记录已被他人修改，请刷新后重试');
      await recordChange(
        tctx,
        this.ledger,
        { entityType: 'certificate', record: cert, reason },
        {
          action: 'certificate.updated',
          entityType: 'certificate',
          entityId: id,
          bodyId: cert.bodyId,
          payload: { status: cert.status, reason },
        },
      );
    });
    return this.getCertificate(ctx, id);
  }

  async addReview(
    ctx: Ctx,
    id: string,
    input: { year: number; passed: boolean; reviewedOn: string; note: string },
  ) {
    const cert = await this.getCertificate(ctx, id);
    if (cert.reviews.some((r) => r.year === input.year))
      throw conflict('DUPLICATE', `${input.year} 年度审验已登记`);
    if (input.year < Number(cert.issuedOn.slice(0, 4)))
      throw badRequest('审验年度早于发证年度', { field: 'year' });
    await withTx(ctx, this.db, async (tctx) => {
      await repo.insertReview(tctx.tx, { certificateId: id, ...input });
      await this.ledger.append(tctx, {
        action: 'certificate.reviewed',
        entityType: 'certificate',
        entityId: id,
        bodyId: cert.bodyId,
        payload: input,
      });
    });
    return this.getCertificate(ctx, id);
  }

  /**
   * The roster as .xlsx (A3); ID numbers and phones only for roles that may read them. Every export is
   * audited.
   */
  async export(ctx: Ctx, bodyId: string | undefined) {
    const personal = hasPermission(ctx.actor.roles, 'people.read_personal');
    const file = await exportPeople(dbOf(ctx, this.db), ctx, bodyId, personal && this.sealer);
    await this.ledger.record(ctx, {
      action: 'people.exported',
      entityType: 'body',
      entityId: bodyId ?? ctx.actor.bodyId,
      bodyId: ctx.actor.bodyId,
      payload: { includesPersonalData: personal, bytes: file.length },
    });
    return file;
  }

  /**
   * The people (and certificates) of a roster file into a body — added, or updated when the ID number is
   * of a person of the body: all rows or, on any error, none.
   */
  import(ctx: Ctx, bodyId: string, file: Buffer) {
    return importPeople(this.db, this.ledger, this.bodies, this.sealer, ctx, bodyId, file);
  }

  private async checkUnit(ctx: Ctx, bodyId: string, unitId: string | null) {
    if (!unitId) return;
    const unit = await this.bodies.getUnitInScope(ctx, unitId);
    if (unit.bodyId !== bodyId) throw badRequest('科室不属于该执法主体', { field: 'unitId' });
  }
}

// A3–A4 use cases: people, certificates and annual reviews. Personal data (ID number, phone) is shown
// only to roles that hold people.read_personal, and each such read is written to the audit ledger (H3).
import type { Db, DbOrTx } from '../../platform/db/client.ts';
import { badRequest, conflict, notFound } from '../../platform/http/errors.ts';
import type { Actor, Ledger } from '../../platform/ledger/ledger.ts';
import { listVersions, recordVersion } from '../../platform/versioning/versions.ts';
import { hasPermission, scopeOf } from '../access/index.ts';
import * as repo from './repo.ts';
import { certificateValidity, CERTIFICATE_REASON_LABELS, type Category } from './rules.ts';
import type { BodiesService, ScopedUser } from './service.ts';
import type { CertificateInput, PersonFields } from './types.ts';

const asActor = (u: ScopedUser, ip: string | null = null): Actor => ({ id: u.id, name: u.displayName, ip });
export const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10); // Asia/Shanghai

export function summariseCertificate(cert: repo.PersonRow['cert'], on = today()) {
  if (!cert) return null;
  const validity = certificateValidity(cert, on);
  return {
    id: cert.id,
    number: cert.number,
    categories: cert.categories as Category[],
    region: cert.region,
    issuedOn: cert.issuedOn,
    expiresOn: cert.expiresOn,
    status: cert.status,
    valid: validity.valid,
    invalidReason: validity.valid ? null : CERTIFICATE_REASON_LABELS[validity.reason],
  };
}

function listItem(row: repo.PersonRow) {
  const { idNumber: _i, phone: _p, legalQualificationNo: _l, bodyPath: _b, cert, ...rest } = row;
  return { ...rest, certificate: summariseCertificate(cert) };
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
  ) {}

  async list(
    user: ScopedUser,
    f: { bodyId?: string; unitId?: string; q?: string; reviewer?: boolean; cursor?: string; limit: number },
  ) {
    const rows = await repo.listPeople(this.db, scopeOf(user), {
      ...f,
      after: f.cursor ? decodeCursor(f.cursor) : undefined,
      limit: f.limit + 1,
    });
    const page = rows.slice(0, f.limit);
    const last = page.at(-1);
    return {
      items: page.map(listItem),
      nextCursor: rows.length > f.limit && last ? encodeCursor(last) : null,
    };
  }

  async get(user: ScopedUser, id: string, ip: string | null) {
    const row = await repo.findPerson(this.db, scopeOf(user), id);
    if (!row) throw notFound('人员');
    const personalDataVisible = hasPermission(user.roles, 'people.read_personal');
    if (personalDataVisible) {
      await this.ledger.record(asActor(user, ip), {
        action: 'person.personal_data_read',
        entityType: 'person',
        entityId: id,
        bodyId: row.bodyId,
        payload: { fields: ['idNumber', 'phone'] },
      });
    }
    return {
      ...listItem(row),
      idNumber: personalDataVisible ? row.idNumber : null,
      phone: personalDataVisible ? row.phone : null,
      legalQualificationNo: row.legalQualificationNo,
      personalDataVisible,
    };
  }

  /** H3: a download of a roster is logged, with whether it carried personal data. */
  async recordExport(
    user: ScopedUser,
    ip: string | null,
    roster: { bodyId?: string; includesPersonalData: boolean; bytes: number },
  ) {
    const { bodyId, ...payload } = roster;
    await this.ledger.record(asActor(user, ip), {
      action: 'people.exported',
      entityType: 'body',
      entityId: bodyId ?? user.bodyId,
      bodyId: user.bodyId,
      payload,
    });
  }

  async create(user: ScopedUser, input: PersonFields, ip: string | null) {
    await this.bodies.getBodyInScope(user, input.bodyId);
    await this.checkUnit(user, input.bodyId, input.unitId);
    return this.db.transaction(async (tx) => {
      const person = await repo.insertPerson(tx, input);
      await recordVersion(tx, asActor(user), 'person', person, '新建');
      await this.ledger.append(tx, asActor(user, ip), {
        action: 'person.created',
        entityType: 'person',
        entityId: person.id,
        bodyId: person.bodyId,
        payload: { name: person.name },
      });
      return person;
    });
  }

  async update(
    user: ScopedUser,
    id: string,
    input: Omit<PersonFields, 'bodyId'> & { version: number; reason: string },
    ip: string | null,
  ) {
    const current = await repo.findPerson(this.db, scopeOf(user), id);
    if (!current) throw notFound('人员');
    await this.checkUnit(user, current.bodyId, input.unitId);
    const { version, reason, ...fields } = input;
    return this.db.transaction(async (tx) => {
      const person = await repo.updatePerson(tx, id, version, fields);
      if (!person) throw conflict('VERSION_CONFLICT', '该记录已被他人修改，请刷新后重试');
      await recordVersion(tx, asActor(user), 'person', person, reason);
      await this.ledger.append(tx, asActor(user, ip), {
        action: 'person.updated',
        entityType: 'person',
        entityId: id,
        bodyId: person.bodyId,
        payload: { version: person.version, reason },
      });
      return person;
    });
  }

  /** Officers of a body with their certificates, for the case guards (Art. 42). Missing ids are left out. */
  peopleOfBody(db: DbOrTx, bodyId: string, ids: readonly string[]) {
    return repo.findPeopleOfBody(db, bodyId, ids);
  }

  unitOf(db: DbOrTx, bodyId: string, personId: string) {
    return repo.unitOfPerson(db, bodyId, personId);
  }

  async assertInScope(user: ScopedUser, id: string) {
    if (!(await repo.findPerson(this.db, scopeOf(user), id))) throw notFound('人员');
  }

  async versions(user: ScopedUser, id: string) {
    if (!(await repo.findPerson(this.db, scopeOf(user), id))) throw notFound('人员');
    const versions = await listVersions(this.db, 'person', id);
    // Personal fields stay out of history for roles that may not read them.
    if (hasPermission(user.roles, 'people.read_personal')) {
      await this.ledger.record(asActor(user), {
        action: 'person.personal_data_read',
        entityType: 'person',
        entityId: id,
        payload: { fields: ['idNumber', 'phone'], via: 'versions' },
      });
      return versions;
    }
    return versions.map((v) => ({ ...v, data: { ...v.data, idNumber: null, phone: null } }));
  }

  async getCertificate(user: ScopedUser, id: string) {
    const cert = await repo.findCertificate(this.db, id);
    if (!cert) throw notFound('执法证');
    const person = await repo.findPerson(this.db, scopeOf(user), cert.personId);
    if (!person) throw notFound('执法证');
    const reviews = await repo.listReviews(this.db, [cert.id]);
    const validity = certificateValidity({ ...cert, reviews }, today());
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

  async createCertificate(user: ScopedUser, input: CertificateInput, ip: string | null) {
    const person = await repo.findPerson(this.db, scopeOf(user), input.personId);
    if (!person) throw notFound('人员');
    const cert = await this.db.transaction(async (tx) => {
      const created = await repo.insertCertificate(tx, { ...input, bodyId: person.bodyId });
      await recordVersion(tx, asActor(user), 'certificate', created, '新建');
      await this.ledger.append(tx, asActor(user, ip), {
        action: 'certificate.created',
        entityType: 'certificate',
        entityId: created.id,
        bodyId: person.bodyId,
        payload: { number: created.number, personId: person.id },
      });
      return created;
    });
    return this.getCertificate(user, cert.id);
  }

  async updateCertificate(
    user: ScopedUser,
    id: string,
    input: {
      categories: Category[];
      region: string;
      expiresOn: string;
      status: string;
      version: number;
      reason: string;
    },
    ip: string | null,
  ) {
    const current = await this.getCertificate(user, id);
    if (input.expiresOn <= current.issuedOn)
      throw badRequest('有效期至必须晚于发证日期', { field: 'expiresOn' });
    const { version, reason, ...fields } = input;
    await this.db.transaction(async (tx) => {
      const cert = await repo.updateCertificate(tx, id, version, fields);
      if (!cert) throw conflict('VERSION_CONFLICT', '该记录已被他人修改，请刷新后重试');
      await recordVersion(tx, asActor(user), 'certificate', cert, reason);
      await this.ledger.append(tx, asActor(user, ip), {
        action: 'certificate.updated',
        entityType: 'certificate',
        entityId: id,
        bodyId: cert.bodyId,
        payload: { status: cert.status, reason },
      });
    });
    return this.getCertificate(user, id);
  }

  async addReview(
    user: ScopedUser,
    id: string,
    input: { year: number; passed: boolean; reviewedOn: string; note: string },
    ip: string | null,
  ) {
    const cert = await this.getCertificate(user, id);
    if (cert.reviews.some((r) => r.year === input.year))
      throw conflict('DUPLICATE', `${input.year} 年度审验已登记`);
    if (input.year < Number(cert.issuedOn.slice(0, 4)))
      throw badRequest('审验年度早于发证年度', { field: 'year' });
    await this.db.transaction(async (tx) => {
      await repo.insertReview(tx, { certificateId: id, ...input });
      await this.ledger.append(tx, asActor(user, ip), {
        action: 'certificate.reviewed',
        entityType: 'certificate',
        entityId: id,
        bodyId: cert.bodyId,
        payload: input,
      });
    });
    return this.getCertificate(user, id);
  }

  private async checkUnit(user: ScopedUser, bodyId: string, unitId: string | null) {
    if (!unitId) return;
    const unit = await this.bodies.getUnitInScope(user, unitId);
    if (unit.bodyId !== bodyId) throw badRequest('科室不属于该执法主体', { field: 'unitId' });
  }
}

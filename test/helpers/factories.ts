// Factories: a body (tenant) of the test's own, its units, people and certificates, written straight into
// the tables (no versions or ledger entries, as data another operator entered earlier), so a test asserts
// the data it made rather than the demo's wording, and the demo can change without breaking it.
import { sealedPersonColumns } from './sealed.ts';
import { randomUUID } from 'node:crypto';
import type { TestApp } from './app.ts';
import { newIdNumber, newOrganCreditCode } from './identifiers.ts';

const query = (t: TestApp, text: string, params: unknown[]) => t.services.database.pool.query(text, params);

export interface BodyFields {
  name: string;
  shortName: string;
  level: 'province' | 'city' | 'county';
  nature: '行政机关' | '法律法规授权组织' | '受委托组织';
  bodyType: string;
  fundingSource: string;
  staffing: number;
  legalRepresentative: string;
  address: string;
  complaintPhone: string;
  duties: string;
  delegatedById?: string;
  delegationScope?: string;
  delegationValidFrom?: string;
  delegationValidTo?: string;
}

export interface BodyFixture extends BodyFields {
  id: string;
  path: string;
  creditCode: string;
}

/** A body under `parentId` (null: a new top of the hierarchy), with every A1 field filled. */
export async function insertBody(
  t: TestApp,
  parentId: string | null,
  fields: Partial<BodyFields> & Pick<BodyFields, 'name'>,
): Promise<BodyFixture> {
  const id = randomUUID();
  const parentPath = parentId
    ? ((await query(t, 'select path from bodies where id = $1', [parentId])).rows[0] as { path: string }).path
    : '/';
  const body: BodyFixture = {
    id,
    path: `${parentPath}${id}/`,
    creditCode: newOrganCreditCode(),
    shortName: '测区',
    level: 'county',
    nature: '行政机关',
    bodyType: '卫生健康行政部门',
    fundingSource: '财政全额拨款',
    staffing: 12,
    legalRepresentative: '李四',
    address: '',
    complaintPhone: '',
    duties: '',
    ...fields,
  };
  await query(
    t,
    `insert into bodies (id, parent_id, path, level, name, short_name, credit_code, nature, body_type,
       funding_source, staffing, legal_representative, address, complaint_phone, duties,
       delegated_by_id, delegation_scope, delegation_valid_from, delegation_valid_to)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
    [
      id,
      parentId,
      body.path,
      body.level,
      body.name,
      body.shortName,
      body.creditCode,
      body.nature,
      body.bodyType,
      body.fundingSource,
      body.staffing,
      body.legalRepresentative,
      body.address,
      body.complaintPhone,
      body.duties,
      body.delegatedById ?? null,
      body.delegationScope ?? null,
      body.delegationValidFrom ?? null,
      body.delegationValidTo ?? null,
    ],
  );
  return body;
}

export async function insertUnit(
  t: TestApp,
  bodyId: string,
  name: string,
  kind: 'handling' | 'legal' | 'office' | 'licensing' | 'other' = 'handling',
): Promise<string> {
  const id = randomUUID();
  await query(t, 'insert into units (id, body_id, name, kind) values ($1, $2, $3, $4)', [
    id,
    bodyId,
    name,
    kind,
  ]);
  return id;
}

export interface CertificateFields {
  number: string;
  categories: string[];
  region: string;
  issuer?: string;
  issuedOn: string;
  expiresOn: string;
  /** Years with a passed annual review (the certificate needs last year's after 31 March). */
  reviewedYears?: number[];
}

export interface OfficerFixture {
  personId: string;
  certificateId: string | null;
  idNumber: string;
  phone: string;
}

/** A person of `bodyId`, with an ID number and a mobile number, and a certificate if one is given. */
export async function insertOfficer(
  t: TestApp,
  bodyId: string,
  fields: { name: string; unitId?: string; post?: string; certificate?: CertificateFields },
): Promise<OfficerFixture> {
  const personId = randomUUID();
  const idNumber = newIdNumber();
  const phone = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const sealed = sealedPersonColumns(t, personId, idNumber, phone);
  await query(
    t,
    `insert into people (id, body_id, unit_id, name, gender, id_number, id_number_index, phone, post)
     values ($1, $2, $3, $4, 'female', $5, $6, $7, $8)`,
    [
      personId,
      bodyId,
      fields.unitId ?? null,
      fields.name,
      sealed.idNumber,
      sealed.idNumberIndex,
      sealed.phone,
      fields.post ?? '执法队员',
    ],
  );
  const c = fields.certificate;
  if (!c) return { personId, certificateId: null, idNumber, phone };
  const certificateId = randomUUID();
  await query(
    t,
    `insert into certificates (id, person_id, body_id, number, categories, region, issuer, issued_on, expires_on)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      certificateId,
      personId,
      bodyId,
      c.number,
      c.categories,
      c.region,
      c.issuer ?? '',
      c.issuedOn,
      c.expiresOn,
    ],
  );
  for (const year of c.reviewedYears ?? [])
    await query(
      t,
      'insert into certificate_reviews (certificate_id, year, passed, reviewed_on) values ($1, $2, true, $3)',
      [certificateId, year, `${year + 1}-01-20`],
    );
  return { personId, certificateId, idNumber, phone };
}

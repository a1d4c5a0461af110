// A1–A4: enforcement bodies, units, people, certificates and their annual reviews.
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AuthorityKind } from './rules.ts';

const audit = {
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
};

export const bodies = pgTable(
  'bodies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id'),
    // Materialised path of ids ("/root/child/") so a data scope is one prefix match.
    path: text('path').notNull(),
    level: text('level').$type<'province' | 'city' | 'county'>().notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(), // 地区简称, used in document numbers
    creditCode: text('credit_code').notNull(),
    nature: text('nature').$type<'行政机关' | '法律法规授权组织' | '受委托组织'>().notNull(),
    fundingSource: text('funding_source').notNull().default(''),
    staffing: integer('staffing').notNull().default(0),
    bodyType: text('body_type').notNull(),
    // The departments the body acts as (rules.ts AUTHORITY_KINDS): what items it may enforce.
    authorityKinds: text('authority_kinds')
      .array()
      .$type<AuthorityKind[]>()
      .notNull()
      .default(sql`'{health}'::text[]`),
    duties: text('duties').notNull().default(''),
    legalRepresentative: text('legal_representative').notNull(),
    address: text('address').notNull().default(''),
    complaintPhone: text('complaint_phone').notNull().default(''),
    // Delegated enforcement (委托执法): the entrusting body and the stored agreement.
    delegatedById: uuid('delegated_by_id'),
    delegationScope: text('delegation_scope'),
    delegationAgreementKey: text('delegation_agreement_key'),
    delegationAgreementName: text('delegation_agreement_name'),
    delegationValidFrom: date('delegation_valid_from', { mode: 'string' }),
    delegationValidTo: date('delegation_valid_to', { mode: 'string' }),
    ...audit,
  },
  (t) => [
    uniqueIndex('bodies_credit_code_uq').on(t.creditCode),
    index('bodies_path_idx').on(t.path.op('text_pattern_ops')),
    index('bodies_parent_idx').on(t.parentId),
  ],
);

export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
    name: text('name').notNull(),
    kind: text('kind').$type<'handling' | 'legal' | 'office' | 'licensing' | 'other'>().notNull(),
    phone: text('phone').notNull().default(''),
    ...audit,
  },
  (t) => [uniqueIndex('units_body_name_uq').on(t.bodyId, t.name)],
);

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
    unitId: uuid('unit_id').references(() => units.id),
    name: text('name').notNull(),
    gender: text('gender').$type<'male' | 'female'>().notNull(),
    // H4: ID number and phone are sealed (platform/crypto/personal-data.ts); a person is found and kept
    // unique by the ID number's blind index.
    idNumber: text('id_number'),
    idNumberIndex: text('id_number_index'),
    phone: text('phone'),
    post: text('post').notNull().default(''),
    isReviewer: boolean('is_reviewer').notNull().default(false),
    isLegalCounsel: boolean('is_legal_counsel').notNull().default(false),
    legalQualificationNo: text('legal_qualification_no'),
    active: boolean('active').notNull().default(true),
    ...audit,
  },
  (t) => [
    index('people_body_name_idx').on(t.bodyId, t.name, t.id),
    index('people_name_idx').on(t.name, t.id),
    index('people_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    uniqueIndex('people_id_number_index_uq')
      .on(t.idNumberIndex)
      .where(sql`${t.idNumberIndex} is not null`),
  ],
);

export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
    number: text('number').notNull(),
    categories: text('categories').array().notNull(),
    region: text('region').notNull(),
    issuer: text('issuer').notNull().default(''),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    expiresOn: date('expires_on', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('valid'), // valid | suspended | revoked
    ...audit,
  },
  (t) => [
    uniqueIndex('certificates_number_uq').on(t.number),
    index('certificates_person_idx').on(t.personId, t.expiresOn),
    index('certificates_number_trgm_idx').using('gin', sql`${t.number} gin_trgm_ops`),
  ],
);

export const certificateReviews = pgTable(
  'certificate_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    year: integer('year').notNull(),
    passed: boolean('passed').notNull(),
    reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('certificate_reviews_year_uq').on(t.certificateId, t.year)],
);

// C1–C5, G2: cases, their parties, steps (events), deadlines, evidence, issued documents and reminders.
// A case's state is only written by the case service from a machine's `transition`; every step is an
// event row and a ledger entry. `next_due` is the earliest open deadline, kept so the workbench sorts by
// urgency with an index instead of scanning deadlines.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bodies, people, units } from '../bodies/schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
    unitId: uuid('unit_id').references(() => units.id),
    kind: text('kind').notNull(),
    state: text('state').notNull(),
    /** 案件编号, unique in the body: `{year}-{seq}` of the year the case was opened. */
    code: text('code').notNull(),
    cause: text('cause').notNull(), // 案由
    field: text('field').notNull(), // 专业类别 (医疗卫生, 公共场所…), also the number's category character
    source: text('source').notNull(), // 案件来源
    place: text('place').notNull().default(''),
    summary: text('summary').notNull().default(''), // 违法事实 / 检查情况
    enforcementItemCode: text('enforcement_item_code'),
    partyName: text('party_name').notNull().default(''),
    /**
     * Links the cases of one party (C4, C9): the main party's credit code (upper case) or, for a natural
     * person, the blind index of their ID number (H4: never the number itself).
     */
    partyKey: text('party_key'),
    partyType: text('party_type').$type<'person' | 'organisation'>().notNull(),
    leadOfficerId: uuid('lead_officer_id')
      .notNull()
      .references(() => people.id),
    officerIds: uuid('officer_ids').array().notNull(),
    record: jsonb('record').notNull(),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    nextDue: date('next_due', { mode: 'string' }),
    nextDueKey: text('next_due_key'),
    finished: boolean('finished').notNull().default(false),
    originCaseId: uuid('origin_case_id'), // the inspection a case came from
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_body_code_uq').on(t.bodyId, t.code),
    // Workbench: open cases of a body by urgency (nulls last), keyset on (next_due, id).
    index('cases_body_due_idx').on(t.bodyId, t.finished, t.nextDue, t.id),
    // The same order across finished and open cases (status "any"), without a sort per body.
    index('cases_body_any_due_idx').on(t.bodyId, t.nextDue, t.id),
    index('cases_body_updated_idx').on(t.bodyId, t.updatedAt, t.id),
    index('cases_officers_idx').using('gin', t.officerIds),
    index('cases_party_key_idx').on(t.partyKey),
    index('cases_party_name_trgm_idx').using('gin', sql`${t.partyName} gin_trgm_ops`),
  ],
);

export const caseParties = pgTable(
  'case_parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    role: text('role').$type<'party' | 'witness' | 'agent'>().notNull(),
    type: text('type').$type<'person' | 'organisation'>().notNull(),
    name: text('name').notNull(),
    idType: text('id_type'),
    // H4: a natural person's ID number, address and phone are sealed; the ID number's blind index finds
    // the same person across cases.
    idNumber: text('id_number'),
    idNumberIndex: text('id_number_index'),
    creditCode: text('credit_code'),
    legalRepresentative: text('legal_representative'),
    address: text('address').notNull().default(''),
    phone: text('phone').notNull().default(''),
    minor: boolean('minor').notNull().default(false),
    /** For an agent: whom they act for (授权委托). */
    representsId: uuid('represents_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('case_parties_case_idx').on(t.caseId),
    index('case_parties_id_number_index_idx').on(t.idNumberIndex),
  ],
);

export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    seq: integer('seq').notNull(),
    action: text('action').notNull(),
    data: jsonb('data').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    legalDate: date('legal_date', { mode: 'string' }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('case_events_case_seq_uq').on(t.caseId, t.seq)],
);

export const caseDeadlines = pgTable(
  'case_deadlines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    bodyId: uuid('body_id').notNull(),
    key: text('key').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    due: date('due', { mode: 'string' }).notNull(),
    citation: text('citation').notNull(),
    rule: jsonb('rule').notNull(),
    pausedDays: integer('paused_days').notNull().default(0),
    /** Set while the period runs into a year without calendar data; `due` is then its earliest end (C3). */
    provisionalYear: integer('provisional_year'),
    /** open | met (closed by the step it waited for) | replaced (recomputed) | cancelled (case ended). */
    status: text('status').$type<'open' | 'met' | 'replaced' | 'cancelled'>().notNull().default('open'),
    closedOn: date('closed_on', { mode: 'string' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('case_deadlines_case_idx').on(t.caseId, t.status),
    index('case_deadlines_open_due_idx')
      .on(t.bodyId, t.due)
      .where(sql`${t.status} = 'open'`),
    uniqueIndex('case_deadlines_open_key_uq')
      .on(t.caseId, t.key)
      .where(sql`${t.status} = 'open'`),
  ],
);

export const caseReminders = pgTable(
  'case_reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deadlineId: uuid('deadline_id')
      .notNull()
      .references(() => caseDeadlines.id),
    caseId: uuid('case_id').notNull(),
    bodyId: uuid('body_id').notNull(),
    level: text('level').$type<'due_soon' | 'overdue'>().notNull(),
    raisedOn: date('raised_on', { mode: 'string' }).notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('case_reminders_deadline_level_uq').on(t.deadlineId, t.level),
    index('case_reminders_body_idx').on(t.bodyId, t.raisedOn),
  ],
);

export const caseEvidence = pgTable(
  'case_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    seq: integer('seq').notNull(),
    type: text('type').notNull(), // 行政处罚法第四十六条的证据种类
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    source: text('source').notNull().default(''),
    collectedOn: date('collected_on', { mode: 'string' }).notNull(),
    collectedBy: text('collected_by').notNull().default(''),
    /**
     * The attached file (C7), written once and never replaced (C8): `object_key` is its content address
     * in the object store, so `sha256` repeats it as the fingerprint shown to users; SM3 is the national
     * standard fingerprint (GB/T 32905) for anyone verifying with Chinese tools.
     */
    objectKey: text('object_key'),
    fileName: text('file_name'),
    sha256: text('sha256'),
    mimeType: text('mime_type'),
    size: bigint('size', { mode: 'number' }),
    sm3: text('sm3'),
    fileAttachedBy: uuid('file_attached_by'),
    fileAttachedAt: ts('file_attached_at'),
    /** Electronic data (C7): when and with which terminal (执法记录仪, 移动执法终端) it was captured, and where. */
    capturedAt: ts('captured_at'),
    device: text('device'),
    location: text('location'),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('case_evidence_case_seq_uq').on(t.caseId, t.seq),
    // A file is recorded whole or not at all: no row can claim a file without its fingerprints.
    check(
      'case_evidence_file_complete_ck',
      sql`(${t.objectKey} is null and ${t.sha256} is null and ${t.sm3} is null and ${t.size} is null and ${t.fileAttachedAt} is null)
        or (${t.objectKey} is not null and ${t.sha256} is not null and ${t.sm3} is not null and ${t.size} is not null and ${t.fileAttachedAt} is not null)`,
    ),
  ],
);

export const caseDocuments = pgTable(
  'case_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    bodyId: uuid('body_id').notNull(),
    template: text('template').notNull(),
    templateVersion: integer('template_version').notNull(),
    title: text('title').notNull(),
    number: text('number'),
    /**
     * The frozen document: the rendered model, the inputs and the case data it was made from — sealed (H4:
     * a JSON string, SM4 of its canonical JSON, bound to the row; an object only as an earlier release
     * left it, until the start-up sealing).
     */
    content: jsonb('content').notNull(),
    contentHash: text('content_hash').notNull(), // SM3 of the canonical content
    /** SHA-256 of the DOCX and the PDF as issued (the bytes a download returns; named in the ledger). */
    docxKey: text('docx_key').notNull(),
    pdfKey: text('pdf_key').notNull(),
    /**
     * Where the files are stored sealed (H4, `Sealer.sealBytes`, bound to the row): the object keys of
     * their ciphertext; null where an earlier release stored the clear file under `docxKey`/`pdfKey`.
     */
    docxSealedKey: text('docx_sealed_key'),
    pdfSealedKey: text('pdf_sealed_key'),
    /** The parties the snapshot names (their identity can no longer be corrected), kept beside the content. */
    partyIds: jsonb('party_ids').$type<string[]>().notNull().default([]),
    signatures: jsonb('signatures').notNull(),
    partyConfirmation: jsonb('party_confirmation'),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    issuedBy: uuid('issued_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('case_documents_case_idx').on(t.caseId),
    uniqueIndex('case_documents_number_uq').on(t.bodyId, t.number),
  ],
);

/** Document numbers: one counter per body, number class (专业 + 性质) and year. */
export const documentCounters = pgTable(
  'document_counters',
  {
    bodyId: uuid('body_id').notNull(),
    series: text('series').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.series, t.year] })],
);

/**
 * A body's document settings (C5): the number pattern and region abbreviation, and the authorities its
 * notices name (复议机关, 人民法院, 代收银行). Defaults apply when a body has no row.
 */
export const documentSettings = pgTable('document_settings', {
  bodyId: uuid('body_id')
    .primaryKey()
    .references(() => bodies.id),
  numberPattern: text('number_pattern').notNull(),
  region: text('region').notNull(),
  reviewAuthority: text('review_authority').notNull(),
  court: text('court').notNull(),
  paymentBank: text('payment_bank').notNull(),
  /** 较大数额罚款 of the body's province (行政处罚法第六十三条), in fen; defaults as in procedures/penalty/hearing.ts. */
  hearingFinePersonFen: bigint('hearing_fine_person_fen', { mode: 'number' }).notNull().default(200_000),
  hearingFineOrganisationFen: bigint('hearing_fine_organisation_fen', { mode: 'number' })
    .notNull()
    .default(2_000_000),
  version: integer('version').notNull().default(1),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** Officers' SM2 signing keys (C5 electronic signatures); one active key per person. */
export const signingKeys = pgTable('signing_keys', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id),
  publicKey: text('public_key').notNull(),
  privateKey: text('private_key').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

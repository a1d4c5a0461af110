// E3–E8: publications of enforcement decisions. One row per decided case: the draft with its legal
// deadline, the redacted summary and full text (only ever the redacted text: the clear text stays sealed
// in the case's documents and is read again when the publisher edits the redaction), the choice not to
// publish (E5), the approval chain as it was when submitted and each approval (E6), the channels it is
// shown on with their display periods (E7), and the recorded 复议/诉讼 outcome with its withdrawal (E8).
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bodies } from '../bodies/schema.ts';
import { cases } from '../cases/schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

export const publications = pgTable(
  'publications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
    caseId: uuid('case_id')
      .notNull()
      .unique()
      .references(() => cases.id),
    caseKind: text('case_kind').notNull(),
    subject: text('subject').notNull(), // rules/deadlines.ts PublicationSubject
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    due: date('due', { mode: 'string' }).notNull(),
    dueCitation: text('due_citation').notNull(),
    status: text('status').notNull(),
    intent: text('intent').notNull().default('publish'), // publish | not_publish (E5)
    notPublishedReason: text('not_published_reason'),
    notPublishedNote: text('not_published_note'),
    mode: text('mode').notNull().default('summary'), // summary | full
    /** The summary's fields, redacted (rules/summary.ts). */
    summary: jsonb('summary').notNull(),
    legalBasis: text('legal_basis').notNull().default(''),
    /** The decision document's text after redaction; null when no document was issued. */
    fullText: text('full_text'),
    spans: jsonb('spans').notNull().default([]),
    /** The publisher's additions and removals of redactions, with reasons (offsets into the source). */
    edits: jsonb('edits').notNull().default([]),
    sourceDocumentId: uuid('source_document_id'),
    minorCase: boolean('minor_case').notNull().default(false),
    creditSeverity: text('credit_severity').notNull().default('general'),
    chain: text('chain').array(),
    approvals: jsonb('approvals').notNull().default([]),
    channels: jsonb('channels').notNull().default([]),
    publishedOn: date('published_on', { mode: 'string' }),
    outcome: jsonb('outcome'),
    withdrawalDue: date('withdrawal_due', { mode: 'string' }),
    withdrawalReason: text('withdrawal_reason'),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    /** Redacted summary and text together, for the portal's substring search (pg_trgm). */
    searchText: text('search_text').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('publications_body_status_due_idx').on(t.bodyId, t.status, t.due),
    index('publications_public_idx').on(t.status, t.decidedOn, t.id),
    index('publications_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** E6 the body's approval chain (承办人 → 承办机构负责人 → 分管领导 → 主要负责人 unless it configured a shorter one). */
export const publicitySettings = pgTable('publicity_settings', {
  bodyId: uuid('body_id')
    .primaryKey()
    .references(() => bodies.id),
  approvalChain: text('approval_chain').array().notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

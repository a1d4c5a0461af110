// B1–B8 storage. Every catalogue (items, benchmarks, inspection items, AV list, review rules, service
// guides, complaint channels) is a series of immutable versions per (body, kind, code): a change inserts
// version n+1 with reason, author and the date it takes effect. The version in force on a date is the
// latest one effective by then; a retiring version ends the entry. Legal documents are shared by all
// bodies (body_id null) or local to one, versioned by amendment ("立改废").
import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { bodies } from '../bodies/schema.ts';

export const catalogEntries = pgTable(
  'catalog_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    retired: boolean('retired').notNull().default(false),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    reason: text('reason').notNull(),
    authorId: uuid('author_id'),
    authorName: text('author_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('catalog_entries_version_uq').on(t.bodyId, t.kind, t.code, t.version),
    index('catalog_entries_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
  ],
);

export const legalDocuments = pgTable(
  'legal_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id').references(() => bodies.id), // null: national, shared by every body
    code: text('code').notNull(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    level: text('level').notNull(),
    issuer: text('issuer').notNull(),
    docNumber: text('doc_number').notNull(),
    promulgatedOn: date('promulgated_on', { mode: 'string' }).notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    repealedOn: date('repealed_on', { mode: 'string' }),
    versionNote: text('version_note').notNull().default(''),
    reason: text('reason').notNull(),
    authorName: text('author_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('legal_documents_version_uq').on(t.code, t.version),
    index('legal_documents_title_trgm_idx').using('gin', sql`${t.title} gin_trgm_ops`),
  ],
);

export const legalArticles = pgTable(
  'legal_articles',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => legalDocuments.id),
    ordinal: integer('ordinal').notNull(),
    number: text('number').notNull(),
    text: text('text').notNull(),
    needsReview: boolean('needs_review').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.ordinal] })],
);

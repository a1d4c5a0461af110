// C8: nothing recorded is edited in place. Each state a record takes is kept here with the reason and
// author, so every module's history has one shape and one table.
import { integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const recordVersions = pgTable(
  'record_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    version: integer('version').notNull(),
    data: text('data').notNull(), // canonical JSON of the record at that version
    reason: text('reason').notNull(),
    authorId: uuid('author_id'),
    authorName: text('author_name').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('record_versions_uq').on(t.entityType, t.entityId, t.version)],
);

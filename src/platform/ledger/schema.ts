// C8 / H3: the append-only hash-chained ledger and its signed checkpoints.
import { bigint, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    ip: text('ip'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    bodyId: uuid('body_id'),
    // Canonical JSON kept as text: jsonb would reorder keys and break re-hashing.
    payload: text('payload').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('ledger_entries_action_idx').on(t.action, t.seq),
    index('ledger_entries_body_idx').on(t.bodyId, t.seq),
    index('ledger_entries_entity_idx').on(t.entityType, t.entityId),
    index('ledger_entries_actor_idx').on(t.actorId, t.seq),
  ],
);

export const ledgerCheckpoints = pgTable('ledger_checkpoints', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  uptoSeq: bigint('upto_seq', { mode: 'number' }).notNull().unique(),
  hash: text('hash').notNull(),
  signature: text('signature').notNull(),
  publicKey: text('public_key').notNull(),
  at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
});

/** Platform-wide secrets and settings that every process must share (e.g. the generated signing key). */
export const platformSettings = pgTable('platform_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

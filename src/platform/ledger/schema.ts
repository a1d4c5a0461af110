// C8 / H3: the append-only ledger — a hash chain whose entries are also the leaves of an RFC 6962 Merkle
// tree — its signed tree heads, and the checkpoints signed before the tree existed (still verified).
import { bigint, check, index, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

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

/**
 * Signed tree heads (RFC 6962 STH, SM2 over SM3): the Merkle root of the first `tree_size` entries. Each
 * is also appended to a file outside the database and published on the portal (tree-heads.ts).
 */
export const ledgerHeads = pgTable('ledger_heads', {
  treeSize: bigint('tree_size', { mode: 'number' }).primaryKey(),
  root: text('root').notNull(),
  at: text('at').notNull(), // ISO-8601 UTC as signed, kept as text so it re-verifies byte for byte
  signature: text('signature').notNull(),
  publicKey: text('public_key').notNull(),
});

/** The right edge of the Merkle tree (merkle.ts MerkleFrontier), so appends need not reread the log. */
export const ledgerTree = pgTable(
  'ledger_tree',
  {
    id: smallint('id').primaryKey(),
    size: bigint('size', { mode: 'number' }).notNull(),
    peaks: text('peaks').notNull(), // hex peaks joined with ',' (largest subtree first)
  },
  (t) => [check('ledger_tree_one_row', sql`${t.id} = 1`)],
);

/** Signed checkpoints of releases before the Merkle tree: no longer written, still verified. */
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

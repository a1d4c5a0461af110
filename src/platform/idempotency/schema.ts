// The Idempotency-Key records (issue 14): one row per (account, key), the request's fingerprint, and —
// once the request has completed — its status and response, sealed, for 24 hours. No foreign key to
// users: the platform names no module's table, and a row outlives nothing (it expires within a day).
import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    /** The account whose key it is: keys are scoped per account, a key never answers another one. */
    userId: uuid('user_id').notNull(),
    key: text('key').notNull(),
    fingerprint: text('fingerprint').notNull(),
    /** Null while the request is in flight (or if it ended without an answer worth keeping). */
    status: integer('status'),
    contentType: text('content_type'),
    /** The response body, sealed to this account and key (SM4 + HMAC-SM3): it holds personal data. */
    response: text('response'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('idempotency_keys_expires_idx').on(t.expiresAt)],
);

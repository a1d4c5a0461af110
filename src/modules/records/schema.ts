// C6 audio/video and photo records (音像记录) of a case, and the resumable uploads that bring them in.
// A record is written once (C8): its file is addressed by SHA-256 in the object store, so the same
// content uploaded twice is stored once and registered twice.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bodies } from '../bodies/schema.ts';
import { cases } from '../cases/schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/**
 * A tus upload in progress (id = the tus upload id): who started it, for which case, and the record
 * details checked when it was created. Only its creator may continue, inspect or end it; on completion
 * `record_id` is set in the transaction that registers the record, so a restart never half-registers.
 */
export const avUploads = pgTable(
  'av_uploads',
  {
    id: text('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
    accountId: uuid('account_id').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    details: jsonb('details').notNull(),
    recordId: uuid('record_id'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('av_uploads_case_idx').on(t.caseId)],
);

export const avRecords = pgTable(
  'av_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
    /** Numbered within the case, in the order registered. */
    seq: integer('seq').notNull(),
    kind: text('kind').$type<'video' | 'audio' | 'photo'>().notNull(),
    /** The B5 音像记录事项 code (AV-001…) of the activity recorded. */
    activity: text('activity').notNull(),
    title: text('title').notNull(),
    place: text('place').notNull().default(''),
    officers: text('officers').notNull().default(''),
    /** What a body-cam dock exports with each file. */
    deviceSerial: text('device_serial').notNull(),
    officerCardId: text('officer_card_id').notNull().default(''),
    startedAt: ts('started_at').notNull(),
    endedAt: ts('ended_at').notNull(),
    important: boolean('important').notNull().default(false),
    /** The device's own hash of the file, checked against the received bytes on arrival. */
    deviceHashAlgorithm: text('device_hash_algorithm'),
    deviceHash: text('device_hash'),
    /** Why there is a gap before this clip (Wanzhou Art. 11): a voice note in the clip or a written note. */
    interruptionNote: text('interruption_note').notNull().default(''),
    /** Registration after 2 working days (Wanzhou Art. 21): the written reason and who approved it beforehand. */
    lateReason: text('late_reason').notNull().default(''),
    lateApprovedBy: text('late_approved_by').notNull().default(''),
    objectKey: text('object_key').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    sm3: text('sm3').notNull(),
    /** What the file itself says (ffprobe), and the poster frame of a video. */
    media: jsonb('media').notNull(),
    posterKey: text('poster_key'),
    registeredBy: uuid('registered_by').notNull(),
    registeredAt: ts('registered_at').notNull(),
  },
  (t) => [
    uniqueIndex('av_records_case_seq_uq').on(t.caseId, t.seq),
    index('av_records_sha256_idx').on(t.sha256),
    check('av_records_span_ck', sql`${t.endedAt} >= ${t.startedAt}`),
  ],
);

/**
 * "AV not possible" (Wanzhou Art. 13): the work record of an activity that could not be recorded —
 * secrets, privacy or force majeure — with its reason, approved by the body's head before it counts.
 */
export const avExemptions = pgTable('av_exemptions', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id')
    .notNull()
    .references(() => cases.id),
  activity: text('activity').notNull(),
  reasonKind: text('reason_kind').$type<'secret' | 'privacy' | 'force_majeure'>().notNull(),
  reason: text('reason').notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at').notNull(),
  approvedBy: uuid('approved_by'),
  approvedAt: ts('approved_at'),
});

// D2–D7 one legal review per case: its rounds (the pure `Review` of rules/lifecycle.ts) kept whole as
// JSON, and beside it the columns the queues filter and sort on (status, reviewer, due day). Written only
// by the review service, under an optimistic version: two reviewers acting at once, one wins.
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bodies, people } from '../bodies/schema.ts';
import { cases } from '../cases/schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** The case's number and cause as the queue shows them (neither changes after registration). */
    caseCode: text('case_code').notNull(),
    caseCause: text('case_cause').notNull(),
    status: text('status').notNull(),
    reviewerId: uuid('reviewer_id').references(() => people.id),
    /** The account that submitted the latest round (the handling unit's queue). */
    submittedBy: uuid('submitted_by').notNull(),
    /** The latest round's last day, once accepted (null before, and once its opinion is given). */
    due: date('due', { mode: 'string' }),
    state: jsonb('state').notNull(),
    /** The latest submission's materials: the checklist as it stood and what the submitter wrote. */
    materials: jsonb('materials').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reviews_case_uq').on(t.caseId),
    index('reviews_body_status_idx').on(t.bodyId, t.status),
    index('reviews_reviewer_idx').on(t.reviewerId, t.status),
    index('reviews_submitter_idx').on(t.submittedBy, t.status),
  ],
);

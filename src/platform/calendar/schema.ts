// C3: local holidays, corrections and years entered ahead of the chinese-days package.
import { date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const calendarOverrides = pgTable('calendar_overrides', {
  date: date('date', { mode: 'string' }).primaryKey(),
  kind: text('kind').notNull(), // holiday | workday
  name: text('name').notNull(),
  reason: text('reason').notNull().default(''),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** A year listed here is covered although chinese-days lacks it: its notice was entered as overrides. */
export const calendarCoveredYears = pgTable('calendar_covered_years', {
  year: integer('year').primaryKey(),
  source: text('source').notNull(), // e.g. 国办发明电〔2026〕x号
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

// C3: the calendar as the rest of the platform sees it — package data plus the override table, read
// from the database on each computation so every process agrees after an override is entered.
import { asc, sql } from 'drizzle-orm';
import { dbOf, today, withTx, type Actor, type Ctx } from '../context.ts';
import type { Db } from '../db/client.ts';
import { jsonRows } from '../db/json-rows.ts';
import { namedQuery } from '../db/named-query.ts';
import { badRequest, unprocessable } from '../http/errors.ts';
import type { Ledger } from '../ledger/ledger.ts';
import {
  CalendarNotCoveredError,
  CITATIONS,
  createCalendar,
  PACKAGE_NOTICES,
  type HolidayNotices,
  type WorkingCalendar,
} from './rules.ts';
import { calendarCoverage, type CalendarCoverage } from './coverage.ts';
import { calendarCoveredYears, calendarOverrides } from './schema.ts';

const OVERRIDES = jsonRows(calendarOverrides, [calendarOverrides.date]);
const COVERED_YEARS = jsonRows(calendarCoveredYears, [calendarCoveredYears.year]);
const readCalendar = namedQuery<{ overrides: unknown; years: unknown }>(
  'calendar',
  sql`select ${OVERRIDES.select(sql`true`)} as overrides, ${COVERED_YEARS.select(sql`true`)} as years`,
);

export class CalendarService {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly notices: HolidayNotices = PACKAGE_NOTICES,
  ) {}

  /** Both tables in one named statement: every deadline computation and case page reads them. */
  async calendar(ctx: Ctx<Actor>): Promise<WorkingCalendar> {
    const [row] = await readCalendar(dbOf(ctx, this.db), {});
    const overrides = OVERRIDES.read(row!.overrides);
    const years = COVERED_YEARS.read(row!.years);
    return createCalendar({
      overrides: overrides.map((o) => ({
        date: o.date,
        kind: o.kind as 'holiday' | 'workday',
        name: o.name,
      })),
      extraCoveredYears: years.map((y) => y.year),
      notices: this.notices,
    });
  }

  /** Deadline from `from`, counted from the next day; refuses (422) rather than guess an uncovered year. */
  async deadline(ctx: Ctx<Actor>, from: string, period: { workingDays: number } | { days: number }) {
    const cal = await this.calendar(ctx);
    try {
      if ('workingDays' in period) {
        const r = cal.addWorkingDays(from, period.workingDays);
        return {
          from,
          deadline: r.deadline,
          kind: 'working_days' as const,
          n: period.workingDays,
          skippedNonWorkingDays: r.skippedNonWorkingDays,
          rolled: false,
          citation: CITATIONS.workingDays,
        };
      }
      const r = cal.addCalendarDays(from, period.days);
      return {
        from,
        deadline: r.deadline,
        kind: 'calendar_days' as const,
        n: period.days,
        nominal: r.nominal,
        rolled: r.rolled,
        citation: CITATIONS.calendarRollover,
      };
    } catch (e) {
      if (e instanceof CalendarNotCoveredError)
        throw unprocessable('CALENDAR_NOT_COVERED', e.message, { year: e.year });
      if (e instanceof RangeError) throw badRequest(e.message);
      throw e;
    }
  }

  /** The years covered on the context's day, and the administrators' warning if one is due. */
  async coverage(ctx: Ctx<Actor>): Promise<CalendarCoverage> {
    const [row] = await readCalendar(dbOf(ctx, this.db), {});
    const entered = COVERED_YEARS.read(row!.years).map((y) => ({ year: y.year, source: y.source }));
    return calendarCoverage(today(ctx), this.notices.coveredYears, entered);
  }

  listOverrides() {
    return this.db.select().from(calendarOverrides).orderBy(asc(calendarOverrides.date));
  }

  async addOverride(
    ctx: Ctx<Actor>,
    bodyId: string | null,
    o: { date: string; kind: 'holiday' | 'workday'; name: string; reason: string },
  ) {
    await withTx(ctx, this.db, async (tctx) => {
      await tctx.tx.insert(calendarOverrides).values({ ...o, createdBy: ctx.actor.id });
      await this.ledger.append(tctx, {
        action: 'calendar.override_added',
        entityType: 'calendar',
        entityId: o.date,
        bodyId,
        payload: o,
      });
    });
  }

  async addCoveredYear(ctx: Ctx<Actor>, bodyId: string | null, year: number, source: string) {
    await withTx(ctx, this.db, async (tctx) => {
      await tctx.tx.insert(calendarCoveredYears).values({ year, source });
      await this.ledger.append(tctx, {
        action: 'calendar.year_covered',
        entityType: 'calendar',
        entityId: String(year),
        bodyId,
        payload: { year, source },
      });
    });
  }
}

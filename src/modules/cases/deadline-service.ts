// C3, G2 the deadlines of cases beyond the case page: the open deadlines of the caller's cases, their
// unit's or their whole scope for the workbench; the daily run that raises reminders for those overdue
// or due soon; and the settling of provisional deadlines once a year's holidays are entered.
import { CalendarNotCoveredError } from '../../platform/calendar/rules.ts';
import type { CalendarService } from '../../platform/calendar/service.ts';
import { dbOf, today, withTx, type Actor, type Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import type { PeopleService } from '../bodies/index.ts';
import * as deadlines from './deadline-repo.ts';
import { deadlineLabel } from './deadline-labels.ts';
import { addDays, computePeriod, type PauseRange, type PeriodUnit } from './deadlines.ts';
import { dueLevel, soonUntil } from './present.ts';
import { unitOfCaller } from './service.ts';
import { seesAllCases } from './visibility.ts';

export class CaseDeadlinesService {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly calendars: CalendarService,
    private readonly people: PeopleService,
  ) {}

  /** G2: open deadlines of the caller's cases, their unit's, or the whole scope. */
  async openDeadlines(
    ctx: Ctx,
    q: { view: 'mine' | 'unit' | 'all'; status: 'overdue' | 'due_soon' | 'open'; limit: number },
  ) {
    const { actor } = ctx;
    const calendar = await this.calendars.calendar(ctx);
    const day = today(ctx);
    const soon = soonUntil(calendar, day);
    const unitId = await unitOfCaller(this.people, ctx);
    const view = seesAllCases(actor.roles) ? q.view : q.view === 'all' ? 'mine' : q.view;
    if ((view === 'mine' && !actor.personId) || (view === 'unit' && !unitId)) return [];
    const rows = await deadlines.listOpenDeadlines(dbOf(ctx, this.db), {
      scope: actor.scope,
      officerId: view === 'mine' ? actor.personId! : undefined,
      unitId: view === 'unit' ? unitId! : undefined,
      dueOnOrBefore: q.status === 'open' ? undefined : q.status === 'overdue' ? addDays(day, -1) : soon,
      limit: q.limit,
    });
    return rows.map((r) => ({ ...r, label: deadlineLabel(r.key), level: dueLevel(r.due, day, soon)! }));
  }

  /** G2 the daily run: raise reminders for open deadlines that are overdue or due soon. */
  async raiseReminders(ctx: Ctx<Actor>, on = today(ctx)) {
    const calendar = await this.calendars.calendar(ctx);
    return withTx(ctx, this.db, ({ tx }) => deadlines.raiseReminders(tx, on, soonUntil(calendar, on)));
  }

  /**
   * C3: once a year's holidays are entered, provisional deadlines of that year get their real due date.
   * Run by the daily job before reminders; returns how many were settled.
   */
  async settleProvisionalDeadlines(ctx: Ctx<Actor>) {
    const calendar = await this.calendars.calendar(ctx);
    return withTx(ctx, this.db, async (tctx) => {
      const { tx } = tctx;
      let settled = 0;
      for (const d of await deadlines.provisionalDeadlines(tx)) {
        if (d.provisionalYear === null || !calendar.isCovered(d.provisionalYear)) continue;
        const rule = d.rule as { n: number; unit: PeriodUnit; pauses?: PauseRange[] };
        let period: { due: string; pausedDays: number };
        try {
          period = computePeriod(calendar, d.fromDate, rule.n, rule.unit, rule.pauses ?? []);
        } catch (e) {
          if (e instanceof CalendarNotCoveredError) continue; // it runs on into a later uncovered year
          throw e;
        }
        await deadlines.settleDeadline(tx, d.id, period.due, period.pausedDays);
        await deadlines.refreshNextDue(tx, d.caseId);
        await this.ledger.append(tctx, {
          action: 'case.deadline_settled',
          entityType: 'case',
          entityId: d.caseId,
          bodyId: d.bodyId,
          payload: { key: d.key, from: d.fromDate, provisionalDue: d.due, due: period.due },
        });
        settled++;
      }
      return settled;
    });
  }

  async reminders(ctx: Ctx, since: string) {
    const { actor } = ctx;
    return deadlines.listReminders(dbOf(ctx, this.db), {
      scope: actor.scope,
      officerId: seesAllCases(actor.roles)
        ? undefined
        : (actor.personId ?? '00000000-0000-0000-0000-000000000000'),
      since,
      limit: 200,
    });
  }
}

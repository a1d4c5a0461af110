// A5/E3/E8 the 信息发布员's queue (待公示): drafts still owed and approved items to publish, by their
// 7/20-working-day deadline, and published items whose withdrawal is owed, by its 3-working-day deadline
// — each with due soon / overdue, in the shape of the work queue's items.
import { dbOf, today, type Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import type { CalendarService } from '../../platform/calendar/service.ts';
import * as repo from './repo.ts';
import { STATUS_LABELS, timelinessOf, type DueLevel, type PublicationStatus } from './rules/status.ts';
import type { Summary } from './rules/summary.ts';
import { soonUntil } from './timeliness.ts';
import { CATEGORY_OF_KIND } from './compose.ts';

const LEVEL: Record<'overdue' | 'soon', 'overdue' | 'due_soon'> = { overdue: 'overdue', soon: 'due_soon' };
const level = (l: DueLevel): 'overdue' | 'due_soon' | 'open' => (l ? LEVEL[l] : 'open');

export class PublisherQueue {
  constructor(
    private readonly db: Db,
    private readonly calendars: CalendarService,
  ) {}

  async forCaller(ctx: Ctx, limit: number) {
    const rows = await repo.listPublications(dbOf(ctx, this.db), ctx.actor.scope, {
      statuses: ['draft', 'approved', 'published'],
      limit: 500,
    });
    const day = today(ctx);
    const soon = soonUntil(await this.calendars.calendar(ctx), day);
    const owed = rows
      .filter((p) => p.status !== 'published' || (p.withdrawalDue !== null && p.withdrawnOn === null))
      .map((p) => {
        const withdrawing = p.status === 'published';
        const t = timelinessOf(p, day, soon);
        const s = p.summary as Summary;
        return {
          caseId: p.caseId,
          publicationId: p.id,
          code: s.documentNumber ?? '',
          kind: p.caseKind,
          kindLabel: CATEGORY_OF_KIND[p.caseKind] ?? p.caseKind,
          partyName: s.partyName,
          cause: s.cause,
          state: p.status,
          stateLabel: withdrawing ? '待撤回' : STATUS_LABELS[p.status as PublicationStatus],
          nextDue: withdrawing ? p.withdrawalDue : p.due,
          nextDueLabel: withdrawing ? '撤回期限' : '公开期限',
          nextDueProvisional: false,
          dueLevel: level(withdrawing ? t.withdrawal : t.publication),
          steps: [],
          waitingFor: [],
        };
      })
      .sort((a, b) => (a.nextDue ?? '').localeCompare(b.nextDue ?? ''));
    return { count: owed.length, countIsLowerBound: rows.length >= 500, items: owed.slice(0, limit) };
  }
}

// D6, A5 the review sections of the work queue (待办): the reviews assigned to the caller, and for the legal
// unit's head those of the body waiting for assignment, soonest due first, each flagged due soon or
// overdue by the review's own time limit.
import type { CalendarService } from '../../platform/calendar/service.ts';
import { dbOf, today, type Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import * as repo from './repo.ts';
import { REVIEW_STATUS_LABELS, reviewStatus } from './rules/lifecycle.ts';
import { DEFAULT_REVIEW_TIME, dueFlag } from './rules/time-limit.ts';

const DUE_LEVEL = { on_time: 'open', due_soon: 'due_soon', overdue: 'overdue' } as const;

export class ReviewQueueService {
  constructor(
    private readonly db: Db,
    private readonly calendars: CalendarService,
  ) {}

  /** The caller's reviews to act on, in the work queue's item shape. */
  async section(ctx: Ctx, limit: number) {
    const { actor } = ctx;
    const rows = await repo.queue(
      dbOf(ctx, this.db),
      { reviewerId: actor.personId, unassignedIn: actor.roles.includes('legal_head') ? actor.bodyId : null },
      limit + 1,
    );
    const calendar = await this.calendars.calendar(ctx);
    const day = today(ctx);
    const items = rows.slice(0, limit).map((row) => {
      const status = reviewStatus(row.state);
      return {
        caseId: row.caseId,
        code: row.caseCode,
        kind: 'review',
        kindLabel: '法制审核',
        partyName: '',
        cause: row.caseCause,
        state: status,
        stateLabel: REVIEW_STATUS_LABELS[status],
        nextDue: row.due,
        nextDueLabel: row.due === null ? null : '法制审核期限',
        nextDueProvisional: false,
        dueLevel: row.due === null ? null : DUE_LEVEL[dueFlag(calendar, row.due, day, DEFAULT_REVIEW_TIME)],
        steps: [
          {
            type: status === 'submitted' ? 'assign' : 'review',
            label: status === 'submitted' ? '分配审核人员' : '审核',
          },
        ],
        waitingFor: [],
      };
    });
    return { count: Math.min(rows.length, limit), countIsLowerBound: rows.length > limit, items };
  }
}

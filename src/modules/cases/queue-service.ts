// A5, C2 the case sections of the work queue (待办): the officer's next steps, the approvals waiting for
// the head (or, for a unit head, in their unit), overdue cases and closed cases to archive. Each section
// is its count and its first items, most urgent first. What a case waits for is decided by its machine
// (the steps allowed today) and queue-rules.ts, as on the case page, so the queue never offers a step the
// page would refuse.
import type { CalendarService } from '../../platform/calendar/service.ts';
import type { WorkingCalendar } from '../../platform/calendar/rules.ts';
import { dbOf, today, type Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { hasPermission } from '../access/index.ts';
import type { PeopleService } from '../bodies/index.ts';
import { deadlineLabel } from './deadline-labels.ts';
import { CASE_KIND_LABELS, CATEGORY_OF_KIND, type CaseKind } from './machine.ts';
import { canTakeAction } from './policy.ts';
import { dueLevel, soonUntil } from './present.ts';
import {
  APPROVAL_KIND_LABELS,
  EXTENDED_DEADLINES,
  approvalSteps,
  approvalsWaiting,
  nextSteps,
} from './queue-rules.ts';
import { countQueueCases, queueCases, type QueueCaseRow, type QueueFilter } from './queue-repo.ts';
import { machineOf, statesOffering } from './registry.ts';
import { unitOfCaller } from './service.ts';
import { officersInOrder } from './officers.ts';
import { safeAllowed } from './step.ts';

/**
 * At most this many cases are weighed for a section whose items the machine decides (next steps,
 * approvals): far more than anyone works through in a day; the count says "at least" beyond it.
 */
export const QUEUE_EVALUATED_MAX = 500;

export interface QueueItem {
  caseId: string;
  code: string;
  kind: string;
  kindLabel: string;
  partyName: string;
  cause: string;
  state: string;
  stateLabel: string;
  nextDue: string | null;
  nextDueLabel: string | null;
  /** The nearest deadline runs into a year without calendar data (C3): its date is the earliest possible. */
  nextDueProvisional: boolean;
  dueLevel: 'overdue' | 'due_soon' | 'open' | null;
  /** The steps this item is about (the officer's next steps, the approval steps). */
  steps: { type: string; label: string }[];
  /** What the case waits for, in words (立案审批, 决定审批…). */
  waitingFor: string[];
}

export interface QueueSection {
  count: number;
  /** More cases matched than were weighed: `count` is a lower bound. */
  countIsLowerBound: boolean;
  items: QueueItem[];
}

const EMPTY: QueueSection = { count: 0, countIsLowerBound: false, items: [] };

export class CaseQueueService {
  constructor(
    private readonly db: Db,
    private readonly calendars: CalendarService,
    private readonly people: PeopleService,
  ) {}

  /** Officer: the open cases they handle with a step of theirs now, by nearest deadline. */
  async nextSteps(ctx: Ctx, limit: number): Promise<QueueSection> {
    const { actor } = ctx;
    if (!actor.personId) return EMPTY;
    return this.weighed(ctx, { scope: actor.scope, officerId: actor.personId, finished: false }, limit, (w) =>
      nextSteps(w.mine).map((step) => ({ step, waiting: [] })),
    );
  }

  /**
   * Deputy and head: the approvals waiting for them in the cases their body decides. Unit head: those
   * waiting in their unit's cases (for the head, not for them: they follow them up).
   */
  async approvals(ctx: Ctx, limit: number): Promise<QueueSection> {
    const { actor } = ctx;
    const approver = hasPermission(actor.roles, 'cases.approve');
    const unitId = approver ? null : await unitOfCaller(this.people, ctx);
    if (!approver && !unitId) return EMPTY;
    const pairs = approvalSteps();
    const filter: QueueFilter = {
      scope: actor.scope,
      finished: false,
      ...(approver ? { decidingBodyId: actor.bodyId } : { unitId: unitId! }),
      candidates: {
        states: pairs
          .filter((p) => p.approval !== 'extension')
          .flatMap((p) =>
            statesOffering(p.kind as CaseKind, p.step).map((state) => ({ kind: p.kind, state })),
          ),
        deadlines: [...new Set(Object.values(EXTENDED_DEADLINES).flatMap((m) => Object.values(m)))],
        dueFrom: today(ctx),
        dueOnOrBefore: soonUntil(await this.calendars.calendar(ctx), today(ctx)),
      },
    };
    return this.weighed(ctx, filter, limit, (w) =>
      approvalsWaiting({
        kind: w.row.kind,
        allowed: approver ? w.mine : w.allowed,
        record: w.row.record,
        openDeadlines: new Map(Object.entries(w.row.deadlines ?? {})),
        today: today(ctx),
        soonUntil: w.soon,
      }).map((a) => ({
        // The unit head follows the approval up; the step itself is the head's, not theirs to open.
        step: approver ? a.step : null,
        waiting: [APPROVAL_KIND_LABELS[a.approval]],
      })),
    );
  }

  /** Unit head: their unit's open cases past a deadline; deputy and head: those of their scope. */
  async overdue(ctx: Ctx, limit: number): Promise<QueueSection> {
    const { actor } = ctx;
    const wide = hasPermission(actor.roles, 'cases.approve');
    const unitId = wide ? null : await unitOfCaller(this.people, ctx);
    if (!wide && !unitId) return EMPTY;
    const filter: QueueFilter = {
      scope: actor.scope,
      finished: false,
      overdueBefore: today(ctx),
      ...(unitId ? { unitId } : {}),
    };
    return this.counted(ctx, filter, limit);
  }

  /** Archivist: the finished cases of their body (and those it entrusted) not yet archived. */
  async toArchive(ctx: Ctx, limit: number): Promise<QueueSection> {
    const { actor } = ctx;
    const filter: QueueFilter = {
      scope: actor.scope,
      finished: true,
      unarchived: true,
      decidingBodyId: actor.bodyId,
    };
    const section = await this.counted(ctx, filter, limit);
    return {
      ...section,
      items: section.items.map((i) => ({ ...i, steps: [{ type: 'archive', label: '归档' }] })),
    };
  }

  /** A section counted and listed by SQL alone. */
  private async counted(ctx: Ctx, filter: QueueFilter, limit: number): Promise<QueueSection> {
    const db = dbOf(ctx, this.db);
    const [count, rows, calendar] = await Promise.all([
      countQueueCases(db, filter),
      queueCases(db, filter, limit),
      this.calendars.calendar(ctx),
    ]);
    const day = today(ctx);
    const soon = soonUntil(calendar, day);
    return {
      count,
      countIsLowerBound: false,
      items: rows.map((r) => itemOf(r, day, soon, [], [])),
    };
  }

  /**
   * A section whose items the case's machine decides: up to QUEUE_EVALUATED_MAX cases of the filter are
   * weighed (the steps allowed today, and those the caller may take); `pick` says what each is waiting
   * for. Cases that wait for nothing of the section are left out.
   */
  private async weighed(
    ctx: Ctx,
    filter: QueueFilter,
    limit: number,
    pick: (w: {
      row: QueueCaseRow;
      allowed: string[];
      mine: string[];
      soon: string;
    }) => { step: string | null; waiting: string[] }[],
  ): Promise<QueueSection> {
    const db = dbOf(ctx, this.db);
    const [rows, calendar, unitId] = await Promise.all([
      queueCases(db, filter, QUEUE_EVALUATED_MAX + 1),
      this.calendars.calendar(ctx),
      unitOfCaller(this.people, ctx),
    ]);
    const weighed = rows.slice(0, QUEUE_EVALUATED_MAX);
    const day = today(ctx);
    const soon = soonUntil(calendar, day);
    const officers = await this.officersOf(ctx, weighed);
    const items: QueueItem[] = [];
    let count = 0;
    for (const row of weighed) {
      const allowed = this.allowedOf(row, calendar, officers, day);
      const mine = allowed.filter((t) => canTakeAction(ctx.actor, unitId, row, t));
      const picked = pick({ row, allowed, mine, soon });
      if (picked.length === 0) continue;
      count++;
      if (items.length < limit)
        items.push(
          itemOf(
            row,
            day,
            soon,
            picked.flatMap((p) => (p.step === null ? [] : [p.step])),
            picked.flatMap((p) => p.waiting),
          ),
        );
    }
    return { count, countIsLowerBound: rows.length > QUEUE_EVALUATED_MAX, items };
  }

  /** The officers (with certificates) of every weighed case, read once per body. */
  private async officersOf(ctx: Ctx, rows: readonly QueueCaseRow[]) {
    const byBody = new Map<string, Set<string>>();
    for (const r of rows) {
      const ids = byBody.get(r.bodyId) ?? new Set<string>();
      r.officerIds.forEach((id) => ids.add(id));
      byBody.set(r.bodyId, ids);
    }
    const found = await Promise.all(
      [...byBody].map(
        async ([bodyId, ids]) => [bodyId, await this.people.peopleOfBody(ctx, bodyId, [...ids])] as const,
      ),
    );
    return new Map(found);
  }

  private allowedOf(
    row: QueueCaseRow,
    calendar: WorkingCalendar,
    officers: Map<string, Awaited<ReturnType<PeopleService['peopleOfBody']>>>,
    day: string,
  ): string[] {
    const kind = row.kind as CaseKind;
    let caseOfficers;
    try {
      caseOfficers = officersInOrder(officers.get(row.bodyId) ?? [], row.officerIds);
    } catch {
      return []; // an officer no longer of the body: the case page says why; the queue cannot weigh it
    }
    const facts = {
      calendar,
      category: CATEGORY_OF_KIND[kind],
      partyType: row.partyType,
      officers: caseOfficers,
      ...row.record,
    };
    return safeAllowed(machineOf(kind), row.state, facts, day);
  }
}

function itemOf(
  r: QueueCaseRow,
  day: string,
  soon: string,
  steps: readonly string[],
  waitingFor: readonly string[],
): QueueItem {
  const machine = machineOf(r.kind as CaseKind);
  const labels = machine.actionLabels;
  const states = machine.stateLabels;
  return {
    caseId: r.id,
    code: r.code,
    kind: r.kind,
    kindLabel: CASE_KIND_LABELS[r.kind as CaseKind] ?? r.kind,
    partyName: r.partyName,
    cause: r.cause,
    state: r.state,
    stateLabel: states[r.state] ?? r.state,
    nextDue: r.nextDue,
    nextDueLabel: r.nextDueKey === null ? null : deadlineLabel(r.nextDueKey),
    nextDueProvisional: r.nextDueProvisional,
    dueLevel: dueLevel(r.nextDue, day, soon),
    steps: steps.map((type) => ({ type, label: labels[type] ?? type })),
    waitingFor: [...waitingFor],
  };
}

// C10, G1 the workbench lists: 我的案件, 本科室 and 全部 within the caller's data scope and visibility,
// filtered by kind, state, status and text, keyset-paged by next due date; the same list as a spreadsheet
// (one page, however long); and the log of every export.
import type { CalendarService } from '../../platform/calendar/service.ts';
import { dbOf, today, type Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { badRequest } from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import type { PeopleService } from '../bodies/index.ts';
import { idNumberIndex, isBlindIndex, normaliseIdNumber } from '../../platform/crypto/personal-data.ts';
import type { Sealer } from '../../platform/crypto/sealing.ts';
import { listCases, type CaseListFilter } from './list-repo.ts';
import { personPartyIdNumbers } from './parties/index.ts';
import type { CaseKind } from './machine.ts';
import { dueLevel, presentListItem, soonUntil } from './present.ts';
import { machineOf } from './registry.ts';
import { unitOfCaller } from './service.ts';
import { officersInOrder } from './officers.ts';
import { openCasesApprovedBy } from './approval-repo.ts';
import { waitingApprovals } from './approvals.ts';
import { CATEGORY_OF_KIND } from './machine.ts';
import { canTakeAction } from './policy.ts';
import { safeAllowed } from './step.ts';
import { hasPermission } from '../access/index.ts';
import { seesAllCases } from './visibility.ts';

/** The filters of the workbench list (GET /api/v1/cases), without paging. */
export interface CaseListFilters {
  view: 'mine' | 'unit' | 'all';
  kind?: CaseKind;
  state?: string;
  status: 'open' | 'finished' | 'overdue' | 'due_soon' | 'any';
  q?: string;
}

export class CaseListService {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly calendars: CalendarService,
    private readonly people: PeopleService,
    /** Opens a natural person's ID number for the export (the case row keeps only its index, H4). */
    private readonly sealer: Sealer,
  ) {}

  /**
   * The workbench filter of a list request: view, data scope, visibility (C10) and status, with the day
   * and due-soon bound it was computed for. Null when the view is empty for the caller (no person record
   * for 我的案件, no unit for 本科室).
   */
  private async workbenchFilter(
    ctx: Ctx,
    q: CaseListFilters,
  ): Promise<{ filter: Omit<CaseListFilter, 'limit'>; day: string; soon: string } | null> {
    const { actor } = ctx;
    const calendar = await this.calendars.calendar(ctx);
    const day = today(ctx);
    const soon = soonUntil(calendar, day);
    const unitId = await unitOfCaller(this.people, ctx);
    const filter: Omit<CaseListFilter, 'limit'> = {
      scope: actor.scope,
      kind: q.kind,
      state: q.state,
      q: q.q,
    };
    if (q.view === 'mine') {
      if (!actor.personId) return null;
      filter.officerId = actor.personId;
    } else if (q.view === 'unit') {
      if (!unitId) return null;
      filter.unitId = unitId;
    }
    if (!seesAllCases(actor.roles)) filter.visibleTo = { personId: actor.personId, unitId };
    if (q.status === 'open') filter.finished = false;
    if (q.status === 'finished') filter.finished = true;
    if (q.status === 'overdue') Object.assign(filter, { finished: false, overdueBefore: day });
    if (q.status === 'due_soon') Object.assign(filter, { finished: false, dueOnOrBefore: soon });
    return { filter, day, soon };
  }

  async list(ctx: Ctx, q: CaseListFilters & { cursor?: string; limit: number }) {
    const after = q.cursor ? decodeCursor(q.cursor) : undefined;
    const w = await this.workbenchFilter(ctx, q);
    if (!w) return { items: [], nextCursor: null };
    const rows = await listCases(dbOf(ctx, this.db), { ...w.filter, after, limit: q.limit });
    const last = rows.length === q.limit ? rows[rows.length - 1] : undefined;
    return {
      items: rows.map((r) =>
        presentListItem(r, machineOf(r.kind as CaseKind), dueLevel(r.nextDue, w.day, w.soon)),
      ),
      nextCursor: last ? encodeCursor(last.nextDue, last.id) : null,
    };
  }

  /**
   * C7 / C10 export: the first `limit` cases of a workbench list — the same filters, data scope and order
   * as `list` — with the party's credit code or ID number and the filing date. One keyset page of the
   * list query, however long: its per-body index reads then touch each matching case once, where walking
   * many short pages would re-read every body of a wide scope for each page.
   */
  async exportList(ctx: Ctx, q: CaseListFilters, limit: number) {
    const w = await this.workbenchFilter(ctx, q);
    if (!w) return [];
    const db = dbOf(ctx, this.db);
    const rows = await listCases(db, { ...w.filter, limit, details: true });
    // A person's case row holds the blind index of the ID number: the number comes from the party itself.
    const persons = rows.filter((r) => r.partyKey && isBlindIndex(r.partyKey));
    const idNumbers = new Map<string, string>();
    for (const p of await personPartyIdNumbers(
      db,
      this.sealer,
      persons.map((r) => r.id),
    ))
      // The key as partyKeyOf writes it (upper-case X), whatever case the officer typed.
      if (p.idNumber)
        idNumbers.set(`${p.caseId} ${idNumberIndex(this.sealer, p.idNumber)}`, normaliseIdNumber(p.idNumber));
    return rows.map((r) => ({
      ...presentListItem(r, machineOf(r.kind as CaseKind), dueLevel(r.nextDue, w.day, w.soon)),
      partyKey:
        r.partyKey && isBlindIndex(r.partyKey)
          ? (idNumbers.get(`${r.id} ${r.partyKey}`) ?? null)
          : (r.partyKey ?? null),
      filedOn: r.filedOn ?? null,
    }));
  }

  /**
   * A5 the approvals waiting for the caller (待审批): the open cases of the caller's body (or entrusted by
   * it) on which a step reserved for the head (立案, 集体讨论, 决定; 查封扣押 and its report; 许可决定; 核定征收)
   * is allowed now and the caller may take it. Empty for a caller without `cases.approve`. At most `limit`
   * cases are examined, most urgent first.
   */
  async listPendingApprovals(ctx: Ctx, limit = 200) {
    const { actor } = ctx;
    if (!hasPermission(actor.roles, 'cases.approve')) return [];
    const db = dbOf(ctx, this.db);
    const [rows, calendar, unitId] = await Promise.all([
      openCasesApprovedBy(db, actor.bodyId, limit),
      this.calendars.calendar(ctx),
      unitOfCaller(this.people, ctx),
    ]);
    const day = today(ctx);
    const soon = soonUntil(calendar, day);
    const out = [];
    for (const r of rows) {
      const kind = r.kind as CaseKind;
      const machine = machineOf(kind);
      const officers = officersInOrder(
        await this.people.peopleOfBody(ctx, r.bodyId, r.officerIds),
        r.officerIds,
      );
      const facts = {
        calendar,
        category: CATEGORY_OF_KIND[kind],
        partyType: r.partyType,
        officers,
        ...r.record,
      };
      const steps = waitingApprovals(kind, safeAllowed(machine, r.state, facts, day), r.record).filter((t) =>
        canTakeAction(actor, unitId, r, t),
      );
      if (steps.length === 0) continue;
      out.push({
        ...presentListItem(r, machine, dueLevel(r.nextDue, day, soon)),
        approvals: steps.map((type) => ({ type, label: String(machine.actionLabels[type] ?? type) })),
      });
    }
    return out;
  }

  /** C10: every export of case data is logged with what was asked for and how much was disclosed. */
  async recordExport(
    ctx: Ctx,
    payload: { list: 'cases' | 'deadlines'; rows: number; filters: object; bytes: number },
  ) {
    await this.ledger.record(ctx, {
      action: 'case.exported',
      entityType: 'case',
      entityId: null,
      bodyId: ctx.actor.bodyId,
      payload,
    });
  }
}

function encodeCursor(due: string | null, id: string): string {
  return Buffer.from(JSON.stringify([due, id])).toString('base64url');
}

function decodeCursor(cursor: string): { due: string | null; id: string } {
  try {
    const [due, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    if (
      (due === null || (typeof due === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(due))) &&
      typeof id === 'string' &&
      uuid.test(id)
    )
      return { due, id };
  } catch {
    // fall through
  }
  throw badRequest('分页游标无效', { field: 'cursor' });
}

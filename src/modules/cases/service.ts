// C1–C4, G2 case use cases: open a case (or decide one on the spot, 简易程序), take a step of its
// procedure, and list cases and deadlines for the workbench (evidence: evidence.ts). Every step runs the case's
// machine, writes state, record, deadlines, the timeline event and the ledger entry in one transaction,
// and only if nobody else changed the case since the caller read it (optimistic lock → 409).
import {
  dbOf,
  today,
  withTx,
  type Actor,
  type Ctx,
  type TxCtx,
  type UserActor,
} from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import type { CalendarService } from '../../platform/calendar/service.ts';
import { CalendarNotCoveredError, type WorkingCalendar } from '../../platform/calendar/rules.ts';
import { addDays, computePeriod, parseDate, type PauseRange, type PeriodUnit } from './deadlines.ts';
import { hasPermission, scopeCovers } from '../access/index.ts';
import {
  certificateValidity,
  type Category,
  type PeopleService,
  type BodiesService,
} from '../bodies/index.ts';
import type { CatalogService } from '../catalog/index.ts';
import { CASE_FIELD_LABELS, EVIDENCE_TYPE_LABELS, type CaseField, type EvidenceType } from './fields.ts';
import {
  CATEGORY_OF_KIND,
  type BaseFacts,
  type CaseKind,
  type Deadline,
  type Officer,
  type ProcedureMachine,
} from './machine.ts';
import { actionPermission, canTakeAction } from './policy.ts';
import { seesAllCases } from './visibility.ts';
import { machineOf } from './registry.ts';
import { deadlineLabel } from './deadline-labels.ts';
import { partyActions } from './party-rules.ts';
import { hearingThresholds } from './documents/settings.ts';
import { hearingEligible } from './procedures/penalty/hearing.ts';
import type { PenaltyAction } from './procedures/penalty/index.ts';
import * as repo from './repo.ts';
import type { CreateCaseInput } from './types.ts';
import { presentCase, presentListItem, dueLevel } from './present.ts';
import { stepEventCode } from './step-events.ts';

/** The filters of the workbench list (GET /api/v1/cases), without paging. */
export interface CaseListFilters {
  view: 'mine' | 'unit' | 'all';
  kind?: CaseKind;
  state?: string;
  status: 'open' | 'finished' | 'overdue' | 'due_soon' | 'any';
  q?: string;
}

/** Working days ahead within which an open deadline shows as due soon (G2). */
export const DUE_SOON_WORKING_DAYS = 3;

/** C10: the case if it is in the caller's scope and, for officers, theirs or their unit's (`unitId`); else 404. */
function visibleOrNotFound<C extends repo.FoundCase>(
  actor: UserActor,
  c: C | undefined,
  unitId: string | null,
): C {
  if (!c || !scopeCovers(actor.scope, c.bodyPath)) throw notFound('案件');
  if (!seesAllCases(actor.roles)) {
    const mine = actor.personId !== null && c.officerIds.includes(actor.personId);
    if (!mine && (unitId === null || unitId !== c.unitId)) throw notFound('案件');
  }
  return c;
}

export class CasesService {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly calendars: CalendarService,
    private readonly people: PeopleService,
    private readonly bodies: BodiesService,
    private readonly catalog: CatalogService,
  ) {}

  /** The caller's unit, from their person record (null for accounts without one). */
  private async unitOf(ctx: Ctx): Promise<string | null> {
    const { personId, bodyId } = ctx.actor;
    return personId ? this.people.unitOf(ctx, bodyId, personId) : null;
  }

  /** Officers with certificates, in the order given; unknown ids or other bodies' people are refused. */
  private async officers(
    ctx: Ctx,
    bodyId: string,
    ids: readonly string[],
  ): Promise<Array<Officer & { name: string; certificateNo: string | null; unitId: string | null }>> {
    const rows = await this.people.peopleOfBody(ctx, bodyId, ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => {
      const p = byId.get(id);
      if (!p) throw badRequest('执法人员不存在或不属于本机关', { field: 'officerIds', id });
      const certificate = p.cert && {
        status: p.cert.status,
        issuedOn: p.cert.issuedOn,
        expiresOn: p.cert.expiresOn,
        reviews: p.cert.reviews,
        categories: p.cert.categories as Category[],
      };
      return { id, name: p.name, certificate, certificateNo: p.cert?.number ?? null, unitId: p.unitId };
    });
  }

  private async baseFacts(
    ctx: Ctx,
    c: Pick<repo.CaseRow, 'bodyId' | 'kind' | 'partyType' | 'officerIds'>,
    calendar: WorkingCalendar,
  ): Promise<BaseFacts> {
    return {
      calendar,
      category: CATEGORY_OF_KIND[c.kind as CaseKind],
      partyType: c.partyType,
      officers: await this.officers(ctx, c.bodyId, c.officerIds),
    };
  }

  /** The case if the caller may see it (C10); 404 otherwise, whether it exists elsewhere or not. */
  private async visibleCase(ctx: Ctx, id: string) {
    const { actor } = ctx;
    const c = await repo.unsafeFindCase(dbOf(ctx, this.db), id);
    return visibleOrNotFound(actor, c, c && !seesAllCases(actor.roles) ? await this.unitOf(ctx) : null);
  }

  /** The case, if the caller may see it and take `actionType` on it (documents, evidence). */
  async caseForStep(ctx: Ctx, id: string, actionType: string, refusal: string) {
    const c = await this.visibleCase(ctx, id);
    if (!canTakeAction(ctx.actor, await this.unitOf(ctx), c, actionType)) throw forbidden(refusal);
    return c;
  }

  /** The case row if visible to the caller (C10), else 404. */
  caseVisibleTo(ctx: Ctx, id: string) {
    return this.visibleCase(ctx, id);
  }

  async create(ctx: Ctx, input: CreateCaseInput) {
    const { actor } = ctx;
    const machine = machineOf(input.kind);
    const calendar = await this.calendars.calendar(ctx);
    const day = today(ctx);
    const openedOn = input.openedOn ?? day;
    if (openedOn > day) throw badRequest(`受理日期 ${openedOn} 晚于今天`, { field: 'openedOn' });
    if (!hasPermission(actor.roles, 'cases.handle')) throw forbidden('只有执法人员可以登记案件');
    if (actor.personId && !input.officerIds.includes(actor.personId) && !actor.roles.includes('unit_head')) {
      throw badRequest('登记案件的执法人员须是本案执法人员之一', { field: 'officerIds' });
    }
    const main = input.parties.find((p) => p.role === 'party')!;
    if (input.unitId) {
      const units = await this.bodies.listUnits(ctx, actor.bodyId);
      if (!units.some((u) => u.id === input.unitId))
        throw badRequest('承办科室不存在或不属于本机关', { field: 'unitId' });
    }
    return withTx(ctx, this.db, async (tctx) => {
      const { tx } = tctx;
      const officers = await this.officers(tctx, actor.bodyId, input.officerIds);
      const origin = input.originCaseId ? await this.visibleCase(tctx, input.originCaseId) : null;
      const unitId = input.unitId ?? officers.find((o) => o.id === input.leadOfficerId)?.unitId ?? null;
      const year = Number(openedOn.slice(0, 4));
      const seq = await repo.nextInSeries(tx, actor.bodyId, 'case', year);
      const record = {
        ...machine.emptyRecord(),
        ...(input.kind === 'penalty' ? input.particulars : {}),
      } as Record<string, unknown>;
      let row = await repo.insertCase(tx, {
        bodyId: actor.bodyId,
        unitId,
        kind: input.kind,
        state: machine.initial,
        code: `${year}-${String(seq).padStart(5, '0')}`,
        cause: input.cause,
        field: input.field,
        source: input.source,
        place: input.place,
        summary: input.summary,
        enforcementItemCode: input.enforcementItemCode,
        partyName: main.name,
        partyKey: (main.creditCode ?? main.idNumber)?.toUpperCase() ?? null,
        partyType: main.type,
        leadOfficerId: input.leadOfficerId,
        officerIds: input.officerIds,
        record,
        openedOn,
        originCaseId: input.originCaseId,
        createdBy: actor.id,
      });
      await repo.insertParties(
        tx,
        input.parties.map((p) => ({ ...p, caseId: row.id })),
      );
      await repo.insertEvent(tx, {
        caseId: row.id,
        action: 'create',
        data: { cause: input.cause, source: input.source },
        fromState: null,
        toState: row.state,
        legalDate: openedOn,
        actorId: actor.id,
        actorName: actor.name,
      });
      await this.ledger.append(tctx, {
        action: 'case.created',
        entityType: 'case',
        entityId: row.id,
        bodyId: row.bodyId,
        payload: { code: row.code, kind: row.kind, cause: row.cause, parties: input.parties.length },
      });
      if (input.simple) {
        const action = {
          type: 'decide_simple',
          decidedOn: input.simple.decidedOn,
          penalty: { kinds: input.simple.kinds, fineFen: input.simple.fineFen },
        };
        row = await this.applyAction(tctx, row, machine, action, calendar);
      }
      if (origin) await this.transferOrigin(tctx, origin, row, calendar);
      return row.id;
    });
  }

  /**
   * A case opened from an inspection that found a violation: the inspection is transferred to it
   * (移送立案查处) in the same transaction, when its procedure allows that now and the caller may do it.
   */
  private async transferOrigin(
    ctx: TxCtx,
    origin: repo.CaseRow & { delegatedById: string | null },
    created: repo.CaseRow,
    calendar: WorkingCalendar,
  ) {
    if (origin.kind !== 'inspection' || created.kind !== 'penalty') return;
    const machine = machineOf('inspection');
    const facts = { ...(await this.baseFacts(ctx, origin, calendar)), ...(origin.record as object) };
    const unitId = await this.unitOf(ctx);
    if (!safeAllowed(machine, origin.state, facts, created.openedOn).includes('transfer_to_case')) return;
    if (!canTakeAction(ctx.actor, unitId, origin, 'transfer_to_case')) return;
    const transfer = {
      type: 'transfer_to_case',
      on: created.openedOn,
      caseId: created.code,
      reason: `移送立案查处：${created.cause}`,
    };
    await this.applyAction(ctx, origin, machine, transfer, calendar);
  }

  /** One step of the case's procedure. `version` is the version the caller saw. */
  async act(ctx: Ctx, id: string, version: number, rawAction: { type: string }) {
    const calendar = await this.calendars.calendar(ctx);
    // Validation and the facts other modules decide come first, before the case is locked: they read
    // only what never changes on a case (kind, body, party type), so a bad request is refused without
    // holding the case row.
    const seen = await this.visibleCase(ctx, id);
    const machine = machineOf(seen.kind as CaseKind);
    const parsed = machine.actionSchema.safeParse(rawAction);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const known = Object.prototype.hasOwnProperty.call(machine.actionLabels, rawAction.type);
      throw badRequest(known ? issue.message : `未知的操作：${rawAction.type}`, {
        field: ['action', ...issue.path].join('.'),
      });
    }
    const action = await this.enrich(ctx, seen, parsed.data);
    return withTx(ctx, this.db, async (tctx) => {
      const c = await this.visibleCase(tctx, id);
      if (!canTakeAction(tctx.actor, await this.unitOf(tctx), c, action.type)) {
        throw forbidden(
          `无权执行“${machine.actionLabels[action.type] ?? action.type}”（须${PERMISSION_HINTS[actionPermission(c.kind as CaseKind, action.type)]}）`,
        );
      }
      if (c.version !== version)
        throw conflict('VERSION_CONFLICT', '案件已被他人更新，请刷新后重试', { currentVersion: c.version });
      await this.applyAction(tctx, c, machine, action, calendar);
      return c.id;
    });
  }

  /** Facts other modules decide: the legal review determination when an investigation closes (D1). */
  private async enrich(ctx: Ctx, c: repo.CaseRow, action: { type: string }) {
    // The approver of an extension is whoever approves it here, never what the client says.
    if (action.type === 'extend_decision_period') return { ...action, approvedBy: ctx.actor.name };
    // The hearing right is fixed as the notice states it, by the body's figures on the day it is served.
    if (c.kind === 'penalty' && action.type === 'notify') {
      const a = action as Extract<PenaltyAction, { type: 'notify' }>;
      return {
        ...a,
        hearingOffered: hearingEligible(
          a.penalty,
          c.partyType,
          await hearingThresholds(dbOf(ctx, this.db), c.bodyId),
        ),
      };
    }
    if (action.type !== 'close_investigation') return action;
    // An impossible date is left for the machine to refuse with its rule code.
    if (!isRealDate((action as { on?: unknown }).on)) return action;
    const a = action as {
      type: string;
      on: string;
      proposal: { kinds: string[]; fineFen: number | null } | null;
    };
    const review = await this.catalog.reviewFor(
      ctx,
      c.bodyId,
      {
        category: CATEGORY_OF_KIND[c.kind as CaseKind],
        procedure: 'general',
        partyType: c.partyType,
        penalties: (a.proposal?.kinds ?? []) as never,
        fineFen: a.proposal?.fineFen ?? null,
        confiscationFen: null,
        hearingHeld: false,
        outsideBenchmark: false,
        flags: [],
      },
      a.on,
    );
    return {
      ...a,
      review: {
        required: review.required,
        reasons: review.reasons.map((r) => `${r.description}（${r.basis}）`),
      },
    };
  }

  private async applyAction(
    ctx: TxCtx,
    c: repo.CaseRow,
    machine: ProcedureMachine,
    action: { type: string },
    calendar: WorkingCalendar,
  ) {
    const { tx, actor } = ctx;
    if (!(await repo.lockCaseAtVersion(tx, c.id, c.version)))
      throw conflict('VERSION_CONFLICT', '案件已被他人更新，请刷新后重试');
    const facts = { ...(await this.baseFacts(ctx, c, calendar)), ...(c.record as object) };
    const day = today(ctx);
    const result = machine.transition(c.state, facts, action, day);
    if (!result.ok) {
      // An impossible date is bad input (400); everything else is a rule of the procedure (422).
      if (result.code === 'DATE_INVALID')
        throw badRequest(result.message, { rule: result.code, citation: result.citation });
      const status = result.code === 'CALENDAR_NOT_COVERED' ? 'CALENDAR_NOT_COVERED' : 'RULE_VIOLATION';
      throw new AppError(422, status, result.message, { rule: result.code, citation: result.citation });
    }
    const record = machine.fold(c.record as object, action);
    const legalDate = legalDateOf(action) ?? day;
    const reopened = result.deadlinesOpened.map((d) => d.key);
    const openKeys = await repo.openDeadlineKeys(tx, c.id);
    await repo.closeDeadlines(
      tx,
      c.id,
      result.deadlinesClosed.filter((k) => !reopened.includes(k)),
      'met',
      legalDate,
    );
    await repo.closeDeadlines(
      tx,
      c.id,
      reopened.filter((k) => openKeys.includes(k)),
      'replaced',
      legalDate,
    );
    const finished = machine.finished.includes(result.next);
    if (finished) await repo.closeDeadlines(tx, c.id, openKeys, 'cancelled', legalDate);
    await repo.insertDeadlines(
      tx,
      finished
        ? []
        : result.deadlinesOpened.map((d: Deadline) => ({
            caseId: c.id,
            bodyId: c.bodyId,
            key: d.key,
            fromDate: d.from,
            due: d.due,
            citation: d.citation,
            rule: d.rule,
            pausedDays: d.pausedDays,
            provisionalYear: d.provisional?.uncoveredYear ?? null,
          })),
    );
    const next = await repo.earliestOpenDeadline(tx, c.id);
    const updated = await repo.updateCaseIfVersion(tx, c.id, c.version, {
      state: result.next,
      record,
      finished,
      nextDue: next?.due ?? null,
      nextDueKey: next?.key ?? null,
    });
    // Another request changed the case between our read and this write: nothing of ours is kept.
    if (!updated) throw conflict('VERSION_CONFLICT', '案件已被他人更新，请刷新后重试');
    await repo.insertEvent(tx, {
      caseId: c.id,
      action: action.type,
      data: action,
      fromState: c.state,
      toState: result.next,
      legalDate,
      actorId: actor.id,
      actorName: actor.name,
    });
    await this.ledger.append(ctx, {
      action: stepEventCode(action.type),
      entityType: 'case',
      entityId: c.id,
      bodyId: c.bodyId,
      payload: {
        code: c.code,
        from: c.state,
        to: result.next,
        action,
        deadlines: result.deadlinesOpened.map((d) => ({ key: d.key, due: d.due })),
      },
    });
    return updated;
  }

  async get(ctx: Ctx, id: string) {
    const { actor } = ctx;
    const db = dbOf(ctx, this.db);
    // Two round trips: the case with all its lists beside the caller's unit and the calendar (nothing read
    // leaves unless the case is visible), then the officers and linked cases, which depend on the case.
    const [page, unitId, calendar] = await Promise.all([
      repo.unsafeFindCasePage(db, id),
      this.unitOf(ctx),
      this.calendars.calendar(ctx),
    ]);
    const c = visibleOrNotFound(actor, page?.case, unitId);
    const { parties, events, deadlines, evidence, documents } = page!;
    const machine = machineOf(c.kind as CaseKind);
    const [officers, linked] = await Promise.all([
      this.officers(ctx, c.bodyId, c.officerIds),
      c.partyKey
        ? repo.linkedCases(
            db,
            actor.scope,
            c.partyKey,
            c.id,
            seesAllCases(actor.roles) ? undefined : { personId: actor.personId, unitId },
          )
        : [],
    ]);
    const day = today(ctx);
    const may = (actionType: string) => canTakeAction(actor, unitId, c, actionType);
    const facts = {
      calendar,
      category: CATEGORY_OF_KIND[c.kind as CaseKind],
      partyType: c.partyType,
      officers,
      ...(c.record as object),
    };
    const allowed = safeAllowed(machine, c.state, facts, day);
    const soon = soonUntil(calendar, day);
    return presentCase({
      c,
      machine,
      bodyName: c.bodyName,
      parties,
      events,
      deadlines: deadlines.map((d) => ({
        ...d,
        label: deadlineLabel(d.key),
        level: d.status === 'open' ? dueLevel(d.due, day, soon) : null,
      })),
      evidence: evidence.map((e) => ({
        ...e,
        typeLabel: EVIDENCE_TYPE_LABELS[e.type as EvidenceType] ?? e.type,
      })),
      documents,
      officers: officers.map((o) => ({
        id: o.id,
        name: o.name,
        certificateNo: o.certificateNo,
        lead: o.id === c.leadOfficerId,
        certificateValid:
          o.certificate !== null &&
          o.certificate.categories.includes(CATEGORY_OF_KIND[c.kind as CaseKind]) &&
          certificateValidity(o.certificate, day).valid,
      })),
      linked,
      fieldLabel: CASE_FIELD_LABELS[c.field as CaseField] ?? c.field,
      actions: allowed.filter(may),
      others: allowed.filter((t) => !may(t)),
      mayAddEvidence: !c.finished && may('add_evidence'),
      partyActions: partyActions(c, documents, may('add_party')),
    });
  }

  /**
   * The workbench filter of a list request: view, data scope, visibility (C10) and status, with the day
   * and due-soon bound it was computed for. Null when the view is empty for the caller (no person record
   * for 我的案件, no unit for 本科室).
   */
  private async workbenchFilter(
    ctx: Ctx,
    q: CaseListFilters,
  ): Promise<{ filter: Omit<repo.CaseListFilter, 'limit'>; day: string; soon: string } | null> {
    const { actor } = ctx;
    const calendar = await this.calendars.calendar(ctx);
    const day = today(ctx);
    const soon = soonUntil(calendar, day);
    const unitId = await this.unitOf(ctx);
    const filter: Omit<repo.CaseListFilter, 'limit'> = {
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
    const rows = await repo.listCases(dbOf(ctx, this.db), { ...w.filter, after, limit: q.limit });
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
    const rows = await repo.listCases(dbOf(ctx, this.db), { ...w.filter, limit, details: true });
    return rows.map((r) => ({
      ...presentListItem(r, machineOf(r.kind as CaseKind), dueLevel(r.nextDue, w.day, w.soon)),
      partyKey: r.partyKey ?? null,
      filedOn: r.filedOn ?? null,
    }));
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

  /** G2: open deadlines of the caller's cases, their unit's, or the whole scope. */
  async openDeadlines(
    ctx: Ctx,
    q: { view: 'mine' | 'unit' | 'all'; status: 'overdue' | 'due_soon' | 'open'; limit: number },
  ) {
    const { actor } = ctx;
    const calendar = await this.calendars.calendar(ctx);
    const day = today(ctx);
    const soon = soonUntil(calendar, day);
    const unitId = await this.unitOf(ctx);
    const view = seesAllCases(actor.roles) ? q.view : q.view === 'all' ? 'mine' : q.view;
    if ((view === 'mine' && !actor.personId) || (view === 'unit' && !unitId)) return [];
    const rows = await repo.listOpenDeadlines(dbOf(ctx, this.db), {
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
    return withTx(ctx, this.db, ({ tx }) => repo.raiseReminders(tx, on, soonUntil(calendar, on)));
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
      for (const d of await repo.provisionalDeadlines(tx)) {
        if (d.provisionalYear === null || !calendar.isCovered(d.provisionalYear)) continue;
        const rule = d.rule as { n: number; unit: PeriodUnit; pauses?: PauseRange[] };
        let period: { due: string; pausedDays: number };
        try {
          period = computePeriod(calendar, d.fromDate, rule.n, rule.unit, rule.pauses ?? []);
        } catch (e) {
          if (e instanceof CalendarNotCoveredError) continue; // it runs on into a later uncovered year
          throw e;
        }
        await repo.settleDeadline(tx, d.id, period.due, period.pausedDays);
        await repo.refreshNextDue(tx, d.caseId);
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
    return repo.listReminders(dbOf(ctx, this.db), {
      scope: actor.scope,
      officerId: seesAllCases(actor.roles)
        ? undefined
        : (actor.personId ?? '00000000-0000-0000-0000-000000000000'),
      since,
      limit: 200,
    });
  }
}

const PERMISSION_HINTS: Record<string, string> = {
  'cases.approve': '行政机关负责人批准',
  'cases.review': '法制审核人员办理',
  'cases.archive': '档案管理员办理',
  'cases.handle': '本案执法人员或承办科室负责人办理',
};

function isRealDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    parseDate(value);
    return true;
  } catch {
    return false;
  }
}

/** The legal date an action carries (its first date field), for the timeline and closing deadlines. */
function legalDateOf(action: object): string | undefined {
  for (const v of Object.values(action)) if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  return undefined;
}

function safeAllowed(
  machine: ProcedureMachine,
  state: string,
  facts: BaseFacts & object,
  day: string,
): string[] {
  try {
    return machine.allowedActions(state, facts, day);
  } catch {
    return [];
  }
}

/**
 * The last day that counts as due soon: DUE_SOON_WORKING_DAYS working days ahead. Only a display band:
 * in a year without calendar data it falls back to a generous calendar-day window.
 */
function soonUntil(calendar: WorkingCalendar, day: string): string {
  try {
    return calendar.addWorkingDays(day, DUE_SOON_WORKING_DAYS).deadline;
  } catch {
    return addDays(day, DUE_SOON_WORKING_DAYS + 2);
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

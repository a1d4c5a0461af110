// C1–C4, G2 case use cases: open a case (or decide one on the spot, 简易程序), take a step of its
// procedure, and list cases and deadlines for the workbench (evidence: evidence.ts). Every step runs the case's
// machine, writes state, record, deadlines, the timeline event and the ledger entry in one transaction,
// and only if nobody else changed the case since the caller read it (optimistic lock → 409).
import type { Db, DbOrTx } from '../../platform/db/client.ts';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../platform/http/errors.ts';
import { SYSTEM_ACTOR, type Actor, type Ledger } from '../../platform/ledger/ledger.ts';
import type { CalendarService } from '../../platform/calendar/service.ts';
import { CalendarNotCoveredError, type WorkingCalendar } from '../../platform/calendar/rules.ts';
import { addDays, computePeriod, parseDate, type PauseRange, type PeriodUnit } from './deadlines.ts';
import { hasPermission, scopeCovers, scopeOf, type Role } from '../access/index.ts';
import { certificateValidity, type Category } from '../bodies/rules.ts';
import { today, type PeopleService } from '../bodies/people-service.ts';
import type { BodiesService } from '../bodies/service.ts';
import type { CatalogService } from '../catalog/service.ts';
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

export interface CaseUser {
  id: string;
  displayName: string;
  bodyId: string;
  bodyPath: string;
  roles: readonly Role[];
  personId: string | null;
}

/** The filters of the workbench list (GET /api/v1/cases), without paging. */
export interface CaseListFilters {
  view: 'mine' | 'unit' | 'all';
  kind?: CaseKind;
  state?: string;
  status: 'open' | 'finished' | 'overdue' | 'due_soon' | 'any';
  q?: string;
}

const actorOf = (u: CaseUser, ip: string | null = null): Actor => ({ id: u.id, name: u.displayName, ip });

/** Working days ahead within which an open deadline shows as due soon (G2). */
export const DUE_SOON_WORKING_DAYS = 3;

/** C10: the case if it is in the caller's scope and, for officers, theirs or their unit's (`unitId`); else 404. */
function visibleOrNotFound<C extends repo.FoundCase>(
  user: CaseUser,
  c: C | undefined,
  unitId: string | null,
): C {
  if (!c || !scopeCovers(scopeOf(user), c.bodyPath)) throw notFound('案件');
  if (!seesAllCases(user.roles)) {
    const mine = user.personId !== null && c.officerIds.includes(user.personId);
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
  private async unitOf(db: DbOrTx, user: CaseUser): Promise<string | null> {
    return user.personId ? this.people.unitOf(db, user.bodyId, user.personId) : null;
  }

  /** Officers with certificates, in the order given; unknown ids or other bodies' people are refused. */
  private async officers(
    db: DbOrTx,
    bodyId: string,
    ids: readonly string[],
  ): Promise<Array<Officer & { name: string; certificateNo: string | null; unitId: string | null }>> {
    const rows = await this.people.peopleOfBody(db, bodyId, ids);
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
    db: DbOrTx,
    c: Pick<repo.CaseRow, 'bodyId' | 'kind' | 'partyType' | 'officerIds'>,
    calendar: WorkingCalendar,
  ): Promise<BaseFacts> {
    return {
      calendar,
      category: CATEGORY_OF_KIND[c.kind as CaseKind],
      partyType: c.partyType,
      officers: await this.officers(db, c.bodyId, c.officerIds),
    };
  }

  /** The case if the caller may see it (C10); 404 otherwise, whether it exists elsewhere or not. */
  private async visibleCase(db: DbOrTx, user: CaseUser, id: string) {
    const c = await repo.unsafeFindCase(db, id);
    return visibleOrNotFound(user, c, c && !seesAllCases(user.roles) ? await this.unitOf(db, user) : null);
  }

  /** The case, if the caller may see it and take `actionType` on it (documents, evidence). */
  async caseForStep(db: DbOrTx, user: CaseUser, id: string, actionType: string, refusal: string) {
    const c = await this.visibleCase(db, user, id);
    const unitId = await this.unitOf(db, user);
    if (
      !canTakeAction(
        { roles: user.roles, personId: user.personId, unitId, bodyId: user.bodyId },
        c,
        actionType,
      )
    )
      throw forbidden(refusal);
    return c;
  }

  /** The case row if visible to the caller (C10), else 404. */
  caseVisibleTo(db: DbOrTx, user: CaseUser, id: string) {
    return this.visibleCase(db, user, id);
  }

  async create(user: CaseUser, input: CreateCaseInput, ip: string | null) {
    const machine = machineOf(input.kind);
    const calendar = await this.calendars.calendar();
    const day = today();
    const openedOn = input.openedOn ?? day;
    if (openedOn > day) throw badRequest(`受理日期 ${openedOn} 晚于今天`, { field: 'openedOn' });
    if (!hasPermission(user.roles, 'cases.handle')) throw forbidden('只有执法人员可以登记案件');
    if (user.personId && !input.officerIds.includes(user.personId) && !user.roles.includes('unit_head')) {
      throw badRequest('登记案件的执法人员须是本案执法人员之一', { field: 'officerIds' });
    }
    const main = input.parties.find((p) => p.role === 'party')!;
    if (input.unitId) {
      const units = await this.bodies.listUnits(user, user.bodyId);
      if (!units.some((u) => u.id === input.unitId))
        throw badRequest('承办科室不存在或不属于本机关', { field: 'unitId' });
    }
    return this.db.transaction(async (tx) => {
      const officers = await this.officers(tx, user.bodyId, input.officerIds);
      const origin = input.originCaseId ? await this.visibleCase(tx, user, input.originCaseId) : null;
      const unitId = input.unitId ?? officers.find((o) => o.id === input.leadOfficerId)?.unitId ?? null;
      const year = Number(openedOn.slice(0, 4));
      const seq = await repo.nextInSeries(tx, user.bodyId, 'case', year);
      const record = {
        ...machine.emptyRecord(),
        ...(input.kind === 'penalty' ? input.particulars : {}),
      } as Record<string, unknown>;
      let row = await repo.insertCase(tx, {
        bodyId: user.bodyId,
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
        createdBy: user.id,
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
        actorId: user.id,
        actorName: user.displayName,
      });
      await this.ledger.append(tx, actorOf(user, ip), {
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
        row = await this.applyAction(tx, user, row, machine, action, calendar, ip);
      }
      if (origin) await this.transferOrigin(tx, user, origin, row, calendar, ip);
      return row.id;
    });
  }

  /**
   * A case opened from an inspection that found a violation: the inspection is transferred to it
   * (移送立案查处) in the same transaction, when its procedure allows that now and the caller may do it.
   */
  private async transferOrigin(
    tx: DbOrTx,
    user: CaseUser,
    origin: repo.CaseRow & { delegatedById: string | null },
    created: repo.CaseRow,
    calendar: WorkingCalendar,
    ip: string | null,
  ) {
    if (origin.kind !== 'inspection' || created.kind !== 'penalty') return;
    const machine = machineOf('inspection');
    const facts = { ...(await this.baseFacts(tx, origin, calendar)), ...(origin.record as object) };
    const unitId = await this.unitOf(tx, user);
    if (!safeAllowed(machine, origin.state, facts, created.openedOn).includes('transfer_to_case')) return;
    if (
      !canTakeAction(
        { roles: user.roles, personId: user.personId, unitId, bodyId: user.bodyId },
        origin,
        'transfer_to_case',
      )
    )
      return;
    const transfer = {
      type: 'transfer_to_case',
      on: created.openedOn,
      caseId: created.code,
      reason: `移送立案查处：${created.cause}`,
    };
    await this.applyAction(tx, user, origin, machine, transfer, calendar, ip);
  }

  /** One step of the case's procedure. `version` is the version the caller saw. */
  async act(user: CaseUser, id: string, version: number, rawAction: { type: string }, ip: string | null) {
    const calendar = await this.calendars.calendar();
    // Validation and the facts other modules decide come first, outside the transaction: they read
    // only what never changes on a case (kind, body, party type), and other modules use their own
    // connection, which the embedded database's single connection could not give inside it.
    const seen = await this.visibleCase(this.db, user, id);
    const machine = machineOf(seen.kind as CaseKind);
    const parsed = machine.actionSchema.safeParse(rawAction);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const known = Object.prototype.hasOwnProperty.call(machine.actionLabels, rawAction.type);
      throw badRequest(known ? issue.message : `未知的操作：${rawAction.type}`, {
        field: ['action', ...issue.path].join('.'),
      });
    }
    const action = await this.enrich(user, seen, parsed.data);
    return this.db.transaction(async (tx) => {
      const c = await this.visibleCase(tx, user, id);
      const unitId = await this.unitOf(tx, user);
      if (
        !canTakeAction(
          { roles: user.roles, personId: user.personId, unitId, bodyId: user.bodyId },
          c,
          action.type,
        )
      ) {
        throw forbidden(
          `无权执行“${machine.actionLabels[action.type] ?? action.type}”（须${PERMISSION_HINTS[actionPermission(c.kind as CaseKind, action.type)]}）`,
        );
      }
      if (c.version !== version)
        throw conflict('VERSION_CONFLICT', '案件已被他人更新，请刷新后重试', { currentVersion: c.version });
      await this.applyAction(tx, user, c, machine, action, calendar, ip);
      return c.id;
    });
  }

  /** Facts other modules decide: the legal review determination when an investigation closes (D1). */
  private async enrich(user: CaseUser, c: repo.CaseRow, action: { type: string }) {
    // The approver of an extension is whoever approves it here, never what the client says.
    if (action.type === 'extend_decision_period') return { ...action, approvedBy: user.displayName };
    // The hearing right is fixed as the notice states it, by the body's figures on the day it is served.
    if (c.kind === 'penalty' && action.type === 'notify') {
      const a = action as Extract<PenaltyAction, { type: 'notify' }>;
      return {
        ...a,
        hearingOffered: hearingEligible(a.penalty, c.partyType, await hearingThresholds(this.db, c.bodyId)),
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
    tx: DbOrTx,
    user: CaseUser,
    c: repo.CaseRow,
    machine: ProcedureMachine,
    action: { type: string },
    calendar: WorkingCalendar,
    ip: string | null,
  ) {
    if (!(await repo.lockCaseAtVersion(tx, c.id, c.version)))
      throw conflict('VERSION_CONFLICT', '案件已被他人更新，请刷新后重试');
    const facts = { ...(await this.baseFacts(tx, c, calendar)), ...(c.record as object) };
    const day = today();
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
      actorId: user.id,
      actorName: user.displayName,
    });
    await this.ledger.append(tx, actorOf(user, ip), {
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

  async get(user: CaseUser, id: string) {
    // Two round trips: the case with all its lists beside the caller's unit and the calendar (nothing read
    // leaves unless the case is visible), then the officers and linked cases, which depend on the case.
    const [page, unitId, calendar] = await Promise.all([
      repo.unsafeFindCasePage(this.db, id),
      this.unitOf(this.db, user),
      this.calendars.calendar(),
    ]);
    const c = visibleOrNotFound(user, page?.case, unitId);
    const { parties, events, deadlines, evidence, documents } = page!;
    const machine = machineOf(c.kind as CaseKind);
    const [officers, linked] = await Promise.all([
      this.officers(this.db, c.bodyId, c.officerIds),
      c.partyKey
        ? repo.linkedCases(
            this.db,
            scopeOf(user),
            c.partyKey,
            c.id,
            seesAllCases(user.roles) ? undefined : { personId: user.personId, unitId },
          )
        : [],
    ]);
    const day = today();
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
      actions: allowed.filter((t) =>
        canTakeAction({ roles: user.roles, personId: user.personId, unitId, bodyId: user.bodyId }, c, t),
      ),
      others: allowed.filter(
        (t) =>
          !canTakeAction({ roles: user.roles, personId: user.personId, unitId, bodyId: user.bodyId }, c, t),
      ),
      mayAddEvidence:
        !c.finished &&
        canTakeAction(
          { roles: user.roles, personId: user.personId, unitId, bodyId: user.bodyId },
          c,
          'add_evidence',
        ),
      partyActions: partyActions(
        c,
        documents,
        canTakeAction(
          { roles: user.roles, personId: user.personId, unitId, bodyId: user.bodyId },
          c,
          'add_party',
        ),
      ),
    });
  }

  /**
   * The workbench filter of a list request: view, data scope, visibility (C10) and status, with the day
   * and due-soon bound it was computed for. Null when the view is empty for the caller (no person record
   * for 我的案件, no unit for 本科室).
   */
  private async workbenchFilter(
    user: CaseUser,
    q: CaseListFilters,
  ): Promise<{ filter: Omit<repo.CaseListFilter, 'limit'>; day: string; soon: string } | null> {
    const calendar = await this.calendars.calendar();
    const day = today();
    const soon = soonUntil(calendar, day);
    const unitId = await this.unitOf(this.db, user);
    const filter: Omit<repo.CaseListFilter, 'limit'> = {
      scope: scopeOf(user),
      kind: q.kind,
      state: q.state,
      q: q.q,
    };
    if (q.view === 'mine') {
      if (!user.personId) return null;
      filter.officerId = user.personId;
    } else if (q.view === 'unit') {
      if (!unitId) return null;
      filter.unitId = unitId;
    }
    if (!seesAllCases(user.roles)) filter.visibleTo = { personId: user.personId, unitId };
    if (q.status === 'open') filter.finished = false;
    if (q.status === 'finished') filter.finished = true;
    if (q.status === 'overdue') Object.assign(filter, { finished: false, overdueBefore: day });
    if (q.status === 'due_soon') Object.assign(filter, { finished: false, dueOnOrBefore: soon });
    return { filter, day, soon };
  }

  async list(user: CaseUser, q: CaseListFilters & { cursor?: string; limit: number }) {
    const after = q.cursor ? decodeCursor(q.cursor) : undefined;
    const w = await this.workbenchFilter(user, q);
    if (!w) return { items: [], nextCursor: null };
    const rows = await repo.listCases(this.db, { ...w.filter, after, limit: q.limit });
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
  async exportList(user: CaseUser, q: CaseListFilters, limit: number) {
    const w = await this.workbenchFilter(user, q);
    if (!w) return [];
    const rows = await repo.listCases(this.db, { ...w.filter, limit, details: true });
    return rows.map((r) => ({
      ...presentListItem(r, machineOf(r.kind as CaseKind), dueLevel(r.nextDue, w.day, w.soon)),
      partyKey: r.partyKey ?? null,
      filedOn: r.filedOn ?? null,
    }));
  }

  /** C10: every export of case data is logged with what was asked for and how much was disclosed. */
  async recordExport(
    user: CaseUser,
    ip: string | null,
    payload: { list: 'cases' | 'deadlines'; rows: number; filters: object; bytes: number },
  ) {
    await this.ledger.record(actorOf(user, ip), {
      action: 'case.exported',
      entityType: 'case',
      entityId: null,
      bodyId: user.bodyId,
      payload,
    });
  }

  /** G2: open deadlines of the caller's cases, their unit's, or the whole scope. */
  async openDeadlines(
    user: CaseUser,
    q: { view: 'mine' | 'unit' | 'all'; status: 'overdue' | 'due_soon' | 'open'; limit: number },
  ) {
    const calendar = await this.calendars.calendar();
    const day = today();
    const soon = soonUntil(calendar, day);
    const unitId = await this.unitOf(this.db, user);
    const view = seesAllCases(user.roles) ? q.view : q.view === 'all' ? 'mine' : q.view;
    if ((view === 'mine' && !user.personId) || (view === 'unit' && !unitId)) return [];
    const rows = await repo.listOpenDeadlines(this.db, {
      scope: scopeOf(user),
      officerId: view === 'mine' ? user.personId! : undefined,
      unitId: view === 'unit' ? unitId! : undefined,
      dueOnOrBefore: q.status === 'open' ? undefined : q.status === 'overdue' ? addDays(day, -1) : soon,
      limit: q.limit,
    });
    return rows.map((r) => ({ ...r, label: deadlineLabel(r.key), level: dueLevel(r.due, day, soon)! }));
  }

  /** G2 the daily run: raise reminders for open deadlines that are overdue or due soon. */
  async raiseReminders(on = today()) {
    const calendar = await this.calendars.calendar();
    return this.db.transaction((tx) => repo.raiseReminders(tx, on, soonUntil(calendar, on)));
  }

  /**
   * C3: once a year's holidays are entered, provisional deadlines of that year get their real due date.
   * Run by the daily job before reminders; returns how many were settled.
   */
  async settleProvisionalDeadlines() {
    const calendar = await this.calendars.calendar();
    return this.db.transaction(async (tx) => {
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
        await this.ledger.append(tx, SYSTEM_ACTOR, {
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

  async reminders(user: CaseUser, since: string) {
    return repo.listReminders(this.db, {
      scope: scopeOf(user),
      officerId: seesAllCases(user.roles)
        ? undefined
        : (user.personId ?? '00000000-0000-0000-0000-000000000000'),
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

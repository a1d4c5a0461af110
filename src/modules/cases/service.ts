// C1–C4 case use cases: open a case (or decide one on the spot, 简易程序), take a step of its procedure
// (written by step.ts), and show the case page. Every step runs the case's machine in one transaction, and
// only if nobody else changed the case since the caller read it (optimistic lock → 409). The workbench
// lists are list-service.ts, deadlines and reminders deadline-service.ts; evidence, parties and documents
// are the folders of those names.
import { dbOf, today, withTx, type Ctx, type TxCtx, type UserActor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { badRequest, conflict, forbidden, notFound, unprocessable } from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import type { CalendarService } from '../../platform/calendar/service.ts';
import type { WorkingCalendar } from '../../platform/calendar/rules.ts';
import { hasPermission, scopeCovers } from '../access/index.ts';
import { certificateValidity, type PeopleService, type BodiesService } from '../bodies/index.ts';
import type { CatalogService } from '../catalog/index.ts';
import { deadlineLabel } from './deadline-labels.ts';
import { EVIDENCE_TYPE_LABELS, type EvidenceType } from './evidence/index.ts';
import { CASE_FIELD_LABELS, type CaseField } from './fields.ts';
import { CATEGORY_OF_KIND, type BaseFacts, type CaseKind, type ProcedureMachine } from './machine.ts';
import { casePartyKey, insertParties, openCasePage, partyActions } from './parties/index.ts';
import type { Sealer } from '../../platform/crypto/sealing.ts';
import { canTakeAction, permissionHint, REVIEW_MODULE_STEPS } from './policy.ts';
import { dueLevel, presentCase, soonUntil } from './present.ts';
import { machineOf } from './registry.ts';
import * as repo from './repo.ts';
import { applyStep, safeAllowed } from './step.ts';
import { requireStepHoldings, type ProduceDocument } from './step-documents.ts';
import { officersInOrder } from './officers.ts';
import { enrichAction, legalBasisOf } from './step-facts.ts';
import type { StepListener } from './decision-source.ts';
import type { CreateCaseInput } from './types.ts';
import { seesAllCases } from './visibility.ts';

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

/** The caller's unit, from their person record (null for accounts without one). */
export async function unitOfCaller(people: PeopleService, ctx: Ctx): Promise<string | null> {
  const { personId, bodyId } = ctx.actor;
  return personId ? people.unitOf(ctx, bodyId, personId) : null;
}

export class CasesService {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly calendars: CalendarService,
    private readonly people: PeopleService,
    private readonly bodies: BodiesService,
    private readonly catalog: CatalogService,
    private readonly sealer: Sealer, // the parties' personal data (H4)
  ) {}

  /** Other modules' reactions to a step, run in its transaction (E3: a decision's publication draft). */
  private readonly stepListeners: StepListener[] = [];
  onStep(listener: StepListener) {
    this.stepListeners.push(listener);
  }

  private unitOf(ctx: Ctx): Promise<string | null> {
    return unitOfCaller(this.people, ctx);
  }

  /** Officers with certificates, in the order given; unknown ids or other bodies' people are refused. */
  private async officers(ctx: Ctx, bodyId: string, ids: readonly string[]) {
    return officersInOrder(await this.people.peopleOfBody(ctx, bodyId, ids), ids);
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

  async create(ctx: Ctx, input: CreateCaseInput, produce?: ProduceDocument) {
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
    // The item must be in the body's list on the day it registers the case, and the law must give it to a
    // department the body is (catalog rules/competence.ts); a penalty case stores the articles resolved for
    // its violation date, which its documents quote.
    const legalBasis = input.enforcementItemCode
      ? await legalBasisOf(
          ctx,
          this.catalog,
          { bodyId: actor.bodyId, openedOn, record: input.particulars },
          input.enforcementItemCode,
          { field: 'enforcementItemCode', listedOn: openedOn },
        )
      : null;
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
        ...(input.kind === 'penalty' ? { ...input.particulars, legalBasis } : {}),
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
        partyKey: casePartyKey(this.sealer, main),
        partyType: main.type,
        leadOfficerId: input.leadOfficerId,
        officerIds: input.officerIds,
        record,
        openedOn,
        originCaseId: input.originCaseId,
        createdBy: actor.id,
      });
      await insertParties(
        tx,
        this.sealer,
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
        row = await this.applyAction(tctx, row, machine, action, calendar, produce);
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
  async act(ctx: Ctx, id: string, version: number, rawAction: { type: string }, produce?: ProduceDocument) {
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
    if (REVIEW_MODULE_STEPS.includes(parsed.data.type)) {
      throw unprocessable(
        'RULE_VIOLATION',
        '法制审核的送审和审核意见经“法制审核”办理，不能在案件中直接登记',
        {
          rule: 'REVIEW_BY_MODULE',
          citation: '《中华人民共和国行政处罚法》第五十八条；本平台 D2–D5 法制审核',
        },
      );
    }
    const action = await this.enrich(ctx, seen, parsed.data);
    return withTx(ctx, this.db, async (tctx) => {
      const c = await this.visibleCase(tctx, id);
      if (!canTakeAction(tctx.actor, await this.unitOf(tctx), c, action.type)) {
        throw forbidden(
          `无权执行“${machine.actionLabels[action.type] ?? action.type}”（须${permissionHint(c.kind as CaseKind, action.type)}）`,
        );
      }
      if (c.version !== version)
        throw conflict('VERSION_CONFLICT', '案件已被他人更新，请刷新后重试', { currentVersion: c.version });
      await this.applyAction(tctx, c, machine, action, calendar, produce);
      return c.id;
    });
  }

  /**
   * D2–D5 a step the legal review module takes (submission, outcome), inside its transaction: the review
   * service has checked who acts; the case machine still checks the procedure (state, the gate's facts),
   * and the step is on the case's timeline under the actor's name (D9).
   */
  async takeReviewStep(ctx: TxCtx, id: string, rawAction: { type: string }) {
    if (!REVIEW_MODULE_STEPS.includes(rawAction.type))
      throw new Error(`not a review step: ${rawAction.type}`);
    const calendar = await this.calendars.calendar(ctx);
    const c = await this.visibleCase(ctx, id);
    const machine = machineOf(c.kind as CaseKind);
    const parsed = machine.actionSchema.safeParse(rawAction);
    if (!parsed.success) throw badRequest(parsed.error.issues[0]!.message);
    await this.applyAction(ctx, c, machine, parsed.data, calendar);
  }

  /** Facts other modules decide: the legal review determination when an investigation closes (D1). */
  private enrich(ctx: Ctx, c: repo.CaseRow, action: { type: string }) {
    return enrichAction(ctx, this.db, this.catalog, c, action);
  }

  /** The step, the document it brings (if any), then its row of the step → document table (C2, C5). */
  private async applyAction(
    ctx: TxCtx,
    c: repo.CaseRow,
    machine: ProcedureMachine,
    action: { type: string },
    calendar: WorkingCalendar,
    produce?: ProduceDocument,
  ) {
    const facts = async () => ({ ...(await this.baseFacts(ctx, c, calendar)), ...(c.record as object) });
    const row = await applyStep(ctx, this.ledger, this.sealer, c, machine, action, facts);
    await produce?.(ctx, c.id);
    await requireStepHoldings(ctx, c, action);
    const step = { caseId: c.id, bodyId: c.bodyId, kind: c.kind, action: action as never };
    for (const listener of this.stepListeners) await listener(ctx, step);
    return row;
  }

  /**
   * The case page as its reader opens it (GET): the page, and one audit entry naming who read the
   * parties' personal data, when and from where (H3). A write's response reuses `get`, whose own ledger
   * entry already names the actor.
   */
  async view(ctx: Ctx, id: string) {
    const page = await this.get(ctx, id);
    await this.ledger.record(ctx, {
      action: 'case.viewed',
      entityType: 'case',
      entityId: page.id,
      bodyId: page.bodyId,
      payload: { parties: page.parties.length },
    });
    return page;
  }

  async get(ctx: Ctx, id: string) {
    const { actor } = ctx;
    const db = dbOf(ctx, this.db);
    // One round trip: the case with everything its page shows (its officers, the reader's unit, the party's
    // other cases the reader may see) beside the calendar; nothing read leaves unless the case is visible.
    const [page, calendar] = await Promise.all([
      repo.unsafeFindCasePage(db, id, {
        bodyId: actor.bodyId,
        personId: actor.personId,
        scope: actor.scope,
        seesAll: seesAllCases(actor.roles),
      }),
      this.calendars.calendar(ctx),
    ]);
    const unitId = page?.readerUnitId ?? null;
    const visible = visibleOrNotFound(actor, page?.case, unitId);
    const { deadlines, evidence, documents, linked } = page!;
    const { case: c, parties, events } = openCasePage(this.sealer, { ...page!, case: visible });
    const machine = machineOf(c.kind as CaseKind);
    const officers = officersInOrder(page!.officers, c.officerIds);
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
      // The review's own steps are taken on the review desk, not offered among the case's steps.
      actions: allowed.filter((t) => may(t) && !REVIEW_MODULE_STEPS.includes(t)),
      others: allowed.filter((t) => !may(t) && !REVIEW_MODULE_STEPS.includes(t)),
      mayAddEvidence: !c.finished && may('add_evidence'),
      partyActions: partyActions(c, documents, may('add_party')),
    });
  }
}

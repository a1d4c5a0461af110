// E3–E6 publication drafts: every decision creates one, due 7 working days after the decision (20 for
// other enforcement information), in the decision's own transaction; the 信息发布员 chooses summary or full
// text, adjusts the redaction with reasons, or proposes not to publish (E5); the body's approval chain
// then approves it step by step, each approver from the session and on the ledger (E6). Publishing,
// outcomes, withdrawal and expiry are lifecycle.ts.
import { dbOf, today, withTx, type Actor, type Ctx, type TxCtx } from '../../platform/context.ts';
import type { Sealer } from '../../platform/crypto/sealing.ts';
import type { Db } from '../../platform/db/client.ts';
import type { CalendarService } from '../../platform/calendar/service.ts';
import { badRequest, conflict, forbidden, notFound, unprocessable } from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import { hasPermission, scopeCovers } from '../access/index.ts';
import { unsafeCaseDecision, type CaseDecision, type StepTaken } from '../cases/index.ts';
import type { CatalogService } from '../catalog/index.ts';
import { compose, redactionParties } from './compose.ts';
import { present } from './present.ts';
import * as repo from './repo.ts';
import { supervisionCounts } from './supervision-repo.ts';
import {
  APPROVAL_CITATION,
  approvalRefusal,
  chainRefusal,
  DEFAULT_CHAIN,
  nextStep,
  STEP_LABELS,
  STEP_ROLES,
  type Approval,
  type ChainStep,
} from './rules/approval.ts';
import { publicationDue, type PublicationSubject } from './rules/deadlines.ts';
import { NOT_PUBLISHED_REASONS, timelinessOf, type NotPublishedReason } from './rules/status.ts';
import { editRefusal, missingSummaryFields, type SpanEdit, type Summary } from './rules/summary.ts';
import { redact } from './redaction/redact.ts';
import { soonUntil } from './timeliness.ts';

/** The steps that are decisions to publish, by procedure (E3). */
export const DECISION_STEPS: Record<string, Record<string, PublicationSubject>> = {
  penalty: { decide: 'penalty_decision', decide_simple: 'penalty_decision' },
  permit: { grant: 'permit_decision', refuse_permit: 'permit_decision' },
  coercion: { decide: 'other_enforcement', decide_urgent: 'other_enforcement' },
};

export interface EditInput {
  version: number;
  mode?: 'summary' | 'full';
  legalBasis?: string;
  documentNumber?: string;
  minorCase?: boolean;
  creditSeverity?: 'minor' | 'general' | 'serious';
  intent?: 'publish' | 'not_publish';
  notPublishedReason?: NotPublishedReason | null;
  notPublishedNote?: string;
  edit?: SpanEdit;
}

const rule = (code: string, message: string, citation?: string) =>
  unprocessable('RULE_VIOLATION', message, { rule: code, ...(citation ? { citation } : {}) });

export class PublicationsService {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly calendars: CalendarService,
    private readonly sealer: Sealer,
    private readonly catalog: CatalogService,
  ) {}

  /** The cases module's step hook: a decision creates its draft in the decision's transaction. */
  readonly onStep = async (ctx: TxCtx<Actor>, step: StepTaken) => {
    const subject = DECISION_STEPS[step.kind]?.[step.action.type];
    const decidedOn = step.action.decidedOn;
    if (!subject || typeof decidedOn !== 'string') return;
    await this.createDraft(ctx, step.caseId, subject, decidedOn);
  };

  async createDraft(ctx: TxCtx<Actor>, caseId: string, subject: PublicationSubject, decidedOn: string) {
    const decision = await this.decision(ctx, caseId);
    const calendar = await this.calendars.calendar(ctx);
    const due = publicationDue(calendar, subject, decidedOn);
    const bodyName = (await repo.bodyName(ctx.tx, decision.bodyId)) ?? '';
    const legalBasis = await this.basisOf(ctx, decision, decidedOn);
    const content = compose(decision, bodyName, decidedOn, {
      legalBasis,
      documentNumber: null,
      edits: [],
    });
    const row = await repo.insertPublicationIfAbsent(ctx.tx, {
      bodyId: decision.bodyId,
      caseId,
      caseKind: decision.kind,
      subject,
      decidedOn,
      due: due.due,
      dueCitation: due.citation,
      status: 'draft',
      // E5: a minor party is not published; the publisher confirms it and the chain approves it.
      intent: decision.parties.some((p) => p.role === 'party' && p.minor) ? 'not_publish' : 'publish',
      notPublishedReason: decision.parties.some((p) => p.role === 'party' && p.minor) ? 'minor' : null,
      summary: content.summary,
      legalBasis,
      fullText: content.fullText,
      spans: content.spans,
      sourceDocumentId: decision.document?.id ?? null,
      searchText: content.searchText,
    });
    if (!row) return;
    await this.ledger.append(ctx, {
      action: 'publicity.draft_created',
      entityType: 'publication',
      entityId: row.id,
      bodyId: row.bodyId,
      payload: { caseCode: decision.code, subject, decidedOn, due: due.due },
    });
  }

  /**
   * The summary's 依据 as the case's enforcement item resolves it on the decision date (the articles
   * violated and those the penalty rests on, versions in force); empty when the case names no item, for
   * the publisher to fill in before submitting.
   */
  private async basisOf(ctx: Ctx<Actor>, d: CaseDecision, on: string): Promise<string> {
    if (!d.enforcementItemCode) return '';
    const b = await this.catalog.basisForItem(ctx, d.bodyId, d.enforcementItemCode, on);
    if (!b) return '';
    return [b.violated && `违反${b.violated}`, b.penalty && `依据${b.penalty}`].filter(Boolean).join('；');
  }

  private async decision(ctx: Ctx<Actor>, caseId: string): Promise<CaseDecision> {
    const d = await unsafeCaseDecision(ctx, this.db, this.sealer, caseId);
    if (!d) throw notFound('案件');
    return d;
  }

  /** The publication if it is in the caller's scope; 404 otherwise. */
  async visible(ctx: Ctx, id: string) {
    const p = await repo.unsafeFindPublication(dbOf(ctx, this.db), id);
    if (!p || !scopeCovers(ctx.actor.scope, p.bodyPath)) throw notFound('公开信息');
    return p;
  }

  /** Locks the publication at the version the caller saw, inside `tctx`. */
  async locked(tctx: TxCtx, id: string, version: number) {
    const p = await this.visible(tctx, id);
    if (!(await repo.lockAtVersion(tctx.tx, id, version)))
      throw conflict('VERSION_CONFLICT', '公开信息已被他人更新，请刷新后重试', { currentVersion: p.version });
    return p;
  }

  /** E11 the counts per body of the caller's scope (a head with subordinates sees theirs too). */
  async supervision(ctx: Ctx) {
    const day = today(ctx);
    const soon = soonUntil(await this.calendars.calendar(ctx), day);
    return supervisionCounts(dbOf(ctx, this.db), ctx.actor.scope, day, soon);
  }

  async list(ctx: Ctx, statuses?: readonly string[]) {
    const rows = await repo.listPublications(dbOf(ctx, this.db), ctx.actor.scope, { statuses, limit: 500 });
    const calendar = await this.calendars.calendar(ctx);
    const day = today(ctx);
    const soon = soonUntil(calendar, day);
    return rows.map((p) => ({ ...present(p), timeliness: timelinessOf(p, day, soon) }));
  }

  /**
   * One publication for the staff app. The publisher preparing a draft also gets the decision's text
   * in the clear beside its spans, to review every redaction and add a missed one; that read is audited.
   */
  async get(ctx: Ctx, id: string) {
    const p = await this.visible(ctx, id);
    const calendar = await this.calendars.calendar(ctx);
    const day = today(ctx);
    const out = { ...present(p), timeliness: timelinessOf(p, day, soonUntil(calendar, day)) };
    if (p.status !== 'draft' || !hasPermission(ctx.actor.roles, 'publicity.redact'))
      return { ...out, source: null };
    const d = await this.decision(ctx, p.caseId);
    await this.ledger.record(ctx, {
      action: 'publicity.source_viewed',
      entityType: 'publication',
      entityId: p.id,
      bodyId: p.bodyId,
      payload: {},
    });
    return { ...out, source: d.document ? { text: d.document.text } : null };
  }

  async edit(ctx: Ctx, id: string, input: EditInput) {
    return withTx(ctx, this.db, async (tctx) => {
      const p = await this.locked(tctx, id, input.version);
      if (p.status !== 'draft') throw rule('NOT_DRAFT', '只有待编辑的草稿可以修改');
      const d = await this.decision(tctx, p.caseId);
      const edits = [...(p.edits as SpanEdit[])];
      if (input.edit) {
        if (!d.document) throw badRequest('本决定没有可隐去的文书全文', { field: 'edit' });
        const auto = redact(d.document.text, redactionParties(d)).spans;
        const refusal = editRefusal(d.document.text, auto, input.edit);
        if (refusal) throw badRequest(refusal, { field: 'edit' });
        edits.push(input.edit);
      }
      const mode = input.mode ?? (p.mode as 'summary' | 'full');
      if (mode === 'full' && !d.document)
        throw badRequest('本决定没有出具决定书，只能摘要公开', { field: 'mode' });
      const intent = input.intent ?? (p.intent as 'publish' | 'not_publish');
      const reason = input.notPublishedReason !== undefined ? input.notPublishedReason : p.notPublishedReason;
      const legalBasis = input.legalBasis ?? p.legalBasis;
      const documentNumber =
        input.documentNumber ?? (p.summary as Summary).documentNumber ?? d.document?.number ?? null;
      const content = compose(d, p.bodyName, p.decidedOn, { legalBasis, documentNumber, edits });
      const row = await repo.updatePublication(tctx.tx, id, {
        mode,
        intent,
        notPublishedReason: intent === 'not_publish' ? (reason ?? null) : null,
        notPublishedNote: input.notPublishedNote ?? p.notPublishedNote,
        legalBasis,
        minorCase: input.minorCase ?? p.minorCase,
        creditSeverity: input.creditSeverity ?? p.creditSeverity,
        summary: content.summary,
        fullText: content.fullText,
        spans: content.spans,
        edits,
        sourceDocumentId: d.document?.id ?? null,
        searchText: content.searchText,
      });
      await this.ledger.append(tctx, {
        action: 'publicity.draft_edited',
        entityType: 'publication',
        entityId: id,
        bodyId: p.bodyId,
        payload: {
          mode,
          intent,
          edit: input.edit
            ? { op: input.edit.op, start: input.edit.start, end: input.edit.end, reason: input.edit.reason }
            : null,
        },
      });
      return row.id;
    });
  }

  /** The 承办人's step: the draft, complete, goes to the body's chain (snapshotted now). */
  async submit(ctx: Ctx, id: string, version: number) {
    return withTx(ctx, this.db, async (tctx) => {
      const p = await this.locked(tctx, id, version);
      if (p.status !== 'draft') throw rule('NOT_DRAFT', '只有待编辑的草稿可以提交审批');
      if (p.intent === 'not_publish') {
        if (!p.notPublishedReason) throw badRequest('不予公开须选择理由', { field: 'notPublishedReason' });
        if (!p.notPublishedNote?.trim())
          throw badRequest('不予公开须写明具体说明', { field: 'notPublishedNote' });
      } else {
        const missing = missingSummaryFields(p.summary as Summary);
        if (missing.length) throw rule('SUMMARY_INCOMPLETE', `公开摘要缺少：${missing.join('、')}`);
      }
      const chain = await this.chainOf(tctx, p.bodyId);
      const refusal = approvalRefusal(chain, [], tctx.actor, 'drafter');
      if (refusal) throw rule(refusal.code, refusal.message, APPROVAL_CITATION);
      const approvals: Approval[] = [this.approvalBy(tctx, 'drafter')];
      await repo.updatePublication(tctx.tx, id, { status: 'in_approval', chain: [...chain], approvals });
      await this.ledger.append(tctx, {
        action: 'publicity.submitted',
        entityType: 'publication',
        entityId: id,
        bodyId: p.bodyId,
        payload: { intent: p.intent, chain: chain.map((s) => STEP_LABELS[s]) },
      });
      return id;
    });
  }

  /** One step of the chain, by whoever holds its role; the last one settles the draft (E5, E6). */
  async approve(ctx: Ctx, id: string, version: number, step: ChainStep) {
    return withTx(ctx, this.db, async (tctx) => {
      const p = await this.locked(tctx, id, version);
      if (p.status !== 'in_approval') throw rule('NOT_IN_APPROVAL', '该公开信息不在审批中');
      const chain = (p.chain ?? []) as ChainStep[];
      const approvals = p.approvals as Approval[];
      const refusal = approvalRefusal(chain, approvals, tctx.actor, step);
      if (refusal) throw rule(refusal.code, refusal.message, APPROVAL_CITATION);
      const next = [...approvals, this.approvalBy(tctx, step)];
      const complete = nextStep(chain, next) === null;
      const status = !complete ? 'in_approval' : p.intent === 'not_publish' ? 'not_published' : 'approved';
      await repo.updatePublication(tctx.tx, id, { approvals: next, status });
      await this.ledger.append(tctx, {
        action: 'publicity.approved',
        entityType: 'publication',
        entityId: id,
        bodyId: p.bodyId,
        payload: { step: STEP_LABELS[step], complete },
      });
      if (complete && p.intent === 'not_publish') {
        const reason = p.notPublishedReason as NotPublishedReason;
        await this.ledger.append(tctx, {
          action: 'publicity.not_published',
          entityType: 'publication',
          entityId: id,
          bodyId: p.bodyId,
          payload: { reason: NOT_PUBLISHED_REASONS[reason] ?? reason, note: p.notPublishedNote ?? '' },
        });
      }
      return id;
    });
  }

  /** An approver sends the draft back to the publisher, with the reason; approvals start again. */
  async sendBack(ctx: Ctx, id: string, version: number, reason: string) {
    return withTx(ctx, this.db, async (tctx) => {
      const p = await this.locked(tctx, id, version);
      if (p.status !== 'in_approval') throw rule('NOT_IN_APPROVAL', '该公开信息不在审批中');
      const step = nextStep((p.chain ?? []) as ChainStep[], p.approvals as Approval[]);
      if (!step || step === 'drafter' || !tctx.actor.roles.includes(STEP_ROLES[step]))
        throw forbidden('只有当前环节的审批人可以退回');
      await repo.updatePublication(tctx.tx, id, { status: 'draft', approvals: [], chain: null });
      await this.ledger.append(tctx, {
        action: 'publicity.returned',
        entityType: 'publication',
        entityId: id,
        bodyId: p.bodyId,
        payload: { step: STEP_LABELS[step], reason },
      });
      return id;
    });
  }

  private approvalBy(ctx: Ctx, step: ChainStep): Approval {
    return { step, actorId: ctx.actor.id, actorName: ctx.actor.name, at: ctx.now.toISOString() };
  }

  async chainOf(ctx: Ctx<Actor>, bodyId: string): Promise<ChainStep[]> {
    const row = await repo.findChain(dbOf(ctx, this.db), bodyId);
    return (row?.approvalChain ?? [...DEFAULT_CHAIN]) as ChainStep[];
  }

  async setChain(ctx: Ctx, chain: string[]) {
    const refusal = chainRefusal(chain);
    if (refusal) throw badRequest(refusal.message, { field: 'chain' });
    return withTx(ctx, this.db, async (tctx) => {
      await repo.saveChain(tctx.tx, tctx.actor.bodyId, chain);
      await this.ledger.append(tctx, {
        action: 'publicity.chain_changed',
        entityType: 'publication',
        entityId: tctx.actor.bodyId,
        bodyId: tctx.actor.bodyId,
        payload: { chain: chain.map((s) => STEP_LABELS[s as ChainStep]) },
      });
      return chain as ChainStep[];
    });
  }
}

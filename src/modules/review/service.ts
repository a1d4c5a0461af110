// D2–D7 the legal review's use cases: each loads the review, checks who acts (policy.ts), applies the
// pure lifecycle (rules/), writes under the version the caller read, appends its ledger entry and — for
// submission and the outcome — takes the matching step on the case, all in one transaction. A refusal or
// a lost race (409) leaves nothing behind.
import { dbOf, today, withTx, type Ctx, type TxCtx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import {
  AppError,
  conflict,
  fieldError,
  forbidden,
  notFound,
  unprocessable,
} from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import type { CalendarService } from '../../platform/calendar/service.ts';
import type { BodiesService, PeopleService } from '../bodies/index.ts';
import type { CasesService } from '../cases/index.ts';
import { caseFileFacts, participantsOf, type CasePageView, type SubmissionText } from './case-file.ts';
import { OPINION_LABELS, type ReviewRefusal } from './model.ts';
import { isAssignedReviewer, mayDecide, mayManage } from './policy.ts';
import { presentReview } from './present.ts';
import * as repo from './repo.ts';
import { reviewerProblems } from './rules/eligibility.ts';
import {
  EMPTY_REVIEW,
  applyReviewEvent,
  lastRound,
  reviewStatus,
  type Review,
  type ReviewEvent,
} from './rules/lifecycle.ts';
import { checkSubmission, materialsChecklist, missingMaterials } from './rules/materials.ts';
import { DEFAULT_REVIEW_TIME, checkExtension, reviewDue } from './rules/time-limit.ts';

/** The act's legal date: the one given (registered after the fact), never after today; else today. */
function legalDate(ctx: Ctx, on: string | undefined): string {
  const day = today(ctx);
  if (on === undefined) return day;
  if (on > day) throw fieldError('on', `办理日期 ${on} 晚于今天`);
  return on;
}

/** A rule of the review refused the request: 422 with its code and citation (403 for "not yours"). */
function refused(r: ReviewRefusal): AppError {
  if (r.code === 'REVIEW_NOT_YOURS') return forbidden(r.message);
  return unprocessable('RULE_VIOLATION', r.message, { rule: r.code, citation: r.citation });
}

type Distributive<T> = T extends unknown ? Omit<T, 'on' | 'by'> : never;
type EventInput = Distributive<ReviewEvent>;

export class ReviewService {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly calendars: CalendarService,
    private readonly cases: CasesService,
    private readonly people: PeopleService,
    private readonly bodies: BodiesService,
  ) {}

  private async page(ctx: Ctx, caseId: string): Promise<CasePageView> {
    return await this.cases.get(ctx, caseId);
  }

  /** The materials checklist as the officer sees it before submitting (D2). */
  async materials(ctx: Ctx, caseId: string, text: SubmissionText) {
    const page = await this.page(ctx, caseId);
    return { items: materialsChecklist(caseFileFacts(page, text)) };
  }

  private async visible(ctx: Ctx, id: string) {
    const row = await repo.findById(dbOf(ctx, this.db), id);
    if (row === null) throw notFound('法制审核');
    // The case decides who sees the review (C10): 404 for both "no such review" and "not yours to see".
    await this.cases.caseVisibleTo(ctx, row.caseId);
    return row;
  }

  async get(ctx: Ctx, id: string) {
    return this.present(ctx, await this.visible(ctx, id));
  }

  async forCase(ctx: Ctx, caseId: string) {
    await this.cases.caseVisibleTo(ctx, caseId);
    const row = await repo.findByCase(dbOf(ctx, this.db), caseId);
    if (row === null) throw notFound('法制审核');
    return this.present(ctx, row);
  }

  /** The caller's queue: assigned to me; unassigned in my body for the legal head; my submissions. */
  async queue(ctx: Ctx, limit: number) {
    const { actor } = ctx;
    const rows = await repo.queue(
      dbOf(ctx, this.db),
      {
        reviewerId: actor.personId,
        unassignedIn: actor.roles.includes('legal_head') ? actor.bodyId : null,
        submittedBy: actor.id,
      },
      limit,
    );
    const items = [];
    for (const row of rows) items.push(await this.present(ctx, row));
    return { items };
  }

  private async present(ctx: Ctx, row: repo.ReviewRow) {
    const calendar = await this.calendars.calendar(ctx);
    return presentReview(ctx.actor, row, calendar, today(ctx));
  }

  /** D2 送审: the materials complete and confirmed, then round n of the case's review and its case step. */
  async submit(ctx: Ctx, input: SubmissionText & { caseId: string; confirmed: boolean; on?: string }) {
    const c = await this.cases.caseForStep(
      ctx,
      input.caseId,
      'submit_review',
      '只有本案执法人员或承办机构负责人可以提交法制审核',
    );
    const page = await this.page(ctx, input.caseId);
    const facts = caseFileFacts(page, input);
    const problem = checkSubmission(facts, input.confirmed);
    if (problem)
      throw unprocessable('RULE_VIOLATION', problem.message, {
        rule: problem.code,
        citation: problem.citation,
        missing: missingMaterials(facts),
      });
    const day = legalDate(ctx, input.on);
    const by = ctx.actor.personId ?? ctx.actor.id;
    const materials = {
      checklist: materialsChecklist(facts),
      basis: input.basis,
      discretionReasoning: input.discretionReasoning,
      draftDecision: input.draftDecision,
      confirmedBy: ctx.actor.name,
      confirmedOn: day,
    };
    const id = await withTx(ctx, this.db, async (tctx) => {
      const existing = await repo.findByCase(tctx.tx, c.id);
      const applied = applyReviewEvent(existing?.state ?? EMPTY_REVIEW, { type: 'submit', on: day, by });
      if (!applied.ok) throw refused(applied);
      const status = reviewStatus(applied.review);
      const row = existing
        ? await repo.updateIfVersion(tctx.tx, existing.id, existing.version, {
            state: applied.review,
            status,
            reviewerId: null,
            due: null,
            submittedBy: ctx.actor.id,
            materials,
          })
        : await repo.insertReview(tctx.tx, {
            bodyId: c.bodyId,
            caseId: c.id,
            caseCode: c.code,
            caseCause: c.cause,
            status,
            submittedBy: ctx.actor.id,
            state: applied.review,
            materials,
          });
      if (row === null) throw conflict('VERSION_CONFLICT', '法制审核已被他人更新，请刷新后重试');
      await this.cases.takeReviewStep(tctx, c.id, { type: 'submit_review', on: day } as { type: string });
      await this.ledger.append(tctx, {
        action: 'review.submitted',
        entityType: 'case',
        entityId: c.id,
        bodyId: c.bodyId,
        payload: {
          reviewId: row.id,
          round: applied.review.rounds.length,
          materials: [...facts.issuedDocuments],
        },
      });
      return row.id;
    });
    return this.get(ctx, id);
  }

  /**
   * One event on the review, under the version the caller read: `allowed` says whether this caller may;
   * `check` runs further rules on the locked row; the ledger entry and, for an outcome, the case step
   * (`caseStep`) are written in the same transaction.
   */
  private async act(ctx: Ctx, id: string, version: number, spec: ActSpec) {
    await withTx(ctx, this.db, async (tctx) => {
      const row = await this.visible(tctx, id);
      if (!spec.allowed(row)) throw forbidden(spec.denial);
      if (row.version !== version)
        throw conflict('VERSION_CONFLICT', '法制审核已被他人更新，请刷新后重试', {
          currentVersion: row.version,
        });
      await spec.check?.(tctx, row);
      // The head's acts are the account's; the reviewer's and the submitter's are the person's (回避, D3).
      const by = ctx.actor.personId ?? ctx.actor.id;
      const applied = applyReviewEvent(row.state, {
        ...spec.event,
        on: legalDate(ctx, spec.on),
        by,
      });
      if (!applied.ok) throw refused(applied);
      const review = applied.review;
      const round = lastRound(review)!;
      const calendar = await this.calendars.calendar(tctx);
      const open = round.opinion === null;
      const written = await repo.updateIfVersion(tctx.tx, id, version, {
        state: review,
        status: reviewStatus(review),
        reviewerId: open ? round.reviewerId : row.reviewerId,
        due: open ? (reviewDue(calendar, round, DEFAULT_REVIEW_TIME)?.due ?? null) : null,
      });
      if (written === null) throw conflict('VERSION_CONFLICT', '法制审核已被他人更新，请刷新后重试');
      const step = spec.caseStep?.(review);
      if (step) await this.cases.takeReviewStep(tctx, row.caseId, step);
      const entry = await spec.ledger(tctx, written, review);
      await this.ledger.append(tctx, {
        ...entry,
        entityType: 'case',
        entityId: row.caseId,
        bodyId: row.bodyId,
        payload: { reviewId: row.id, round: review.rounds.length, ...entry.payload },
      } as never);
    });
    return this.get(ctx, id);
  }

  /** D3 assignment (受理) or reassignment by the legal unit's head, to an eligible reviewer. */
  assign(ctx: Ctx, id: string, input: { reviewerId: string; on?: string; version: number }) {
    return this.act(ctx, id, input.version, {
      allowed: (row) => mayManage(ctx.actor, row.bodyId),
      denial: '只有法制机构负责人可以分配审核人员',
      on: input.on,
      event: { type: 'assign', reviewerId: input.reviewerId },
      check: (tctx, row) => this.checkReviewer(tctx, row, input.reviewerId),
      ledger: async (tctx, row, review) => {
        const [person] = await this.people.peopleOfBody(tctx, row.bodyId, [input.reviewerId]);
        const reassigned = lastRound(review)!.assignments.length > 1;
        return { action: 'review.assigned', payload: { reviewer: person!.name, reassigned } };
      },
    });
  }

  /** D3 回避, the roster, the legal unit and the first-time reviewer's qualification, all named at once. */
  private async checkReviewer(tctx: TxCtx, row: repo.ReviewRow, reviewerId: string) {
    const [person] = await this.people.peopleOfBody(tctx, row.bodyId, [reviewerId]);
    if (!person)
      throw unprocessable('RULE_VIOLATION', '审核人员不存在或不属于本机关', {
        rule: 'REVIEWER_NOT_ON_ROSTER',
      });
    const units = await this.bodies.listUnits(tctx, row.bodyId);
    const page = await this.page(tctx, row.caseId);
    const problems = reviewerProblems(
      {
        id: person.id,
        name: person.name,
        active: person.active,
        isReviewer: person.isReviewer,
        isLegalCounsel: person.isLegalCounsel,
        inLegalUnit: units.some((u) => u.id === person.unitId && u.kind === 'legal'),
        legalQualificationNo: person.legalQualificationNo,
        completedReviews: await repo.completedBy(tctx.tx, person.id),
      },
      {
        participantIds: participantsOf(
          page,
          row.state.rounds.map((r) => r.submittedBy),
        ),
        recusedIds: lastRound(row.state)?.recusals.map((r) => r.reviewerId) ?? [],
      },
    );
    if (problems.length === 0) return;
    throw unprocessable('RULE_VIOLATION', problems.map((p) => p.message).join('；'), {
      rule: problems[0]!.code,
      citation: problems[0]!.citation,
      problems: problems.map((p) => p.code),
    });
  }

  /** The assigned reviewer's acts: recusal, findings, the opinion. */
  private reviewerAct(ctx: Ctx, id: string, version: number, spec: Omit<ActSpec, 'allowed' | 'denial'>) {
    return this.act(ctx, id, version, {
      ...spec,
      allowed: (row) => isAssignedReviewer(ctx.actor, row.bodyId, lastRound(row.state)),
      denial: '只有本轮承办的法制审核人员可以办理',
    });
  }

  recuse(ctx: Ctx, id: string, input: { reason: string; on?: string; version: number }) {
    return this.reviewerAct(ctx, id, input.version, {
      on: input.on,
      event: { type: 'recuse', reason: input.reason },
      ledger: async () => ({ action: 'review.recused', payload: { reason: input.reason } }),
    });
  }

  recordFinding(
    ctx: Ctx,
    id: string,
    input: { point: string; finding: string; note: string; on?: string; version: number },
  ) {
    const { point, finding, note } = input;
    return this.reviewerAct(ctx, id, input.version, {
      on: input.on,
      event: { type: 'record_finding', point, finding, note } as EventInput,
      ledger: async () => ({ action: 'review.finding_recorded', payload: { point, finding } }),
    });
  }

  /** D5 the opinion closes the round; the case records it (同意 opens the decision, D8). */
  giveOpinion(
    ctx: Ctx,
    id: string,
    input: { opinion: string; changes: string; text: string; on?: string; version: number },
  ) {
    const { opinion, changes, text } = input;
    return this.reviewerAct(ctx, id, input.version, {
      on: input.on,
      event: { type: 'give_opinion', opinion, changes, text } as EventInput,
      caseStep: (review) => {
        const o = lastRound(review)!.opinion!;
        const wording = `${OPINION_LABELS[o.opinion]}：${o.text}${o.changes ? `（修改意见：${o.changes}）` : ''}`;
        return { type: 'record_review', reviewedOn: o.on, passed: o.opinion === 'approve', opinion: wording };
      },
      ledger: async () => ({ action: 'review.opinion_given', payload: { opinion } }),
    });
  }

  /** D6 one extension, approved by the legal unit's head before the limit runs out. */
  extend(ctx: Ctx, id: string, input: { workingDays: number; reason: string; on?: string; version: number }) {
    return this.act(ctx, id, input.version, {
      allowed: (row) => mayManage(ctx.actor, row.bodyId),
      denial: '只有法制机构负责人可以批准延长审核期限',
      on: input.on,
      event: { type: 'extend', workingDays: input.workingDays, reason: input.reason },
      check: async (tctx, row) => {
        const round = lastRound(row.state);
        if (round === null || round.opinion !== null) return; // the lifecycle refuses it by state
        const calendar = await this.calendars.calendar(tctx);
        const problem = checkExtension(
          calendar,
          round,
          DEFAULT_REVIEW_TIME,
          input.workingDays,
          legalDate(ctx, input.on),
        );
        if (problem) throw refused(problem);
      },
      ledger: async (_tctx, row) => ({
        action: 'review.extended',
        payload: { workingDays: input.workingDays, due: row.due ?? '', reason: input.reason },
      }),
    });
  }

  /** D7 the handling unit contests an opinion with its reasons. */
  async contest(ctx: Ctx, id: string, input: { reasons: string; on?: string; version: number }) {
    const row = await this.visible(ctx, id);
    const denial = '只有本案执法人员或承办机构负责人可以对审核意见提出异议';
    await this.cases.caseForStep(ctx, row.caseId, 'submit_review', denial);
    return this.act(ctx, id, input.version, {
      allowed: () => true,
      denial,
      on: input.on,
      event: { type: 'contest', reasons: input.reasons },
      ledger: async () => ({ action: 'review.contested', payload: {} }),
    });
  }

  coordinate(
    ctx: Ctx,
    id: string,
    input: { summary: string; resolved: boolean; on?: string; version: number },
  ) {
    return this.act(ctx, id, input.version, {
      allowed: (row) => mayManage(ctx.actor, row.bodyId),
      denial: '只有法制机构负责人可以登记协调情况',
      on: input.on,
      event: { type: 'coordinate', summary: input.summary, resolved: input.resolved },
      ledger: async () => ({ action: 'review.coordinated', payload: { resolved: input.resolved } }),
    });
  }

  /** D7 the collective discussion decides; 作出决定 overrides the opinion and opens the decision (D8). */
  collectiveDecision(ctx: Ctx, id: string, input: CollectiveInput) {
    const { version, ...event } = input;
    return this.act(ctx, id, version, {
      allowed: (row) => mayDecide(ctx.actor, row.bodyId),
      denial: '只有行政机关负责人可以登记集体讨论决定',
      on: input.on,
      event: { type: 'collective_decision', ...event },
      caseStep: () =>
        input.outcome === 'proceed'
          ? {
              type: 'record_review',
              reviewedOn: today(ctx),
              passed: true,
              opinion: `集体讨论决定：${input.conclusion}`,
            }
          : null,
      ledger: async () => ({
        action: 'review.collective_decided',
        payload: { outcome: input.outcome, participants: input.participants.length },
      }),
    });
  }
}

interface CollectiveInput {
  participants: string[];
  views: { name: string; view: string }[];
  conclusion: string;
  outcome: 'proceed' | 'follow_opinion';
  on?: string;
  version: number;
}

interface ActSpec {
  /** The act's legal date when registered after the fact (today when omitted). */
  on?: string;
  allowed: (row: repo.ReviewRow) => boolean;
  denial: string;
  event: EventInput;
  check?: (tctx: TxCtx, row: repo.ReviewRow) => Promise<void>;
  caseStep?: (review: Review) => ({ type: string } & Record<string, unknown>) | null;
  ledger: (
    tctx: TxCtx,
    row: repo.ReviewRow,
    review: Review,
  ) => Promise<{ action: string; payload: Record<string, unknown> }>;
}

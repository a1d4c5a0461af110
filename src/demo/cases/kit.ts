// What every demo case is built with: the demo accounts' contexts (the demo acts as they would, all at
// the start instant), dates counted back from today, and the steps every case takes through the case
// services — so the states come out of the procedures' machines, never written here.
import { ALL_TEMPLATES } from '../../modules/cases/documents/registry.ts';
import { sql } from 'drizzle-orm';
import { systemCtx, today, type Actor, type Ctx } from '../../platform/context.ts';
import { userActorOf, type Role } from '../../modules/access/index.ts';
import type { CreateCaseInput } from '../../modules/cases/types.ts';
import { addDays } from '../../modules/cases/deadlines.ts';
import type { Services } from '../../services.ts';
import { REVIEW_POINTS } from '../../modules/review/index.ts';

/** What the handling unit writes beside the case file when it submits a review (D2). */
const DEMO_SUBMISSION = {
  basis: '依据本案适用的法律、法规条款（见调查终结报告）',
  discretionReasoning: '按本机关行政处罚裁量基准，违法情节一般，适用一般处罚档次',
  draftDecision: '拟按调查终结报告的处理意见作出行政处罚决定',
};
import type { CaseKind } from '../../modules/cases/machine.ts';
import type { ProduceDocument } from '../../modules/cases/step-documents.ts';
import { sheetsFor, stepDayOf, type DemoCase } from './sheets.ts';

/** Each demo account's context, by username. */
async function usersByName(services: Services, now: Date): Promise<Record<string, Ctx>> {
  const { rows } = await services.database.db.execute<{
    id: string;
    username: string;
    displayName: string;
    bodyId: string;
    bodyPath: string;
    roles: Role[];
    personId: string | null;
  }>(sql`
    select u.id, u.username, u.display_name as "displayName", u.body_id as "bodyId", b.path as "bodyPath", u.roles, u.person_id as "personId"
      from users u join bodies b on b.id = u.body_id`);
  return Object.fromEntries(rows.map((r) => [r.username, { actor: userActorOf(r), ip: null, now }]));
}

/** The first person (by name) holding `post`: the demo roster's one person of that post. */
export async function personWithPost(services: Services, post: string): Promise<string> {
  const { rows } = await services.database.db.execute<{ id: string }>(
    sql`select id from people where post = ${post} order by name limit 1`,
  );
  return rows[0]!.id;
}

type Opening = Partial<CreateCaseInput> & Pick<CreateCaseInput, 'cause' | 'parties'>;
type Proposal = { kinds: string[]; fineFen: number | null };

export type DemoKit = Awaited<ReturnType<typeof demoKit>>;

export async function demoKit(services: Services) {
  const system: Ctx<Actor> = systemCtx(services.clock);
  const ago = (days: number) => addDays(today(system), -days);
  const u = await usersByName(services, system.now);
  const officer = u.officer1!;
  const head = u.head1!;
  const reviewer = u.reviewer1!;
  const officers = [officer.actor.personId!, u.officer2!.actor.personId!];
  const { cases } = services;

  /** `user` acting on `day` (10:00 in Shanghai): documents are issued and dated on the day of their step. */
  const on = (user: Ctx, day: string): Ctx => ({ ...user, now: new Date(`${day}T10:00:00+08:00`) });

  /** The documents a step brings, issued in its transaction (step-requirements.ts). */
  const producing = (
    kind: CaseKind,
    action: Record<string, unknown> & { type: string },
    day: string,
    c: DemoCase,
  ): ProduceDocument | undefined => {
    const sheets = sheetsFor(kind, action, day, c);
    if (sheets.length === 0) return undefined;
    return async (tctx, id) => {
      for (const sheet of sheets) await services.caseDocuments.issue(tctx, id, sheet, { partOfStep: true });
    };
  };

  /** A case opened by officer1 `openedDaysAgo`, handled by officer1 (lead) and officer2: 行政处罚 unless given. */
  const open = (input: Opening, openedDaysAgo: number) => {
    const decidedOn = input.simple?.decidedOn;
    const sheet =
      decidedOn &&
      producing('penalty', { type: 'decide_simple' }, decidedOn, {
        cause: input.cause,
        summary: input.summary ?? '',
      });
    return cases.create(
      decidedOn ? on(officer, decidedOn) : officer,
      {
        kind: 'penalty',
        field: 'medical',
        source: '日常监督检查',
        place: '',
        summary: '',
        enforcementItemCode: null,
        unitId: null,
        leadOfficerId: officers[0]!,
        officerIds: officers,
        originCaseId: null,
        openedOn: ago(openedDaysAgo),
        particulars: {
          violationOn: ago(openedDaysAgo + 5),
          discoveredOn: ago(openedDaysAgo),
          lifeHealthHarmed: false,
          electronicServiceConsent: false,
        },
        ...input,
      },
      sheet || undefined,
    );
  };

  /** A case of a procedure without a violation date (强制, 检查, 许可). */
  const openProcedure = (input: Opening & Pick<CreateCaseInput, 'kind'>, openedDaysAgo: number) =>
    open(
      {
        particulars: {
          violationOn: null,
          discoveredOn: null,
          lifeHealthHarmed: false,
          electronicServiceConsent: false,
        },
        ...input,
      },
      openedDaysAgo,
    );

  /** One step at the case's current version, on its day, with the documents it brings; the case after it. */
  const step = async (user: Ctx, id: string, action: Record<string, unknown> & { type: string }) => {
    const c = await cases.get(user, id);
    const day = stepDayOf(action) ?? today(user);
    await cases.act(on(user, day), id, c.version, action, producing(c.kind as CaseKind, action, day, c));
    return cases.get(user, id);
  };

  /**
   * A record the officer writes between steps (询问笔录, 合议记录…), issued on `day` by officer1; where
   * the party signs, its refusal is noted as on every demo record.
   */
  const record = async (id: string, template: string, day: string, inputs: Record<string, string>) => {
    const partySigns = ALL_TEMPLATES.some((t) => t.key === template && t.partySigns);
    await services.caseDocuments.issue(on(officer, day), id, {
      template,
      inputs,
      ...(partySigns ? { party: { refusedNote: '当事人拒绝签名，执法人员二人在场见证并全程录像。' } } : {}),
    });
  };

  /** The evidence 调查终结 rests on (行政处罚法第四十条): the site photographs of the inspection. */
  const evidenceOf = async (id: string, collectedOn: string) => {
    const c = await cases.get(officer, id);
    if (c.evidence.length > 0) return;
    await services.evidence.add(officer, id, {
      version: c.version,
      type: 'audiovisual',
      title: '现场检查照片',
      description: '现场检查时拍摄的违法情况照片 6 张',
      source: '现场检查',
      collectedOn,
      collectedBy: '执法人员',
    });
  };

  /** 立案 → 调查 → 调查终结, and the legal review when the catalogue requires it. */
  const investigate = async (
    id: string,
    filedAgo: number,
    closedAgo: number | null,
    proposal: Proposal | null,
  ) => {
    await step(head, id, { type: 'file', filedOn: ago(filedAgo), approvedBy: head.actor.name });
    await step(officer, id, { type: 'start_investigation', on: ago(filedAgo) });
    if (closedAgo === null) return;
    await evidenceOf(id, ago(filedAgo));
    const closed = await step(officer, id, {
      type: 'close_investigation',
      on: ago(closedAgo),
      proposal,
      collectiveDiscussionRequired: false,
    });
    if (closed.record.reviewRequired) await passReview(id, closedAgo);
  };

  /** D2–D5 through the review module: 送审, 分配 to reviewer1, the ten points of 符合, 同意. */
  const submitReview = (id: string, on: string) =>
    services.reviews.submit(officer, { caseId: id, on, confirmed: true, ...DEMO_SUBMISSION });
  const passReview = async (id: string, submittedAgo: number) => {
    const submitted = await submitReview(id, ago(submittedAgo));
    const on = ago(submittedAgo - 1);
    let r = await services.reviews.assign(u.legalhead1!, submitted.id, {
      reviewerId: reviewer.actor.personId!,
      on,
      version: submitted.version,
    });
    for (const point of REVIEW_POINTS)
      r = await services.reviews.recordFinding(reviewer, r.id, {
        point,
        finding: 'conforms',
        note: '',
        on,
        version: r.version,
      });
    await services.reviews.giveOpinion(reviewer, r.id, {
      opinion: 'approve',
      changes: '',
      text: '事实清楚，证据确凿，适用依据正确，程序合法，处罚适当，同意。',
      on,
      version: r.version,
    });
  };

  return {
    submitReview,
    services,
    system,
    ago,
    users: u,
    officer,
    head,
    reviewer,
    officers,
    open,
    openProcedure,
    step,
    on,
    record,
    evidenceOf,
    investigate,
  };
}

export const WARNING_FINE = (yuan: number): Proposal => ({ kinds: ['warning', 'fine'], fineFen: yuan * 100 });

// What every demo case is built with: the demo accounts' contexts (the demo acts as they would, all at
// the start instant), dates counted back from today, and the steps every case takes through the case
// services — so the states come out of the procedures' machines, never written here.
import { sql } from 'drizzle-orm';
import { systemCtx, today, type Actor, type Ctx } from '../../platform/context.ts';
import { userActorOf, type Role } from '../../modules/access/index.ts';
import type { CreateCaseInput } from '../../modules/cases/types.ts';
import { addDays } from '../../modules/cases/deadlines.ts';
import type { Services } from '../../services.ts';

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

  /** A case opened by officer1 `openedDaysAgo`, handled by officer1 (lead) and officer2: 行政处罚 unless given. */
  const open = (input: Opening, openedDaysAgo: number) =>
    cases.create(officer, {
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
    });

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

  /** One step at the case's current version; returns the case after it. */
  const step = async (user: Ctx, id: string, action: Record<string, unknown> & { type: string }) => {
    const c = await cases.get(user, id);
    await cases.act(user, id, c.version, action);
    return cases.get(user, id);
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
    const closed = await step(officer, id, {
      type: 'close_investigation',
      on: ago(closedAgo),
      proposal,
      collectiveDiscussionRequired: false,
    });
    if (closed.record.reviewRequired) {
      await step(officer, id, { type: 'submit_review', on: ago(closedAgo) });
      await step(reviewer, id, {
        type: 'record_review',
        reviewedOn: ago(closedAgo - 1),
        passed: true,
        opinion: '事实清楚，证据确凿，适用依据正确，程序合法，处罚适当，同意。',
      });
    }
  };

  return {
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
    investigate,
  };
}

export const WARNING_FINE = (yuan: number): Proposal => ({ kinds: ['warning', 'fine'], fineFen: yuan * 100 });

// H2 / C10 over HTTP: who may take which step (403, nothing changed), who may see a case at all (404 for
// an officer outside the case and its unit, and for every account of another body, whatever route they
// forge the id into), malformed and unknown ids, and the optimistic lock (stale version, two concurrent
// steps on the same version: exactly one wins).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import {
  demoIds,
  expectError,
  insertBodySql,
  insertPersonSql,
  insertUserSql,
  loginFrom,
  sql,
  type DemoIds,
} from '../support.ts';
import {
  act,
  caseInput,
  createCase,
  expectUnchanged,
  getCase,
  lastLedger,
  rowCounts,
  snapshot,
  step,
  type CaseOut,
  type ErrorOut,
} from './case-helpers.ts';

/** A valid input for every action of the penalty procedure (dates in the past, amounts in fen). */
const ACTIONS: Record<string, Record<string, unknown>> = {
  file: { filedOn: '2026-08-03', approvedBy: '张局长' },
  decline_filing: { on: '2026-08-04', reason: '不属于本机关管辖' },
  decide_simple: { decidedOn: '2026-08-04', penalty: { kinds: ['warning'], fineFen: null } },
  start_investigation: { on: '2026-08-04' },
  close_investigation: {
    on: '2026-08-04',
    proposal: { kinds: ['warning'], fineFen: null },
    collectiveDiscussionRequired: false,
  },
  extend_decision_period: { approvedOn: '2026-08-04', days: 30, reason: '案情复杂' },
  record_pause: { from: '2026-08-04', to: '2026-08-05', reason: '检验' },
  return_for_investigation: { on: '2026-08-04' },
  hold_collective_discussion: { heldOn: '2026-08-04' },
  notify: { servedOn: '2026-08-04', penalty: { kinds: ['warning'], fineFen: null } },
  submit_statement: { on: '2026-08-04' },
  waive_rights: { on: '2026-08-04' },
  request_hearing: { requestedOn: '2026-08-04' },
  schedule_hearing: { noticeServedOn: '2026-08-04', hearingOn: '2026-08-20', hostId: randomUUID() },
  hold_hearing: { heldOn: '2026-08-04' },
  withdraw_hearing: { on: '2026-08-04' },
  decide: { decidedOn: '2026-08-04', penalty: { kinds: ['warning'], fineFen: null } },
  decide_no_penalty: { decidedOn: '2026-08-04', reason: '违法行为轻微' },
  serve: { servedOn: '2026-08-04', method: 'in_person' },
  begin_execution: { on: '2026-08-04' },
  record_payment: { paidOn: '2026-08-04', amountFen: 100 },
  complete_execution: { on: '2026-08-04' },
  close: { on: '2026-08-04' },
  revoke: { on: '2026-08-04', reason: '重复立案' },
  archive: { on: '2026-08-04' },
};
const ALL = Object.keys(ACTIONS);
const APPROVALS = [
  'file',
  'decline_filing',
  'extend_decision_period',
  'hold_collective_discussion',
  'decide',
  'decide_no_penalty',
  'revoke',
];
/** D2–D5: submission and outcome are the review module's steps, refused on the case route for everyone. */
const REVIEW_STEPS: Record<string, Record<string, unknown>> = {
  submit_review: { on: '2026-08-04' },
  record_review: { reviewedOn: '2026-08-04', passed: true, opinion: '同意' },
};
const ARCHIVE = ['archive'];
const except = (...allowed: string[][]) => ALL.filter((a) => !allowed.flat().includes(a));

const postgres = Boolean(process.env.TEST_DATABASE_URL);

const evidence = {
  type: 'documentary',
  title: '营业执照复印件',
  description: '证明当事人主体资格',
  source: '当事人提供',
  collectedOn: '2026-08-05',
  collectedBy: '执法人员',
};

describe('who may act on and see a case', () => {
  let t: TestApp;
  let ids: DemoIds;
  const as: Record<string, Client> = {};
  /** An officer of the handling unit who is not on the test cases. */
  let unitColleague: Client;
  /** An officer of another unit (医政医管科) of the same body. */
  let otherUnitOfficer: Client & { personId: string };
  /** A unit head of another unit of the same body. */
  let otherUnitHead: Client;
  /** Accounts of a sibling body under the same city. */
  let siblingHead: Client;
  let siblingOfficer: Client;
  /** The head of the brigade below the district (its own body). */
  let brigadeHead: Client;

  async function accountFor(bodyId: string, unitId: string | null, roles: string[], personId?: string) {
    const pid = personId ?? (await insertPersonSql(t, bodyId));
    if (!personId) await sql(t, 'update people set unit_id = $1 where id = $2', [unitId, pid]);
    const u = await insertUserSql(t, bodyId, roles);
    await sql(t, 'update users set person_id = $1 where id = $2', [pid, u.id]);
    return Object.assign(await loginFrom(t, u.username), { personId: pid });
  }

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    for (const u of [
      'officer1',
      'officer2',
      'unithead1',
      'reviewer1',
      'legalhead1',
      'deputy1',
      'head1',
      'publisher1',
      'archivist1',
      'sysadmin',
      'secadmin',
      'auditor',
    ]) {
      as[u] = await loginFrom(t, u);
    }
    const [colleague] = await sql<{ id: string }>(
      t,
      `select p.id from people p join units u on u.id = p.unit_id
        where p.unit_id = $1 and not exists (select 1 from users s where s.person_id = p.id) order by p.name limit 1`,
      [ids.units.handling],
    );
    unitColleague = await accountFor(ids.district, null, ['officer'], colleague!.id);
    otherUnitOfficer = await accountFor(ids.district, ids.units.licensing, ['officer']);
    otherUnitHead = await accountFor(ids.district, ids.units.licensing, ['unit_head', 'officer']);
    const sibling = await insertBodySql(t, ids.city, { name: '示范市另一区卫生健康委员会' });
    siblingHead = await accountFor(sibling, null, ['head']);
    siblingOfficer = await accountFor(sibling, null, ['officer']);
    brigadeHead = await accountFor(ids.brigade, null, ['head']);
  });
  afterAll(() => t.close());

  /** A case of officer1 and officer2 (unit 卫生监督执法科), filed on 2026-08-03. */
  async function filedCase(): Promise<CaseOut> {
    const c = await createCase(as.officer1!, caseInput(ids));
    return step(
      t,
      as.head1!,
      c,
      { type: 'file', filedOn: '2026-08-03', approvedBy: '张局长' },
      { state: 'filed', legalDate: '2026-08-03', opened: { decision: '2026-11-02' } },
    );
  }

  describe('403 for every step a role may not take, and nothing changes', () => {
    const matrix: Array<[string, string[]]> = [
      ['officer1', [...APPROVALS, ...ARCHIVE]],
      ['officer2', [...APPROVALS, ...ARCHIVE]],
      ['unithead1', [...APPROVALS, ...ARCHIVE]],
      ['reviewer1', ALL],
      ['legalhead1', ALL],
      ['deputy1', except(APPROVALS)],
      ['head1', except(APPROVALS)],
      ['archivist1', except(ARCHIVE)],
      ['sysadmin', ALL],
      ['secadmin', ALL],
      ['auditor', ALL],
    ];
    it.each(matrix)('%s', async (user, forbidden) => {
      const c = await filedCase();
      const before = await snapshot(t, c.id);
      for (const type of forbidden) {
        const res = await act(as[user]!, c, { type, ...ACTIONS[type] });
        expect({ type, status: res.statusCode, code: (res.json() as ErrorOut).code }).toEqual({
          type,
          status: 403,
          code: 'FORBIDDEN',
        });
      }
      await expectUnchanged(t, before);
    });

    it('the review’s own steps are refused on the case route for every role that sees the case (422)', async () => {
      const c = await filedCase();
      const before = await snapshot(t, c.id);
      for (const user of ['officer1', 'unithead1', 'reviewer1', 'legalhead1', 'head1']) {
        for (const [type, input] of Object.entries(REVIEW_STEPS)) {
          const res = await act(as[user]!, c, { type, ...input });
          const body = res.json() as ErrorOut;
          expect({ user, type, status: res.statusCode, rule: body.details?.rule }).toEqual({
            user,
            type,
            status: 422,
            rule: 'REVIEW_BY_MODULE',
          });
        }
      }
      await expectUnchanged(t, before);
    });

    it('the publisher does not see case files at all: 404 for every step', async () => {
      const c = await filedCase();
      const before = await snapshot(t, c.id);
      for (const type of ALL) {
        const res = await act(as.publisher1!, c, { type, ...ACTIONS[type] });
        expect({ type, status: res.statusCode, code: (res.json() as ErrorOut).code }).toEqual({
          type,
          status: 404,
          code: 'NOT_FOUND',
        });
      }
      await expectUnchanged(t, before);
    });

    it('an officer of the same unit who is not on the case sees it but may take no step and add no evidence', async () => {
      const c = await filedCase();
      const seen = await getCase(unitColleague, c.id);
      expect(seen.actions).toEqual([]);
      // After the read: opening the case is itself a ledger entry (case.viewed).
      const before = await snapshot(t, c.id);
      for (const type of ALL) {
        const res = await act(unitColleague, c, { type, ...ACTIONS[type] });
        expect({ type, status: res.statusCode }).toEqual({ type, status: 403 });
      }
      expectError(
        await unitColleague.post(`/api/v1/cases/${c.id}/evidence`, { ...evidence, version: c.version }),
        403,
        'FORBIDDEN',
      );
      await expectUnchanged(t, before);
    });

    it('the system roles may not even read a case; only handling roles add evidence', async () => {
      const c = await filedCase();
      for (const u of ['sysadmin', 'secadmin', 'auditor'])
        expectError(await as[u]!.get(`/api/v1/cases/${c.id}`), 403, 'FORBIDDEN');
      for (const u of ['head1', 'reviewer1', 'archivist1', 'publisher1', 'sysadmin']) {
        expectError(
          await as[u]!.post(`/api/v1/cases/${c.id}/evidence`, { ...evidence, version: c.version }),
          403,
          'FORBIDDEN',
        );
      }
      const before = await snapshot(t, c.id);
      const res = await as.officer2!.post(`/api/v1/cases/${c.id}/evidence`, {
        ...evidence,
        version: c.version,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect((res.json() as CaseOut).evidence.map((e) => [e.seq, e.title])).toEqual([[1, '营业执照复印件']]);
      expect(await lastLedger(t)).toEqual({ action: 'case.evidence_added', entity_id: c.id });
      // Evidence is not a step: the version and the timeline stay.
      const after = await snapshot(t, c.id);
      expect({ version: after.version, events: after.events, ledger: after.ledger }).toEqual({
        version: before.version,
        events: before.events,
        ledger: before.ledger + 1,
      });
    });

    it('the head of the handling unit may take handling steps on the unit’s cases; another unit’s head does not even see them', async () => {
      const c = await filedCase();
      const before = await snapshot(t, c.id);
      expectError(await otherUnitHead.get(`/api/v1/cases/${c.id}`), 404, 'NOT_FOUND');
      expectError(
        await act(otherUnitHead, c, { type: 'start_investigation', on: '2026-08-04' }),
        404,
        'NOT_FOUND',
      );
      expectError(
        await otherUnitHead.post(`/api/v1/cases/${c.id}/evidence`, { ...evidence, version: c.version }),
        404,
        'NOT_FOUND',
      );
      await expectUnchanged(t, before);
      const next = await step(
        t,
        as.unithead1!,
        c,
        { type: 'start_investigation', on: '2026-08-04' },
        { state: 'investigating', legalDate: '2026-08-04' },
      );
      expect(next.timeline.at(-1)!.actorName).not.toBe(c.timeline.at(-1)!.actorName);
      const ev = await as.unithead1!.post(`/api/v1/cases/${c.id}/evidence`, {
        ...evidence,
        version: next.version,
      });
      expect(ev.statusCode, ev.body).toBe(200);
    });
  });

  describe('visibility (C10) and forged ids', () => {
    it('officers and unit heads see their cases and their unit’s; head, deputy, legal unit and archive see every case', async () => {
      const c = await filedCase();
      for (const u of [
        'officer1',
        'officer2',
        'unithead1',
        'reviewer1',
        'legalhead1',
        'deputy1',
        'head1',
        'archivist1',
      ]) {
        const res = await as[u]!.get(`/api/v1/cases/${c.id}`);
        expect({ u, status: res.statusCode }).toEqual({ u, status: 200 });
      }
      expect((await unitColleague.get(`/api/v1/cases/${c.id}`)).statusCode).toBe(200);
      for (const client of [as.publisher1!, otherUnitHead, otherUnitOfficer])
        expectError(await client.get(`/api/v1/cases/${c.id}`), 404, 'NOT_FOUND');

      const listed = async (client: Client, view: string) =>
        (
          (await client.get(`/api/v1/cases?view=${view}&status=any&limit=100`)).json() as {
            items: { id: string }[];
          }
        ).items.some((i) => i.id === c.id);
      expect(await listed(as.head1!, 'all')).toBe(true);
      expect(await listed(as.officer1!, 'mine')).toBe(true);
      expect(await listed(unitColleague, 'mine')).toBe(false);
      expect(await listed(unitColleague, 'unit')).toBe(true);
      expect(await listed(otherUnitOfficer, 'all')).toBe(false);
      expect(await listed(otherUnitOfficer, 'unit')).toBe(false);
      expect(await listed(otherUnitHead, 'all')).toBe(false);
      expect(await listed(as.publisher1!, 'all')).toBe(false);
      expect(await listed(as.archivist1!, 'all')).toBe(true);
    });

    it('an officer of another unit gets 404 for the case on every route, and nothing changes', async () => {
      const c = await filedCase();
      const before = await snapshot(t, c.id);
      expectError(await otherUnitOfficer.get(`/api/v1/cases/${c.id}`), 404, 'NOT_FOUND');
      expectError(
        await act(otherUnitOfficer, c, { type: 'start_investigation', on: '2026-08-04' }),
        404,
        'NOT_FOUND',
      );
      expectError(await act(otherUnitOfficer, c, { type: 'fly' }), 404, 'NOT_FOUND');
      expectError(
        await otherUnitOfficer.post(`/api/v1/cases/${c.id}/evidence`, { ...evidence, version: c.version }),
        404,
        'NOT_FOUND',
      );
      // Nor may it be named as the origin of a new case: 404, and nothing is created.
      const counts = await rowCounts(t);
      const mine = otherUnitOfficer.personId;
      expectError(
        await otherUnitOfficer.post('/api/v1/cases', {
          ...caseInput(ids),
          leadOfficerId: mine,
          officerIds: [mine, ids.personOf.officer1],
          originCaseId: c.id,
        }),
        404,
        'NOT_FOUND',
      );
      expect(await rowCounts(t)).toEqual(counts);
      await expectUnchanged(t, before);
    });

    it.each([
      ['the head of a sibling body', () => siblingHead, 403],
      ['an officer of a sibling body', () => siblingOfficer, 404],
      ['the head of the brigade below (a body of its own)', () => brigadeHead, 403],
    ])('%s gets 404 for a forged case id: GET, actions, evidence', async (_label, who, evidenceStatus) => {
      const c = await filedCase();
      const before = await snapshot(t, c.id);
      const client = who();
      expectError(await client.get(`/api/v1/cases/${c.id}`), 404, 'NOT_FOUND');
      for (const type of ['start_investigation', 'revoke', 'extend_decision_period', 'archive']) {
        expectError(await act(client, c, { type, ...ACTIONS[type] }), 404, 'NOT_FOUND');
      }
      // A stale version or an invalid action reveals nothing either.
      expectError(
        await act(client, { id: c.id, version: 99 }, { type: 'revoke', on: '2026-08-04', reason: 'x' }),
        404,
        'NOT_FOUND',
      );
      // Heads hold no cases.handle: the evidence route refuses them before looking at the id.
      expectError(
        await client.post(`/api/v1/cases/${c.id}/evidence`, { ...evidence, version: c.version }),
        evidenceStatus,
        evidenceStatus === 404 ? 'NOT_FOUND' : 'FORBIDDEN',
      );
      const list = (await client.get('/api/v1/cases?view=all&status=any&limit=100')).json() as {
        items: { id: string }[];
      };
      expect(list.items.map((i) => i.id)).not.toContain(c.id);
      await expectUnchanged(t, before);
    });

    it('an unknown id is 404, a malformed one 400, on every case route', async () => {
      const ghost = randomUUID();
      const o = as.officer1!;
      const h = as.head1!;
      expectError(await o.get(`/api/v1/cases/${ghost}`), 404, 'NOT_FOUND');
      expectError(await h.get(`/api/v1/cases/${ghost}`), 404, 'NOT_FOUND');
      expectError(
        await h.post(`/api/v1/cases/${ghost}/actions`, {
          version: 1,
          action: { type: 'revoke', on: '2026-08-04', reason: 'x' },
        }),
        404,
        'NOT_FOUND',
      );
      expectError(
        await o.post(`/api/v1/cases/${ghost}/evidence`, { ...evidence, version: 1 }),
        404,
        'NOT_FOUND',
      );
      for (const bad of ['not-a-uuid', '123', `${ghost}x`, "1'%20or%20'1'='1"]) {
        expectError(await o.get(`/api/v1/cases/${bad}`), 400, 'VALIDATION_FAILED');
        expectError(
          await h.post(`/api/v1/cases/${bad}/actions`, {
            version: 1,
            action: { type: 'revoke', on: '2026-08-04', reason: 'x' },
          }),
          400,
          'VALIDATION_FAILED',
        );
        expectError(
          await o.post(`/api/v1/cases/${bad}/evidence`, { ...evidence, version: 1 }),
          400,
          'VALIDATION_FAILED',
        );
      }
    });
  });

  describe('optimistic locking', () => {
    it('refuses a stale version with 409 and the current version, changing nothing', async () => {
      const c = await filedCase();
      const before = await snapshot(t, c.id);
      for (const version of [c.version - 1, c.version + 1, 1]) {
        const res = await act(
          as.officer1!,
          { id: c.id, version },
          { type: 'start_investigation', on: '2026-08-04' },
        );
        expectError(res, 409, 'VERSION_CONFLICT');
        expect((res.json() as ErrorOut).details?.currentVersion).toBe(c.version);
      }
      await expectUnchanged(t, before);
      await step(
        t,
        as.officer1!,
        c,
        { type: 'start_investigation', on: '2026-08-04' },
        { state: 'investigating', legalDate: '2026-08-04' },
      );
    });

    it.each([1, 2, 3])(
      'lets exactly one of two concurrent steps on the same version win (round %i)',
      async () => {
        const c = await filedCase();
        const before = await snapshot(t, c.id);
        const [a, b] = await Promise.all([
          act(as.officer1!, c, { type: 'start_investigation', on: '2026-08-04' }),
          act(as.head1!, c, { type: 'revoke', on: '2026-08-04', reason: '重复立案' }),
        ]);
        expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
        const loser = a.statusCode === 409 ? a : b;
        expect((loser.json() as ErrorOut).code).toBe('VERSION_CONFLICT');
        const winner = a.statusCode === 200 ? 'start_investigation' : 'revoke';
        const after = await snapshot(t, c.id);
        expect({
          version: after.version,
          events: after.events,
          ledger: after.ledger,
          state: after.state,
        }).toEqual({
          version: before.version + 1,
          events: before.events + 1,
          ledger: before.ledger + 1,
          state: winner === 'revoke' ? 'revoked' : 'investigating',
        });
        expect(await lastLedger(t)).toEqual({ action: `case.${winner}`, entity_id: c.id });
        const seen = await getCase(as.head1!, c.id);
        expect(seen.timeline.map((e) => e.action)).toEqual(['create', 'file', winner]);
        // The loser's deadline changes were rolled back with it.
        expect(seen.deadlines.map((d) => [d.key, d.status === 'open'])).toEqual([
          ['decision', winner === 'start_investigation'],
        ]);
      },
    );

    // Evidence is numbered `max(seq) + 1` under a lock of the case row, so two concurrent registrations
    // cannot compute the same number. On PostgreSQL the test holds the ledger's append lock (ledger.ts
    // APPEND_LOCK) so that both requests are in flight at once; PGlite runs one transaction at a time.
    it('two officers registering evidence at the same time both succeed, numbered 1 and 2', async () => {
      const c = await filedCase();
      let release = () => Promise.resolve();
      if (postgres) {
        const holder = await t.services.database.pool.connect();
        await holder.query('begin');
        await holder.query('select pg_advisory_xact_lock(7324002)');
        release = async () => {
          await holder.query('commit');
          holder.release();
        };
      }
      const pending = Promise.all([
        as.officer1!.post(`/api/v1/cases/${c.id}/evidence`, {
          ...evidence,
          version: c.version,
          title: '现场检查笔录',
        }),
        as.officer2!.post(`/api/v1/cases/${c.id}/evidence`, {
          ...evidence,
          version: c.version,
          title: '询问笔录',
        }),
      ]);
      await new Promise((r) => setTimeout(r, 500));
      await release();
      const results = await pending;
      expect(results.map((r) => `${r.statusCode} ${r.statusCode === 200 ? '' : r.body}`)).toEqual([
        '200 ',
        '200 ',
      ]);
      expect((await getCase(as.officer1!, c.id)).evidence.map((e) => e.seq)).toEqual([1, 2]);
    });

    it('lets exactly one of two officers taking the same step win', async () => {
      const c = await filedCase();
      const before = await snapshot(t, c.id);
      const results = await Promise.all([
        act(as.officer1!, c, { type: 'start_investigation', on: '2026-08-04' }),
        act(as.officer2!, c, { type: 'start_investigation', on: '2026-08-05' }),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const after = await snapshot(t, c.id);
      expect({
        version: after.version,
        events: after.events,
        ledger: after.ledger,
        state: after.state,
      }).toEqual({
        version: before.version + 1,
        events: before.events + 1,
        ledger: before.ledger + 1,
        state: 'investigating',
      });
    });
  });
});

// C1 / Art. 42 and bad input over HTTP: the officers of a case (creation is not filing: a lapsed
// certificate is allowed on creation and refused at 立案), and every kind of malformed request — each
// refused with the field it concerns, and none leaving a row behind.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import {
  demoIds,
  expectError,
  insertBodySql,
  insertPersonSql,
  newCreditCode,
  newIdNumber,
  sql,
  type DemoIds,
} from '../support.ts';
import {
  act,
  caseInput,
  createCase,
  expectFieldError,
  expectRule,
  expectUnchanged,
  rowCounts,
  snapshot,
  step,
  type CaseOut,
  type ErrorOut,
} from './case-helpers.ts';
import { addDays, serverToday } from '../../helpers/clock.ts';

const ART_42 = '《中华人民共和国行政处罚法》第四十二条';

describe('case input over HTTP', () => {
  let t: TestApp;
  let ids: DemoIds;
  let officer: Client;
  let unitHead: Client;
  let head: Client;
  /** People of the handling unit without accounts: officer16 (certificate lapsed 2026-01-31) and two valid ones. */
  let officer16: string;
  let colleagues: string[];
  let foreigner: string;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer = await t.login('officer1');
    unitHead = await t.login('unithead1');
    head = await t.login('head1');
    const [lapsed] = await sql<{ person_id: string }>(
      t,
      "select person_id from certificates where expires_on = '2026-01-31'",
    );
    officer16 = lapsed!.person_id;
    colleagues = (
      await sql<{ id: string }>(
        t,
        `select p.id from people p join units u on u.id = p.unit_id join certificates c on c.person_id = p.id
          where p.unit_id = $1 and c.expires_on > '2027-01-01' and not exists (select 1 from users s where s.person_id = p.id)
          order by p.name limit 2`,
        [ids.units.handling],
      )
    ).map((r) => r.id);
    foreigner = await insertPersonSql(
      t,
      await insertBodySql(t, ids.city, { name: '示范市另一区卫生健康委员会' }),
    );
  });
  afterAll(() => t.close());

  /** Asserts the request is refused and that no case, party, event, deadline, ledger entry or number was written. */
  async function refusedCreate(
    body: unknown,
    check: (res: Awaited<ReturnType<Client['post']>>) => void,
    client = officer,
  ) {
    const before = await rowCounts(t);
    const res = await client.post('/api/v1/cases', body);
    check(res);
    expect(await rowCounts(t)).toEqual(before);
    return res;
  }

  describe('officers (Art. 42)', () => {
    it('accepts an officer whose certificate lapsed on creation, but refuses 立案 and 当场处罚 with 第四十二条', async () => {
      const c = await createCase(officer, caseInput(ids, { officerIds: [ids.personOf.officer1, officer16] }));
      expect(c.state).toBe('lead');
      expect(c.officers.map((o) => [o.id, o.lead, o.certificateValid])).toEqual([
        [ids.personOf.officer1, true, true],
        [officer16, false, false],
      ]);
      const before = await snapshot(t, c.id);
      const refused = expectRule(
        await act(head, c, { type: 'file', filedOn: '2026-08-03', approvedBy: '张局长' }),
        'OFFICERS_INSUFFICIENT',
        ART_42,
      );
      expect(refused.message).toContain('2026-08-03 符合条件的仅 1 人');
      expectRule(
        await act(officer, c, {
          type: 'decide_simple',
          decidedOn: '2026-08-03',
          penalty: { kinds: ['warning'], fineFen: null },
        }),
        'OFFICERS_INSUFFICIENT',
        ART_42,
      );
      await expectUnchanged(t, before);
      // Neither is offered.
      const seen = (await officer.get(`/api/v1/cases/${c.id}`)).json() as CaseOut;
      expect(seen.actions).toEqual([]);
      expect((await head.get(`/api/v1/cases/${c.id}`)).json()).toMatchObject({
        actions: [{ type: 'decline_filing' }],
      });
    });

    it('counts the certificate on the filing date: officer16 was still valid in January 2026', async () => {
      const c = await createCase(
        officer,
        caseInput(ids, {
          officerIds: [ids.personOf.officer1, officer16],
          openedOn: '2026-01-05',
          particulars: { violationOn: '2026-01-02', discoveredOn: '2026-01-05' },
        }),
      );
      await step(
        t,
        head,
        c,
        { type: 'file', filedOn: '2026-01-06', approvedBy: '张局长' },
        { state: 'filed', legalDate: '2026-01-06', opened: { decision: '2026-04-07' } },
      );
    });

    it('refuses 立案 with a single officer', async () => {
      const c = await createCase(officer, caseInput(ids, { officerIds: [ids.personOf.officer1] }));
      const r = expectRule(
        await act(head, c, { type: 'file', filedOn: '2026-08-03', approvedBy: '张局长' }),
        'OFFICERS_INSUFFICIENT',
        ART_42,
      );
      expect(r.message).toContain('仅 1 人');
    });

    it('refuses an officer of another body, an unknown person, duplicates, a lead outside the officers, and too many officers', async () => {
      const o1 = ids.personOf.officer1!;
      for (const extra of [foreigner, randomUUID()]) {
        const res = await refusedCreate(caseInput(ids, { officerIds: [o1, extra] }), (r) =>
          expectError(r, 400, 'VALIDATION_FAILED'),
        );
        expect((res.json() as ErrorOut).details).toMatchObject({ field: 'officerIds', id: extra });
      }
      await refusedCreate(caseInput(ids, { officerIds: [o1, o1] }), (r) => expectFieldError(r, 'officerIds'));
      await refusedCreate(
        caseInput(ids, { leadOfficerId: ids.personOf.officer2, officerIds: [o1, ...colleagues] }),
        (r) => expectFieldError(r, 'leadOfficerId'),
      );
      await refusedCreate(caseInput(ids, { officerIds: [] }), (r) => expectFieldError(r, 'officerIds'));
      await refusedCreate(
        caseInput(ids, { officerIds: [o1, ...Array.from({ length: 10 }, () => randomUUID())] }),
        (r) => expectFieldError(r, 'officerIds'),
      );
      await refusedCreate(caseInput(ids, { leadOfficerId: 'x', officerIds: [o1] }), (r) =>
        expectFieldError(r, 'leadOfficerId'),
      );
    });

    it('an officer registers only cases they handle; the unit head may register one for two colleagues', async () => {
      const input = caseInput(ids, { leadOfficerId: colleagues[0], officerIds: colleagues });
      await refusedCreate(input, (r) => expectFieldError(r, 'officerIds'));
      const c = await createCase(unitHead, input);
      expect(c.officers.map((o) => o.id)).toEqual(colleagues);
      expect(c.unitId).toBe(ids.units.handling);
      // The head (no cases.handle) may not register cases at all.
      await refusedCreate(caseInput(ids), (r) => expectError(r, 403, 'FORBIDDEN'), head);
    });
  });

  describe('creating a case with bad input leaves no rows behind', () => {
    it('refuses an empty or missing body', async () => {
      await refusedCreate({}, (r) => expectError(r, 400, 'VALIDATION_FAILED'));
      await refusedCreate(undefined, (r) => expectError(r, 400, 'VALIDATION_FAILED'));
      await refusedCreate([], (r) => expectError(r, 400, 'VALIDATION_FAILED'));
    });

    it('names the field of an over-long text, at the boundary', async () => {
      const c = await createCase(
        officer,
        caseInput(ids, { cause: '案'.repeat(200), summary: '情'.repeat(5000) }),
      );
      expect(c.timeline[0]!.data).toEqual({ cause: '案'.repeat(200), source: '投诉举报' });
      const res = await refusedCreate(caseInput(ids, { cause: '案'.repeat(201) }), (r) =>
        expectFieldError(r, 'cause'),
      );
      expect((res.json() as ErrorOut).message).toBe('字段「cause」案由不得超过 200 字');
      await refusedCreate(caseInput(ids, { summary: '情'.repeat(5001) }), (r) =>
        expectFieldError(r, 'summary'),
      );
      await refusedCreate(caseInput(ids, { source: '源'.repeat(51) }), (r) => expectFieldError(r, 'source'));
      await refusedCreate(caseInput(ids, { cause: '   ' }), (r) => expectFieldError(r, 'cause'));
      await refusedCreate(
        caseInput(ids, {
          parties: [
            { role: 'party', type: 'organisation', name: '名'.repeat(101), creditCode: newCreditCode() },
          ],
        }),
        (r) => expectFieldError(r, 'parties.0.name'),
      );
    });

    it('takes up to 20 parties and refuses 21', async () => {
      const witness = (i: number) => ({ role: 'witness', type: 'person', name: `证人${i}` });
      const main = {
        role: 'party',
        type: 'organisation',
        name: '示范口腔诊所有限公司',
        creditCode: newCreditCode(),
      };
      const c = await createCase(
        officer,
        caseInput(ids, { parties: [main, ...Array.from({ length: 19 }, (_, i) => witness(i))] }),
      );
      expect(c.parties).toHaveLength(20);
      await refusedCreate(
        caseInput(ids, { parties: [main, ...Array.from({ length: 20 }, (_, i) => witness(i))] }),
        (r) => expectFieldError(r, 'parties'),
      );
      await refusedCreate(caseInput(ids, { parties: [] }), (r) => expectFieldError(r, 'parties'));
      await refusedCreate(caseInput(ids, { parties: [witness(1)] }), (r) => expectFieldError(r, 'parties'));
    });

    it('checks credit codes and ID numbers by their check characters', async () => {
      const code = newCreditCode();
      const wrongCode = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
      const id = newIdNumber();
      const wrongId = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
      await refusedCreate(
        caseInput(ids, {
          parties: [{ role: 'party', type: 'organisation', name: '某公司', creditCode: wrongCode }],
        }),
        (r) => expectFieldError(r, 'parties.0.creditCode'),
      );
      await refusedCreate(
        caseInput(ids, { parties: [{ role: 'party', type: 'person', name: '某人', idNumber: wrongId }] }),
        (r) => expectFieldError(r, 'parties.0.idNumber'),
      );
      await refusedCreate(
        caseInput(ids, { parties: [{ role: 'party', type: 'person', name: '某人', creditCode: code }] }),
        (r) => expectFieldError(r, 'parties.0.creditCode'),
      );
      // A lower-case check character is the same code.
      const c = await createCase(
        officer,
        caseInput(ids, {
          parties: [{ role: 'party', type: 'organisation', name: '某公司', creditCode: code.toLowerCase() }],
        }),
      );
      expect(c.parties[0]!.creditCode).toBe(code);
    });

    it('refuses malformed and future dates, unknown kinds and fields', async () => {
      await refusedCreate(caseInput(ids, { openedOn: '2026/08/01' }), (r) => expectFieldError(r, 'openedOn'));
      await refusedCreate(
        caseInput(ids, { particulars: { violationOn: '2026-7-1', discoveredOn: '2026-07-10' } }),
        (r) => expectFieldError(r, 'particulars.violationOn'),
      );
      const future = await refusedCreate(caseInput(ids, { openedOn: addDays(serverToday(), 1) }), (r) =>
        expectError(r, 400, 'VALIDATION_FAILED'),
      );
      expect((future.json() as ErrorOut).details).toMatchObject({ field: 'openedOn' });
      await refusedCreate(caseInput(ids, { kind: 'theft' }), (r) => expectFieldError(r, 'kind'));
      await refusedCreate(caseInput(ids, { field: 'astrology' }), (r) => expectFieldError(r, 'field'));
      await refusedCreate(caseInput(ids, { unitId: 'nope' }), (r) => expectFieldError(r, 'unitId'));
    });

    it('refuses a filing whose violation was discovered after the limitation period (第三十六条)', async () => {
      const c = await createCase(
        officer,
        caseInput(ids, {
          openedOn: '2026-08-01',
          particulars: { violationOn: '2024-07-31', discoveredOn: '2026-08-01' },
        }),
      );
      const r = expectRule(
        await act(head, c, { type: 'file', filedOn: '2026-08-03', approvedBy: '张局长' }),
        'LIMITATION_EXPIRED',
        '《中华人民共和国行政处罚法》第三十六条',
      );
      expect(r.message).toContain('2026-07-31');
      const c2 = await createCase(
        officer,
        caseInput(ids, { particulars: { violationOn: '2024-07-31', discoveredOn: null } }),
      );
      expectRule(
        await act(head, c2, { type: 'file', filedOn: '2026-08-03', approvedBy: '张局长' }),
        'DISCOVERY_DATE_MISSING',
      );
    });
  });

  describe('a step with bad input changes nothing', () => {
    let c: CaseOut;
    beforeAll(async () => {
      c = await createCase(officer, caseInput(ids));
      c = (
        await act(head, c, { type: 'file', filedOn: '2026-08-03', approvedBy: '张局长' })
      ).json() as CaseOut;
      expect(c.state).toBe('filed');
    });
    const url = () => `/api/v1/cases/${c.id}/actions`;

    it('refuses an empty body, a missing or malformed version, a missing action', async () => {
      const before = await snapshot(t, c.id);
      expectError(await officer.post(url(), {}), 400, 'VALIDATION_FAILED');
      expectError(await officer.post(url()), 400, 'VALIDATION_FAILED');
      expectFieldError(
        await officer.post(url(), { action: { type: 'start_investigation', on: '2026-08-04' } }),
        'version',
      );
      for (const version of [0, -1, 1.5, '2', null]) {
        expectFieldError(
          await officer.post(url(), { version, action: { type: 'start_investigation', on: '2026-08-04' } }),
          'version',
        );
      }
      expectFieldError(await officer.post(url(), { version: c.version }), 'action');
      expectFieldError(await officer.post(url(), { version: c.version, action: {} }), 'action.type');
      expectFieldError(
        await officer.post(url(), { version: c.version, action: { type: 'x'.repeat(51) } }),
        'action.type',
      );
      await expectUnchanged(t, before);
    });

    it('refuses an unknown action and malformed fields with the field named', async () => {
      const before = await snapshot(t, c.id);
      const unknown = expectFieldError(await act(officer, c, { type: 'fly' }), 'action.type');
      expect(unknown.message).toBe('未知的操作：fly');
      expectFieldError(await act(officer, c, { type: 'start_investigation' }), 'action.on');
      expectFieldError(await act(officer, c, { type: 'start_investigation', on: '2026/08/04' }), 'action.on');
      expectFieldError(await act(officer, c, { type: 'start_investigation', on: 20260804 }), 'action.on');
      expectFieldError(
        await act(head, c, { type: 'revoke', on: '2026-08-04', reason: '由'.repeat(2001) }),
        'action.reason',
      );
      expectFieldError(
        await act(head, c, {
          type: 'extend_decision_period',
          approvedOn: '2026-08-04',
          days: 0,
          reason: '复杂',
        }),
        'action.days',
      );
      expectFieldError(
        await act(head, c, {
          type: 'extend_decision_period',
          approvedOn: '2026-08-04',
          days: 1.5,
          reason: '复杂',
        }),
        'action.days',
      );
      for (const fineFen of [-1, 1.5, '100', 1e15]) {
        expectFieldError(
          await act(officer, c, {
            type: 'notify',
            servedOn: '2026-08-04',
            penalty: { kinds: ['fine'], fineFen },
          }),
          'action.penalty.fineFen',
        );
      }
      expectFieldError(
        await act(officer, c, {
          type: 'notify',
          servedOn: '2026-08-04',
          penalty: { kinds: ['fine', 'fine'], fineFen: 100 },
        }),
        'action.penalty.kinds',
      );
      expectFieldError(
        await act(officer, c, {
          type: 'notify',
          servedOn: '2026-08-04',
          penalty: { kinds: ['flogging'], fineFen: null },
        }),
        'action.penalty.kinds.0',
      );
      expectFieldError(
        await act(officer, c, { type: 'record_payment', paidOn: '2026-08-04', amountFen: -1 }),
        'action.amountFen',
      );
      expectFieldError(
        await act(officer, c, { type: 'serve', servedOn: '2026-08-04', method: 'pigeon' }),
        'action.method',
      );
      expectFieldError(
        await act(officer, c, {
          type: 'schedule_hearing',
          noticeServedOn: '2026-08-04',
          hearingOn: '2026-08-20',
          hostId: 'someone',
        }),
        'action.hostId',
      );
      await expectUnchanged(t, before);
    });

    it('refuses impossible dates with 400 and future dates with 422 DATE_IN_FUTURE', async () => {
      const before = await snapshot(t, c.id);
      for (const on of ['2026-02-30', '2026-13-01', '2026-00-10']) {
        const res = await act(officer, c, { type: 'start_investigation', on });
        expectError(res, 400, 'VALIDATION_FAILED');
        expect((res.json() as ErrorOut).details?.rule).toBe('DATE_INVALID');
      }
      for (const on of [addDays(serverToday(), 1), '2099-01-01']) {
        const r = expectRule(
          await act(officer, c, { type: 'start_investigation', on }),
          'DATE_IN_FUTURE',
          '本平台规则：记录的日期不得晚于当日（执法全过程记录 C8）',
        );
        expect(r.message).toContain(serverToday());
      }
      expectRule(
        await act(head, c, {
          type: 'extend_decision_period',
          approvedOn: addDays(serverToday(), 1),
          days: 10,
          reason: '复杂',
        }),
        'DATE_IN_FUTURE',
      );
      await expectUnchanged(t, before);
    });

    it('refuses an impossible 调查终结 date with 400 (the review catalogue is looked up on that date)', async () => {
      const inv = await step(
        t,
        officer,
        (await officer.get(`/api/v1/cases/${c.id}`)).json() as CaseOut,
        { type: 'start_investigation', on: '2026-08-04' },
        { state: 'investigating', legalDate: '2026-08-04' },
      );
      const before = await snapshot(t, inv.id);
      expectError(
        await act(officer, inv, {
          type: 'close_investigation',
          on: '2026-02-30',
          proposal: null,
          collectiveDiscussionRequired: false,
        }),
        400,
        'VALIDATION_FAILED',
      );
      expectRule(
        await act(officer, inv, {
          type: 'close_investigation',
          on: addDays(serverToday(), 1),
          proposal: null,
          collectiveDiscussionRequired: false,
        }),
        'DATE_IN_FUTURE',
      );
      expectFieldError(
        await act(officer, inv, { type: 'close_investigation', on: '2026-08-10', proposal: null }),
        'action.collectiveDiscussionRequired',
      );
      await expectUnchanged(t, before);
      c = inv;
    });

    it('ignores fields a client may not set: state and version inside the action, extra top-level keys', async () => {
      const fresh = await createCase(officer, caseInput(ids));
      const filed = (
        await act(head, fresh, { type: 'file', filedOn: '2026-08-03', approvedBy: '张局长' })
      ).json() as CaseOut;
      const res = await officer.post(`/api/v1/cases/${filed.id}/actions`, {
        version: filed.version,
        state: 'archived',
        action: {
          type: 'start_investigation',
          on: '2026-08-04',
          state: 'closed',
          version: 99,
          finished: true,
        },
      });
      expect(res.statusCode, res.body).toBe(200);
      const out = res.json() as CaseOut;
      expect({ state: out.state, version: out.version, finished: out.finished }).toEqual({
        state: 'investigating',
        version: filed.version + 1,
        finished: false,
      });
      expect(out.timeline.at(-1)!.data).toEqual({ type: 'start_investigation', on: '2026-08-04' });
    });
  });

  describe('evidence', () => {
    const evidence = { type: 'documentary', title: '营业执照复印件', collectedOn: '2026-08-05' };

    it('refuses bad evidence input and evidence on a finished case, writing nothing', async () => {
      const c = await createCase(officer, caseInput(ids));
      const before = await rowCounts(t);
      expectFieldError(
        await officer.post(`/api/v1/cases/${c.id}/evidence`, {
          ...evidence,
          version: c.version,
          title: '题'.repeat(201),
        }),
        'title',
      );
      expectFieldError(
        await officer.post(`/api/v1/cases/${c.id}/evidence`, {
          ...evidence,
          version: c.version,
          type: 'rumour',
        }),
        'type',
      );
      expectFieldError(
        await officer.post(`/api/v1/cases/${c.id}/evidence`, {
          ...evidence,
          version: c.version,
          collectedOn: '05/08/2026',
        }),
        'collectedOn',
      );
      const future = await officer.post(`/api/v1/cases/${c.id}/evidence`, {
        ...evidence,
        version: c.version,
        collectedOn: addDays(serverToday(), 1),
      });
      expectError(future, 400, 'VALIDATION_FAILED');
      expect((future.json() as ErrorOut).details).toMatchObject({ field: 'collectedOn' });
      expect(await rowCounts(t)).toEqual(before);

      const declined = (
        await act(head, c, { type: 'decline_filing', on: '2026-08-02', reason: '不属于本机关管辖' })
      ).json() as CaseOut;
      expect(declined.finished).toBe(true);
      const counts = await rowCounts(t);
      const res = await officer.post(`/api/v1/cases/${c.id}/evidence`, {
        ...evidence,
        version: declined.version,
      });
      expectError(res, 422, 'RULE_VIOLATION');
      expect((res.json() as ErrorOut).details?.rule).toBe('CASE_FINISHED');
      expect(await rowCounts(t)).toEqual(counts);
    });

    it('refuses evidence on a case changed since it was read: 409 VERSION_CONFLICT, nothing written', async () => {
      const c = await createCase(officer, caseInput(ids));
      const moved = (
        await act(head, c, { type: 'file', filedOn: '2026-08-03', approvedBy: '张局长' })
      ).json() as CaseOut;
      expect(moved.version).toBe(c.version + 1);
      const before = await rowCounts(t);
      const stale = await officer.post(`/api/v1/cases/${c.id}/evidence`, {
        ...evidence,
        version: c.version,
      });
      expectError(stale, 409, 'VERSION_CONFLICT');
      expect((stale.json() as ErrorOut).details).toMatchObject({ currentVersion: moved.version });
      expectFieldError(await officer.post(`/api/v1/cases/${c.id}/evidence`, evidence), 'version');
      expect(await rowCounts(t)).toEqual(before);
      const fresh = await officer.post(`/api/v1/cases/${c.id}/evidence`, {
        ...evidence,
        version: moved.version,
      });
      expect(fresh.statusCode, fresh.body).toBe(200);
      expect((fresh.json() as CaseOut).evidence.map((e) => e.seq)).toEqual([1]);
    });
  });

  describe('list and deadline queries', () => {
    it('refuses a garbage cursor and out-of-range parameters with 400', async () => {
      const garbage = [
        'garbage',
        Buffer.from('not json').toString('base64url'),
        Buffer.from(JSON.stringify(['2026-13-45x', randomUUID()])).toString('base64url'),
        Buffer.from(JSON.stringify(['2026-08-01', 'not-a-uuid'])).toString('base64url'),
        Buffer.from(JSON.stringify({ due: '2026-08-01' })).toString('base64url'),
        Buffer.from(JSON.stringify([42, randomUUID()])).toString('base64url'),
      ];
      for (const cursor of garbage) {
        const res = await officer.get(`/api/v1/cases?cursor=${encodeURIComponent(cursor)}`);
        expectError(res, 400, 'VALIDATION_FAILED');
        expect((res.json() as ErrorOut).details).toMatchObject({ field: 'cursor' });
      }
      expectError(await officer.get(`/api/v1/cases?cursor=${'a'.repeat(201)}`), 400, 'VALIDATION_FAILED');
      for (const q of [
        'limit=0',
        'limit=101',
        'limit=abc',
        'view=everything',
        'status=late',
        'kind=theft',
        `q=${'字'.repeat(51)}`,
      ]) {
        expectError(await officer.get(`/api/v1/cases?${q}`), 400, 'VALIDATION_FAILED');
      }
      for (const q of ['view=everything', 'status=late', 'limit=0', 'limit=501']) {
        expectError(await officer.get(`/api/v1/deadlines?${q}`), 400, 'VALIDATION_FAILED');
      }
      for (const q of ['', 'since=yesterday', 'since=2026-1-1']) {
        expectError(await officer.get(`/api/v1/reminders?${q}`), 400, 'VALIDATION_FAILED');
      }
    });
  });
});

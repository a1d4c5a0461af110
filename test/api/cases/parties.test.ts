// C4, C8 over HTTP: witnesses, agents and further parties added to an open case (a step of the case:
// officers of the case only, at the version read, one timeline event, one ledger entry), a further 当事人
// only before 事先告知, and corrections of a party's details with a reason that keep the previous values
// (timeline before/after, record_versions) and keep the case row's party name in step — except the name
// and ID of someone an issued document already names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import {
  demoIds,
  expectError,
  insertBodySql,
  insertPersonSql,
  insertUserSql,
  loginFrom,
  newCreditCode,
  newIdNumber,
  randomId,
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
  getCase,
  lastLedger,
  rowCounts,
  snapshot,
  step,
  ORG_CODE,
  type CaseOut,
} from './case-helpers.ts';
import { reviewRound } from '../review/review-helpers.ts';

interface PartyOut {
  id: string;
  role: string;
  type: string;
  name: string;
  idNumber: string | null;
  creditCode: string | null;
  address: string;
  phone: string;
  representsId: string | null;
}
type Detail = Omit<CaseOut, 'parties' | 'timeline'> & {
  parties: PartyOut[];
  timeline: (CaseOut['timeline'][number] & { label: string })[];
  partyActions: { add: string[]; correct: boolean; identityLocked: string[] };
};

const witness = (over: Record<string, unknown> = {}) => ({
  role: 'witness',
  type: 'person',
  name: '李见证',
  idType: '居民身份证',
  idNumber: newIdNumber(),
  address: '示范区人民路 2 号',
  phone: '13800001111',
  ...over,
});

describe('parties, witnesses and agents of an open case', () => {
  let t: TestApp;
  let ids: DemoIds;
  let officer: Client;
  let officer2: Client;
  let head: Client;
  let reviewer: Client;
  let siblingOfficer: Client;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer = await loginFrom(t, 'officer1');
    officer2 = await loginFrom(t, 'officer2');
    head = await loginFrom(t, 'head1');
    reviewer = await loginFrom(t, 'reviewer1');
    const sibling = await insertBodySql(t, ids.city, { name: '示范市另一区卫生健康委员会' });
    const pid = await insertPersonSql(t, sibling);
    const u = await insertUserSql(t, sibling, ['officer']);
    await sql(t, 'update users set person_id = $1 where id = $2', [pid, u.id]);
    siblingOfficer = await loginFrom(t, u.username);
  });
  afterAll(() => t.close());

  /** The review through the review API (D2–D5): 送审, 分配 to reviewer1, ten points, 同意. */
  async function reviewedCase(
    c: CaseOut,
    dates: { submittedOn: string; reviewedOn: string },
  ): Promise<CaseOut> {
    const legalHead = await loginFrom(t, 'legalhead1');
    await reviewRound({ officer, legalHead, reviewer }, ids.personOf.reviewer1!, c.id, dates);
    return getCase(officer, c.id);
  }

  const add = (client: Client, c: { id: string; version: number }, body: Record<string, unknown>) =>
    client.post(`/api/v1/cases/${c.id}/parties`, { version: c.version, ...body });
  const correct = (
    client: Client,
    c: { id: string; version: number },
    partyId: string,
    body: Record<string, unknown>,
  ) => client.put(`/api/v1/cases/${c.id}/parties/${partyId}`, { version: c.version, ...body });
  const detail = async (client: Client, id: string) => (await getCase(client, id)) as unknown as Detail;
  const mainOf = (c: Detail) => c.parties.find((p) => p.role === 'party')!;
  /** The party as the correction form sends it: every field, changed or not. */
  const asInput = (p: PartyOut & Record<string, unknown>) => {
    const { id: _id, representsId: _r, ...rest } = p;
    return rest;
  };

  async function newCase(over: Record<string, unknown> = {}) {
    return (await createCase(officer, caseInput(ids, over))) as unknown as Detail;
  }

  /** filed → investigating → investigation_closed → legal_review (passed) → notified. */
  async function notifiedCase(): Promise<Detail> {
    let c = await createCase(officer, caseInput(ids));
    c = await step(
      t,
      head,
      c,
      { type: 'file', filedOn: '2026-08-03', approvedBy: '张局长' },
      { state: 'filed', legalDate: '2026-08-03', opened: { decision: '2026-11-02' } },
    );
    c = await step(
      t,
      officer,
      c,
      { type: 'start_investigation', on: '2026-08-04' },
      { state: 'investigating', legalDate: '2026-08-04' },
    );
    const proposal = { kinds: ['warning'], fineFen: null };
    c = await step(
      t,
      officer,
      c,
      { type: 'close_investigation', on: '2026-08-10', proposal, collectiveDiscussionRequired: false },
      { state: 'investigation_closed', legalDate: '2026-08-10' },
    );
    c = await reviewedCase(c, { submittedOn: '2026-08-11', reviewedOn: '2026-08-12' });
    c = await step(
      t,
      officer,
      c,
      { type: 'notify', servedOn: '2026-08-13', penalty: proposal },
      { state: 'notified', legalDate: '2026-08-13', opened: { hearing_request: '2026-08-20' } },
    );
    return c as unknown as Detail;
  }

  describe('adding', () => {
    it('adds a witness: the case shows them, version + 1, one timeline event, one ledger entry, state unchanged', async () => {
      const c = await newCase();
      expect(c.partyActions).toEqual({
        add: ['party', 'witness', 'agent'],
        correct: true,
        identityLocked: [],
      });
      const before = await snapshot(t, c.id);
      const w = witness();
      const res = await add(officer, c, w);
      expect(res.statusCode, res.body).toBe(200);
      const out = res.json() as Detail;
      expect(out.version).toBe(c.version + 1);
      expect(out.state).toBe(c.state);
      const added = out.parties.find((p) => p.role === 'witness')!;
      expect(added).toMatchObject({
        name: '李见证',
        type: 'person',
        idNumber: w.idNumber,
        phone: '13800001111',
        representsId: null,
      });
      const after = await snapshot(t, c.id);
      expect({
        events: after.events,
        ledger: after.ledger,
        state: after.state,
        deadlines: after.deadlines,
        record: after.record,
      }).toEqual({
        events: before.events + 1,
        ledger: before.ledger + 1,
        state: before.state,
        deadlines: before.deadlines,
        record: before.record,
      });
      expect(await lastLedger(t)).toEqual({ action: 'case.party_added', entity_id: c.id });
      // Read after the snapshot: opening the case is a ledger entry of its own (case.viewed, H3).
      const seen = await detail(officer2, c.id);
      expect(seen.parties.map((p) => p.name)).toContain('李见证');
      const last = out.timeline.at(-1)!;
      expect({
        action: last.action,
        label: last.label,
        fromState: last.fromState,
        toState: last.toState,
      }).toEqual({ action: 'add_party', label: '添加证人：李见证', fromState: 'lead', toState: 'lead' });
      expect(last.data).toMatchObject({ partyId: added.id, role: 'witness', name: '李见证' });
      // Its first version is kept (C8).
      const versions = (await officer.get(`/api/v1/cases/${c.id}/parties/${added.id}/versions`)).json() as {
        version: number;
        reason: string;
        data: { name: string };
      }[];
      expect(versions.map((v) => [v.version, v.reason, v.data.name])).toEqual([[1, '添加证人', '李见证']]);
    });

    it('adds an agent acting for a party of the case (授权委托)', async () => {
      const c = await newCase();
      const main = mainOf(c);
      const res = await add(officer, c, {
        role: 'agent',
        type: 'person',
        name: '赵代理',
        idNumber: newIdNumber(),
        phone: '13900002222',
        representsId: main.id,
      });
      expect(res.statusCode, res.body).toBe(200);
      const out = res.json() as Detail;
      expect(out.parties.find((p) => p.role === 'agent')).toMatchObject({
        name: '赵代理',
        representsId: main.id,
      });
      expect(out.timeline.at(-1)!.label).toBe('添加代理人：赵代理');
    });

    it('refuses an agent without a principal, or for someone who is not a party of this case (400 representsId), writing nothing', async () => {
      const c = await newCase();
      const other = await newCase();
      let cur = (await add(officer, c, witness())).json() as Detail;
      const w = cur.parties.find((p) => p.role === 'witness')!;
      const counts = await rowCounts(t);
      const before = await snapshot(t, c.id);
      const agent = { role: 'agent', type: 'person', name: '赵代理', idNumber: newIdNumber() };
      for (const representsId of [undefined, null, randomId(), mainOf(other).id, w.id]) {
        const res = await add(officer, cur, representsId === undefined ? agent : { ...agent, representsId });
        expectFieldError(res, 'representsId');
      }
      // Only agents name a principal.
      expectFieldError(
        await add(officer, cur, { ...witness(), representsId: mainOf(cur).id }),
        'representsId',
      );
      expectFieldError(await add(officer, cur, { ...agent, representsId: 'not-a-uuid' }), 'representsId');
      expect(await rowCounts(t)).toEqual(counts);
      await expectUnchanged(t, before);
      cur = await detail(officer, c.id);
      expect(cur.parties.filter((p) => p.role === 'agent')).toEqual([]);
    });

    it('adds a further 当事人 before 事先告知, but not after it (422); witnesses still may be added', async () => {
      let c = (await createCase(officer, caseInput(ids))) as CaseOut;
      c = await step(
        t,
        head,
        c,
        { type: 'file', filedOn: '2026-08-03', approvedBy: '张局长' },
        { state: 'filed', legalDate: '2026-08-03', opened: { decision: '2026-11-02' } },
      );
      const second = {
        role: 'party',
        type: 'person',
        name: '钱合伙',
        idNumber: newIdNumber(),
        address: '示范区人民路 3 号',
      };
      const res = await add(officer, c, second);
      expect(res.statusCode, res.body).toBe(200);
      expect((res.json() as Detail).parties.filter((p) => p.role === 'party').map((p) => p.name)).toEqual(
        expect.arrayContaining(['示范口腔诊所有限公司', '钱合伙']),
      );
      // The main party of the case row stays the one registered.
      expect((res.json() as Detail).partyName).toBe('示范口腔诊所有限公司');

      const n = await notifiedCase();
      expect(n.partyActions.add).toEqual(['witness', 'agent']);
      const before = await snapshot(t, n.id);
      const refused = expectRule(
        await add(officer, n, { ...second, idNumber: newIdNumber() }),
        'PARTY_AFTER_NOTICE',
      );
      expect(refused.message).toContain('事先告知');
      await expectUnchanged(t, before);
      const ok = await add(officer, n, witness());
      expect(ok.statusCode, ok.body).toBe(200);
    });

    it('refuses a stale version with 409 and writes nothing', async () => {
      const c = await newCase();
      const moved = (await add(officer, c, witness())).json() as Detail;
      const counts = await rowCounts(t);
      const before = await snapshot(t, c.id);
      const res = await add(officer, c, witness({ name: '周迟到' }));
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json()).toMatchObject({
        code: 'VERSION_CONFLICT',
        details: { currentVersion: moved.version },
      });
      expect(await rowCounts(t)).toEqual(counts);
      await expectUnchanged(t, before);
    });

    it('of two adds at the same version exactly one wins', async () => {
      const c = await newCase();
      const counts = await rowCounts(t);
      const results = await Promise.all([
        add(officer, c, witness({ name: '甲证人' })),
        add(officer2, c, witness({ name: '乙证人' })),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const after = await rowCounts(t);
      expect({ parties: after.parties, events: after.events, ledger: after.ledger }).toEqual({
        parties: counts.parties + 1,
        events: counts.events + 1,
        ledger: counts.ledger + 1,
      });
      expect((await detail(officer, c.id)).version).toBe(c.version + 1);
    });

    it('refuses a finished case (422) for adding and correcting', async () => {
      let c = (await createCase(officer, caseInput(ids))) as CaseOut;
      c = await step(
        t,
        head,
        c,
        { type: 'decline_filing', on: '2026-08-04', reason: '不属于本机关管辖' },
        { state: 'not_filed', legalDate: '2026-08-04', finished: true },
      );
      const d = await detail(officer, c.id);
      expect(d.partyActions).toEqual({ add: [], correct: false, identityLocked: [] });
      const before = await snapshot(t, c.id);
      expectRule(await add(officer, c, witness()), 'CASE_FINISHED');
      expectRule(
        await correct(officer, c, mainOf(d).id, {
          ...asInput(mainOf(d) as never),
          phone: '0571-1234567',
          reason: '电话登记错误',
        }),
        'CASE_FINISHED',
      );
      await expectUnchanged(t, before);
    });

    it('is for the officers of the case only: 404 for another body, 403 for a colleague not on the case or a role that does not handle cases', async () => {
      const c = await newCase({ officerIds: [ids.personOf.officer1] });
      const counts = await rowCounts(t);
      expectError(await add(siblingOfficer, c, witness()), 404, 'NOT_FOUND');
      expectError(await add(officer2, c, witness()), 403, 'FORBIDDEN');
      expectError(await add(head, c, witness()), 403, 'FORBIDDEN');
      expectError(await add(reviewer, c, witness()), 403, 'FORBIDDEN');
      const main = mainOf(c);
      expectError(
        await correct(officer2, c, main.id, {
          ...asInput(main as never),
          phone: '1',
          reason: '电话登记错误',
        }),
        403,
        'FORBIDDEN',
      );
      expectError(
        await correct(siblingOfficer, c, main.id, {
          ...asInput(main as never),
          phone: '1',
          reason: '电话登记错误',
        }),
        404,
        'NOT_FOUND',
      );
      expect(await rowCounts(t)).toEqual(counts);
      // The colleague sees the case but is offered nothing.
      expect((await detail(officer2, c.id)).partyActions).toEqual({
        add: [],
        correct: false,
        identityLocked: [],
      });
      expectError(
        await siblingOfficer.get(`/api/v1/cases/${c.id}/parties/${main.id}/versions`),
        404,
        'NOT_FOUND',
      );
      // An unknown case.
      expectError(await add(officer, { id: randomId(), version: 1 }, witness()), 404, 'NOT_FOUND');
    });

    it('validates like registration: a bad credit code or ID number names the field; an empty body is refused', async () => {
      const c = await newCase();
      const counts = await rowCounts(t);
      expectFieldError(
        await add(officer, c, {
          role: 'party',
          type: 'organisation',
          name: '某公司',
          creditCode: '91350100M000100Y44',
        }),
        'creditCode',
      );
      expectFieldError(await add(officer, c, witness({ idNumber: '110101199003077777' })), 'idNumber');
      expectFieldError(await add(officer, c, witness({ name: '  ' })), 'name');
      expectFieldError(await add(officer, c, witness({ role: 'boss' })), 'role');
      const empty = await officer.post(`/api/v1/cases/${c.id}/parties`, {});
      expectError(empty, 400, 'VALIDATION_FAILED');
      expectError(await officer.post(`/api/v1/cases/${c.id}/parties`), 400, 'VALIDATION_FAILED');
      // The same person twice in the same role.
      expectFieldError(
        await add(officer, c, {
          role: 'party',
          type: 'organisation',
          name: '示范口腔诊所',
          creditCode: ORG_CODE,
        }),
        'creditCode',
      );
      expect(await rowCounts(t)).toEqual(counts);
    });
  });

  describe('correcting', () => {
    it('corrects the main party with a reason: the old values stay visible and the case row follows the new name', async () => {
      const c = await newCase();
      const main = mainOf(c);
      const before = await snapshot(t, c.id);
      const res = await correct(officer, c, main.id, {
        ...asInput(main as never),
        name: '示范口腔门诊部有限公司',
        phone: '0571-88880000',
        reason: '营业执照名称登记错误',
      });
      expect(res.statusCode, res.body).toBe(200);
      const out = res.json() as Detail;
      expect(out.version).toBe(c.version + 1);
      expect(out.partyName).toBe('示范口腔门诊部有限公司');
      expect(mainOf(out)).toMatchObject({
        id: main.id,
        name: '示范口腔门诊部有限公司',
        phone: '0571-88880000',
        creditCode: ORG_CODE,
        address: main.address,
      });
      const [row] = await sql<{ party_name: string; party_key: string }>(
        t,
        'select party_name, party_key from cases where id = $1',
        [c.id],
      );
      expect(row).toEqual({ party_name: '示范口腔门诊部有限公司', party_key: ORG_CODE });
      const listed = (
        await officer.get('/api/v1/cases?view=mine&status=any&q=%E9%97%A8%E8%AF%8A%E9%83%A8&limit=100')
      ).json() as { items: { id: string; partyName: string }[] };
      expect(listed.items.find((i) => i.id === c.id)?.partyName).toBe('示范口腔门诊部有限公司');

      const after = await snapshot(t, c.id);
      expect({ events: after.events, ledger: after.ledger }).toEqual({
        events: before.events + 1,
        ledger: before.ledger + 1,
      });
      expect(await lastLedger(t)).toEqual({ action: 'case.party_corrected', entity_id: c.id });
      const last = out.timeline.at(-1)!;
      expect(last.action).toBe('correct_party');
      expect(last.label).toBe('更正当事人信息：示范口腔门诊部有限公司');
      expect(last.data).toMatchObject({
        partyId: main.id,
        reason: '营业执照名称登记错误',
        before: { name: '示范口腔诊所有限公司', phone: '' },
        after: { name: '示范口腔门诊部有限公司', phone: '0571-88880000' },
      });

      const versions = (await officer.get(`/api/v1/cases/${c.id}/parties/${main.id}/versions`)).json() as {
        version: number;
        reason: string;
        authorName: string;
        data: { name: string; phone: string };
      }[];
      expect(versions.map((v) => [v.version, v.reason, v.data.name, v.data.phone])).toEqual([
        [1, '登记时的信息', '示范口腔诊所有限公司', ''],
        [2, '营业执照名称登记错误', '示范口腔门诊部有限公司', '0571-88880000'],
      ]);

      // A second correction adds a third version.
      const again = await correct(officer, out, main.id, {
        ...asInput(mainOf(out) as never),
        address: '示范区人民路 1 号之一',
        reason: '地址补充门牌',
      });
      expect(again.statusCode, again.body).toBe(200);
      const v3 = (await officer.get(`/api/v1/cases/${c.id}/parties/${main.id}/versions`)).json() as {
        version: number;
      }[];
      expect(v3.map((v) => v.version)).toEqual([1, 2, 3]);
    });

    it('refuses a change of role or type, a missing reason, no change, a stale version and an unknown party, writing nothing', async () => {
      const c = await newCase();
      const main = mainOf(c);
      const input = asInput(main as never) as Record<string, unknown>;
      const counts = await rowCounts(t);
      const before = await snapshot(t, c.id);
      expectFieldError(
        await correct(officer, c, main.id, { ...input, role: 'witness', reason: '身份登记错误' }),
        'role',
      );
      expectFieldError(
        await correct(officer, c, main.id, {
          ...input,
          type: 'person',
          creditCode: null,
          reason: '类型登记错误',
        }),
        'type',
      );
      expectFieldError(await correct(officer, c, main.id, { ...input, phone: '0571-1' }), 'reason');
      expectFieldError(
        await correct(officer, c, main.id, { ...input, phone: '0571-1', reason: ' ' }),
        'reason',
      );
      expectFieldError(
        await correct(officer, c, main.id, {
          ...input,
          creditCode: '91350100M000100Y44',
          reason: '代码登记错误',
        }),
        'creditCode',
      );
      expectError(
        await correct(officer, c, main.id, { ...input, reason: '没有改动' }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await correct(officer, { id: c.id, version: c.version + 1 }, main.id, {
          ...input,
          phone: '0571-1',
          reason: '电话登记错误',
        }),
        409,
        'VERSION_CONFLICT',
      );
      expectError(
        await correct(officer, c, randomId(), { ...input, phone: '0571-1', reason: '电话登记错误' }),
        404,
        'NOT_FOUND',
      );
      expectError(
        await officer.put(`/api/v1/cases/${c.id}/parties/${main.id}`, {}),
        400,
        'VALIDATION_FAILED',
      );
      expect(await rowCounts(t)).toEqual(counts);
      await expectUnchanged(t, before);
    });

    it('after a document naming the party was issued, refuses changing their name or credit code (更正程序) but corrects the phone', async () => {
      const c = await newCase();
      const main = mainOf(c);
      const issued = await officer.post(`/api/v1/cases/${c.id}/documents`, {
        template: 'site_record',
        inputs: {
          checkedAt: '2026-08-05 10:00',
          place: '示范区人民路 1 号',
          findings: '现场检查发现未取得医疗机构执业许可证开展诊疗活动',
        },
      });
      expect(issued.statusCode, issued.body).toBe(201);
      let cur = await detail(officer, c.id);
      expect(cur.partyActions.identityLocked).toEqual([main.id]);

      const before = await snapshot(t, c.id);
      const refused = expectRule(
        await correct(officer, cur, main.id, {
          ...asInput(main as never),
          name: '示范口腔门诊部',
          reason: '名称登记错误',
        }),
        'PARTY_NAMED_IN_DOCUMENT',
      );
      expect(refused.message).toContain('更正程序');
      expectRule(
        await correct(officer, cur, main.id, {
          ...asInput(main as never),
          creditCode: newCreditCode(),
          reason: '信用代码登记错误',
        }),
        'PARTY_NAMED_IN_DOCUMENT',
      );
      await expectUnchanged(t, before);

      const ok = await correct(officer, cur, main.id, {
        ...asInput(main as never),
        phone: '0571-88881111',
        address: '示范区人民路 1 号 2 楼',
        reason: '联系电话和地址登记错误',
      });
      expect(ok.statusCode, ok.body).toBe(200);
      cur = ok.json() as Detail;
      expect(mainOf(cur)).toMatchObject({
        name: '示范口腔诊所有限公司',
        phone: '0571-88881111',
        address: '示范区人民路 1 号 2 楼',
      });

      // A witness added after the document is not named by it, and their name may still be corrected.
      cur = (await add(officer, cur, witness({ name: '孙见证' }))).json() as Detail;
      const w = cur.parties.find((p) => p.role === 'witness')!;
      const fixed = await correct(officer, cur, w.id, {
        ...asInput(w as never),
        name: '孙建政',
        reason: '姓名笔误',
      });
      expect(fixed.statusCode, fixed.body).toBe(200);
      expect((fixed.json() as Detail).parties.find((p) => p.id === w.id)!.name).toBe('孙建政');
      expect((fixed.json() as Detail).partyName).toBe('示范口腔诊所有限公司');
    });

    it("takes the form's defaults for what they are: a witness without ID type, named in a document, gets a phone corrected", async () => {
      let cur = await newCase();
      cur = (
        await add(officer, cur, witness({ name: '周无证', idType: null, idNumber: null }))
      ).json() as Detail;
      const w = cur.parties.find((p) => p.name === '周无证')!;
      const issued = await officer.post(`/api/v1/cases/${cur.id}/documents`, {
        template: 'site_record',
        inputs: {
          checkedAt: '2026-08-05 10:00',
          place: '示范区人民路 1 号',
          findings: '现场检查发现未取得医疗机构执业许可证开展诊疗活动',
        },
      });
      expect(issued.statusCode, issued.body).toBe(201);
      cur = await detail(officer, cur.id);
      // What the correction form sends: 居民身份证 filled in as its default.
      const res = await correct(officer, cur, w.id, {
        ...asInput(w as never),
        idType: '居民身份证',
        phone: '13800003333',
        reason: '电话登记错误',
      });
      expect(res.statusCode, res.body).toBe(200);
      const after = res.json() as Detail;
      expect(after.parties.find((p) => p.id === w.id)).toMatchObject({ idType: null, phone: '13800003333' });
      const event = after.timeline[after.timeline.length - 1]!;
      expect(event.data).toMatchObject({ before: { phone: '13800001111' }, after: { phone: '13800003333' } });
      expect(Object.keys(event.data.after as object)).toEqual(['phone']);
    });

    it('lets an agent be moved to another party of the case, and only to a party', async () => {
      let c = await newCase();
      c = (
        await add(officer, c, { role: 'party', type: 'person', name: '钱合伙', idNumber: newIdNumber() })
      ).json() as Detail;
      const [first, second] = c.parties.filter((p) => p.role === 'party') as [PartyOut, PartyOut];
      c = (
        await add(officer, c, { role: 'agent', type: 'person', name: '赵代理', representsId: first.id })
      ).json() as Detail;
      const agent = c.parties.find((p) => p.role === 'agent')!;
      expectFieldError(
        await correct(officer, c, agent.id, {
          ...asInput(agent as never),
          representsId: randomId(),
          reason: '委托人登记错误',
        }),
        'representsId',
      );
      const res = await correct(officer, c, agent.id, {
        ...asInput(agent as never),
        representsId: second.id,
        reason: '委托人登记错误',
      });
      expect(res.statusCode, res.body).toBe(200);
      const out = res.json() as Detail;
      expect(out.parties.find((p) => p.id === agent.id)!.representsId).toBe(second.id);
      expect(out.timeline.at(-1)!.data).toMatchObject({
        before: { representsId: first.id },
        after: { representsId: second.id },
      });
    });
  });

  it('is not offered on another kind after its decision', async () => {
    const c = await newCase({ kind: 'inspection', particulars: undefined });
    expect(c.partyActions.add).toEqual(['party', 'witness', 'agent']);
    const res = await act(officer, c as unknown as CaseOut, {
      type: 'cancel',
      on: '2026-08-02',
      reason: '企业已停业',
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as Detail;
    expect(after.finished).toBe(true);
    expect(after.partyActions.add).toEqual([]);
  });
});

// G2 / C4 over HTTP: the workbench lists (mine / unit / all, most urgent first, keyset pages), the open
// deadlines, the daily reminders (raised once per deadline and level), and the links between cases of the
// same party within the caller's scope. One app; the cases are created in beforeAll so every count is known.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import {
  demoIds,
  insertBodySql,
  insertPersonSql,
  insertUserSql,
  loginFrom,
  newCreditCode,
  newIdNumber,
  sql,
  systemContext,
  type DemoIds,
} from '../support.ts';
import { act, caseInput, createCase, getCase, type CaseOut } from './case-helpers.ts';
import { addDays, serverToday } from '../../helpers/clock.ts';

interface ListItem {
  id: string;
  code: string;
  state: string;
  nextDue: string | null;
  nextDueLabel: string | null;
  dueLevel: string | null;
  finished: boolean;
  version: number;
}
interface ListOut {
  items: ListItem[];
  nextCursor: string | null;
}
interface DeadlineRow {
  caseId: string;
  key: string;
  due: string;
  level: string;
  label: string;
  citation: string;
}
interface Reminder {
  caseId: string;
  key: string;
  due: string;
  level: string;
  raisedOn: string;
}

describe('case lists, deadlines, reminders and linked cases', () => {
  let t: TestApp;
  let ids: DemoIds;
  let officer: Client;
  let unitHead: Client;
  let head: Client;
  let otherUnitOfficer: Client & { personId: string };
  /** officer1's cases: A and B overdue, C and D due in 90 days, E and F without deadline, G finished. */
  const k: Record<string, CaseOut> = {};
  /** H: a case of the handling unit without officer1, overdue. X: a case of another unit (lead only). */
  let colleagues: string[];

  async function file(c: CaseOut, filedOn: string) {
    const res = await act(head, c, { type: 'file', filedOn, approvedBy: '张局长' });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as CaseOut;
  }

  const list = async (client: Client, query: string) => {
    const res = await client.get(`/api/v1/cases?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as ListOut;
  };

  /** Walks every page of a list and returns the ids in order. */
  async function walk(client: Client, query: string, limit: number) {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: ListOut = await list(
        client,
        `${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(page.items.length).toBeLessThanOrEqual(limit);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages++;
      expect(pages).toBeLessThan(50);
    } while (cursor);
    return { ids: seen, pages };
  }

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer = await t.login('officer1');
    unitHead = await t.login('unithead1');
    head = await t.login('head1');
    colleagues = (
      await sql<{ id: string }>(
        t,
        `select p.id from people p join units u on u.id = p.unit_id join certificates c on c.person_id = p.id
          where p.unit_id = $1 and c.expires_on > '2027-01-01' and not exists (select 1 from users s where s.person_id = p.id)
          order by p.name limit 2`,
        [ids.units.handling],
      )
    ).map((r) => r.id);
    const pid = await insertPersonSql(t, ids.district);
    await sql(t, 'update people set unit_id = $1 where id = $2', [ids.units.licensing, pid]);
    const u = await insertUserSql(t, ids.district, ['officer']);
    await sql(t, 'update users set person_id = $1 where id = $2', [pid, u.id]);
    otherUnitOfficer = Object.assign(await loginFrom(t, u.username), { personId: pid });

    const march = {
      openedOn: '2026-03-09',
      particulars: { violationOn: '2026-03-01', discoveredOn: '2026-03-05' },
    };
    k.A = await file(await createCase(officer, caseInput(ids, { ...march, cause: '甲案' })), '2026-03-10');
    k.B = await file(await createCase(officer, caseInput(ids, { cause: '乙案' })), '2026-08-03');
    const now = {
      openedOn: serverToday(),
      particulars: { violationOn: serverToday(), discoveredOn: serverToday() },
    };
    k.C = await file(await createCase(officer, caseInput(ids, { ...now, cause: '丙案' })), serverToday());
    k.D = await file(await createCase(officer, caseInput(ids, { ...now, cause: '丁案' })), serverToday());
    k.E = await createCase(officer, caseInput(ids, { cause: '戊案' }));
    k.F = await createCase(officer, caseInput(ids, { cause: '己案' }));
    const g = await createCase(officer, caseInput(ids, { cause: '庚案' }));
    k.G = (
      await act(head, g, { type: 'decline_filing', on: '2026-08-02', reason: '不属于本机关管辖' })
    ).json() as CaseOut;
    k.H = await file(
      await createCase(
        unitHead,
        caseInput(ids, { cause: '辛案', leadOfficerId: colleagues[0], officerIds: colleagues }),
      ),
      '2026-08-05',
    );
    k.X = await createCase(
      otherUnitOfficer,
      caseInput(ids, { cause: '壬案', leadOfficerId: pid, officerIds: [pid, ids.personOf.officer1] }),
    );
  });
  afterAll(() => t.close());

  /** Expected order: earliest next deadline first, ties by id, cases without a deadline last by id. */
  const ordered = (...cs: CaseOut[]) => {
    const due = (c: CaseOut) =>
      c.deadlines
        .filter((d) => d.status === 'open')
        .map((d) => d.due)
        .sort()[0] ?? null;
    return [...cs]
      .sort((a, b) => {
        const da = due(a);
        const db = due(b);
        if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
        return a.id < b.id ? -1 : 1;
      })
      .map((c) => c.id);
  };

  describe('GET /api/v1/cases', () => {
    it('view=mine lists the officer’s open cases by next deadline then id, cases without one last', async () => {
      expect(k.A!.deadlines.map((d) => d.due)).toEqual(['2026-06-08']);
      expect(k.B!.deadlines.map((d) => d.due)).toEqual(['2026-11-02']);
      const mine = await list(officer, 'view=mine');
      // X names officer1 as an officer, so it is theirs too, though of another unit.
      expect(mine.items.map((i) => i.id)).toEqual(ordered(k.A!, k.B!, k.C!, k.D!, k.E!, k.F!, k.X!));
      expect(mine.nextCursor).toBeNull();
      const byId = Object.fromEntries(mine.items.map((i) => [i.id, i]));
      expect(byId[k.A!.id]).toMatchObject({
        nextDue: '2026-06-08',
        nextDueLabel: '自立案之日起作出行政处罚决定的期限',
        nextDueProvisional: false,
        dueLevel: 'overdue',
        state: 'filed',
        finished: false,
      });
      expect(byId[k.B!.id]).toMatchObject({ nextDue: '2026-11-02', dueLevel: 'overdue' });
      expect(byId[k.C!.id]).toMatchObject({ nextDue: k.C!.deadlines[0]!.due, dueLevel: 'open' });
      expect(byId[k.E!.id]).toMatchObject({
        nextDue: null,
        nextDueLabel: null,
        dueLevel: null,
        state: 'lead',
      });
    });

    it('status=finished and status=any include the declined case; q searches cause, party and code', async () => {
      expect((await list(officer, 'view=mine&status=finished')).items.map((i) => i.id)).toEqual([k.G!.id]);
      const any = await list(officer, 'view=mine&status=any&limit=100');
      expect(any.items.map((i) => i.id)).toEqual(ordered(k.A!, k.B!, k.C!, k.D!, k.E!, k.F!, k.G!, k.X!));
      expect(
        (await list(officer, `view=mine&status=any&q=${encodeURIComponent('丙案')}`)).items.map((i) => i.id),
      ).toEqual([k.C!.id]);
      expect(
        (await list(officer, `view=mine&status=any&q=${encodeURIComponent(k.D!.code)}`)).items.map(
          (i) => i.id,
        ),
      ).toEqual([k.D!.id]);
      expect((await list(officer, 'view=mine&state=lead')).items.map((i) => i.id)).toEqual(
        ordered(k.E!, k.F!, k.X!),
      );
      // LIKE wildcards are taken literally.
      expect((await list(officer, `view=mine&status=any&q=${encodeURIComponent('%')}`)).items).toEqual([]);
    });

    it('status=overdue lists only cases whose next deadline is before today', async () => {
      expect(serverToday() > '2026-11-02').toBe(true);
      const overdue = await list(officer, 'view=mine&status=overdue');
      expect(overdue.items.map((i) => i.id)).toEqual([k.A!.id, k.B!.id]);
      expect(
        overdue.items.every(
          (i) => i.nextDue !== null && i.nextDue < serverToday() && i.dueLevel === 'overdue',
        ),
      ).toBe(true);
      expect((await list(officer, 'view=unit&status=overdue')).items.map((i) => i.id)).toEqual(
        ordered(k.A!, k.B!, k.H!),
      );
      expect((await list(head, 'view=all&status=overdue')).items.map((i) => i.id)).toEqual(
        ordered(k.A!, k.B!, k.H!),
      );
    });

    it('view=unit shows the unit’s cases; an officer’s view=all is only what they may see (C10)', async () => {
      expect((await list(officer, 'view=unit&status=any&limit=100')).items.map((i) => i.id)).toEqual(
        ordered(k.A!, k.B!, k.C!, k.D!, k.E!, k.F!, k.G!, k.H!),
      );
      // X is of another unit but names officer1.
      expect((await list(officer, 'view=all&status=any&limit=100')).items.map((i) => i.id)).toEqual(
        ordered(k.A!, k.B!, k.C!, k.D!, k.E!, k.F!, k.G!, k.H!, k.X!),
      );
      expect((await list(otherUnitOfficer, 'view=all&status=any&limit=100')).items.map((i) => i.id)).toEqual([
        k.X!.id,
      ]);
      expect((await list(head, 'view=all&status=any&limit=100')).items.map((i) => i.id)).toEqual(
        ordered(k.A!, k.B!, k.C!, k.D!, k.E!, k.F!, k.G!, k.H!, k.X!),
      );
      expect((await list(head, 'view=mine')).items).toEqual([]);
    });

    it.each([1, 2, 3])(
      'pages with limit=%i walk every case exactly once, deadline-less cases included',
      async (limit) => {
        for (const [client, query] of [
          [officer, 'view=mine&status=any'],
          [head, 'view=all&status=any'],
          [officer, 'view=unit&status=open'],
        ] as const) {
          const full = (await list(client, `${query}&limit=100`)).items.map((i) => i.id);
          const { ids: walked, pages } = await walk(client, query, limit);
          expect(walked).toEqual(full);
          expect(new Set(walked).size).toBe(walked.length);
          expect(pages).toBe(Math.floor(full.length / limit) + 1);
        }
      },
    );

    it('a page boundary between cases with and without a deadline loses nothing', async () => {
      const full = (await list(officer, 'view=mine&limit=100')).items;
      const withDue = full.filter((i) => i.nextDue !== null).length;
      const first = await list(officer, `view=mine&limit=${withDue}`);
      expect(first.items.every((i) => i.nextDue !== null)).toBe(true);
      const rest = await list(officer, `view=mine&limit=100&cursor=${encodeURIComponent(first.nextCursor!)}`);
      expect(rest.items.map((i) => i.id)).toEqual(full.slice(withDue).map((i) => i.id));
      expect(rest.items.every((i) => i.nextDue === null)).toBe(true);
    });
  });

  describe('GET /api/v1/deadlines', () => {
    it('lists the overdue deadlines of the officer’s unit, earliest first', async () => {
      const rows = (await officer.get('/api/v1/deadlines?view=unit&status=overdue')).json() as DeadlineRow[];
      expect(rows.map((r) => [r.caseId, r.key, r.due, r.level])).toEqual([
        [k.A!.id, 'decision', '2026-06-08', 'overdue'],
        [k.B!.id, 'decision', '2026-11-02', 'overdue'],
        [k.H!.id, 'decision', '2026-11-03', 'overdue'],
      ]);
      expect(rows[0]).toMatchObject({
        label: '自立案之日起作出行政处罚决定的期限',
        citation: '《中华人民共和国行政处罚法》第六十条',
      });
      const mine = (await officer.get('/api/v1/deadlines?view=mine&status=overdue')).json() as DeadlineRow[];
      expect(mine.map((r) => r.caseId)).toEqual([k.A!.id, k.B!.id]);
      // An officer asking for everything gets their own.
      expect(
        ((await officer.get('/api/v1/deadlines?view=all&status=overdue')).json() as DeadlineRow[]).map(
          (r) => r.caseId,
        ),
      ).toEqual([k.A!.id, k.B!.id]);
      const open = (await officer.get('/api/v1/deadlines?view=mine&status=open')).json() as DeadlineRow[];
      expect(open.map((r) => r.caseId)).toEqual([
        k.A!.id,
        k.B!.id,
        ...[k.C!, k.D!]
          .map((c) => [c.deadlines[0]!.id, c.id] as const)
          .sort()
          .map(([, id]) => id),
      ]);
      expect((await head.get('/api/v1/deadlines?view=all&status=overdue')).json()).toHaveLength(3);
      expect((await head.get('/api/v1/deadlines?view=mine&status=overdue')).json()).toEqual([]);
      expect((await officer.get('/api/v1/deadlines?view=unit&status=overdue&limit=1')).json()).toHaveLength(
        1,
      );
    });
  });

  describe('reminders', () => {
    it('raises one reminder per overdue deadline, once; lists them since a date', async () => {
      const first = await t.services.caseDeadlines.raiseReminders(systemContext(t));
      expect(first).toEqual({ dueSoon: 0, overdue: 3 });
      const mine = (await officer.get('/api/v1/reminders?since=2026-01-01')).json() as Reminder[];
      expect(mine.map((r) => [r.caseId, r.key, r.due, r.level, r.raisedOn]).sort()).toEqual(
        [
          [k.A!.id, 'decision', '2026-06-08', 'overdue', serverToday()],
          [k.B!.id, 'decision', '2026-11-02', 'overdue', serverToday()],
        ].sort(),
      );
      const all = (await head.get('/api/v1/reminders?since=2026-01-01')).json() as Reminder[];
      expect(all.map((r) => r.caseId).sort()).toEqual([k.A!.id, k.B!.id, k.H!.id].sort());
      expect(new Set(all.map((r) => r.caseId)).size).toBe(all.length);

      expect(await t.services.caseDeadlines.raiseReminders(systemContext(t))).toEqual({
        dueSoon: 0,
        overdue: 0,
      });
      expect(((await head.get('/api/v1/reminders?since=2026-01-01')).json() as Reminder[]).length).toBe(3);
      expect((await head.get(`/api/v1/reminders?since=${addDays(serverToday(), 1)}`)).json()).toEqual([]);
      // A colleague of another unit sees none of them.
      expect((await otherUnitOfficer.get('/api/v1/reminders?since=2026-01-01')).json()).toEqual([]);
      // Once the deadline is no longer open, its reminder is gone.
      const revoked = await act(head, k.A!, { type: 'revoke', on: serverToday(), reason: '重复立案' });
      expect(revoked.statusCode, revoked.body).toBe(200);
      expect(
        ((await officer.get('/api/v1/reminders?since=2026-01-01')).json() as Reminder[]).map((r) => r.caseId),
      ).toEqual([k.B!.id]);
      expect((await list(officer, 'view=mine&status=overdue')).items.map((i) => i.id)).toEqual([k.B!.id]);
    });
  });

  describe('linked cases (same party)', () => {
    it('links the cases of one credit code within the body, not a case of another body', async () => {
      const code = newCreditCode();
      const party = (name: string) => [{ role: 'party', type: 'organisation', name, creditCode: code }];
      const l1 = await createCase(
        officer,
        caseInput(ids, { parties: party('甲诊所'), openedOn: '2026-08-01' }),
      );
      const l2 = await createCase(
        officer,
        caseInput(ids, { parties: party('甲诊所（更名）'), openedOn: '2026-08-02' }),
      );
      const sibling = await insertBodySql(t, ids.city, { name: '示范市另一区卫生健康委员会' });
      const sp = await insertPersonSql(t, sibling);
      const su = await insertUserSql(t, sibling, ['officer']);
      await sql(t, 'update users set person_id = $1 where id = $2', [sp, su.id]);
      const siblingOfficer = await loginFrom(t, su.username);
      const l3 = await createCase(
        siblingOfficer,
        // The sibling body publishes no item list: its case names none.
        caseInput(ids, {
          parties: party('甲诊所'),
          leadOfficerId: sp,
          officerIds: [sp],
          enforcementItemCode: null,
        }),
      );
      expect(l3.bodyId).toBe(sibling);
      // A case where the code appears only for a witness is not the party's.
      const other = await createCase(
        officer,
        caseInput(ids, {
          parties: [
            { role: 'party', type: 'organisation', name: '乙公司', creditCode: newCreditCode() },
            { role: 'witness', type: 'organisation', name: '甲诊所', creditCode: code },
          ],
        }),
      );

      expect((await getCase(officer, l1.id)).linkedCases.map((l) => l.id)).toEqual([l2.id]);
      const fromL2 = (await getCase(officer, l2.id)).linkedCases;
      expect(fromL2).toEqual([
        {
          id: l1.id,
          code: l1.code,
          kind: 'penalty',
          state: 'lead',
          cause: '未取得医疗机构执业许可证擅自执业',
          openedOn: '2026-08-01',
        },
      ]);
      expect((await getCase(head, l1.id)).linkedCases.map((l) => l.id)).toEqual([l2.id]);
      expect((await getCase(siblingOfficer, l3.id)).linkedCases).toEqual([]);
      expect((await getCase(officer, other.id)).linkedCases).toEqual([]);
      // The city's head supervises both districts and sees all three, newest first.
      const cityHead = await loginFrom(t, (await insertUserSql(t, ids.city, ['head'])).username);
      const fromCity = (await getCase(cityHead, l1.id)).linkedCases.map((l) => l.id);
      expect(fromCity.slice().sort()).toEqual([l2.id, l3.id].sort());
      expect(fromCity[0]).toBe(l2.id);
    });

    it('shows an officer only the linked cases they handle or their unit holds (C10); the head all of them', async () => {
      const code = newCreditCode();
      const parties = [{ role: 'party', type: 'organisation', name: '丙药房', creditCode: code }];
      const mine = await createCase(officer, caseInput(ids, { parties }));
      const theirs = await createCase(
        otherUnitOfficer,
        caseInput(ids, {
          parties,
          leadOfficerId: otherUnitOfficer.personId,
          officerIds: [otherUnitOfficer.personId],
        }),
      );
      expect((await getCase(officer, mine.id)).linkedCases).toEqual([]);
      expect((await getCase(otherUnitOfficer, theirs.id)).linkedCases).toEqual([]);
      expect((await getCase(head, mine.id)).linkedCases.map((l) => l.id)).toEqual([theirs.id]);
      expect((await getCase(head, theirs.id)).linkedCases.map((l) => l.id)).toEqual([mine.id]);
    });

    it('links persons by ID number whatever the case of the check character X', async () => {
      let id = newIdNumber();
      while (!id.endsWith('X')) id = newIdNumber();
      const person = (idNumber: string) => [{ role: 'party', type: 'person', name: '孙八', idNumber }];
      const p1 = await createCase(officer, caseInput(ids, { parties: person(id.toLowerCase()) }));
      const p2 = await createCase(officer, caseInput(ids, { parties: person(id) }));
      expect((await getCase(officer, p1.id)).linkedCases.map((l) => l.id)).toEqual([p2.id]);
      expect((await getCase(officer, p2.id)).linkedCases.map((l) => l.id)).toEqual([p1.id]);
    });
  });
});

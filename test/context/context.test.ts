// DESIGN §4 "one request context": services read "today" from the context's clock, not the wall clock,
// and a service called inside another's transaction joins it — on PGlite's single connection a second
// pool query would otherwise wait forever — so its writes commit or roll back with the caller's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.ts';
import { today, withTx, type Ctx } from '../../src/platform/context.ts';
import { personFields, unitInput } from '../../src/modules/bodies/types.ts';
import { evidenceInput } from '../../src/modules/cases/evidence/types.ts';
import { createCaseInput } from '../../src/modules/cases/types.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { contextOf, demoIds, ledgerCount, newName, sql, type DemoIds } from '../api/support.ts';
import { caseInput } from '../api/cases/case-helpers.ts';

// 10:00 in Beijing on 2 March 2026; the wall clock is somewhere else entirely.
const START = '2026-03-02T02:00:00.000Z';

/** Fails instead of hanging when a promise does not settle in time (the nested-pool symptom). */
async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not complete within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('request context: clock and transactions', () => {
  const clock = fixedClock(START);
  let t: TestApp;
  let ids: DemoIds;
  let officer: Ctx;

  beforeAll(async () => {
    t = await createTestApp({}, { clock });
    ids = await demoIds(t);
    officer = await contextOf(t, 'officer1');
  });
  afterAll(async () => t.close());

  const newCase = (ctx: Ctx, over: Record<string, unknown> = {}) =>
    t.services.cases.create(
      ctx,
      createCaseInput.parse(caseInput(ids, { openedOn: '2026-03-01', particulars: {}, ...over })),
    );
  const evidence = (collectedOn: string) =>
    evidenceInput.parse({ type: 'documentary', title: '营业执照复印件', collectedOn, version: 1 });

  describe('the clock', () => {
    it('gives every service the same "today": the fixed date, in Asia/Shanghai', () => {
      expect(today(officer)).toBe('2026-03-02');
      expect(officer.now.toISOString()).toBe(START);
    });

    it('refuses evidence collected after the fixed today, and accepts it on that day', async () => {
      const id = await newCase(officer);
      await expect(t.services.evidence.add(officer, id, evidence('2026-03-03'))).rejects.toMatchObject({
        status: 400,
        details: { field: 'collectedOn' },
      });
      const row = await t.services.evidence.add(officer, id, evidence('2026-03-02'));
      expect(row.collectedOn).toBe('2026-03-02');
    });

    it('reaches requests through the access hook: moving the clock moves today over HTTP', async () => {
      const id = await newCase(officer);
      const client = await t.login('officer1');
      const add = (collectedOn: string) =>
        client.post(`/api/v1/cases/${id}/evidence`, {
          type: 'documentary',
          title: '询问笔录',
          collectedOn,
          version: 1,
        });
      expect((await add('2026-03-03')).statusCode).toBe(400);
      clock.advance(60_000); // a minute later it is still 2 March
      expect((await add('2026-03-03')).statusCode).toBe(400);
      clock.set('2026-03-02T16:00:00.000Z'); // midnight in Beijing: 3 March
      const later = await t.login('officer1'); // the idle timeout ended the first session
      const res = await later.post(`/api/v1/cases/${id}/evidence`, {
        type: 'documentary',
        title: '询问笔录',
        collectedOn: '2026-03-03',
        version: 1,
      });
      expect(res.statusCode, res.body).toBe(200);
      clock.set(START);
    });

    it('stamps ledger entries and record versions with the clock', async () => {
      const sysadmin = await contextOf(t, 'sysadmin');
      const unit = await t.services.bodies.createUnit(
        sysadmin,
        unitInput.parse({ bodyId: ids.district, name: newName('科室'), kind: 'handling' }),
      );
      const [entry] = await sql<{ at: Date }>(
        t,
        `select at from ledger_entries where action = 'unit.created' and entity_id = $1`,
        [unit.id],
      );
      const [version] = await sql<{ at: Date }>(
        t,
        `select at from record_versions where entity_type = 'unit' and entity_id = $1`,
        [unit.id],
      );
      expect(new Date(entry!.at).toISOString()).toBe(START);
      expect(new Date(version!.at).toISOString()).toBe(START);
    });
  });

  describe('transactions', () => {
    it('a cross-service call inside a transaction joins it and completes on PGlite', async () => {
      const sysadmin = await contextOf(t, 'sysadmin');
      const name = newName('人员');
      const read = await within(
        10_000,
        withTx(sysadmin, t.services.database.db, async (tctx) => {
          // people.create asks the bodies service for the body and unit in scope: both read in tctx.
          const person = await t.services.people.create(
            tctx,
            personFields.parse({ bodyId: ids.district, unitId: null, name, gender: 'female' }),
          );
          return t.services.people.get(tctx, person.id);
        }),
      );
      expect(read.name).toBe(name);
      // A case step reaches people (officers), bodies (units) and cases (the visible case) from the
      // evidence service, all inside the caller's transaction.
      const id = await within(
        10_000,
        withTx(officer, t.services.database.db, async (tctx) => {
          const created = await newCase(tctx, { unitId: ids.units.handling });
          await t.services.evidence.add(tctx, created, evidence('2026-03-02'));
          return created;
        }),
      );
      expect((await t.services.cases.get(officer, id)).evidence).toHaveLength(1);
    });

    it("an inner service's writes roll back with the outer transaction", async () => {
      const sysadmin = await contextOf(t, 'sysadmin');
      const name = newName('人员');
      const ledgerBefore = await ledgerCount(t);
      const casesBefore = await sql<{ n: number }>(t, 'select count(*)::int as n from cases');
      let caseId = '';
      await expect(
        within(
          10_000,
          withTx(sysadmin, t.services.database.db, async (tctx) => {
            await t.services.people.create(
              tctx,
              personFields.parse({ bodyId: ids.district, unitId: null, name, gender: 'male' }),
            );
            // A second service, as another actor, in the same transaction.
            const asOfficer: Ctx = { ...officer, tx: tctx.tx };
            caseId = await newCase(asOfficer);
            await t.services.evidence.add(asOfficer, caseId, evidence('2026-03-02'));
            throw new Error('the outer step fails');
          }),
        ),
      ).rejects.toThrow('the outer step fails');
      expect(caseId).not.toBe('');
      expect(await sql(t, 'select id from people where name = $1', [name])).toEqual([]);
      expect(await sql(t, 'select id from cases where id = $1', [caseId])).toEqual([]);
      expect(await sql(t, 'select count(*)::int as n from cases')).toEqual(casesBefore);
      expect(await sql(t, `select id from record_versions where data like $1`, [`%${name}%`])).toEqual([]);
      expect(await ledgerCount(t)).toBe(ledgerBefore);
    });
  });
});

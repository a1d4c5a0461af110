// Regression (found at 3ebc212): requests that read through the connection pool while their own
// transaction held a pool connection —
//   • close_investigation: CasesService.enrich → CatalogService.reviewFor (this.db) inside act()'s transaction;
//   • POST /cases with unitId: BodiesService.listUnits (this.db) inside create()'s transaction —
// needed two connections at once. On PGlite (one connection) a single such request never answered and
// every later request queued behind it; on PostgreSQL it hung whenever the other connections were busy,
// and a burst larger than the pool deadlocked it for good. Every case request must get by with one free
// connection: here the test holds all the others, as busy concurrent requests would (none on PGlite).
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { demoIds, systemContext, type DemoIds } from '../support.ts';
import { act, addEvidence, caseInput, createCase, SIMPLE_SHEET, type CaseOut } from './case-helpers.ts';

const ANSWER_WITHIN_MS = 5_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function answered<T>(p: Promise<T>): Promise<T> {
  return Promise.race([
    p,
    sleep(ANSWER_WITHIN_MS).then(() =>
      Promise.reject(
        new Error(`no answer within ${ANSWER_WITHIN_MS} ms: waiting for a second pool connection`),
      ),
    ),
  ]);
}

describe('every case request gets by with one free pool connection', () => {
  let t: TestApp;
  let ids: DemoIds;
  let officer: Client;
  let head: Client;

  /** Runs `fn` with all connections of the app's pool but one checked out, releasing them afterwards. */
  async function withOneFreeConnection<T>(fn: () => Promise<T>): Promise<T> {
    const pool = t.services.database.pool;
    const max = (pool as unknown as { options: { max: number } }).options.max;
    const held: pg.PoolClient[] = await Promise.all(Array.from({ length: max - 1 }, () => pool.connect()));
    try {
      return await fn();
    } finally {
      for (const c of held) c.release();
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer = await t.login('officer1');
    head = await t.login('head1');
  });
  // Should a request hang again, PGlite never lets go of its connection: do not wait for it.
  afterAll(() => Promise.race([t.close(), sleep(2_000)]));

  it('立案, 调查, 调查终结 (which consults the review catalogue) and the case view', async () => {
    let c = await createCase(officer, caseInput(ids));
    await withOneFreeConnection(async () => {
      for (const [client, action] of [
        [head, { type: 'file', filedOn: '2026-08-03', approvedBy: '张局长' }],
        [officer, { type: 'start_investigation', on: '2026-08-04' }],
        [
          officer,
          {
            type: 'close_investigation',
            on: '2026-08-10',
            proposal: { kinds: ['warning'], fineFen: null },
            collectiveDiscussionRequired: false,
          },
        ],
      ] as const) {
        if (action.type === 'close_investigation') c = await addEvidence(officer, c);
        const res = await answered(act(client, c, action));
        expect(res.statusCode, res.body).toBe(200);
        c = res.json() as CaseOut;
      }
    });
    expect(c.state).toBe('investigation_closed');
    expect(c.record.reviewRequired).toBe(true);
  }, 30_000);

  it('registering a case, with and without naming its unit, and on the spot (简易程序)', async () => {
    await withOneFreeConnection(async () => {
      for (const input of [
        caseInput(ids),
        caseInput(ids, { unitId: ids.units.handling }),
        caseInput(ids, {
          particulars: { violationOn: '2026-09-10', discoveredOn: '2026-09-10' },
          simple: { decidedOn: '2026-09-10', kinds: ['warning'], fineFen: null, document: SIMPLE_SHEET },
        }),
      ]) {
        const res = await answered(officer.post('/api/v1/cases', input));
        expect(res.statusCode, res.body).toBe(201);
      }
    });
  }, 30_000);

  it('lists, deadlines, reminders and evidence', async () => {
    const c = await createCase(officer, caseInput(ids));
    await withOneFreeConnection(async () => {
      for (const url of [
        '/api/v1/cases?view=mine',
        '/api/v1/deadlines?view=unit',
        '/api/v1/reminders?since=2026-01-01',
        `/api/v1/cases/${c.id}`,
      ]) {
        const res = await answered(officer.get(url));
        expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      }
      const ev = await answered(
        officer.post(`/api/v1/cases/${c.id}/evidence`, {
          type: 'documentary',
          title: '营业执照复印件',
          collectedOn: '2026-08-05',
          version: c.version,
        }),
      );
      expect(ev.statusCode, ev.body).toBe(200);
      await answered(t.services.caseDeadlines.raiseReminders(systemContext(t)));
    });
  }, 30_000);
});

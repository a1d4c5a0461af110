// Every route of the OpenAPI document × hostile values, asserting that none is answered with a 5xx (H7,
// issue 14: "every 5xx is a bug") and that no refused request wrote anything (every table and the ledger
// head compared before and after it). For each operation a minimal valid request is drawn from its
// schemas, then one value at a time is replaced — path parameters, query parameters, body fields, the
// whole body — by NUL, lone surrogates, a 1 MB string, 5,000-deep nesting, negative, huge and fractional
// numbers, wrong types and unknown ids (requests.ts). Each route is called by a demo account allowed to
// call it, so the values get past the access check to validation and the services. Runs on PGlite, and
// on PostgreSQL with TEST_DATABASE_URL. Prints the number of requests and the count per status.
// Ids of another body: other-body.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { applicationTables } from '../helpers/table-snapshot.ts';
import { loginFrom, ROLE_ACCOUNTS, sql } from '../api/support.ts';
import { callerOf, FuzzRun, requestsFor, routeKey, type Account, type Operation } from './requests.ts';

// Routes whose valid call ends the fuzzing account's session or credentials.
const SKIP = new Set(['POST /api/v1/auth/logout', 'POST /api/v1/auth/password']);

/** What a refused request may write, and why. */
function writtenByRefusal(route: string, status: number): string[] {
  // A failed sign-in is the event itself: it is audited (H3: a ledger entry, so the ledger head moves,
  // the Merkle tree's right edge with it, and every N entries a signed tree head — C8) and counted
  // towards the account's lockout (H1: login_failures).
  if (route === 'POST /api/v1/auth/login' && status === 401)
    return ['ledger_entries', 'ledger head', 'ledger_tree', 'ledger_heads', 'login_failures'];
  return [];
}

describe('fuzz: every route × hostile values', () => {
  let t: TestApp;
  let accounts: Account[];

  beforeAll(async () => {
    t = await createTestApp();
    accounts = [];
    for (const username of Object.values(ROLE_ACCOUNTS)) {
      const [row] = await sql<{ roles: string[] }>(t, 'select roles from users where username = $1', [
        username,
      ]);
      accounts.push({ roles: row?.roles ?? [], client: await loginFrom(t, username) });
    }
  });
  afterAll(() => t.close());

  it('answers no request with a 5xx, and no refused request writes anything', async () => {
    const doc = (await t.anonymous().get('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const run = new FuzzRun(t, await applicationTables(t), writtenByRefusal);
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [m, op] of Object.entries(ops)) {
        const method = m.toUpperCase();
        const route = routeKey(method, path);
        // Upload routes too: their path and query values, sent without a form (requests.ts draws JSON only).
        if (SKIP.has(route)) continue;
        const client = callerOf(t, accounts, route);
        for (const r of requestsFor(method, path, op)) await run.send(client, route, r);
      }
    }
    console.log(run.summary('fuzz'));
    expect(run.failures).toEqual([]);
    expect(run.writes).toEqual([]);
    expect(run.requests).toBeGreaterThan(1000);
    // Thousands of requests: about a minute on an idle core, several while the suite shares the machine.
  }, 600_000);
});

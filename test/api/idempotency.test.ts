// Issue 14, finding 8: two identical `POST /api/v1/cases` created two cases. With an Idempotency-Key
// (IETF draft-ietf-httpapi-idempotency-key-header) a retried create returns the first response and writes
// nothing; the key is per account, answers only the very same request, expires after 24 h, and is
// checked for its format. Runs on PGlite and, with TEST_DATABASE_URL, on PostgreSQL.
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moduleJobs } from '../../src/app.ts';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { testClock } from '../helpers/clock.ts';
import { demoIds, expectError, ledgerCount, sql, type DemoIds } from './support.ts';
import { caseInput, createCase, rowCounts, type CaseOut, type ErrorOut } from './cases/case-helpers.ts';

const CASES = '/api/v1/cases';
const DAY_MS = 24 * 3600_000;

const post = (client: Client, url: string, body: unknown, key?: string) =>
  client.request({
    method: 'POST',
    url,
    payload: body as object,
    ...(key === undefined ? {} : { headers: { 'idempotency-key': key } }),
  });

const replayed = (res: LightMyRequestResponse) => res.headers['idempotent-replayed'] === 'true';

async function keyRows(t: TestApp, key: string) {
  return sql<{ user_id: string; status: number | null; response: string | null }>(
    t,
    'select user_id, status, response from idempotency_keys where key = $1',
    [key],
  );
}

describe('Idempotency-Key on creates', () => {
  const clock = testClock();
  let t: TestApp;
  let ids: DemoIds;
  let officer: Client;
  let officer2: Client;

  beforeAll(async () => {
    t = await createTestApp({}, { clock });
    ids = await demoIds(t);
    officer = await t.login('officer1');
    officer2 = await t.login('officer2');
  });
  afterAll(() => t.close());

  it('a retry returns the first response (same id, same body) and writes nothing more', async () => {
    const key = randomUUID();
    const input = caseInput(ids);
    const before = await rowCounts(t);
    const first = await post(officer, CASES, input, key);
    expect(first.statusCode, first.body).toBe(201);
    const afterFirst = await rowCounts(t);
    expect(afterFirst.cases).toBe(before.cases + 1);

    // The same submit again, its keys in another order: the client re-serialised the same object.
    const reordered = Object.fromEntries(Object.entries(input).reverse());
    const again = await post(officer, CASES, reordered, key);
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect(replayed(again)).toBe(true);
    expect(replayed(first)).toBe(false);
    expect((again.json() as CaseOut).id).toBe((first.json() as CaseOut).id);
    expect(await rowCounts(t)).toEqual(afterFirst);

    // The key's draft form (an sf-string in double quotes) names the same key.
    const quoted = await post(officer, CASES, input, `"${key}"`);
    expect(quoted.body).toBe(first.body);
    expect(await rowCounts(t)).toEqual(afterFirst);
  });

  it('without a key, two identical creates still make two cases (behaviour as before)', async () => {
    const input = caseInput(ids);
    const before = await rowCounts(t);
    const a = await createCase(officer, input);
    const b = await createCase(officer, input);
    expect(a.id).not.toBe(b.id);
    expect((await rowCounts(t)).cases).toBe(before.cases + 2);
  });

  it('the same key with a different request is 422 IDEMPOTENCY_KEY_REUSED and writes nothing', async () => {
    const key = randomUUID();
    const first = await post(officer, CASES, caseInput(ids), key);
    expect(first.statusCode, first.body).toBe(201);
    const before = await rowCounts(t);
    const ledger = await ledgerCount(t);
    const other = await post(officer, CASES, caseInput(ids, { cause: '超范围执业' }), key);
    expectError(other, 422, 'IDEMPOTENCY_KEY_REUSED');
    expect((other.json() as ErrorOut).message).toContain('Idempotency-Key');
    // Another route under the same key is another request too.
    const elsewhere = await post(officer, '/api/v1/auth/tokens', { name: 'x' }, key);
    expectError(elsewhere, 422, 'IDEMPOTENCY_KEY_REUSED');
    expect(await rowCounts(t)).toEqual(before);
    expect(await ledgerCount(t)).toBe(ledger);
  });

  it('10 identical requests at once under one key make exactly one case', async () => {
    const key = randomUUID();
    const input = caseInput(ids);
    const before = await rowCounts(t);
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(officer, CASES, input, key)));
    const created = responses.filter((r) => r.statusCode === 201);
    const busy = responses.filter((r) => r.statusCode === 409);
    expect(created.length + busy.length, responses.map((r) => r.body).join('\n')).toBe(10);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const r of busy) expectError(r, 409, 'IDEMPOTENCY_IN_FLIGHT');
    expect(new Set(created.map((r) => (r.json() as CaseOut).id)).size).toBe(1);
    expect(created.filter((r) => !replayed(r))).toHaveLength(1);
    expect((await rowCounts(t)).cases).toBe(before.cases + 1);
    // Whatever was busy then gets the first response now.
    const later = await post(officer, CASES, input, key);
    expect(later.body).toBe(created[0]!.body);
    console.log(
      `10 parallel requests, one key (${t.services.database.kind}): ${created.length} × 201, ${busy.length} × 409, 1 case`,
    );
  });

  it("keys are per account: another account's same key is independent and never sees the response", async () => {
    const key = randomUUID();
    const input = caseInput(ids);
    const mine = await post(officer, CASES, input, key);
    expect(mine.statusCode, mine.body).toBe(201);
    const before = await rowCounts(t);
    const theirs = await post(officer2, CASES, input, key);
    expect(theirs.statusCode, theirs.body).toBe(201);
    expect(replayed(theirs)).toBe(false);
    expect((theirs.json() as CaseOut).id).not.toBe((mine.json() as CaseOut).id);
    expect((await rowCounts(t)).cases).toBe(before.cases + 1);
    expect((await keyRows(t, key)).map((r) => r.user_id).sort()).toEqual(
      [ids.userOf.officer1, ids.userOf.officer2].sort(),
    );
  });

  it('the stored response is sealed: no party name, ID number or token in the table', async () => {
    const key = randomUUID();
    const res = await post(officer, '/api/v1/auth/tokens', { name: '对接测试' }, key);
    expect(res.statusCode, res.body).toBe(201);
    const { token } = res.json() as { token: string };
    const again = await post(officer, '/api/v1/auth/tokens', { name: '对接测试' }, key);
    expect((again.json() as { token: string }).token).toBe(token);
    const [row] = await keyRows(t, key);
    expect(row!.status).toBe(201);
    expect(row!.response).toMatch(/^sm4v1\./);
    expect(row!.response).not.toContain(token);
    const [dump] = await sql<{ text: string }>(
      t,
      `select string_agg(i::text, ',') as text from idempotency_keys i`,
    );
    expect(dump!.text).not.toContain(token);
    expect(dump!.text).not.toContain('示范口腔诊所');

    // A row copied under another account's key does not open there (sealed to account and key).
    const stolen = randomUUID();
    await sql(
      t,
      `insert into idempotency_keys (user_id, key, fingerprint, status, content_type, response, created_at, expires_at)
       select $1, $2, fingerprint, status, content_type, response, created_at, expires_at from idempotency_keys
       where key = $3`,
      [ids.userOf.officer2, stolen, key],
    );
    const copy = await post(officer2, '/api/v1/auth/tokens', { name: '对接测试' }, stolen);
    expect(copy.statusCode).toBe(500);
    expect(copy.body).not.toContain(token);
    expect((copy.json() as { code: string }).code).toBe('INTEGRITY_FAILED');
  });

  it('a malformed key is a 400 naming the header, and nothing is written', async () => {
    const before = await rowCounts(t);
    const bad = [
      '',
      'a'.repeat(256),
      'has space',
      '案件',
      'tab\there',
      '"unterminated',
      '"a"b"',
      '"bad \\escape"',
      '""',
      'a, b',
    ];
    for (const key of bad) {
      const res = await post(officer, CASES, caseInput(ids), key);
      expectError(res, 400, 'VALIDATION_FAILED');
      const { details } = res.json() as ErrorOut;
      expect(details?.issues?.[0]?.field, `${JSON.stringify(key)}: ${res.body}`).toBe('Idempotency-Key');
    }
    const twice = await officer.request({
      method: 'POST',
      url: CASES,
      payload: caseInput(ids),
      headers: { 'idempotency-key': ['k1', 'k2'] },
    });
    expectError(twice, 400, 'VALIDATION_FAILED');
    expect(await rowCounts(t)).toEqual(before);
    // The longest key allowed, and one of every visible ASCII character, are keys.
    const longest = await post(officer, CASES, caseInput(ids), 'k'.repeat(255));
    expect(longest.statusCode, longest.body).toBe(201);
    const visible = Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i)).join('');
    expect((await post(officer, CASES, caseInput(ids), visible)).statusCode).toBe(201);
  });

  it('a refused request is remembered (400, 422); a conflict (409) is not, so its retry runs again', async () => {
    const key = randomUUID();
    const before = await rowCounts(t);
    const invalid = await post(officer, CASES, { ...caseInput(ids), kind: 'nonsense' }, key);
    expectError(invalid, 400, 'VALIDATION_FAILED');
    const again = await post(officer, CASES, { ...caseInput(ids), kind: 'nonsense' }, key);
    expect(again.body).toBe(invalid.body);
    expect(replayed(again)).toBe(true);

    const c = await createCase(officer, caseInput(ids));
    const staleKey = randomUUID();
    const evidence = {
      type: 'documentary',
      title: '营业执照复印件',
      collectedOn: '2026-08-01',
      version: c.version + 5,
    };
    const stale = await post(officer, `/api/v1/cases/${c.id}/evidence`, evidence, staleKey);
    expectError(stale, 409, 'VERSION_CONFLICT');
    expect(await keyRows(t, staleKey)).toEqual([expect.objectContaining({ status: null, response: null })]);
    const retried = await post(officer, `/api/v1/cases/${c.id}/evidence`, evidence, staleKey);
    expectError(retried, 409, 'VERSION_CONFLICT');
    expect(replayed(retried)).toBe(false);
    expect((await rowCounts(t)).evidence).toBe(before.evidence);
  });

  it('a key whose request died (pending, unlocked) runs again on retry — its writes never committed', async () => {
    const key = randomUUID();
    const input = caseInput(ids);
    const fingerprint = t.services.idempotency.fingerprint('POST', CASES, input);
    await sql(
      t,
      `insert into idempotency_keys (user_id, key, fingerprint, created_at, expires_at)
       values ($1, $2, $3, $4, $5)`,
      [ids.userOf.officer1, key, fingerprint, clock.now(), new Date(clock.now().getTime() + DAY_MS)],
    );
    const before = await rowCounts(t);
    const res = await post(officer, CASES, input, key);
    expect(res.statusCode, res.body).toBe(201);
    expect(replayed(res)).toBe(false);
    expect((await rowCounts(t)).cases).toBe(before.cases + 1);
    expect((await keyRows(t, key))[0]!.status).toBe(201);
  });

  it('a key expires after 24 h: then it runs again, and the hourly job removes the stored response', async () => {
    const key = randomUUID();
    const input = caseInput(ids);
    const first = await post(officer, CASES, input, key);
    expect(first.statusCode, first.body).toBe(201);
    try {
      clock.advance(DAY_MS - 1000);
      let fresh = await t.login('officer1');
      expect((await post(fresh, CASES, input, key)).body).toBe(first.body);
      expect(await t.services.idempotency.removeExpired(clock.now())).toBe(0);

      clock.advance(2000);
      expect(await keyRows(t, key)).toHaveLength(1);
      // The scheduled job, as `serve` registers it with pg-boss.
      const job = moduleJobs(t.services, t.config).find((j) => j.name === 'idempotency-keys-expiry')!;
      expect(job).toMatchObject({ cron: '17 * * * *', runOnStart: true });
      const { removed } = (await job.run()) as { removed: number };
      expect(removed).toBeGreaterThanOrEqual(1);
      expect(await keyRows(t, key)).toEqual([]);

      fresh = await t.login('officer1');
      const before = await rowCounts(t);
      const after = await post(fresh, CASES, input, key);
      expect(after.statusCode, after.body).toBe(201);
      expect((after.json() as CaseOut).id).not.toBe((first.json() as CaseOut).id);
      expect((await rowCounts(t)).cases).toBe(before.cases + 1);
    } finally {
      clock.set(testClock().now());
    }
  });

  it('an expired key is replaced at its next use even before the job has run', async () => {
    const key = randomUUID();
    const input = caseInput(ids);
    const first = await post(officer, CASES, input, key);
    try {
      clock.advance(DAY_MS + 1000);
      const fresh = await t.login('officer1');
      const other = await post(fresh, CASES, caseInput(ids, { cause: '超范围执业' }), key);
      expect(other.statusCode, other.body).toBe(201);
      expect((other.json() as CaseOut).id).not.toBe((first.json() as CaseOut).id);
    } finally {
      clock.set(testClock().now());
    }
  });
});

describe('Idempotency-Key while the first request is in flight', () => {
  let t: TestApp;
  let ids: DemoIds;
  let officer: Client;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer = await t.login('officer1');
  });
  afterAll(() => t.close());

  it('PostgreSQL: a retry while the first runs gets 409 IDEMPOTENCY_IN_FLIGHT, then the first response', async () => {
    const store = t.services.idempotency;
    const ref = { userId: ids.userOf.officer1!, key: randomUUID() };
    const input = caseInput(ids);
    const fingerprint = store.fingerprint('POST', CASES, input);
    const first = await store.admit(ref, fingerprint, t.services.clock.now());
    expect(first.kind).toBe('run');
    if (first.kind !== 'run') return;
    const body = JSON.stringify({ id: 'first' });
    if (t.services.database.kind === 'postgres') {
      const busy = await post(officer, CASES, input, ref.key);
      expectError(busy, 409, 'IDEMPOTENCY_IN_FLIGHT');
      await first.finish({ status: 201, contentType: 'application/json; charset=utf-8', body });
    } else {
      // PGlite has one connection: the retry waits for the first to finish, then gets its answer.
      const waiting = post(officer, CASES, input, ref.key);
      await first.finish({ status: 201, contentType: 'application/json; charset=utf-8', body });
      expect((await waiting).body).toBe(body);
    }
    const after = await post(officer, CASES, input, ref.key);
    expect(after.statusCode).toBe(201);
    expect(after.body).toBe(body);
  });
});

// A statement the database refuses must leave the embedded database usable for the next one (issue 14,
// finding 3): before, pg-pool's replacement client shared PGlite's connection object with the client it
// replaced and received that client's late replies — the next query failed with "Connection terminated
// unexpectedly" or "Received unexpected rowDescription message from backend".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/platform/db/client.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';

describe('a failed statement on PGlite', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite', dir: 'memory://' });
  });
  afterAll(() => database.close());

  const failing: [string, () => Promise<unknown>][] = [
    ['a value that fails a cast', () => database.pool.query('select $1::int as n', ['abc'])],
    ['a NUL byte in a text value', () => database.pool.query('select $1::text as t', ['a\u0000b'])],
    [
      'a named statement that fails at execution',
      () => database.pool.query({ name: 'failing_cast', text: 'select $1::int as n', values: ['x'] }),
    ],
    ['a syntax error', () => database.pool.query('select from where')],
  ];

  it.each(failing)('%s fails alone and the next statements run', async (_what, fail) => {
    await expect(fail()).rejects.toMatchObject({ code: expect.stringMatching(/^[0-9A-Z]{5}$/) });
    expect((await database.pool.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
    expect((await database.pool.query('select $1::int as two', [2])).rows).toEqual([{ two: 2 }]);
    const named = await database.pool.query({
      name: 'failing_cast',
      text: 'select $1::int as n',
      values: ['7'],
    });
    expect(named.rows).toEqual([{ n: 7 }]);
  });

  it('concurrent statements queued behind a failing one all get their own answers', async () => {
    const results = await Promise.allSettled([
      database.pool.query('select $1::int as n', ['bad']),
      ...[1, 2, 3, 4].map((i) => database.pool.query('select $1::int as n', [i])),
    ]);
    expect(results[0]?.status).toBe('rejected');
    expect(results.slice(1).map((r) => (r.status === 'fulfilled' ? r.value.rows : r.reason))).toEqual([
      [{ n: 1 }],
      [{ n: 2 }],
      [{ n: 3 }],
      [{ n: 4 }],
    ]);
  });
});

describe('a bad portal request on PGlite', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('does not break the next visitor’s pages', async () => {
    const visitor = t.anonymous();
    expect((await visitor.get('/officers?q=%00')).statusCode).toBe(400);
    for (const url of ['/', '/officers', '/bodies'])
      expect({ url, status: (await visitor.get(url)).statusCode }).toEqual({ url, status: 200 });
  });
});

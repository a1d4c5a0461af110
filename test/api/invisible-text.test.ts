// A name, title or reason that holds nothing visible — zero-width spaces, joiners, a BOM, ideographic
// spaces — is refused like an empty one, naming the field, and nothing is written (issue 14, finding 8:
// such a name was accepted and showed blank on the portal). Visible text keeps what is inside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { createPerson, demoIds, loginFrom, personInput, bodyInput, sql, type DemoIds } from './support.ts';
import { caseInput, createCase, expectFieldError, rowCounts } from './cases/case-helpers.ts';

const INVISIBLE = ['\u200b\u200b', '\u200c\u200d\u2060', '\ufeff', '\u3000\u200b ', '\u00ad\u3164'];

describe('invisible-only text where something must be written', () => {
  let t: TestApp;
  let ids: DemoIds;
  let sysadmin: Client;
  let officer: Client;
  const count = async (table: string) =>
    (await sql<{ n: number }>(t, `select count(*)::int as n from ${table}`))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    sysadmin = await loginFrom(t, 'sysadmin');
    officer = await loginFrom(t, 'officer1');
  });
  afterAll(() => t.close());

  it.each(INVISIBLE)('a person named %j is refused', async (name) => {
    const before = await count('people');
    expectFieldError(await sysadmin.post('/api/v1/people', personInput(ids.district, { name })), 'name');
    expect(await count('people')).toBe(before);
  });

  it.each(INVISIBLE)('a body named %j is refused', async (name) => {
    const before = await count('bodies');
    expectFieldError(await sysadmin.post('/api/v1/bodies', bodyInput(ids.district, { name })), 'name');
    expect(await count('bodies')).toBe(before);
  });

  it('a change reason of invisible characters is refused; the record keeps its version', async () => {
    const { id, input } = await createPerson(sysadmin, ids.district);
    const { bodyId: _b, ...fields } = input;
    for (const reason of INVISIBLE) {
      const res = await sysadmin.put(`/api/v1/people/${id}`, { ...fields, post: '组长', version: 1, reason });
      expectFieldError(res, 'reason');
    }
    const [row] = await sql<{ version: number }>(t, 'select version from people where id = $1', [id]);
    expect(row!.version).toBe(1);
  });

  it('a party named with zero-width spaces and an evidence title of them are refused', async () => {
    const before = await rowCounts(t);
    const party = { ...(caseInput(ids).parties as object[])[0], name: '\u200b\u200b\u200b' };
    expectFieldError(
      await officer.post('/api/v1/cases', { ...caseInput(ids), parties: [party] }),
      'parties.0.name',
    );
    expect(await rowCounts(t)).toEqual(before);
    const c = await createCase(officer, caseInput(ids));
    const evidence = {
      type: 'electronic',
      title: '\u2060\u200b',
      source: '现场提取',
      collectedOn: '2026-08-05',
      collectedBy: '执法人员',
    };
    expectFieldError(await officer.post(`/api/v1/cases/${c.id}/evidence`, evidence), 'title');
  });

  it('visible text is kept, invisible characters only trimmed at its ends', async () => {
    const res = await sysadmin.post(
      '/api/v1/people',
      personInput(ids.district, { name: '\u200b张\u200b三\u3000' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await sql<{ name: string }>(t, 'select name from people where id = $1', [
      (res.json() as { id: string }).id,
    ]);
    expect(row!.name).toBe('张\u200b三');
  });
});

// C6, C10, H2 every path to a record for those who may not take it: anonymous callers (401), a session
// without its CSRF header (403), a role that may read cases but not handle them (403 on upload), an
// officer not on the case (403), officers of another unit or body (404: the case does not exist for
// them), and anyone but the uploader on an upload in progress (404) — and nothing registered by any.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import {
  demoIds,
  insertBodySql,
  insertPersonSql,
  insertUserSql,
  loginFrom,
  sql,
  type DemoIds,
} from '../support.ts';
import { caseInput, createCase } from '../cases/case-helpers.ts';
import { details, makeClip, meta, TusHttp } from './tus-client.ts';

describe('record access', () => {
  let t: TestApp;
  let ids: DemoIds;
  let base: string;
  let officer1: Client;
  let reviewer: Client;
  let colleague: Client;
  let otherUnit: Client;
  let otherBody: Client;
  let caseId: string;
  let clip: Buffer;
  let location: string;

  async function accountFor(bodyId: string, unitId: string | null, roles: string[], personId?: string) {
    const pid = personId ?? (await insertPersonSql(t, bodyId));
    if (!personId) await sql(t, 'update people set unit_id = $1 where id = $2', [unitId, pid]);
    const u = await insertUserSql(t, bodyId, roles);
    await sql(t, 'update users set person_id = $1 where id = $2', [pid, u.id]);
    return loginFrom(t, u.username);
  }

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer1 = await loginFrom(t, 'officer1');
    reviewer = await loginFrom(t, 'reviewer1');
    const [person] = await sql<{ id: string }>(
      t,
      `select p.id from people p where p.unit_id = $1
        and not exists (select 1 from users s where s.person_id = p.id) order by p.name limit 1`,
      [ids.units.handling],
    );
    colleague = await accountFor(ids.district, null, ['officer'], person!.id);
    otherUnit = await accountFor(ids.district, ids.units.licensing, ['officer']);
    otherBody = await accountFor(
      await insertBodySql(t, ids.city, { name: '示范市另一区卫生健康委员会' }),
      null,
      ['officer'],
    );
    caseId = (await createCase(officer1, caseInput(ids))).id;
    clip = makeClip(1);
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const created = await TusHttp.of(base, officer1).create(clip.length, meta(details(caseId)));
    location = created.headers.location as string;
    await TusHttp.of(base, officer1).patch(location, 0, clip.subarray(0, 100));
  }, 60_000);
  afterAll(() => t.close());

  const recordCount = async () =>
    Number((await sql<{ n: number }>(t, 'select count(*)::int n from av_records'))[0]!.n);

  it('refuses to create an upload to everyone but an officer of the case', async () => {
    const m = meta(details(caseId));
    const anon = new TusHttp(base, {});
    expect((await anon.create(clip.length, m)).status).toBe(401);
    const noCsrf = new TusHttp(base, { cookie: officer1.cookie! });
    expect((await noCsrf.create(clip.length, m)).status).toBe(403);
    expect((await TusHttp.of(base, reviewer).create(clip.length, m)).status).toBe(403);
    expect((await TusHttp.of(base, colleague).create(clip.length, m)).status).toBe(403);
    expect((await TusHttp.of(base, otherUnit).create(clip.length, m)).status).toBe(404);
    expect((await TusHttp.of(base, otherBody).create(clip.length, m)).status).toBe(404);
    expect((await anon.send('OPTIONS', '/api/v1/uploads', {})).status).toBe(401);
  });

  it('lets nobody but the uploader inspect, continue or end an upload', async () => {
    for (const who of [colleague, otherUnit, otherBody]) {
      const tus = TusHttp.of(base, who);
      expect((await tus.head(location)).status).toBe(404);
      expect((await tus.patch(location, 100, clip.subarray(100))).status).toBe(404);
      expect((await tus.send('DELETE', location, {})).status).toBe(404);
    }
    expect((await TusHttp.of(base, reviewer).head(location)).status).toBe(403);
    expect((await new TusHttp(base, {}).head(location)).status).toBe(401);
    const own = await TusHttp.of(base, officer1).head(location);
    expect([own.status, own.headers['upload-offset']]).toEqual([200, '100']);
    expect(await recordCount()).toBe(0);
  });

  it('ends an upload for its uploader (termination), after which it is gone', async () => {
    const tus = TusHttp.of(base, officer1);
    const created = await tus.create(clip.length, meta(details(caseId)));
    const loc = created.headers.location as string;
    expect((await tus.send('DELETE', loc, {})).status).toBe(204);
    expect((await tus.head(loc)).status).toBe(404);
  });

  it('shows records, their files and posters only to readers of the case', async () => {
    const tus = TusHttp.of(base, officer1);
    const done = await tus.patch(location, 100, clip.subarray(100));
    expect(done.status, done.body).toBe(204);
    const urls = [
      `/api/v1/cases/${caseId}/records`,
      `/api/v1/cases/${caseId}/records/1/file`,
      `/api/v1/cases/${caseId}/records/1/poster`,
    ];
    for (const url of urls) {
      expect((await t.anonymous().get(url)).statusCode, url).toBe(401);
      expect((await otherUnit.get(url)).statusCode, url).toBe(404);
      expect((await otherBody.get(url)).statusCode, url).toBe(404);
      expect((await reviewer.get(url)).statusCode, url).toBe(200);
      expect((await officer1.get(url)).statusCode, url).toBe(200);
    }
    expect((await officer1.get(`/api/v1/cases/${caseId}/records/2/file`)).statusCode).toBe(404);
  });
});

// A1–A2, A4 over HTTP: bodies and units — create, edit with versions, optimistic locking, bad input on
// every endpoint, data scope across sibling bodies, delegation agreements, the reviewer indicator.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import {
  bodyInput,
  createBody,
  createCertificate,
  createPerson,
  demoIds,
  expectError,
  insertBodySql,
  insertPersonSql,
  insertUserSql,
  ledgerCount,
  lastLedgerEntries,
  loginFrom,
  multipart,
  newCreditCode,
  randomId,
  sql,
  type BodyOut,
  type DemoIds,
} from './support.ts';
import { serverToday } from '../helpers/clock.ts';
import { demoDisplayName } from '../helpers/demo.ts';

interface UnitOut {
  id: string;
  bodyId: string;
  name: string;
  kind: string;
  phone: string;
  version: number;
}
interface VersionOut {
  version: number;
  reason: string;
  authorName: string;
  at: string;
  data: Record<string, unknown>;
}

describe('bodies and units', () => {
  let t: TestApp;
  let ids: DemoIds;
  let sysadmin: Client;
  let officer: Client;
  let unitHead: Client;
  let head: Client;
  let sibling: string;
  let cityHead: Client;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    sysadmin = await loginFrom(t, 'sysadmin');
    officer = await loginFrom(t, 'officer1');
    unitHead = await loginFrom(t, 'unithead1');
    head = await loginFrom(t, 'head1');
    // A sibling of the district under 示范市, with its own people, and a head at the city level.
    sibling = await insertBodySql(t, ids.city, { name: '示范市另一区卫生健康委员会' });
    await insertPersonSql(t, sibling);
    cityHead = await loginFrom(t, (await insertUserSql(t, ids.city, ['head'])).username);
  });
  afterAll(async () => t.close());

  const bodyCount = async () =>
    Number((await sql<{ n: number }>(t, 'select count(*)::int as n from bodies'))[0]!.n);
  const getBody = async (id: string) => (await sysadmin.get(`/api/v1/bodies/${id}`)).json() as BodyOut;

  describe('create, read, list, search', () => {
    it('creates a subordinate body of the district, versioned and logged', async () => {
      const input = bodyInput(ids.district);
      const count = await ledgerCount(t);
      const res = await sysadmin.post('/api/v1/bodies', input);
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json() as BodyOut;
      const { parentId, ...fields } = input;
      expect(body).toEqual({
        ...fields,
        authorityKinds: ['health'], // the default: a 卫生健康主管部门
        id: body.id,
        parentId,
        delegatedById: null,
        delegationScope: null,
        delegationValidFrom: null,
        delegationValidTo: null,
        delegationAgreementKey: null,
        delegationAgreementName: null,
        version: 1,
        updatedAt: body.updatedAt,
      });
      expect(await getBody(body.id)).toEqual(body);
      const [path] = await sql<{ path: string }>(t, 'select path from bodies where id = $1', [body.id]);
      expect(path!.path).toMatch(new RegExp(`/${ids.district}/${body.id}/$`));
      expect(await ledgerCount(t)).toBe(count + 1);
      const [entry] = await lastLedgerEntries(t, 1);
      expect(entry).toMatchObject({
        action: 'body.created',
        entity_id: body.id,
        actor_name: demoDisplayName('sysadmin'),
        payload: JSON.stringify({ name: input.name, parentId: ids.district }),
      });
    });

    it('lists the bodies in scope and searches by name and credit code', async () => {
      const created = await createBody(sysadmin, ids.district, { name: '搜索测试卫生监督所' });
      const all = (await sysadmin.get('/api/v1/bodies')).json() as BodyOut[];
      expect(all.map((b) => b.id)).toEqual(expect.arrayContaining([ids.district, ids.brigade, created.id]));
      expect(all.map((b) => b.id)).not.toContain(ids.city);
      const byName = (
        await sysadmin.get(`/api/v1/bodies?q=${encodeURIComponent('搜索测试')}`)
      ).json() as BodyOut[];
      expect(byName.map((b) => b.id)).toEqual([created.id]);
      const byCode = (
        await sysadmin.get(`/api/v1/bodies?q=${created.creditCode.slice(4, 14).toLowerCase()}`)
      ).json() as BodyOut[];
      expect(byCode.map((b) => b.id)).toEqual([created.id]);
      const none = (
        await sysadmin.get(`/api/v1/bodies?q=${encodeURIComponent('不存在的名称')}`)
      ).json() as BodyOut[];
      expect(none).toEqual([]);
    });

    it('shows an officer only their own body', async () => {
      const list = (await officer.get('/api/v1/bodies')).json() as BodyOut[];
      expect(list.map((b) => b.id)).toEqual([ids.district]);
      expectError(await officer.get(`/api/v1/bodies/${ids.brigade}`), 404, 'NOT_FOUND');
    });
  });

  describe('versions and optimistic locking', () => {
    it('keeps every state with its reason', async () => {
      const body = await createBody(sysadmin, ids.district);
      const {
        id: _id,
        parentId: _p,
        version,
        updatedAt: _u,
        delegationAgreementKey: _k,
        delegationAgreementName: _n,
        ...fields
      } = body;
      const res = await sysadmin.put(`/api/v1/bodies/${body.id}`, {
        ...fields,
        name: `${body.name}（更名）`,
        staffing: 20,
        version,
        reason: '机构改革更名',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ name: `${body.name}（更名）`, staffing: 20, version: 2 });

      const versions = (await sysadmin.get(`/api/v1/bodies/${body.id}/versions`)).json() as VersionOut[];
      expect(versions.map((v) => [v.version, v.reason, v.authorName, v.data.name, v.data.staffing])).toEqual([
        [1, '新建', demoDisplayName('sysadmin'), body.name, 12],
        [2, '机构改革更名', demoDisplayName('sysadmin'), `${body.name}（更名）`, 20],
      ]);
      const [entry] = await lastLedgerEntries(t, 1);
      expect(entry).toMatchObject({
        action: 'body.updated',
        entity_id: body.id,
        payload: JSON.stringify({ reason: '机构改革更名', version: 2 }),
      });
    });

    it('refuses an edit without a reason', async () => {
      const body = await createBody(sysadmin, ids.district);
      const {
        id: _id,
        parentId: _p,
        updatedAt: _u,
        delegationAgreementKey: _k,
        delegationAgreementName: _n,
        ...fields
      } = body;
      const count = await ledgerCount(t);
      for (const reason of [undefined, '', ' x ']) {
        const res = await sysadmin.put(`/api/v1/bodies/${body.id}`, {
          ...fields,
          name: '无理由修改',
          ...(reason === undefined ? {} : { reason }),
        });
        expectError(res, 400, 'VALIDATION_FAILED');
        expect((res.json() as { message: string }).message).toContain('reason');
      }
      expect(await getBody(body.id)).toEqual(body);
      expect(await ledgerCount(t)).toBe(count);
    });

    it('lets exactly one of two concurrent edits of the same version win', async () => {
      const body = await createBody(sysadmin, ids.district);
      const {
        id: _id,
        parentId: _p,
        updatedAt: _u,
        delegationAgreementKey: _k,
        delegationAgreementName: _n,
        ...fields
      } = body;
      const edit = (name: string) =>
        sysadmin.put(`/api/v1/bodies/${body.id}`, { ...fields, name, reason: `改为${name}` });
      const [a, b] = await Promise.all([edit('并发甲'), edit('并发乙')]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const [winner, loser] = a.statusCode === 200 ? [a, b] : [b, a];
      expectError(loser, 409, 'VERSION_CONFLICT');
      const final = await getBody(body.id);
      expect(final).toEqual(winner.json());
      expect(final.version).toBe(2);
      const versions = (await sysadmin.get(`/api/v1/bodies/${body.id}/versions`)).json() as VersionOut[];
      expect(versions.map((v) => [v.version, v.data.name])).toEqual([
        [1, body.name],
        [2, final.name],
      ]);
    });

    it('refuses a stale version, changing nothing', async () => {
      const body = await createBody(sysadmin, ids.district);
      const {
        id: _id,
        parentId: _p,
        updatedAt: _u,
        delegationAgreementKey: _k,
        delegationAgreementName: _n,
        ...fields
      } = body;
      expect(
        (await sysadmin.put(`/api/v1/bodies/${body.id}`, { ...fields, name: '第一次修改', reason: '第一次' }))
          .statusCode,
      ).toBe(200);
      const current = await getBody(body.id);
      const count = await ledgerCount(t);
      expectError(
        await sysadmin.put(`/api/v1/bodies/${body.id}`, { ...fields, name: '过期修改', reason: '第二次' }),
        409,
        'VERSION_CONFLICT',
      );
      expect(await getBody(body.id)).toEqual(current);
      expect(await ledgerCount(t)).toBe(count);
    });
  });

  describe('bad input', () => {
    async function refusedCreate(
      over: Record<string, unknown>,
      status: number,
      code: string,
      field?: string,
    ) {
      const input = { ...bodyInput(ids.district), ...over };
      for (const [k, v] of Object.entries(over))
        if (v === undefined) delete (input as Record<string, unknown>)[k];
      const before = { bodies: await bodyCount(), ledger: await ledgerCount(t) };
      const res = await sysadmin.post('/api/v1/bodies', input);
      expectError(res, status, code);
      if (field) expect((res.json() as { message: string }).message).toContain(field);
      expect({ bodies: await bodyCount(), ledger: await ledgerCount(t) }).toEqual(before);
      return res;
    }

    it.each([
      ['name', { name: undefined }],
      ['creditCode', { creditCode: undefined }],
      ['parentId', { parentId: undefined }],
      ['legalRepresentative', { legalRepresentative: '' }],
      ['level', { level: 'township' }],
      ['nature', { nature: '事业单位' }],
      ['staffing', { staffing: 'twelve' }],
      ['staffing', { staffing: -1 }],
      ['name', { name: 42 }],
      ['complaintPhone', { complaintPhone: 'call me' }],
      ['shortName', { shortName: '超过十个字的地区简称测试' }],
      ['parentId', { parentId: 'not-a-uuid' }],
    ])('refuses a bad %s with 400', async (field, over) => {
      await refusedCreate(over, 400, 'VALIDATION_FAILED', field);
    });

    it('refuses a credit code with a wrong check character, naming the rule', async () => {
      const good = newCreditCode();
      const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
      const res = await refusedCreate({ creditCode: bad }, 400, 'VALIDATION_FAILED', 'creditCode');
      expect((res.json() as { message: string }).message).toContain('统一社会信用代码不正确');
      await refusedCreate({ creditCode: '91350100M000100Y42' }, 400, 'VALIDATION_FAILED', 'creditCode');
    });

    it('accepts a lower-case credit code and stores it upper-case', async () => {
      const code = '91350100m000100y43';
      const res = await sysadmin.post('/api/v1/bodies', bodyInput(ids.district, { creditCode: code }));
      expect(res.statusCode, res.body).toBe(201);
      expect((res.json() as BodyOut).creditCode).toBe('91350100M000100Y43');
    });

    it('refuses a subordinate body of a higher level than its parent (province → city → county)', async () => {
      await refusedCreate({ level: 'province' }, 400, 'VALIDATION_FAILED');
      await refusedCreate({ level: 'city' }, 400, 'VALIDATION_FAILED');
    });

    it('refuses a duplicate credit code with 409 DUPLICATE', async () => {
      const existing = await createBody(sysadmin, ids.district);
      await refusedCreate({ creditCode: existing.creditCode }, 409, 'DUPLICATE');
    });

    it('refuses an unknown or out-of-scope parent with 404', async () => {
      await refusedCreate({ parentId: randomId() }, 404, 'NOT_FOUND');
      await refusedCreate({ parentId: ids.city }, 404, 'NOT_FOUND');
      await refusedCreate({ parentId: sibling }, 404, 'NOT_FOUND');
    });

    it('refuses a JSON body over 1 MB with 413 PAYLOAD_TOO_LARGE', async () => {
      await refusedCreate({ duties: '职'.repeat(400_000) }, 413, 'PAYLOAD_TOO_LARGE');
    });

    it('refuses malformed JSON with 400', async () => {
      const before = await bodyCount();
      const res = await sysadmin.request({
        method: 'POST',
        url: '/api/v1/bodies',
        headers: { 'content-type': 'application/json' },
        payload: '{"name": ',
      });
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(await bodyCount()).toBe(before);
    });

    it('answers 404 for unknown ids and 400 for malformed ids on every body route', async () => {
      for (const suffix of ['', '/versions', '/reviewer-indicator', '/delegation-agreement']) {
        expectError(await sysadmin.get(`/api/v1/bodies/${randomId()}${suffix}`), 404, 'NOT_FOUND');
        expectError(await sysadmin.get(`/api/v1/bodies/not-a-uuid${suffix}`), 400, 'VALIDATION_FAILED');
        expectError(
          await sysadmin.get(`/api/v1/bodies/${ids.district.slice(0, -1)}${suffix}`),
          400,
          'VALIDATION_FAILED',
        );
      }
      const body = await createBody(sysadmin, ids.district);
      const {
        id: _id,
        parentId: _p,
        updatedAt: _u,
        delegationAgreementKey: _k,
        delegationAgreementName: _n,
        ...fields
      } = body;
      expectError(
        await sysadmin.put(`/api/v1/bodies/${randomId()}`, { ...fields, reason: '修改理由' }),
        404,
        'NOT_FOUND',
      );
      expectError(
        await sysadmin.put('/api/v1/bodies/1', { ...fields, reason: '修改理由' }),
        400,
        'VALIDATION_FAILED',
      );
      const upload = multipart([{ name: 'file', filename: 'a.pdf', content: 'x' }]);
      expectError(
        await sysadmin.request({
          method: 'POST',
          url: `/api/v1/bodies/${randomId()}/delegation-agreement`,
          ...upload,
        }),
        404,
        'NOT_FOUND',
      );
      expectError(
        await sysadmin.request({ method: 'POST', url: '/api/v1/bodies/xyz/delegation-agreement', ...upload }),
        400,
        'VALIDATION_FAILED',
      );
    });
  });

  describe('units', () => {
    it('creates, lists and edits a unit of a body', async () => {
      const body = await createBody(sysadmin, ids.district);
      const res = await sysadmin.post('/api/v1/units', {
        bodyId: body.id,
        name: '稽查科',
        kind: 'handling',
        phone: '0999-1111111',
      });
      expect(res.statusCode, res.body).toBe(201);
      const unit = res.json() as UnitOut;
      expect(unit).toEqual({
        id: unit.id,
        bodyId: body.id,
        name: '稽查科',
        kind: 'handling',
        phone: '0999-1111111',
        version: 1,
      });
      const list = (await sysadmin.get(`/api/v1/units?bodyId=${body.id}`)).json() as UnitOut[];
      expect(list).toEqual([unit]);
      const edited = await sysadmin.put(`/api/v1/units/${unit.id}`, {
        name: '稽查一科',
        kind: 'handling',
        phone: '',
        version: 1,
        reason: '科室更名',
      });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json()).toEqual({ ...unit, name: '稽查一科', phone: '', version: 2 });
      const [entry] = await lastLedgerEntries(t, 1);
      expect(entry).toMatchObject({ action: 'unit.updated', entity_id: unit.id, body_id: body.id });
    });

    it('refuses bad unit input, changing nothing', async () => {
      const body = await createBody(sysadmin, ids.district);
      const count = await ledgerCount(t);
      expectError(
        await sysadmin.post('/api/v1/units', { bodyId: body.id, kind: 'handling' }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await sysadmin.post('/api/v1/units', { bodyId: body.id, name: '科', kind: 'department' }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await sysadmin.post('/api/v1/units', { bodyId: 'nope', name: '科', kind: 'other' }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await sysadmin.post('/api/v1/units', { bodyId: randomId(), name: '科', kind: 'other' }),
        404,
        'NOT_FOUND',
      );
      expectError(
        await sysadmin.post('/api/v1/units', { bodyId: sibling, name: '科', kind: 'other' }),
        404,
        'NOT_FOUND',
      );
      expectError(
        await sysadmin.put(`/api/v1/units/${randomId()}`, {
          name: '科',
          kind: 'other',
          version: 1,
          reason: '理由',
        }),
        404,
        'NOT_FOUND',
      );
      expectError(
        await sysadmin.put('/api/v1/units/123', { name: '科', kind: 'other', version: 1, reason: '理由' }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(await sysadmin.get('/api/v1/units?bodyId=123'), 400, 'VALIDATION_FAILED');
      expectError(await sysadmin.get(`/api/v1/units?bodyId=${randomId()}`), 404, 'NOT_FOUND');
      expect((await sysadmin.get(`/api/v1/units?bodyId=${body.id}`)).json()).toEqual([]);
      expect(await ledgerCount(t)).toBe(count);
    });

    it('refuses a duplicate unit name in one body with 409 DUPLICATE', async () => {
      const body = await createBody(sysadmin, ids.district);
      expect(
        (await sysadmin.post('/api/v1/units', { bodyId: body.id, name: '法规科', kind: 'legal' })).statusCode,
      ).toBe(201);
      const count = await ledgerCount(t);
      expectError(
        await sysadmin.post('/api/v1/units', { bodyId: body.id, name: '法规科', kind: 'legal' }),
        409,
        'DUPLICATE',
      );
      expect(((await sysadmin.get(`/api/v1/units?bodyId=${body.id}`)).json() as UnitOut[]).length).toBe(1);
      expect(await ledgerCount(t)).toBe(count);
    });

    it('refuses concurrent edits of one unit version: one wins', async () => {
      const body = await createBody(sysadmin, ids.district);
      const unit = (
        await sysadmin.post('/api/v1/units', { bodyId: body.id, name: '综合科', kind: 'other' })
      ).json() as UnitOut;
      const edit = (name: string) =>
        sysadmin.put(`/api/v1/units/${unit.id}`, {
          name,
          kind: 'other',
          phone: '',
          version: 1,
          reason: '并发修改',
        });
      const [a, b] = await Promise.all([edit('综合甲科'), edit('综合乙科')]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const winner = a.statusCode === 200 ? a : b;
      expect((await sysadmin.get(`/api/v1/units?bodyId=${body.id}`)).json()).toEqual([winner.json()]);
    });
  });

  describe('data scope across sibling bodies', () => {
    it('hides a sibling body from the district’s officer, unit head and administrators', async () => {
      for (const client of [officer, unitHead, head, sysadmin]) {
        expectError(await client.get(`/api/v1/bodies/${sibling}`), 404, 'NOT_FOUND');
        expectError(await client.get(`/api/v1/bodies/${sibling}/versions`), 404, 'NOT_FOUND');
        expectError(await client.get(`/api/v1/units?bodyId=${sibling}`), 404, 'NOT_FOUND');
        const list = (await client.get('/api/v1/bodies')).json() as BodyOut[];
        expect(list.map((b) => b.id)).not.toContain(sibling);
      }
    });

    it('refuses the district administrator’s edit of a sibling body with 404, changing nothing', async () => {
      const [before] = await sql(t, 'select * from bodies where id = $1', [sibling]);
      const count = await ledgerCount(t);
      const input = bodyInput(ids.city);
      const { parentId: _p, ...fields } = input;
      expectError(
        await sysadmin.put(`/api/v1/bodies/${sibling}`, { ...fields, version: 1, reason: '越权修改' }),
        404,
        'NOT_FOUND',
      );
      expectError(await sysadmin.post('/api/v1/bodies', bodyInput(sibling)), 404, 'NOT_FOUND');
      expect((await sql(t, 'select * from bodies where id = $1', [sibling]))[0]).toEqual(before);
      expect(await ledgerCount(t)).toBe(count);
    });

    it('lets a head at the city level see both the district and its sibling', async () => {
      const list = (await cityHead.get('/api/v1/bodies')).json() as BodyOut[];
      expect(list.map((b) => b.id)).toEqual(
        expect.arrayContaining([ids.city, ids.district, ids.brigade, sibling]),
      );
      expect(list.map((b) => b.id)).not.toContain(ids.province);
      expect((await cityHead.get(`/api/v1/bodies/${sibling}`)).statusCode).toBe(200);
      expect((await cityHead.get(`/api/v1/bodies/${ids.district}`)).statusCode).toBe(200);
      expectError(await cityHead.get(`/api/v1/bodies/${ids.province}`), 404, 'NOT_FOUND');
    });
  });

  describe('delegation (委托执法)', () => {
    it('creates an entrusted organisation and stores its agreement; the download returns the same bytes', async () => {
      const body = await createBody(sysadmin, ids.district, {
        nature: '受委托组织',
        delegatedById: ids.district,
        delegationScope: '公共场所卫生行政检查',
        delegationValidFrom: '2026-01-01',
        delegationValidTo: '2027-12-31',
      });
      expect(body).toMatchObject({
        delegatedById: ids.district,
        delegationScope: '公共场所卫生行政检查',
        delegationValidFrom: '2026-01-01',
        delegationValidTo: '2027-12-31',
      });
      const bytes = Buffer.concat([
        Buffer.from('%PDF-1.7\n委托执法协议\n'),
        Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 256)),
      ]);
      const res = await sysadmin.request({
        method: 'POST',
        url: `/api/v1/bodies/${body.id}/delegation-agreement`,
        ...multipart([
          { name: 'file', filename: 'agreement.pdf', contentType: 'application/pdf', content: bytes },
        ]),
      });
      expect(res.statusCode, res.body).toBe(200);
      const sha = createHash('sha256').update(bytes).digest('hex');
      expect(res.json()).toMatchObject({
        id: body.id,
        delegationAgreementKey: sha,
        delegationAgreementName: 'agreement.pdf',
        version: 2,
      });
      const [entry] = await lastLedgerEntries(t, 1);
      expect(entry!.action).toBe('body.delegation_agreement');
      expect(JSON.parse(entry!.payload)).toEqual({
        sha256: sha,
        size: bytes.length,
        filename: 'agreement.pdf',
      });
      const versions = (await sysadmin.get(`/api/v1/bodies/${body.id}/versions`)).json() as VersionOut[];
      expect(versions.map((v) => v.reason)).toEqual(['新建', '上传委托协议']);

      // Any reader of the body may download it, including an officer of a body that sees it.
      for (const client of [sysadmin, head]) {
        const download = await client.get(`/api/v1/bodies/${body.id}/delegation-agreement`);
        expect(download.statusCode).toBe(200);
        expect(download.rawPayload.equals(bytes)).toBe(true);
        expect(download.headers['content-disposition']).toBe("attachment; filename*=UTF-8''agreement.pdf");
      }
      expectError(await officer.get(`/api/v1/bodies/${body.id}/delegation-agreement`), 404, 'NOT_FOUND');
    });

    it('refuses an agreement for a body that is not an entrusted organisation, changing nothing', async () => {
      const body = await createBody(sysadmin, ids.district);
      const count = await ledgerCount(t);
      const res = await sysadmin.request({
        method: 'POST',
        url: `/api/v1/bodies/${body.id}/delegation-agreement`,
        ...multipart([{ name: 'file', filename: 'a.pdf', content: 'agreement' }]),
      });
      expectError(res, 400, 'VALIDATION_FAILED');
      expect((res.json() as { message: string }).message).toBe('该主体不是受委托组织，不能上传委托协议');
      expect(await getBody(body.id)).toEqual(body);
      expect(await ledgerCount(t)).toBe(count);
      expectError(await sysadmin.get(`/api/v1/bodies/${body.id}/delegation-agreement`), 404, 'NOT_FOUND');
    });

    it('refuses an upload that is not multipart or has no file', async () => {
      const body = await createBody(sysadmin, ids.district, {
        nature: '受委托组织',
        delegatedById: ids.district,
      });
      expectError(
        await sysadmin.post(`/api/v1/bodies/${body.id}/delegation-agreement`, { file: 'x' }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await sysadmin.request({
          method: 'POST',
          url: `/api/v1/bodies/${body.id}/delegation-agreement`,
          ...multipart([{ name: 'note', content: 'no file' }]),
        }),
        400,
        'VALIDATION_FAILED',
      );
      expect(await getBody(body.id)).toEqual(body);
    });

    it('checks the delegation fields', async () => {
      const before = await bodyCount();
      const cases: [Record<string, unknown>, number, string][] = [
        [{ nature: '受委托组织' }, 400, 'VALIDATION_FAILED'], // no entrusting body
        [{ nature: '行政机关', delegatedById: ids.district }, 400, 'VALIDATION_FAILED'],
        [{ nature: '受委托组织', delegatedById: randomId() }, 404, 'NOT_FOUND'],
        [{ nature: '受委托组织', delegatedById: sibling }, 404, 'NOT_FOUND'],
        [
          {
            nature: '受委托组织',
            delegatedById: ids.district,
            delegationValidFrom: '2027-01-01',
            delegationValidTo: '2026-12-31',
          },
          400,
          'VALIDATION_FAILED',
        ],
        [
          { nature: '受委托组织', delegatedById: ids.district, delegationValidFrom: '2026-02-30' },
          400,
          'VALIDATION_FAILED',
        ],
      ];
      for (const [over, status, code] of cases)
        expectError(await sysadmin.post('/api/v1/bodies', bodyInput(ids.district, over)), status, code);
      expect(await bodyCount()).toBe(before);
    });
  });

  describe('reviewer indicator (A4)', () => {
    it('counts the demo district: 2 reviewers, every active holder of an unexpired certificate', async () => {
      const res = await officer.get(`/api/v1/bodies/${ids.district}/reviewer-indicator`);
      expect(res.statusCode).toBe(200);
      // Seed: 20 certificates; officer16's expired on 2026-01-31, before the test clock's today.
      // Reviewers: reviewer1 and legalhead1.
      const officers = 19;
      expect(res.json()).toEqual({ reviewers: 2, officers, required: 1, ratio: 2 / officers, meets: true });
    });

    it('follows the people of a fresh body', async () => {
      const body = await createBody(sysadmin, ids.district);
      const url = `/api/v1/bodies/${body.id}/reviewer-indicator`;
      expect((await sysadmin.get(url)).json()).toEqual({
        reviewers: 0,
        officers: 0,
        required: 0,
        ratio: null,
        meets: true,
      });
      const p = await createPerson(sysadmin, body.id);
      await createCertificate(sysadmin, p.id, { issuedOn: serverToday() });
      expect((await sysadmin.get(url)).json()).toEqual({
        reviewers: 0,
        officers: 1,
        required: 1,
        ratio: 0,
        meets: false,
      });
      await createPerson(sysadmin, body.id, { isReviewer: true });
      expect((await sysadmin.get(url)).json()).toEqual({
        reviewers: 1,
        officers: 1,
        required: 1,
        ratio: 1,
        meets: true,
      });
      // A revoked certificate no longer makes its holder an officer.
      const other = await createPerson(sysadmin, body.id);
      const cert = await createCertificate(sysadmin, other.id, { issuedOn: serverToday() });
      expect((await sysadmin.get(url)).json()).toMatchObject({ officers: 2 });
      const res = await sysadmin.put(`/api/v1/certificates/${cert.id}`, {
        categories: ['penalty'],
        region: '示范区',
        expiresOn: cert.expiresOn,
        status: 'revoked',
        version: cert.version,
        reason: '调离执法岗位',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect((await sysadmin.get(url)).json()).toMatchObject({ officers: 1 });
    });
  });
});

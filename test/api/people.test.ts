// A3–A4 over HTTP: people, certificates and annual reviews; personal data visibility and its audit;
// versions and optimistic locking; bad input; data scope across sibling bodies; public verification.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import {
  clientOf,
  createBody,
  createCertificate,
  createPerson,
  demoIds,
  expectError,
  insertBodySql,
  insertPersonSql,
  insertUserSql,
  lastLedgerEntries,
  ledgerCount,
  loginFrom,
  newCertNumber,
  newIdNumber,
  personInput,
  randomId,
  sql,
  type CertificateOut,
  type DemoIds,
  type IpClient,
} from './support.ts';
import { serverToday } from '../helpers/clock.ts';
import { DEMO_BODIES, demoBodyName, demoDisplayName, demoPerson, demoUnitName } from '../helpers/demo.ts';

interface PersonOut {
  id: string;
  bodyId: string;
  bodyName: string;
  unitId: string | null;
  unitName: string | null;
  name: string;
  gender: string;
  post: string;
  isReviewer: boolean;
  isLegalCounsel: boolean;
  active: boolean;
  version: number;
  certificate: null | {
    id: string;
    number: string;
    valid: boolean;
    invalidReason: string | null;
    status: string;
  };
  idNumber?: string | null;
  phone?: string | null;
  legalQualificationNo?: string | null;
  personalDataVisible?: boolean;
}
interface VersionOut {
  version: number;
  reason: string;
  authorName: string;
  data: Record<string, unknown>;
}

const thisYear = () => Number(serverToday().slice(0, 4));

describe('people and certificates', () => {
  let t: TestApp;
  let ids: DemoIds;
  let sysadmin: IpClient;
  let officer: IpClient;
  let unitHead: IpClient;
  let head: IpClient;
  let legalHead: Client;
  let secadmin: Client;
  let sibling: string;
  let siblingPerson: string;
  let cityHead: Client;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    sysadmin = await loginFrom(t, 'sysadmin');
    officer = await loginFrom(t, 'officer1');
    unitHead = await loginFrom(t, 'unithead1');
    head = await loginFrom(t, 'head1');
    legalHead = await loginFrom(t, 'legalhead1');
    secadmin = await loginFrom(t, 'secadmin');
    sibling = await insertBodySql(t, ids.city, { name: '示范市另一区卫生健康委员会' });
    siblingPerson = await insertPersonSql(t, sibling, { name: '兄弟区执法员' });
    cityHead = await loginFrom(t, (await insertUserSql(t, ids.city, ['head'])).username);
  });
  afterAll(async () => t.close());

  const personRow = async (id: string) => (await sql(t, 'select * from people where id = $1', [id]))[0];
  const peopleCount = async () =>
    Number((await sql<{ n: number }>(t, 'select count(*)::int as n from people'))[0]!.n);
  const personalReads = async (personId: string) =>
    sql<{ actor_name: string; actor_id: string | null; ip: string | null; payload: string }>(
      t,
      `select actor_name, actor_id, ip, payload from ledger_entries where action = 'person.personal_data_read' and entity_id = $1 order by seq`,
      [personId],
    );

  describe('create, read, edit', () => {
    it('creates a person and shows every field to the system administrator', async () => {
      const unit = ids.units.handling;
      const { id, version, input } = await createPerson(sysadmin, ids.district, {
        unitId: unit,
        isReviewer: true,
        legalQualificationNo: 'A20190001',
      });
      expect(version).toBe(1);
      const res = await sysadmin.get(`/api/v1/people/${id}`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        id,
        bodyId: ids.district,
        bodyName: demoBodyName('district'),
        unitId: unit,
        unitName: demoUnitName('handling'),
        name: input.name,
        gender: 'female',
        post: '执法队员',
        isReviewer: true,
        isLegalCounsel: false,
        active: true,
        version: 1,
        certificate: null,
        idNumber: input.idNumber,
        phone: '13800138000',
        legalQualificationNo: 'A20190001',
        personalDataVisible: true,
      });
      const [entry] = (await lastLedgerEntries(t, 2)).filter((e) => e.action === 'person.created');
      expect(entry).toMatchObject({
        entity_id: id,
        body_id: ids.district,
        payload: JSON.stringify({ name: input.name }),
      });
    });

    it('upper-cases the X of an ID number', async () => {
      const idNumber = '11010519491231002X';
      const { id } = await createPerson(sysadmin, ids.district, { idNumber: idNumber.toLowerCase() });
      expect(((await sysadmin.get(`/api/v1/people/${id}`)).json() as PersonOut).idNumber).toBe(idNumber);
    });

    it('edits with a reason; the versions show both states with their reasons', async () => {
      const { id, input } = await createPerson(sysadmin, ids.district);
      const { bodyId: _b, ...fields } = input;
      const res = await sysadmin.put(`/api/v1/people/${id}`, {
        ...fields,
        post: '执法组长',
        phone: '13900000000',
        version: 1,
        reason: '职务调整',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ id, version: 2 });
      const versions = (await sysadmin.get(`/api/v1/people/${id}/versions`)).json() as VersionOut[];
      expect(
        versions.map((v) => [v.version, v.reason, v.authorName, v.data.post, v.data.phone, v.data.idNumber]),
      ).toEqual([
        [1, '新建', demoDisplayName('sysadmin'), '执法队员', '13800138000', input.idNumber],
        [2, '职务调整', demoDisplayName('sysadmin'), '执法组长', '13900000000', input.idNumber],
      ]);
    });

    it('lets exactly one of two concurrent edits win; the winner is what is stored', async () => {
      const { id, input } = await createPerson(sysadmin, ids.district);
      const { bodyId: _b, ...fields } = input;
      const edit = (post: string) =>
        sysadmin.put(`/api/v1/people/${id}`, { ...fields, post, version: 1, reason: `改为${post}` });
      const [a, b] = await Promise.all([edit('甲岗'), edit('乙岗')]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const aWon = a.statusCode === 200;
      expectError(aWon ? b : a, 409, 'VERSION_CONFLICT');
      const stored = (await sysadmin.get(`/api/v1/people/${id}`)).json() as PersonOut;
      const winningPost = aWon ? '甲岗' : '乙岗';
      expect({ post: stored.post, version: stored.version }).toEqual({ post: winningPost, version: 2 });
      const versions = (await sysadmin.get(`/api/v1/people/${id}/versions`)).json() as VersionOut[];
      expect(versions.map((v) => [v.version, v.reason])).toEqual([
        [1, '新建'],
        [2, `改为${winningPost}`],
      ]);
    });

    it('refuses a stale version, changing nothing', async () => {
      const { id, input } = await createPerson(sysadmin, ids.district);
      const { bodyId: _b, ...fields } = input;
      expect(
        (
          await sysadmin.put(`/api/v1/people/${id}`, {
            ...fields,
            post: '新岗',
            version: 1,
            reason: '第一次',
          })
        ).statusCode,
      ).toBe(200);
      const before = await personRow(id);
      const count = await ledgerCount(t);
      expectError(
        await sysadmin.put(`/api/v1/people/${id}`, { ...fields, post: '旧岗', version: 1, reason: '第二次' }),
        409,
        'VERSION_CONFLICT',
      );
      expect(await personRow(id)).toEqual(before);
      expect(await ledgerCount(t)).toBe(count);
    });
  });

  describe('list and search', () => {
    it('finds people by name, post and certificate number, and filters reviewers', async () => {
      const body = await createBody(sysadmin, ids.district);
      const a = await createPerson(sysadmin, body.id, { name: '欧阳检索', post: '稽查员' });
      const b = await createPerson(sysadmin, body.id, { name: '司马检索', isReviewer: true });
      const cert = await createCertificate(sysadmin, b.id);
      const q = async (query: string) =>
        (
          (await sysadmin.get(`/api/v1/people?bodyId=${body.id}&${query}`)).json() as { items: PersonOut[] }
        ).items.map((p) => p.name);
      expect((await q('')).sort()).toEqual(['司马检索', '欧阳检索'].sort());
      expect(await q(`q=${encodeURIComponent('欧阳')}`)).toEqual(['欧阳检索']);
      expect(await q(`q=${encodeURIComponent('稽查')}`)).toEqual(['欧阳检索']);
      expect(await q(`q=${cert.number}`)).toEqual(['司马检索']);
      expect(await q('reviewer=true')).toEqual(['司马检索']);
      expect(await q('reviewer=false')).toEqual(['欧阳检索']);
      const items = (
        (await sysadmin.get(`/api/v1/people?bodyId=${body.id}`)).json() as { items: PersonOut[] }
      ).items;
      expect(items.find((p) => p.id === a.id)).not.toHaveProperty('idNumber');
      expect(items.find((p) => p.id === b.id)!.certificate).toMatchObject({
        id: cert.id,
        number: cert.number,
        valid: true,
      });
    });

    it('pages with a cursor, without gaps or repeats', async () => {
      const body = await createBody(sysadmin, ids.district);
      for (let i = 0; i < 5; i++) await createPerson(sysadmin, body.id, { name: `分页${i}` });
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 5; page++) {
        const url: string = `/api/v1/people?bodyId=${body.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const res = (await sysadmin.get(url)).json() as { items: PersonOut[]; nextCursor: string | null };
        seen.push(...res.items.map((p) => p.name));
        cursor = res.nextCursor;
        if (!cursor) break;
      }
      expect(seen).toEqual(['分页0', '分页1', '分页2', '分页3', '分页4']);
      expect(cursor).toBeNull();
    });

    it('pages one body’s people (fetched in fixed sizes and cut to the limit) exactly as one page lists them', async () => {
      // unithead1 sees its own body only: the statement with a literal row count (people-list-repo.ts).
      const all = (await unitHead.get('/api/v1/people?limit=200')).json() as {
        items: PersonOut[];
        nextCursor: string | null;
      };
      expect(all.nextCursor).toBeNull();
      expect(all.items.length).toBeGreaterThan(5);
      for (const limit of [1, 2, 20, 21, 50, 51]) {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const url: string = `/api/v1/people?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
          const page = (await unitHead.get(url)).json() as { items: PersonOut[]; nextCursor: string | null };
          expect(page.items.length).toBeLessThanOrEqual(limit);
          if (page.nextCursor) expect(page.items).toHaveLength(limit);
          seen.push(...page.items.map((p) => p.id));
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen, `limit ${limit}`).toEqual(all.items.map((p) => p.id));
      }
    });

    it('refuses bad list parameters with 400', async () => {
      // A cursor that decodes but whose id is not a uuid (36 dashes pass the shape check).
      const crafted = Buffer.from(JSON.stringify(['张', '-'.repeat(36)])).toString('base64url');
      for (const query of [
        'limit=0',
        'limit=201',
        'limit=abc',
        'cursor=garbage',
        `cursor=${crafted}`,
        'bodyId=nope',
        'unitId=1',
        'reviewer=yes',
      ]) {
        const res = await sysadmin.get(`/api/v1/people?${query}`);
        expect({ query, status: res.statusCode, code: (res.json() as { code: string }).code }).toEqual({
          query,
          status: 400,
          code: 'VALIDATION_FAILED',
        });
      }
    });
  });

  describe('personal data (ID number, phone)', () => {
    it('shows it to the system administrator and the head, with an audit entry per read', async () => {
      const { id, input } = await createPerson(sysadmin, ids.district);
      for (const [client, actor] of [
        [sysadmin, demoDisplayName('sysadmin')],
        [head, demoDisplayName('head1')],
        [unitHead, demoDisplayName('unithead1')],
      ] as const) {
        const before = await personalReads(id);
        const res = await client.get(`/api/v1/people/${id}`);
        const body = res.json() as PersonOut;
        expect({ idNumber: body.idNumber, phone: body.phone, visible: body.personalDataVisible }).toEqual({
          idNumber: input.idNumber,
          phone: input.phone,
          visible: true,
        });
        const after = await personalReads(id);
        expect(after).toHaveLength(before.length + 1);
        const entry = after.at(-1)!;
        expect({ actor: entry.actor_name, ip: entry.ip }).toEqual({ actor, ip: client.ip });
        expect(JSON.parse(entry.payload)).toEqual({ fields: ['idNumber', 'phone'] });
      }
    });

    it('hides it from an officer, a reviewer and the security administrator, who leave no read entry', async () => {
      const { id } = await createPerson(sysadmin, ids.district);
      const reviewer = await loginFrom(t, 'reviewer1');
      for (const client of [officer, reviewer, secadmin]) {
        const before = await personalReads(id);
        const body = (await client.get(`/api/v1/people/${id}`)).json() as PersonOut;
        expect({ idNumber: body.idNumber, phone: body.phone, visible: body.personalDataVisible }).toEqual({
          idNumber: null,
          phone: null,
          visible: false,
        });
        expect(await personalReads(id)).toEqual(before);
        const versions = (await client.get(`/api/v1/people/${id}/versions`)).json() as VersionOut[];
        expect(versions.map((v) => [v.data.idNumber, v.data.phone])).toEqual([[null, null]]);
      }
    });

    it('audits a read of personal data through the version history too', async () => {
      const { id, input } = await createPerson(sysadmin, ids.district);
      const before = await personalReads(id);
      const versions = (await head.get(`/api/v1/people/${id}/versions`)).json() as VersionOut[];
      expect(versions[0]!.data.idNumber).toBe(input.idNumber);
      expect(await personalReads(id)).toHaveLength(before.length + 1);
    });

    it('never puts personal data in the list', async () => {
      const { input } = await createPerson(sysadmin, ids.district);
      const res = await sysadmin.get(`/api/v1/people?q=${encodeURIComponent(input.name)}`);
      expect(res.body).not.toContain(input.idNumber);
      expect(res.body).not.toContain(input.phone);
    });
  });

  describe('bad input', () => {
    async function refusedCreate(
      over: Record<string, unknown>,
      status: number,
      code: string,
      field?: string,
    ) {
      const input = personInput(ids.district, over);
      for (const [k, v] of Object.entries(over))
        if (v === undefined) delete (input as Record<string, unknown>)[k];
      const before = { people: await peopleCount(), ledger: await ledgerCount(t) };
      const res = await sysadmin.post('/api/v1/people', input);
      expectError(res, status, code);
      if (field) expect((res.json() as { message: string }).message).toContain(field);
      expect({ people: await peopleCount(), ledger: await ledgerCount(t) }).toEqual(before);
      return res;
    }

    it.each([
      ['name', { name: undefined }],
      ['name', { name: '   ' }],
      ['gender', { gender: 'M' }],
      ['bodyId', { bodyId: undefined }],
      ['bodyId', { bodyId: 'district' }],
      ['isReviewer', { isReviewer: 'yes' }],
      ['phone', { phone: 'abc' }],
      ['unitId', { unitId: 17 }],
    ])('refuses a bad %s with 400', async (field, over) => {
      await refusedCreate(over, 400, 'VALIDATION_FAILED', field);
    });

    it('refuses an ID number with a wrong check digit or an impossible birth date', async () => {
      const good = newIdNumber();
      const badCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
      const res = await refusedCreate({ idNumber: badCheck }, 400, 'VALIDATION_FAILED', 'idNumber');
      expect((res.json() as { message: string }).message).toContain('身份证号码不正确');
      await refusedCreate({ idNumber: '110101199902300018' }, 400, 'VALIDATION_FAILED', 'idNumber');
      await refusedCreate({ idNumber: '1101011990030700' }, 400, 'VALIDATION_FAILED', 'idNumber');
    });

    it('refuses a duplicate ID number with 409 DUPLICATE', async () => {
      const { input } = await createPerson(sysadmin, ids.district);
      await refusedCreate({ idNumber: input.idNumber }, 409, 'DUPLICATE');
    });

    it('refuses an unknown or foreign body or unit', async () => {
      await refusedCreate({ bodyId: randomId() }, 404, 'NOT_FOUND');
      await refusedCreate({ bodyId: sibling }, 404, 'NOT_FOUND');
      await refusedCreate({ unitId: randomId() }, 404, 'NOT_FOUND');
      // A unit of the district for a person of the brigade.
      const res = await refusedCreate(
        { bodyId: ids.brigade, unitId: ids.units.legal },
        400,
        'VALIDATION_FAILED',
      );
      expect((res.json() as { message: string }).message).toBe('科室不属于该执法主体');
    });

    it('refuses a body over 1 MB with 413', async () => {
      await refusedCreate({ post: 'x'.repeat(1_100_000) }, 413, 'PAYLOAD_TOO_LARGE');
    });

    it('answers 404 for unknown and 400 for malformed ids', async () => {
      for (const url of ['/api/v1/people/', '/api/v1/certificates/']) {
        expectError(await sysadmin.get(`${url}${randomId()}`), 404, 'NOT_FOUND');
        expectError(await sysadmin.get(`${url}12345`), 400, 'VALIDATION_FAILED');
      }
      expectError(await sysadmin.get(`/api/v1/people/${randomId()}/versions`), 404, 'NOT_FOUND');
      expectError(await sysadmin.get('/api/v1/people/zz/versions'), 400, 'VALIDATION_FAILED');
      const { input } = await createPerson(sysadmin, ids.district);
      const { bodyId: _b, ...fields } = input;
      expectError(
        await sysadmin.put(`/api/v1/people/${randomId()}`, { ...fields, version: 1, reason: '修改' }),
        404,
        'NOT_FOUND',
      );
      expectError(
        await sysadmin.put('/api/v1/people/x', { ...fields, version: 1, reason: '修改' }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await sysadmin.put(`/api/v1/certificates/${randomId()}`, {
          categories: ['penalty'],
          region: '区',
          expiresOn: '2030-01-01',
          status: 'valid',
          version: 1,
          reason: '修改',
        }),
        404,
        'NOT_FOUND',
      );
      expectError(
        await sysadmin.post(`/api/v1/certificates/${randomId()}/reviews`, {
          year: 2025,
          passed: true,
          reviewedOn: '2026-01-10',
        }),
        404,
        'NOT_FOUND',
      );
    });

    it('refuses an edit without a reason', async () => {
      const { id, input } = await createPerson(sysadmin, ids.district);
      const { bodyId: _b, ...fields } = input;
      const before = await personRow(id);
      expectError(
        await sysadmin.put(`/api/v1/people/${id}`, { ...fields, version: 1 }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await sysadmin.put(`/api/v1/people/${id}`, { ...fields, version: 1, reason: '' }),
        400,
        'VALIDATION_FAILED',
      );
      expect(await personRow(id)).toEqual(before);
    });
  });

  describe('certificates and annual reviews', () => {
    it('registers a certificate (legal unit head), valid from its issue day', async () => {
      const { id, input } = await createPerson(sysadmin, ids.district);
      const number = newCertNumber();
      const res = await legalHead.post('/api/v1/certificates', {
        personId: id,
        number,
        categories: ['penalty', 'inspection'],
        region: '示范区',
        issuer: '示范省人民政府',
        issuedOn: serverToday(),
        expiresOn: `${thisYear() + 3}-12-31`,
      });
      expect(res.statusCode, res.body).toBe(201);
      const cert = res.json() as CertificateOut;
      expect(cert).toEqual({
        id: cert.id,
        personId: id,
        personName: input.name,
        bodyId: ids.district,
        bodyName: demoBodyName('district'),
        number,
        categories: ['penalty', 'inspection'],
        region: '示范区',
        issuer: '示范省人民政府',
        issuedOn: serverToday(),
        expiresOn: `${thisYear() + 3}-12-31`,
        status: 'valid',
        valid: true,
        invalidReason: null,
        version: 1,
        reviews: [],
      });
      expect((await officer.get(`/api/v1/certificates/${cert.id}`)).json()).toEqual(cert);
    });

    it('refuses officers, bad dates, duplicates and unknown people, changing nothing', async () => {
      const { id } = await createPerson(sysadmin, ids.district);
      const existing = await createCertificate(sysadmin, id);
      const count = await ledgerCount(t);
      const certCount = async () =>
        Number((await sql<{ n: number }>(t, 'select count(*)::int as n from certificates'))[0]!.n);
      const before = await certCount();
      const base = {
        personId: id,
        number: newCertNumber(),
        categories: ['penalty'],
        region: '示范区',
        issuedOn: '2026-01-01',
        expiresOn: '2029-01-01',
      };
      expectError(await officer.post('/api/v1/certificates', base), 403, 'FORBIDDEN');
      expectError(
        await sysadmin.post('/api/v1/certificates', { ...base, expiresOn: '2026-01-01' }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await sysadmin.post('/api/v1/certificates', { ...base, issuedOn: '2026/01/01' }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await sysadmin.post('/api/v1/certificates', { ...base, categories: [] }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await sysadmin.post('/api/v1/certificates', { ...base, categories: ['punishment'] }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await sysadmin.post('/api/v1/certificates', { ...base, number: 'AB 12' }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await sysadmin.post('/api/v1/certificates', { ...base, personId: randomId() }),
        404,
        'NOT_FOUND',
      );
      expectError(
        await sysadmin.post('/api/v1/certificates', { ...base, personId: siblingPerson }),
        404,
        'NOT_FOUND',
      );
      expectError(
        await sysadmin.post('/api/v1/certificates', { ...base, number: existing.number }),
        409,
        'DUPLICATE',
      );
      expect(await certCount()).toBe(before);
      expect(await ledgerCount(t)).toBe(count);
    });

    it('suspends a certificate with a reason, and keeps its versions', async () => {
      const { id } = await createPerson(sysadmin, ids.district);
      const cert = await createCertificate(sysadmin, id, { issuedOn: serverToday() });
      const res = await legalHead.put(`/api/v1/certificates/${cert.id}`, {
        categories: ['penalty'],
        region: '示范区',
        expiresOn: cert.expiresOn,
        status: 'suspended',
        version: 1,
        reason: '涉嫌违纪暂扣',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'suspended',
        valid: false,
        invalidReason: '执法证已暂扣',
        categories: ['penalty'],
        version: 2,
      });
      const person = (await officer.get(`/api/v1/people/${id}`)).json() as PersonOut;
      expect(person.certificate).toMatchObject({
        id: cert.id,
        status: 'suspended',
        valid: false,
        invalidReason: '执法证已暂扣',
      });
      // Stale version and expiry before issue are refused.
      expectError(
        await legalHead.put(`/api/v1/certificates/${cert.id}`, {
          categories: ['penalty'],
          region: '示范区',
          expiresOn: cert.expiresOn,
          status: 'valid',
          version: 1,
          reason: '恢复',
        }),
        409,
        'VERSION_CONFLICT',
      );
      expectError(
        await legalHead.put(`/api/v1/certificates/${cert.id}`, {
          categories: ['penalty'],
          region: '示范区',
          expiresOn: '2000-01-01',
          status: 'valid',
          version: 2,
          reason: '恢复',
        }),
        400,
        'VALIDATION_FAILED',
      );
      expect(((await officer.get(`/api/v1/certificates/${cert.id}`)).json() as CertificateOut).status).toBe(
        'suspended',
      );
    });

    it('needs last year’s annual review after 31 March, and a failed review invalidates', async () => {
      const { id } = await createPerson(sysadmin, ids.district);
      const lastYear = thisYear() - 1;
      const cert = await createCertificate(sysadmin, id, {
        issuedOn: `${lastYear}-01-10`,
        expiresOn: `${thisYear() + 2}-01-09`,
      });
      // The test clock's today (7 December) is after 31 March.
      expect({ valid: cert.valid, invalidReason: cert.invalidReason }).toEqual({
        valid: false,
        invalidReason: '执法证未参加上年度审验',
      });

      const failed = await sysadmin.post(`/api/v1/certificates/${cert.id}/reviews`, {
        year: lastYear,
        passed: false,
        reviewedOn: `${thisYear()}-01-15`,
        note: '考核不合格',
      });
      expect(failed.statusCode, failed.body).toBe(200);
      expect(failed.json()).toMatchObject({
        reviews: [{ year: lastYear, passed: false, reviewedOn: `${thisYear()}-01-15`, note: '考核不合格' }],
        valid: false,
        invalidReason: '执法证上年度审验不合格',
      });
      const [entry] = await lastLedgerEntries(t, 1);
      expect(entry).toMatchObject({ action: 'certificate.reviewed', entity_id: cert.id });

      // A second review of the same year is a duplicate; a year before the issue year is refused.
      const count = await ledgerCount(t);
      expectError(
        await sysadmin.post(`/api/v1/certificates/${cert.id}/reviews`, {
          year: lastYear,
          passed: true,
          reviewedOn: `${thisYear()}-02-01`,
        }),
        409,
        'DUPLICATE',
      );
      expectError(
        await sysadmin.post(`/api/v1/certificates/${cert.id}/reviews`, {
          year: lastYear - 1,
          passed: true,
          reviewedOn: `${thisYear()}-02-01`,
        }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await sysadmin.post(`/api/v1/certificates/${cert.id}/reviews`, {
          year: 'last',
          passed: true,
          reviewedOn: `${thisYear()}-02-01`,
        }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await officer.post(`/api/v1/certificates/${cert.id}/reviews`, {
          year: thisYear(),
          passed: true,
          reviewedOn: serverToday(),
        }),
        403,
        'FORBIDDEN',
      );
      expect(await ledgerCount(t)).toBe(count);
    });

    it('shows a passed review making the certificate valid again', async () => {
      const { id } = await createPerson(sysadmin, ids.district);
      const lastYear = thisYear() - 1;
      const cert = await createCertificate(sysadmin, id, {
        issuedOn: `${lastYear}-01-10`,
        expiresOn: `${thisYear() + 2}-01-09`,
      });
      const res = await sysadmin.post(`/api/v1/certificates/${cert.id}/reviews`, {
        year: lastYear,
        passed: true,
        reviewedOn: `${thisYear()}-01-15`,
      });
      expect(res.json()).toMatchObject({ valid: true, invalidReason: null });
    });
  });

  describe('data scope across sibling bodies', () => {
    it('hides the sibling’s people from the district’s officer and unit head (404)', async () => {
      for (const client of [officer, unitHead]) {
        expectError(await client.get(`/api/v1/people/${siblingPerson}`), 404, 'NOT_FOUND');
        expectError(await client.get(`/api/v1/people/${siblingPerson}/versions`), 404, 'NOT_FOUND');
        const list = (await client.get(`/api/v1/people?bodyId=${sibling}`)).json() as { items: PersonOut[] };
        expect(list.items).toEqual([]);
      }
      // The officer's scope is the district only: not even the subordinate brigade.
      const brigadePerson = await createPerson(sysadmin, ids.brigade);
      expectError(await officer.get(`/api/v1/people/${brigadePerson.id}`), 404, 'NOT_FOUND');
      expect((await head.get(`/api/v1/people/${brigadePerson.id}`)).statusCode).toBe(200);
    });

    it('refuses the district administrator’s edit of a sibling’s person with 404, changing nothing', async () => {
      const before = await personRow(siblingPerson);
      const count = await ledgerCount(t);
      const { bodyId: _b, ...fields } = personInput(sibling);
      expectError(
        await sysadmin.put(`/api/v1/people/${siblingPerson}`, { ...fields, version: 1, reason: '越权修改' }),
        404,
        'NOT_FOUND',
      );
      expectError(
        await sysadmin.post('/api/v1/certificates', {
          personId: siblingPerson,
          number: newCertNumber(),
          categories: ['penalty'],
          region: '区',
          issuedOn: '2026-01-01',
          expiresOn: '2029-01-01',
        }),
        404,
        'NOT_FOUND',
      );
      expect(await personRow(siblingPerson)).toEqual(before);
      expect(await ledgerCount(t)).toBe(count);
    });

    it('lets a head at the city level see the people of both bodies', async () => {
      const district = await createPerson(sysadmin, ids.district);
      expect((await cityHead.get(`/api/v1/people/${siblingPerson}`)).json()).toMatchObject({
        id: siblingPerson,
        bodyId: sibling,
        name: '兄弟区执法员',
      });
      expect((await cityHead.get(`/api/v1/people/${district.id}`)).json()).toMatchObject({
        id: district.id,
        bodyId: ids.district,
      });
      const names = (
        (await cityHead.get(`/api/v1/people?bodyId=${sibling}`)).json() as { items: PersonOut[] }
      ).items.map((p) => p.id);
      expect(names).toEqual([siblingPerson]);
    });
  });

  describe('public verification (E2)', () => {
    const officer1 = demoPerson('officer1');
    const certificate = officer1.certificate!;
    const lapsed = demoPerson('officer16').certificate!;

    it('verifies a demo certificate without login, publishing no personal data', async () => {
      const res = await clientOf(t, null, null).get(`/api/v1/public/officers/${certificate.number}`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        number: certificate.number,
        name: officer1.name,
        gender: officer1.gender,
        post: officer1.post,
        bodyName: demoBodyName('district'),
        categories: ['行政处罚', '行政检查', '行政强制'],
        region: certificate.region,
        issuedOn: certificate.issuedOn,
        expiresOn: certificate.expiresOn,
        valid: true,
        statusText: '有效',
        complaintPhone: DEMO_BODIES.district.complaintPhone,
      });
      const [person] = await sql<{ id_number: string; phone: string }>(
        t,
        'select id_number, phone from people where id = $1',
        [ids.personOf.officer1],
      );
      expect(res.body).not.toContain(person!.id_number);
      expect(res.body).not.toContain(person!.phone);
    });

    it('reports a lapsed certificate as not valid, with the reason', async () => {
      const res = await clientOf(t, null, null).get(`/api/v1/public/officers/${lapsed.number}`);
      expect(lapsed.expiresOn < serverToday()).toBe(true);
      expect(res.json()).toMatchObject({
        number: lapsed.number,
        valid: false,
        statusText: '执法证已过有效期',
        expiresOn: lapsed.expiresOn,
      });
    });

    it('accepts the number in lower case and with spaces', async () => {
      const { number } = certificate;
      expect(
        (await clientOf(t, null, null).get(`/api/v1/public/officers/${number.toLowerCase()}`)).json(),
      ).toMatchObject({ number, valid: true });
      expect(
        (await clientOf(t, null, null).get(`/api/v1/public/officers/%20${number}%20`)).json(),
      ).toMatchObject({ number });
    });

    it('answers 404 for an unknown number', async () => {
      expectError(await clientOf(t, null, null).get('/api/v1/public/officers/SF00000000'), 404, 'NOT_FOUND');
      expectError(
        await clientOf(t, null, null).get(`/api/v1/public/officers/${'9'.repeat(41)}`),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('verifies a certificate registered with a lower-case number', async () => {
      const { id, input } = await createPerson(sysadmin, ids.district);
      const number = `sx${newCertNumber().slice(2).toLowerCase()}`;
      await createCertificate(sysadmin, id, { number, issuedOn: serverToday() });
      const res = await clientOf(t, null, null).get(`/api/v1/public/officers/${number}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ name: input.name, valid: true });
    });

    it('reports an inactive person’s certificate as not valid', async () => {
      const { id, input } = await createPerson(sysadmin, ids.district);
      const cert = await createCertificate(sysadmin, id, { issuedOn: serverToday() });
      const { bodyId: _b, ...fields } = input;
      expect(
        (await sysadmin.put(`/api/v1/people/${id}`, { ...fields, active: false, version: 1, reason: '调离' }))
          .statusCode,
      ).toBe(200);
      expect(
        (await clientOf(t, null, null).get(`/api/v1/public/officers/${cert.number}`)).json(),
      ).toMatchObject({ valid: false });
    });
  });
});

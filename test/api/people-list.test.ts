// A3–A4: the people list's exact response text — fields, their order, values and JSON escaping — for every
// kind of current certificate (none, valid, not yet valid, expired, suspended, annual review missing or
// failed, the later of two), a person without a unit, names that need escaping, and the keyset cursor
// across pages. The text is compared whole, so any change of field, order or formatting fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import {
  createBody,
  createCertificate,
  createPerson,
  demoIds,
  loginFrom,
  sql,
  type CertificateOut,
  type IpClient,
} from './support.ts';
import { certificateSummary, personListItem } from '../../src/modules/bodies/types.ts';

describe('people list response', () => {
  let t: TestApp;
  let sysadmin: IpClient;

  beforeAll(async () => {
    t = await createTestApp();
    sysadmin = await loginFrom(t, 'sysadmin');
  });
  afterAll(async () => t.close());

  it('is exactly the schema’s fields in its order, with each certificate’s validity today', async () => {
    const ids = await demoIds(t);
    const body = await createBody(sysadmin, ids.district, { name: '列表形状测试局' });
    const [unit] = await sql<{ id: string }>(
      t,
      `insert into units (body_id, name, kind) values ($1, '稽查科', 'handling') returning id`,
      [body.id],
    );
    const person = async (name: string, over: Record<string, unknown> = {}) =>
      (await createPerson(sysadmin, body.id, { name, ...over })).id;
    const certificate = async (personId: string, over: Record<string, unknown>) =>
      createCertificate(sysadmin, personId, over);
    const review = async (cert: CertificateOut, year: number, passed: boolean) => {
      const res = await sysadmin.post(`/api/v1/certificates/${cert.id}/reviews`, {
        year,
        passed,
        reviewedOn: `${year + 1}-02-01`,
      });
      expect(res.statusCode, res.body).toBe(200);
    };

    const none = await person('无证人员', { gender: 'male', post: '' });
    const valid = await person('有效证件', { unitId: unit!.id, isReviewer: true, isLegalCounsel: true });
    const validCert = await certificate(valid, { categories: ['penalty'], region: '示范市' });
    const future = await person('尚未生效');
    const futureCert = await certificate(future, { issuedOn: '2027-01-10', expiresOn: '2030-01-09' });
    const expired = await person('已过期');
    const expiredCert = await certificate(expired, { issuedOn: '2020-01-10', expiresOn: '2025-01-09' });
    const suspended = await person('已暂扣');
    const suspendedCert = await certificate(suspended, {});
    const put = await sysadmin.put(`/api/v1/certificates/${suspendedCert.id}`, {
      categories: suspendedCert.categories,
      region: suspendedCert.region,
      expiresOn: suspendedCert.expiresOn,
      status: 'suspended',
      version: 1,
      reason: '暂扣测试',
    });
    expect(put.statusCode, put.body).toBe(200);
    const missing = await person('未审验');
    const missingCert = await certificate(missing, { issuedOn: '2024-01-10' });
    await review(missingCert, 2024, true);
    const failed = await person('审验不合格');
    const failedCert = await certificate(failed, { issuedOn: '2024-01-10' });
    await review(failedCert, 2025, false);
    const twice = await person('两张证');
    await certificate(twice, { issuedOn: '2020-01-10', expiresOn: '2026-01-09' });
    const laterCert = await certificate(twice, { issuedOn: '2026-01-10', expiresOn: '2030-01-09' });
    const escaped = await person('引号"反斜杠\\制表\t控制\u0001表情😀', { post: '</script>' });

    const item = (
      id: string,
      name: string,
      certificate: null | [CertificateOut, valid: boolean, invalidReason: string | null],
      over: Record<string, unknown> = {},
    ) => ({
      id,
      bodyId: body.id,
      bodyName: '列表形状测试局',
      unitId: null,
      unitName: null,
      name,
      gender: 'female',
      post: '执法队员',
      isReviewer: false,
      isLegalCounsel: false,
      active: true,
      version: 1,
      ...over,
      certificate: certificate && {
        id: certificate[0].id,
        number: certificate[0].number,
        categories: certificate[0].categories,
        region: certificate[0].region,
        issuedOn: certificate[0].issuedOn,
        expiresOn: certificate[0].expiresOn,
        status: certificate[0].status,
        valid: certificate[1],
        invalidReason: certificate[2],
      },
    });
    const expected = [
      item(none, '无证人员', null, { gender: 'male', post: '' }),
      item(valid, '有效证件', [validCert, true, null], {
        unitId: unit!.id,
        unitName: '稽查科',
        isReviewer: true,
        isLegalCounsel: true,
      }),
      item(future, '尚未生效', [futureCert, false, '执法证尚未生效']),
      item(expired, '已过期', [expiredCert, false, '执法证已过有效期']),
      item(suspended, '已暂扣', [{ ...suspendedCert, status: 'suspended' }, false, '执法证已暂扣']),
      item(missing, '未审验', [missingCert, false, '执法证未参加上年度审验']),
      item(failed, '审验不合格', [failedCert, false, '执法证上年度审验不合格']),
      item(twice, '两张证', [laterCert, true, null]),
      item(escaped, '引号"反斜杠\\制表\t控制\u0001表情😀', null, { post: '</script>' }),
    ].sort((a, b) =>
      // the list's order: name (by code point, as the test databases collate), then id
      a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1,
    );
    const cursorOf = (p: { name: string; id: string }) =>
      Buffer.from(JSON.stringify([p.name, p.id])).toString('base64url');

    const first = await sysadmin.get(`/api/v1/people?bodyId=${body.id}&limit=5`);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.body).toBe(
      JSON.stringify({ items: expected.slice(0, 5), nextCursor: cursorOf(expected[4]!) }),
    );
    const second = await sysadmin.get(
      `/api/v1/people?bodyId=${body.id}&limit=5&cursor=${cursorOf(expected[4]!)}`,
    );
    expect(second.body).toBe(JSON.stringify({ items: expected.slice(5), nextCursor: null }));
    const exact = await sysadmin.get(`/api/v1/people?bodyId=${body.id}&limit=${expected.length}`);
    expect(exact.body).toBe(JSON.stringify({ items: expected, nextCursor: null }));
    // The text is written by SQL, not by the route's schema: its keys must still be the schema's, in order.
    const [withCertificate] = (
      JSON.parse(exact.body) as { items: Array<{ certificate: object | null }> }
    ).items
      .filter((p) => p.certificate)
      .map((p) => [Object.keys(p), Object.keys(p.certificate!)]);
    expect(withCertificate).toEqual([
      Object.keys(personListItem.shape),
      Object.keys(certificateSummary.shape),
    ]);
    const empty = await sysadmin.get(`/api/v1/people?bodyId=${body.id}&q=${encodeURIComponent('无此人')}`);
    expect(empty.body).toBe('{"items":[],"nextCursor":null}');
  });
});

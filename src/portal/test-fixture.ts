// The portal test's own tenant: a body under the top of the hierarchy, its entrusted organisation, and
// officers with valid and lapsed certificates, made with the test factories (not the demo's people).
import type { TestApp } from '../../test/helpers/app.ts';
import { serverToday } from '../../test/helpers/clock.ts';
import {
  insertBody,
  insertOfficer,
  insertUnit,
  type BodyFixture,
  type OfficerFixture,
} from '../../test/helpers/factories.ts';

export const EXTRA_OFFICERS = 40; // with the three named ones, 43 make two pages of 30

// The named officers' numbers sort before the extra ones' (TP…), so they lead the body's first page.
export const VALID = {
  name: '林小雨',
  number: 'TA20250001',
  categories: ['penalty', 'inspection', 'compulsory'],
  region: '测试市测试区',
  issuer: '测试省人民政府',
  issuedOn: '2024-03-01',
  expiresOn: '2029-02-28',
};
export const SECOND = { ...VALID, name: '何嘉怡', number: 'TA20250002', categories: ['inspection'] };
export const LAPSED = { ...VALID, name: '谢晓彤', number: 'TA20250003', expiresOn: '2025-06-30' };

export interface PortalTenant {
  /** The top of the hierarchy: the portal's 主办单位. */
  host: string;
  body: BodyFixture;
  brigade: BodyFixture;
  valid: OfficerFixture;
  /** Active people holding a certificate, in every body. */
  certified: number;
}

export async function portalTenant(t: TestApp): Promise<PortalTenant> {
  const q = async <T>(text: string) => (await t.services.database.pool.query(text)).rows as T[];
  const [root] = await q<{ id: string; name: string }>(
    'select id, name from bodies where parent_id is null order by path limit 1',
  );
  const body = await insertBody(t, root!.id, {
    name: '测试区卫生健康委员会',
    shortName: '测区',
    legalRepresentative: '林振东',
    address: '测试市测试区康宁路 9 号',
    complaintPhone: '0999-7712345',
    duties: '依法对辖区内医疗机构和公共场所实施监督检查，查处传染病防治违法行为。',
    staffing: 40,
  });
  const brigade = await insertBody(t, body.id, {
    name: '测试区卫生健康综合监督执法大队',
    nature: '受委托组织',
    bodyType: '卫生健康综合监督执法机构',
    legalRepresentative: '方志清',
    delegatedById: body.id,
    delegationScope: '公共场所卫生的行政检查与行政处罚',
    delegationValidFrom: '2025-01-01',
    delegationValidTo: '2029-12-31',
  });
  const unitId = await insertUnit(t, body.id, '卫生监督一科');
  // Reviewed every year since issue, so the certificates stay valid whatever today is.
  const reviewedYears = Array.from({ length: Number(serverToday().slice(0, 4)) - 2024 }, (_, i) => 2024 + i);
  const officer = (o: typeof VALID) =>
    insertOfficer(t, body.id, { name: o.name, unitId, certificate: { ...o, reviewedYears } });
  const valid = await officer(VALID);
  await officer(SECOND);
  await officer(LAPSED);
  await insertOfficer(t, body.id, { name: '赵一鸣', post: '办公室主任' }); // no certificate: not listed
  for (let i = 0; i < EXTRA_OFFICERS; i++)
    await insertOfficer(t, body.id, {
      name: `测试员${String(i).padStart(2, '0')}`,
      certificate: {
        number: `TP${String(1000 + i)}`,
        categories: ['inspection'],
        region: VALID.region,
        issuedOn: '2026-01-05',
        expiresOn: '2030-01-04',
      },
    });
  const [count] = await q<{ n: number }>(
    'select count(*)::int as n from people p where p.active and exists (select 1 from certificates c where c.person_id = p.id)',
  );
  return { host: root!.name, body, brigade, valid, certified: count!.n };
}

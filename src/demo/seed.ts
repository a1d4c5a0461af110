// Demo data (fictional): 示范省 → 示范市 → 示范区卫生健康委员会 with units, 24 people with certificates,
// and one account per role. Only created on an empty database, and only when demo data is switched on.
import { randomUUID } from 'node:crypto';
import { count } from 'drizzle-orm';
import type { Services } from '../services.ts';
import { AuthService } from '../modules/auth/service.ts';
import type { Role } from '../modules/access/index.ts';
import { bodies, certificateReviews, certificates, people, units } from '../modules/bodies/schema.ts';
import { users } from '../modules/auth/schema.ts';
import { creditCodeCheckChar, idNumberCheckChar, type Category } from '../modules/bodies/rules.ts';
import { systemCtx, today, withTx } from '../platform/context.ts';
import { seedDemoCatalogue } from '../modules/catalog/demo-seed.ts';
import { seedDemoCases } from './cases/index.ts';
import { recordVersion } from '../platform/versioning/versions.ts';

export const DEMO_PASSWORD = 'Sanxiang-Demo-2026';

const creditCode = (region: string, serial: string) => {
  const first17 = `11${region}${serial}`;
  return first17 + creditCodeCheckChar(first17);
};
const idNumber = (birth: string, seq: number) => {
  const first17 = `990102${birth}${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
};

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢';
const GIVEN = [
  '建国',
  '丽华',
  '志强',
  '晓燕',
  '海涛',
  '静',
  '卫东',
  '敏',
  '立新',
  '芳',
  '俊杰',
  '秀英',
  '国强',
  '雪梅',
  '文博',
  '佳怡',
  '明辉',
  '婷婷',
  '子豪',
  '慧',
  '振华',
  '玉兰',
  '浩然',
  '欣怡',
];

interface DemoPerson {
  key: string;
  unit: 'handling' | 'legal' | 'office' | 'licensing' | 'leaders';
  post: string;
  account?: { username: string; roles: Role[] };
  categories?: Category[];
  reviewer?: boolean;
  qualification?: boolean;
}

// The named accounts of the README first, then further officers of the enforcement brigade.
const NAMED: DemoPerson[] = [
  {
    key: 'officer1',
    unit: 'handling',
    post: '执法队员',
    account: { username: 'officer1', roles: ['officer'] },
    categories: ['penalty', 'inspection', 'compulsory'],
  },
  {
    key: 'officer2',
    unit: 'handling',
    post: '执法队员',
    account: { username: 'officer2', roles: ['officer'] },
    categories: ['penalty', 'inspection', 'compulsory'],
  },
  {
    key: 'unithead1',
    unit: 'handling',
    post: '大队长',
    account: { username: 'unithead1', roles: ['unit_head', 'officer'] },
    categories: ['penalty', 'inspection', 'compulsory'],
  },
  {
    key: 'reviewer1',
    unit: 'legal',
    post: '法制审核员',
    account: { username: 'reviewer1', roles: ['reviewer'] },
    reviewer: true,
    qualification: true,
    categories: ['penalty', 'inspection'],
  },
  {
    key: 'legalhead1',
    unit: 'legal',
    post: '法规科科长',
    account: { username: 'legalhead1', roles: ['legal_head', 'reviewer'] },
    reviewer: true,
    qualification: true,
    categories: ['penalty', 'inspection'],
  },
  { key: 'deputy1', unit: 'leaders', post: '副主任', account: { username: 'deputy1', roles: ['deputy'] } },
  { key: 'head1', unit: 'leaders', post: '主任', account: { username: 'head1', roles: ['head'] } },
  {
    key: 'publisher1',
    unit: 'office',
    post: '信息发布员',
    account: { username: 'publisher1', roles: ['publisher'] },
  },
  {
    key: 'archivist1',
    unit: 'office',
    post: '档案管理员',
    account: { username: 'archivist1', roles: ['archivist'] },
  },
  { key: 'licensing1', unit: 'licensing', post: '医政医管科科员', categories: ['licensing', 'inspection'] },
];

/**
 * The demo for people to look at (`npm start`, `sanxiang demo`): the tenant and catalogue, plus cases in
 * every stage. Tests seed only the tenant (`seedDemoIfEmpty`) so they start from empty case lists.
 */
export async function seedDemo(services: Services): Promise<boolean> {
  if (!(await seedDemoIfEmpty(services))) return false;
  await seedDemoCases(services);
  return true;
}

export async function seedDemoIfEmpty(services: Services): Promise<boolean> {
  const { db } = services.database;
  const [existing] = await db.select({ n: count() }).from(bodies);
  if ((existing?.n ?? 0) > 0) return false;
  const passwordHash = await AuthService.hashPassword(DEMO_PASSWORD);
  const ctx = systemCtx(services.clock);
  let districtId = '';

  await withTx(ctx, db, async (tctx) => {
    const { tx } = tctx;
    const ids = { province: randomUUID(), city: randomUUID(), district: randomUUID(), brigade: randomUUID() };
    const common = {
      nature: '行政机关' as const,
      fundingSource: '财政全额拨款',
      bodyType: '卫生健康行政部门',
    };
    await tx.insert(bodies).values([
      {
        ...common,
        id: ids.province,
        parentId: null,
        path: `/${ids.province}/`,
        level: 'province',
        name: '示范省卫生健康委员会',
        shortName: '示省',
        creditCode: creditCode('990000', '00000001A'),
        staffing: 180,
        legalRepresentative: '周建华',
        address: '示范省示范市人民路 1 号',
        complaintPhone: '12345',
        duties: '负责全省卫生健康行政执法工作的指导和监督。',
      },
      {
        ...common,
        id: ids.city,
        parentId: ids.province,
        path: `/${ids.province}/${ids.city}/`,
        level: 'city',
        name: '示范市卫生健康委员会',
        shortName: '示市',
        creditCode: creditCode('990100', '00000002B'),
        staffing: 96,
        legalRepresentative: '吴立平',
        address: '示范市中山路 18 号',
        complaintPhone: '0999-12320',
        duties: '负责全市医疗卫生、公共卫生监督执法。',
      },
      {
        ...common,
        id: ids.district,
        parentId: ids.city,
        path: `/${ids.province}/${ids.city}/${ids.district}/`,
        level: 'county',
        name: '示范区卫生健康委员会',
        shortName: '示区',
        creditCode: creditCode('990102', '00000003C'),
        staffing: 60,
        legalRepresentative: '郑国庆',
        address: '示范市示范区健康路 66 号',
        complaintPhone: '0999-6612320',
        duties:
          '依法对辖区内医疗机构、公共场所、生活饮用水、传染病防治、职业卫生、放射诊疗等实施监督检查和行政处罚。',
      },
      {
        id: ids.brigade,
        parentId: ids.district,
        path: `/${ids.province}/${ids.city}/${ids.district}/${ids.brigade}/`,
        level: 'county',
        name: '示范区卫生健康综合监督执法大队',
        shortName: '示区',
        creditCode: creditCode('990102', '00000004D'),
        nature: '受委托组织',
        fundingSource: '财政全额拨款',
        bodyType: '卫生健康综合监督执法机构',
        staffing: 30,
        legalRepresentative: '钱志远',
        address: '示范市示范区健康路 68 号',
        complaintPhone: '0999-6612320',
        duties: '受示范区卫生健康委员会委托，以委托机关名义实施卫生健康行政处罚。',
        delegatedById: ids.district,
        delegationScope: '医疗卫生、公共卫生领域的行政检查与行政处罚',
        delegationValidFrom: '2024-01-01',
        delegationValidTo: '2028-12-31',
      },
    ]);
    const unitIds: Record<DemoPerson['unit'], string> = {
      handling: randomUUID(),
      legal: randomUUID(),
      office: randomUUID(),
      licensing: randomUUID(),
      leaders: randomUUID(),
    };
    await tx.insert(units).values([
      {
        id: unitIds.handling,
        bodyId: ids.district,
        name: '卫生监督执法科',
        kind: 'handling',
        phone: '0999-6612301',
      },
      { id: unitIds.legal, bodyId: ids.district, name: '法规科', kind: 'legal', phone: '0999-6612302' },
      { id: unitIds.office, bodyId: ids.district, name: '办公室', kind: 'office', phone: '0999-6612303' },
      {
        id: unitIds.licensing,
        bodyId: ids.district,
        name: '医政医管科',
        kind: 'licensing',
        phone: '0999-6612304',
      },
      { id: unitIds.leaders, bodyId: ids.district, name: '委领导', kind: 'other', phone: '0999-6612300' },
    ]);

    const extra: DemoPerson[] = Array.from({ length: 14 }, (_, i) => ({
      key: `officer${i + 3}`,
      unit: 'handling' as const,
      post: '执法队员',
      categories: ['penalty', 'inspection'] as Category[],
    }));
    const roster = [...NAMED, ...extra];
    for (const [i, p] of roster.entries()) {
      const personId = randomUUID();
      const gender = i % 3 === 1 ? 'female' : 'male';
      await tx.insert(people).values({
        id: personId,
        bodyId: ids.district,
        unitId: unitIds[p.unit],
        name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[i % GIVEN.length]}`,
        gender,
        idNumber: idNumber(
          `19${80 + (i % 18)}0${(i % 9) + 1}1${i % 10}`,
          100 + i * 2 + (gender === 'female' ? 0 : 1),
        ),
        phone: `139${String(10000000 + i * 7919).slice(0, 8)}`,
        post: p.post,
        isReviewer: p.reviewer ?? false,
        legalQualificationNo: p.qualification ? `A2019${String(990102000 + i)}` : null,
      });
      if (p.categories) {
        const certId = randomUUID();
        // One officer's certificate lapsed (missed annual review) so the UI and verification show it.
        const lapsed = p.key === 'officer16';
        await tx.insert(certificates).values({
          id: certId,
          personId,
          bodyId: ids.district,
          number: `SF${String(99010200 + i).padStart(8, '0')}`,
          categories: p.categories,
          region: '示范市示范区',
          issuer: '示范省人民政府',
          issuedOn: '2023-03-01',
          expiresOn: lapsed ? '2026-01-31' : '2028-02-29',
        });
        // Reviews for every year since issue up to last year, so the demo stays valid as years pass.
        const lastYear = Number(today(ctx).slice(0, 4)) - 1;
        const years = Array.from({ length: Math.max(0, lastYear - 2023 + 1) }, (_, k) => 2023 + k).filter(
          (y) => !lapsed || y < 2025,
        );
        if (years.length)
          await tx.insert(certificateReviews).values(
            years.map((year) => ({
              certificateId: certId,
              year,
              passed: true,
              reviewedOn: `${year + 1}-01-20`,
            })),
          );
      }
      if (p.account) {
        await tx.insert(users).values({
          username: p.account.username,
          displayName: `${SURNAMES[i % SURNAMES.length]}${GIVEN[i % GIVEN.length]}`,
          passwordHash,
          bodyId: ids.district,
          personId,
          roles: p.account.roles,
        });
      }
    }
    // The separated system roles (三员) sit at the district body and hold no business role.
    await tx.insert(users).values([
      {
        username: 'sysadmin',
        displayName: '系统管理员',
        passwordHash,
        bodyId: ids.district,
        roles: ['sysadmin'],
      },
      {
        username: 'secadmin',
        displayName: '安全管理员',
        passwordHash,
        bodyId: ids.district,
        roles: ['secadmin'],
      },
      {
        username: 'auditor',
        displayName: '审计管理员',
        passwordHash,
        bodyId: ids.district,
        roles: ['auditor'],
      },
    ]);
    // Version 1 of every seeded record, so the first edit has something to be compared with.
    for (const [entityType, table] of [
      ['body', bodies],
      ['unit', units],
      ['person', people],
      ['certificate', certificates],
    ] as const) {
      for (const row of await tx.select().from(table))
        await recordVersion(tctx, { entityType, record: row, reason: '演示数据初始化' });
    }
    districtId = ids.district;
    await services.ledger.append(tctx, {
      action: 'demo.seeded',
      entityType: 'platform',
      bodyId: ids.district,
      payload: { bodies: 4, people: roster.length },
    });
  });
  await seedDemoCatalogue(db, services.ledger, ctx, districtId);
  return true;
}

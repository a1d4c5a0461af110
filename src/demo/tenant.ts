// The fictional demo tenant, as data: 示范省 → 示范市 → 示范区卫生健康委员会 (with its entrusted brigade),
// the district's units, 24 people (10 named in the README's account table, 14 further officers) and the
// three system accounts. seed.ts writes exactly this, and tests read names from here (test/helpers/demo.ts)
// instead of retyping them, so the demo's wording can change without breaking any test but the demo's own.
import type { Role } from '../modules/access/index.ts';
import {
  creditCodeCheckChar,
  idNumberCheckChar,
  type AuthorityKind,
  type Category,
} from '../modules/bodies/rules.ts';
import { DEMO_BODY } from '../modules/catalog/demo/index.ts';

const creditCode = (region: string, serial: string) => {
  const first17 = `11${region}${serial}`;
  return first17 + creditCodeCheckChar(first17);
};
const idNumber = (birth: string, seq: number) => {
  const first17 = `990102${birth}${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
};

export type DemoBodyKey = 'province' | 'city' | 'district' | 'brigade';

const ORGAN = {
  nature: '行政机关' as const,
  fundingSource: '财政全额拨款',
  bodyType: '卫生健康行政部门',
  authorityKinds: ['health'] as AuthorityKind[],
};
/**
 * The district commission also bears the names 区中医药管理局 and 区疾病预防控制局 (加挂牌子, as county
 * commissions often do), so it enforces the items the 2025 传染病防治法 and the 2024 公共场所卫生管理条例 give
 * to the 疾病预防控制部门; its brigade acts in its name with the same kinds.
 */
const DISTRICT_AUTHORITIES: AuthorityKind[] = ['health', 'tcm', 'disease_control'];

/** The four bodies, each under the one before it. */
export const DEMO_BODIES = {
  province: {
    ...ORGAN,
    parent: null,
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
  city: {
    ...ORGAN,
    parent: 'province',
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
  district: {
    ...ORGAN,
    parent: 'city',
    level: 'county',
    name: DEMO_BODY.name,
    authorityKinds: DISTRICT_AUTHORITIES,
    shortName: '示区',
    creditCode: creditCode('990102', '00000003C'),
    staffing: 60,
    legalRepresentative: '郑国庆',
    address: DEMO_BODY.address,
    complaintPhone: DEMO_BODY.complaintPhone,
    duties:
      '依法对辖区内医疗机构、公共场所、生活饮用水、传染病防治、职业卫生、放射诊疗等实施监督检查和行政处罚。',
  },
  brigade: {
    parent: 'district',
    level: 'county',
    name: DEMO_BODY.brigade,
    shortName: '示区',
    creditCode: creditCode('990102', '00000004D'),
    nature: '受委托组织' as const,
    fundingSource: '财政全额拨款',
    bodyType: '卫生健康综合监督执法机构',
    authorityKinds: DISTRICT_AUTHORITIES,
    staffing: 30,
    legalRepresentative: '钱志远',
    address: '示范市示范区健康路 68 号',
    complaintPhone: DEMO_BODY.complaintPhone,
    duties: `受${DEMO_BODY.name}委托，以委托机关名义实施卫生健康行政处罚。`,
    delegationScope: '医疗卫生、公共卫生领域的行政检查与行政处罚',
    delegationValidFrom: '2024-01-01',
    delegationValidTo: '2028-12-31',
  },
} as const;

export type DemoUnitKey = 'handling' | 'legal' | 'office' | 'licensing' | 'leaders';

/** The district's units. */
export const DEMO_UNITS: Record<
  DemoUnitKey,
  { name: string; kind: 'handling' | 'legal' | 'office' | 'licensing' | 'other'; phone: string }
> = {
  handling: { name: DEMO_BODY.units.handling, kind: 'handling', phone: '0999-6612301' },
  legal: { name: DEMO_BODY.units.legal, kind: 'legal', phone: '0999-6612302' },
  office: { name: DEMO_BODY.units.office, kind: 'office', phone: '0999-6612303' },
  licensing: { name: DEMO_BODY.units.licensing, kind: 'licensing', phone: '0999-6612304' },
  leaders: { name: '委领导', kind: 'other', phone: '0999-6612300' },
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

interface DemoRole {
  key: string;
  unit: DemoUnitKey;
  post: string;
  account?: { username: string; roles: Role[] };
  categories?: Category[];
  reviewer?: boolean;
  qualification?: boolean;
}

// The named accounts of the README first, then further officers of the enforcement brigade.
const NAMED: DemoRole[] = [
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

const EXTRA: DemoRole[] = Array.from({ length: 14 }, (_, i) => ({
  key: `officer${i + 3}`,
  unit: 'handling' as const,
  post: '执法队员',
  categories: ['penalty', 'inspection'] as Category[],
}));

export interface DemoPerson extends DemoRole {
  name: string;
  gender: 'male' | 'female';
  idNumber: string;
  phone: string;
  legalQualificationNo: string | null;
  /** Its certificate, when it has categories; officer16's lapsed (missed annual review). */
  certificate: {
    number: string;
    categories: Category[];
    region: string;
    issuer: string;
    issuedOn: string;
    expiresOn: string;
    lapsed: boolean;
  } | null;
}

/** Everyone of the district, in the order seeded. */
export const DEMO_PEOPLE: DemoPerson[] = [...NAMED, ...EXTRA].map((p, i) => {
  const gender = i % 3 === 1 ? 'female' : 'male';
  return {
    ...p,
    name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[i % GIVEN.length]}`,
    gender,
    idNumber: idNumber(
      `19${80 + (i % 18)}0${(i % 9) + 1}1${i % 10}`,
      100 + i * 2 + (gender === 'female' ? 0 : 1),
    ),
    phone: `139${String(10000000 + i * 7919).slice(0, 8)}`,
    legalQualificationNo: p.qualification ? `A2019${String(990102000 + i)}` : null,
    certificate: p.categories
      ? {
          number: `SF${String(99010200 + i).padStart(8, '0')}`,
          categories: p.categories,
          region: '示范市示范区',
          issuer: '示范省人民政府',
          issuedOn: '2023-03-01',
          expiresOn: p.key === 'officer16' ? '2026-01-31' : '2028-02-29',
          lapsed: p.key === 'officer16',
        }
      : null,
  };
});

/** The person of a roster key (the account's username for the README's accounts). */
export function demoPerson(key: string): DemoPerson {
  const person = DEMO_PEOPLE.find((p) => p.key === key);
  if (!person) throw new Error(`no demo person ${key}`);
  return person;
}

/** The separated system roles (三员): at the district, no person, no business role. */
export const DEMO_SYSTEM_ACCOUNTS = [
  { username: 'sysadmin', displayName: '系统管理员', roles: ['sysadmin'] },
  { username: 'secadmin', displayName: '安全管理员', roles: ['secadmin'] },
  { username: 'auditor', displayName: '审计管理员', roles: ['auditor'] },
] as const satisfies { username: string; displayName: string; roles: Role[] }[];

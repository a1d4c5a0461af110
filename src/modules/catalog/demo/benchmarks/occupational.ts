// B3 discretion benchmarks, 职业卫生 (职业病防治法 2018) and 放射卫生 (放射诊疗管理规定 2016).
import type { DiscretionBenchmark } from '../../model.ts';
import { OCCUPATIONAL_DISEASE_LAW as ODL, RADIATION_DIAGNOSIS_RULES as RDR } from '../laws/index.ts';
import { NOT_LIGHTER_OR_HEAVIER, REPEAT_OFFENCE, fixed, ref, tier } from './helpers.ts';

const OCCUPATIONAL = '职业卫生';
const RADIATION = '放射卫生';
const STOP_WORK =
  '情节严重的，责令停止产生职业病危害的作业，或者提请有关人民政府按照国务院规定的权限责令关闭（应当告知听证权利）';
const REVOKE = '情节严重的，吊销《医疗机构执业许可证》（应当告知听证权利）';

/** Art. 71: 责令限期改正，给予警告，可以并处五万元以上十万元以下. */
function tiersOf71(lighter: string, general: string, heavier: string[]) {
  return [
    tier('lighter', [lighter], ['warning'], null, '责令限期改正'),
    tier('general', [general, NOT_LIGHTER_OR_HEAVIER], ['warning'], fixed(50000, 75000), '责令限期改正'),
    tier('heavier', [...heavier, REPEAT_OFFENCE], ['warning'], fixed(75000, 100000), '责令限期改正'),
  ];
}

/** Art. 72: 警告，责令限期改正；逾期不改正的，五万元以上二十万元以下；情节严重的，责令停止作业或者提请关闭. */
function tiersOf72(subject: string) {
  return [
    tier('lighter', [`${subject}，在责令限期改正期限内改正的`], ['warning'], null, '责令限期改正'),
    tier('general', [`${subject}，逾期不改正的`, NOT_LIGHTER_OR_HEAVIER], ['warning'], fixed(50000, 100000)),
    tier(
      'heavier',
      [
        `${subject}，逾期不改正，且工作场所存在严重职业病危害或者劳动者健康已受损害等情节严重的`,
        REPEAT_OFFENCE,
      ],
      ['warning', 'order_suspension'],
      fixed(100000, 200000),
      STOP_WORK,
    ),
  ];
}

/** Art. 41: 警告，责令限期改正；并可处一万元以下. */
function tiersOf41(lighter: string, general: string, heavier: string) {
  return [
    tier('lighter', [lighter], ['warning'], null, '责令限期改正'),
    tier('general', [general, NOT_LIGHTER_OR_HEAVIER], ['warning'], fixed(2000, 6000), '责令限期改正'),
    tier('heavier', [heavier, REPEAT_OFFENCE], ['warning'], fixed(6000, 10000), '责令限期改正'),
  ];
}

export const OCCUPATIONAL_BENCHMARKS: DiscretionBenchmark[] = [
  {
    code: 'BM-ZY-001',
    violation: '用人单位未按照规定及时、如实向卫生行政部门申报产生职业病危害的项目',
    category: OCCUPATIONAL,
    violatedArticles: [ref(ODL, 16)],
    penaltyArticles: [ref(ODL, 71, undefined, 1)],
    tiers: tiersOf71(
      '未按时申报或者申报内容不全，在责令限期内改正的',
      '逾期未申报，或者申报内容与实际不符的',
      ['拒不申报或者故意隐瞒职业病危害因素的', '存在严重职业病危害因素未申报的'],
    ),
  },
  {
    code: 'BM-ZY-002',
    violation: '用人单位未按照规定组织职业健康检查、建立职业健康监护档案或者未将检查结果书面告知劳动者',
    category: OCCUPATIONAL,
    violatedArticles: [ref(ODL, 35)],
    penaltyArticles: [ref(ODL, 71, undefined, 4)],
    tiers: [
      ...tiersOf71(
        '未组织职业健康检查的劳动者在十人以下，在责令限期内改正的',
        '未组织职业健康检查的劳动者在十人以上三十人以下，或者未将检查结果书面告知劳动者的',
        [
          '未组织职业健康检查的劳动者在三十人以上的',
          '接触严重职业病危害因素的劳动者未进行职业健康检查，或者因此致职业病病人未被及时发现的',
        ],
      ),
    ],
  },
  {
    code: 'BM-ZY-003',
    violation: '用人单位未按照规定对工作场所职业病危害因素进行检测、评价',
    category: OCCUPATIONAL,
    violatedArticles: [ref(ODL, 26)],
    penaltyArticles: [ref(ODL, 72, undefined, 4)],
    tiers: tiersOf72('未按照规定进行职业病危害因素检测、评价'),
  },
  {
    code: 'BM-ZY-004',
    violation:
      '用人单位未提供职业病防护设施和个人使用的职业病防护用品，或者提供的防护设施和防护用品不符合国家职业卫生标准和卫生要求',
    category: OCCUPATIONAL,
    violatedArticles: [ref(ODL, 22)],
    penaltyArticles: [ref(ODL, 72, undefined, 2)],
    tiers: tiersOf72('未提供或者提供不符合要求的职业病防护设施、个人防护用品'),
  },
  {
    code: 'BM-ZY-005',
    violation: '用人单位未按照规定组织劳动者进行职业卫生培训，或者未对劳动者个人职业病防护采取指导、督促措施',
    category: OCCUPATIONAL,
    violatedArticles: [ref(ODL, 34)],
    penaltyArticles: [ref(ODL, 70, undefined, 4)],
    tiers: [
      tier('lighter', ['在责令限期改正期限内改正的'], ['warning'], null, '责令限期改正'),
      tier(
        'general',
        ['逾期不改正，未培训的劳动者在三十人以下的', NOT_LIGHTER_OR_HEAVIER],
        ['warning'],
        fixed(10000, 50000),
      ),
      tier(
        'heavier',
        ['逾期不改正，未培训的劳动者在三十人以上或者涉及严重职业病危害作业岗位的', REPEAT_OFFENCE],
        ['warning'],
        fixed(50000, 100000),
      ),
    ],
  },
];

export const RADIATION_BENCHMARKS: DiscretionBenchmark[] = [
  {
    code: 'BM-FS-001',
    violation: '医疗机构未取得放射诊疗许可从事放射诊疗工作',
    category: RADIATION,
    violatedArticles: [ref(RDR, 16), ref(RDR, 4)],
    penaltyArticles: [ref(RDR, 38, undefined, 1)],
    tiers: [
      tier(
        'lighter',
        ['仅开展X射线影像诊断，时间在一个月以内，设备性能和场所防护检测合格的'],
        ['warning'],
        fixed(500, 1000),
        '责令限期改正',
      ),
      tier(
        'general',
        ['开展X射线影像诊断时间在一个月以上，或者设备、场所未经检测的', NOT_LIGHTER_OR_HEAVIER],
        ['warning'],
        fixed(1000, 2000),
        '责令限期改正',
      ),
      tier(
        'heavier',
        [
          '开展介入放射学、核医学或者放射治疗工作的',
          '造成受检者或者工作人员受到超剂量照射的',
          '经责令改正后仍继续开展的',
        ],
        ['warning', 'revoke_licence'],
        fixed(2000, 3000),
        REVOKE,
      ),
    ],
  },
  {
    code: 'BM-FS-002',
    violation: '医疗机构使用不具备相应资质的人员从事放射诊疗工作',
    category: RADIATION,
    // The rule's article on staff qualifications is not entered; the violation is defined in Art. 39 itself.
    violatedArticles: [ref(RDR, 39)],
    penaltyArticles: [ref(RDR, 39)],
    tiers: [
      tier(
        'lighter',
        ['使用一名不具备相应资质的人员，时间在三个月以内的'],
        [],
        fixed(500, 2000),
        '责令限期改正',
      ),
      tier(
        'general',
        ['使用两名以上不具备相应资质的人员，或者时间在三个月以上的', NOT_LIGHTER_OR_HEAVIER],
        [],
        fixed(2000, 3500),
        '责令限期改正',
      ),
      tier(
        'heavier',
        [
          '不具备资质的人员独立从事介入放射学、核医学或者放射治疗工作的',
          '造成受检者或者工作人员受到超剂量照射的',
        ],
        ['revoke_licence'],
        fixed(3500, 5000),
        REVOKE,
      ),
    ],
  },
  {
    code: 'BM-FS-003',
    violation: '医疗机构未按照规定对放射诊疗工作人员进行个人剂量监测、健康检查、建立个人剂量和健康档案',
    category: RADIATION,
    violatedArticles: [ref(RDR, 23)],
    penaltyArticles: [ref(RDR, 41, undefined, 4)],
    tiers: tiersOf41(
      '涉及放射工作人员三人以下，在责令限期内改正的',
      '涉及放射工作人员三人以上十人以下的',
      '涉及放射工作人员十人以上，或者致放射工作人员健康损害未被及时发现的',
    ),
  },
  {
    code: 'BM-FS-004',
    violation: '医疗机构未按照规定对放射诊疗设备、工作场所及防护设施进行检测和检查',
    category: RADIATION,
    violatedArticles: [ref(RDR, 20)],
    penaltyArticles: [ref(RDR, 41, undefined, 3)],
    tiers: tiersOf41(
      '涉及一台放射诊疗设备，在责令限期内改正的',
      '涉及两台以上放射诊疗设备，或者工作场所防护设施未检测的',
      '设备或者场所检测不合格仍继续使用的',
    ),
  },
];

// B3 discretion benchmarks, 公共场所卫生 and 生活饮用水. The amounts come from the 实施细则 (Arts. 35–39)
// and the 管理办法 (Arts. 25–27); the 条例 (Art. 14) names only the kinds of penalty.
import type { DiscretionBenchmark } from '../../model.ts';
import {
  DRINKING_WATER_MEASURES as DWM,
  PUBLIC_PLACES_REGULATION as PPR,
  PUBLIC_PLACES_RULES as PPRU,
} from '../laws/index.ts';
import {
  FIRST_OFFENCE,
  MITIGATED_NOTE,
  MITIGATION,
  NOT_LIGHTER_OR_HEAVIER,
  OBSTRUCTION,
  REPEAT_OFFENCE,
  fixed,
  none,
  ref,
  tier,
} from './helpers.ts';

const PLACES = '公共场所卫生';
const WATER = '生活饮用水卫生';
const CAP = '依法也可处违法所得3倍以下、最高不超过30000元的罚款，按此裁量的须书面说明理由并经法制审核';
const SUSPEND = '情节严重的，可以依法责令停业整顿，直至吊销卫生许可证（应当告知听证权利）';

/** Art. 37: nothing is punished when the order to correct is complied with in time. */
function tiersOf37(subject: string) {
  return [
    none([`${subject}，在责令限期改正期限内改正的`], '责令限期改正（逾期不改的方予处罚）'),
    tier('lighter', [`${subject}，逾期未改正，但已部分改正的`], ['warning'], fixed(1000, 3000)),
    tier('general', [`${subject}，逾期不改正的`, NOT_LIGHTER_OR_HEAVIER], ['warning'], fixed(3000, 6000)),
    tier(
      'heavier',
      [`${subject}，逾期不改正，且${REPEAT_OFFENCE}`],
      ['warning'],
      fixed(6000, 10000),
      SUSPEND,
    ),
  ];
}

/** Art. 36: 警告 + up to 2000 yuan; after the deadline, with substandard hygiene, 2000–20000 yuan. */
function tiersOf36(lighter: string, general: string) {
  return [
    tier('lighter', [lighter], ['warning'], null, '责令限期改正'),
    tier('general', [general, NOT_LIGHTER_OR_HEAVIER], ['warning'], fixed(500, 2000), '责令限期改正'),
    tier(
      'heavier',
      ['逾期不改正，造成公共场所卫生质量不符合卫生标准和要求的'],
      [],
      fixed(2000, 20000),
      SUSPEND,
    ),
  ];
}

export const PUBLIC_PLACE_BENCHMARKS: DiscretionBenchmark[] = [
  {
    code: 'BM-GG-001',
    violation: '未依法取得公共场所卫生许可证擅自营业',
    category: PLACES,
    violatedArticles: [ref(PPR, 8), ref(PPRU, 22)],
    penaltyArticles: [ref(PPRU, 35, 1), ref(PPR, 14, undefined, 4)],
    tiers: [
      tier(
        'mitigated',
        [MITIGATION, '擅自营业时间在十五日以内，已主动停止营业并申请卫生许可的'],
        ['warning'],
        fixed(100, 499),
        MITIGATED_NOTE,
      ),
      tier(
        'lighter',
        ['擅自营业时间在一个月以内，未造成危害后果，并在责令期限内取得卫生许可证的'],
        ['warning'],
        fixed(500, 2000),
        '责令限期改正',
      ),
      tier(
        'general',
        ['擅自营业时间在一个月以上三个月以下的', NOT_LIGHTER_OR_HEAVIER],
        ['warning'],
        fixed(2000, 5000),
        '责令限期改正',
      ),
      tier(
        'heavier',
        [
          '擅自营业曾受过卫生健康行政部门处罚的',
          '擅自营业时间在三个月以上的',
          '以涂改、转让、倒卖、伪造的卫生许可证擅自营业的',
        ],
        ['warning'],
        fixed(5000, 30000),
        '责令限期改正；涂改、转让、倒卖的有效卫生许可证由原发证部门注销',
      ),
    ],
  },
  {
    code: 'BM-GG-002',
    violation: '未按照规定对公共场所的空气、微小气候、水质、采光、照明、噪声、顾客用品用具等进行卫生检测',
    category: PLACES,
    violatedArticles: [ref(PPRU, 19)],
    penaltyArticles: [ref(PPRU, 36, undefined, 1)],
    tiers: [
      none([FIRST_OFFENCE, '检测逾期不超过三个月，补检结果符合卫生标准的']),
      ...tiersOf36(
        '未按照规定进行卫生检测，涉及一个检测项目的',
        '未按照规定进行卫生检测，涉及两个以上检测项目或者连续两年以上未检测的',
      ),
    ],
  },
  {
    code: 'BM-GG-003',
    violation: '未按照规定对顾客用品用具进行清洗、消毒、保洁，或者重复使用一次性用品用具',
    category: PLACES,
    violatedArticles: [ref(PPRU, 14)],
    penaltyArticles: [ref(PPRU, 36, undefined, 2)],
    tiers: tiersOf36(
      '顾客用品用具清洗、消毒、保洁不规范，抽检未发现超标的',
      '顾客用品用具抽检不合格，或者重复使用一次性用品用具的',
    ),
  },
  {
    code: 'BM-GG-004',
    violation: '安排未获得有效健康合格证明的从业人员从事直接为顾客服务工作',
    category: PLACES,
    violatedArticles: [ref(PPR, 7), ref(PPRU, 10)],
    penaltyArticles: [ref(PPRU, 38), ref(PPR, 14, undefined, 2)],
    tiers: [
      tier(
        'mitigated',
        [MITIGATION, '涉及一名从业人员，健康合格证明过期不满一个月且已补办的'],
        ['warning'],
        fixed(100, 499),
        MITIGATED_NOTE,
      ),
      tier(
        'lighter',
        ['安排一名未获得有效健康合格证明的从业人员上岗，经检查未患有有碍公共卫生疾病的'],
        ['warning'],
        fixed(500, 1500),
        '责令限期改正',
      ),
      tier(
        'general',
        [
          '安排两名以上未获得有效健康合格证明的从业人员上岗的',
          '安排患有有碍公共卫生疾病的人员直接为顾客服务的',
        ],
        ['warning'],
        fixed(1500, 5000),
        '责令限期改正',
      ),
      tier('heavier', ['逾期不改正的'], [], fixed(5000, 15000)),
    ],
  },
  {
    code: 'BM-GG-005',
    violation:
      '未按照规定建立卫生管理制度、设立卫生管理部门或者配备专（兼）职卫生管理人员，或者未建立卫生管理档案',
    category: PLACES,
    violatedArticles: [ref(PPRU, 7)],
    penaltyArticles: [ref(PPRU, 37, undefined, 1)],
    tiers: tiersOf37('未建立卫生管理制度、卫生管理档案或者未配备卫生管理人员'),
  },
  {
    code: 'BM-GG-006',
    violation: '公共场所经营者拒绝卫生监督',
    category: PLACES,
    violatedArticles: [ref(PPRU, 30), ref(PPR, 14, undefined, 3)],
    penaltyArticles: [ref(PPRU, 37)],
    tiers: [
      tier('lighter', ['拒绝监督检查，经说明法律后果后即予配合的'], [], fixed(10000, 15000)),
      tier(
        'general',
        ['拒绝监督检查，致使监督检查无法进行的', NOT_LIGHTER_OR_HEAVIER],
        [],
        fixed(15000, 22000),
      ),
      tier(
        'heavier',
        [OBSTRUCTION, REPEAT_OFFENCE],
        [],
        fixed(22000, 30000),
        `${SUSPEND}；以暴力、威胁方法阻碍执法构成违反治安管理行为的，移送公安机关`,
      ),
    ],
  },
  {
    code: 'BM-GG-007',
    violation: '未按照规定公示公共场所卫生许可证、卫生检测结果和卫生信誉度等级',
    category: PLACES,
    violatedArticles: [ref(PPRU, 19)],
    penaltyArticles: [ref(PPRU, 37, undefined, 8)],
    tiers: tiersOf37('未按照规定公示卫生许可证、卫生检测结果或者卫生信誉度等级'),
  },
  {
    code: 'BM-GG-008',
    violation: '对发生的危害健康事故未立即采取处置措施，导致危害扩大，或者隐瞒、缓报、谎报',
    category: PLACES,
    violatedArticles: [ref(PPRU, 21)],
    penaltyArticles: [ref(PPRU, 39)],
    tiers: [
      tier('lighter', ['未立即采取处置措施，但未导致危害扩大，事后及时报告的'], [], fixed(5000, 10000)),
      tier(
        'general',
        ['未立即采取处置措施导致危害扩大，或者缓报的', NOT_LIGHTER_OR_HEAVIER],
        [],
        fixed(10000, 20000),
      ),
      tier(
        'heavier',
        ['隐瞒、谎报危害健康事故的', '造成人员健康严重损害或者群体性健康事件的'],
        ['order_suspension'],
        fixed(20000, 30000),
        `${SUSPEND}；构成犯罪的，依法移送司法机关`,
      ),
    ],
  },
];

export const WATER_BENCHMARKS: DiscretionBenchmark[] = [
  {
    code: 'BM-SY-001',
    violation:
      '集中式供水单位安排未取得体检合格证的人员或者患有有碍饮用水卫生疾病的人员、病原携带者从事直接供、管水工作',
    category: WATER,
    violatedArticles: [ref(DWM, 11)],
    penaltyArticles: [ref(DWM, 25)],
    tiers: [
      tier(
        'lighter',
        ['安排一名未取得体检合格证的人员上岗，经检查未患有有碍饮用水卫生疾病的'],
        [],
        fixed(20, 300),
        '责令限期改进',
      ),
      tier(
        'general',
        ['安排两名以上未取得体检合格证的人员上岗的', NOT_LIGHTER_OR_HEAVIER],
        [],
        fixed(300, 600),
        '责令限期改进',
      ),
      tier(
        'heavier',
        ['安排患有有碍饮用水卫生疾病的人员或者病原携带者从事直接供、管水工作的', REPEAT_OFFENCE],
        [],
        fixed(600, 1000),
        '责令限期改进',
      ),
    ],
  },
  {
    code: 'BM-SY-002',
    violation: '供水单位未取得卫生许可证而擅自供水',
    category: WATER,
    violatedArticles: [ref(DWM, 7)],
    penaltyArticles: [ref(DWM, 26, undefined, 3)],
    tiers: [
      tier(
        'lighter',
        ['擅自供水时间在三个月以内，水质检测符合卫生标准的'],
        [],
        fixed(20, 1500),
        '责令限期改进',
      ),
      tier(
        'general',
        ['擅自供水时间在三个月以上，或者未进行水质检测的', NOT_LIGHTER_OR_HEAVIER],
        [],
        fixed(1500, 3500),
        '责令限期改进',
      ),
      tier(
        'heavier',
        ['供应的饮用水不符合卫生标准，或者擅自供水时间在一年以上的', REPEAT_OFFENCE],
        [],
        fixed(3500, 5000),
        '责令限期改进',
      ),
    ],
  },
  {
    code: 'BM-SY-003',
    violation: '供水单位供应的饮用水不符合国家生活饮用水卫生标准',
    category: WATER,
    violatedArticles: [ref(DWM, 6)],
    penaltyArticles: [ref(DWM, 26, undefined, 4)],
    tiers: [
      tier(
        'lighter',
        ['感官性状或者一般化学指标个别超标，未造成健康危害并及时整改的'],
        [],
        fixed(20, 1500),
        '责令限期改进',
      ),
      tier(
        'general',
        ['微生物指标或者毒理指标超标，未造成健康危害的', NOT_LIGHTER_OR_HEAVIER],
        [],
        fixed(1500, 3500),
        '责令限期改进',
      ),
      tier(
        'heavier',
        ['造成介水传染病或者化学中毒等健康危害的', '供水人口较多或者经责令改进后仍不符合卫生标准的'],
        [],
        fixed(3500, 5000),
        '导致或者可能导致传染病传播、流行的，另依《中华人民共和国传染病防治法》（2025年修订）相关条款处理（条文待录入）',
      ),
    ],
  },
  {
    code: 'BM-SY-004',
    violation: '生产或者销售无卫生许可批准文件的涉及饮用水卫生安全的产品',
    category: WATER,
    violatedArticles: [ref(DWM, 12)],
    penaltyArticles: [ref(DWM, 27)],
    // Art. 27 allows 违法所得3倍以下 (capped at 30000 yuan) OR 500–10000 yuan. FineRule has no cap for
    // multiples, so the benchmark publishes the fixed alternative, which is lawful whatever the income; a
    // proposal on the income basis is outside the benchmark and goes to legal review with its reason.
    tiers: [
      tier('lighter', ['销售数量少、时间短，主动停止销售并召回的'], [], fixed(500, 3000), `责令改进；${CAP}`),
      tier('general', [NOT_LIGHTER_OR_HEAVIER], [], fixed(3000, 6000), `责令改进；${CAP}`),
      tier(
        'heavier',
        [
          '产品经检验不符合卫生标准的',
          '生产无卫生许可批准文件的产品，或者销售时间在一年以上的',
          REPEAT_OFFENCE,
        ],
        [],
        fixed(6000, 10000),
        `责令改进；${CAP}`,
      ),
    ],
  },
];

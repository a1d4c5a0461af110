// B3 discretion benchmarks, 医疗卫生 (physicians, 医师法 2022). "责令暂停六个月以上一年以下执业活动" is
// recorded as 限制从业 (restrict_employment); "直至吊销医师执业证书" as revoke_licence only where a tier
// prescribes it — a proposal adding it elsewhere is outside the benchmark and goes to legal review.
import type { DiscretionBenchmark } from '../../model.ts';
import { PHYSICIANS_LAW as PL } from '../laws/index.ts';
import { NOT_LIGHTER_OR_HEAVIER, REPEAT_OFFENCE, fixed, ref, tier, times } from './helpers.ts';

const FIELD = '医疗卫生';
const SUSPEND =
  '情节严重的，责令暂停六个月以上一年以下执业活动；情节特别严重的，吊销医师执业证书（应当告知听证权利）';

/** The three tiers shared by the 一万元以上三万元以下 articles (Arts. 56, 57). */
function tiersOf56(lighter: string[], general: string[], heavier: string[]) {
  return [
    tier('lighter', lighter, ['warning', 'confiscate_income'], fixed(10000, 15000), '责令改正'),
    tier(
      'general',
      [...general, NOT_LIGHTER_OR_HEAVIER],
      ['warning', 'confiscate_income'],
      fixed(15000, 22000),
      '责令改正',
    ),
    tier(
      'heavier',
      [...heavier, REPEAT_OFFENCE],
      ['warning', 'confiscate_income', 'restrict_employment'],
      fixed(22000, 30000),
      SUSPEND,
    ),
  ];
}

export const PHYSICIAN_BENCHMARKS: DiscretionBenchmark[] = [
  {
    code: 'BM-YS-001',
    violation: '非医师行医',
    category: FIELD,
    violatedArticles: [ref(PL, 13)],
    penaltyArticles: [ref(PL, 59)],
    tiers: [
      tier(
        'lighter',
        [
          '非法行医时间在三个月以内，未给就诊人造成身体健康损害的',
          '主动停止非法执业活动并如实陈述违法事实的',
        ],
        ['confiscate_income', 'confiscate_property'],
        times(2, 4, { belowYuan: 10000, minYuan: 20000, maxYuan: 40000 }),
        '责令停止非法执业活动，没收违法所得和药品、医疗器械；违法所得不足一万元的按一万元计算',
      ),
      tier(
        'general',
        ['非法行医时间在三个月以上不满一年的', NOT_LIGHTER_OR_HEAVIER],
        ['confiscate_income', 'confiscate_property'],
        times(4, 7, { belowYuan: 10000, minYuan: 40000, maxYuan: 70000 }),
        '责令停止非法执业活动',
      ),
      tier(
        'heavier',
        [
          '因非医师行医曾受过卫生健康行政部门处罚的',
          '给就诊人造成身体健康损害的',
          '使用假药、劣药或者以行医为名骗取钱物的',
          '非法行医时间在一年以上的',
        ],
        ['confiscate_income', 'confiscate_property'],
        times(7, 10, { belowYuan: 10000, minYuan: 70000, maxYuan: 100000 }),
        '责令停止非法执业活动；涉嫌非法行医罪的，依法移送公安机关',
      ),
    ],
  },
  {
    code: 'BM-YS-002',
    violation: '医师未按照注册的执业地点、执业类别、执业范围执业',
    category: FIELD,
    violatedArticles: [ref(PL, 14)],
    penaltyArticles: [ref(PL, 57)],
    tiers: tiersOf56(
      ['超出注册的执业地点、执业类别或者执业范围执业时间在三个月以内，未给患者造成伤害的'],
      ['超出注册的执业地点、执业类别或者执业范围执业时间在三个月以上的'],
      ['给患者造成伤害的', '超出执业类别从事手术等高风险诊疗活动的'],
    ),
  },
  {
    code: 'BM-YS-003',
    violation:
      '医师出具虚假医学证明文件，或者未经亲自诊查、调查签署诊断、治疗、流行病学等证明文件或者有关出生、死亡等证明文件',
    category: FIELD,
    violatedArticles: [ref(PL, 24)],
    penaltyArticles: [ref(PL, 56, undefined, 2)],
    tiers: tiersOf56(
      ['未经亲自诊查签署证明文件一份，内容与事实相符，未造成危害后果的'],
      ['出具虚假医学证明文件一份，或者未经亲自诊查签署证明文件两份以上的'],
      [
        '出具虚假医学证明文件两份以上的',
        '虚假医学证明文件被用于骗取医保基金、保险金或者逃避法律责任等违法活动的',
      ],
    ),
  },
  {
    code: 'BM-YS-004',
    violation: '医师隐匿、伪造、篡改或者擅自销毁病历等医学文书及有关资料',
    category: FIELD,
    violatedArticles: [ref(PL, 24)],
    penaltyArticles: [ref(PL, 56, undefined, 3)],
    tiers: tiersOf56(
      ['涉及病历一份，未影响医疗纠纷处理或者患者权益的'],
      ['涉及病历两份以上，或者影响患者查阅、复制病历的'],
      ['为逃避医疗纠纷责任或者骗取医保基金而隐匿、伪造、篡改、销毁病历的'],
    ),
  },
  {
    code: 'BM-YS-005',
    violation: '医师泄露患者隐私或者个人信息',
    category: FIELD,
    violatedArticles: [ref(PL, 23)],
    penaltyArticles: [ref(PL, 56, undefined, 1)],
    tiers: tiersOf56(
      ['泄露一名患者的隐私或者个人信息，及时采取补救措施，未造成不良影响的'],
      ['泄露两名以上患者的隐私或者个人信息的'],
      ['通过网络等途径公开传播患者隐私，造成恶劣社会影响的', '为牟利出售或者向他人提供患者个人信息的'],
    ),
  },
  {
    code: 'BM-YS-006',
    violation: '医师在提供医疗卫生服务或者开展医学临床研究中，未按照规定履行告知义务或者取得知情同意',
    category: FIELD,
    violatedArticles: [ref(PL, 25)],
    penaltyArticles: [ref(PL, 55, undefined, 1)],
    tiers: [
      tier(
        'general',
        ['未按照规定履行告知义务或者取得知情同意，未造成严重后果的'],
        ['warning'],
        null,
        '责令改正',
      ),
      tier(
        'heavier',
        ['未取得知情同意实施手术、特殊检查、特殊治疗，给患者造成严重后果的', REPEAT_OFFENCE],
        ['warning', 'restrict_employment'],
        null,
        SUSPEND,
      ),
    ],
  },
];

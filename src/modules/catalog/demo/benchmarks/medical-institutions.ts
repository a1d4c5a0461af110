// B3 discretion benchmarks, 医疗卫生 (medical institutions). Since the 2022 revision of the 条例 the
// unlicensed-practice and licence-lending cases are punished under the 基本医疗卫生与健康促进法 (Art. 99);
// the 实施细则's lower amounts no longer apply, but its 情形 still guide the tiers.
import type { DiscretionBenchmark } from '../../model.ts';
import { BASIC_HEALTHCARE_LAW as BHL, MEDICAL_INSTITUTIONS_REGULATION as MIR } from '../laws/index.ts';
import {
  FIRST_OFFENCE,
  NOT_LIGHTER_OR_HEAVIER,
  REPEAT_OFFENCE,
  fixed,
  none,
  ref,
  tier,
  times,
} from './helpers.ts';

const FIELD = '医疗卫生';

export const MEDICAL_INSTITUTION_BENCHMARKS: DiscretionBenchmark[] = [
  {
    code: 'BM-YL-001',
    violation: '未取得《医疗机构执业许可证》擅自执业',
    category: FIELD,
    violatedArticles: [ref(MIR, 23), ref(BHL, 38)],
    penaltyArticles: [ref(BHL, 99, 1), ref(MIR, 43, 1)],
    tiers: [
      tier(
        'lighter',
        [
          '擅自执业时间在三个月以下，未给患者造成伤害的',
          '主动停止执业活动并如实陈述违法事实、主动提供证据材料的',
        ],
        ['confiscate_income', 'confiscate_property'],
        times(5, 8, { belowYuan: 10000, minYuan: 50000, maxYuan: 80000 }),
        '责令停止执业活动；没收违法所得和药品、医疗器械；违法所得不足一万元的按一万元计算',
      ),
      tier(
        'general',
        ['擅自执业时间在三个月以上不满一年的', NOT_LIGHTER_OR_HEAVIER],
        ['confiscate_income', 'confiscate_property'],
        times(8, 14, { belowYuan: 10000, minYuan: 80000, maxYuan: 140000 }),
        '责令停止执业活动',
      ),
      tier(
        'heavier',
        [
          '因擅自执业曾受过卫生健康行政部门处罚的',
          '擅自执业的人员为非卫生技术专业人员的',
          '擅自执业时间在一年以上的',
          '给患者造成伤害的',
          '使用假药、劣药蒙骗患者或者以行医为名骗取患者钱物的',
        ],
        ['confiscate_income', 'confiscate_property'],
        times(14, 20, { belowYuan: 10000, minYuan: 140000, maxYuan: 200000 }),
        '责令停止执业活动；涉嫌非法行医罪的，依法移送公安机关（情形参照《医疗机构管理条例实施细则》第七十七条）',
      ),
    ],
  },
  {
    code: 'BM-YL-002',
    violation: '诊所未经备案执业',
    category: FIELD,
    violatedArticles: [ref(MIR, 14), ref(MIR, 23)],
    penaltyArticles: [ref(MIR, 43, 2)],
    tiers: [
      none(
        [
          FIRST_OFFENCE,
          '未经备案执业时间在一个月以内，具备诊所基本标准，未造成危害后果，并在责令改正期限内完成备案的',
        ],
        '责令改正（完成备案）并对当事人进行教育',
      ),
      tier(
        'lighter',
        ['未经备案执业时间在三个月以内，未造成危害后果的', '在责令改正期限内完成备案的'],
        ['confiscate_income'],
        fixed(1000, 10000),
        '责令改正，没收违法所得',
      ),
      tier(
        'general',
        ['未经备案执业时间在三个月以上不满六个月的', NOT_LIGHTER_OR_HEAVIER],
        ['confiscate_income'],
        fixed(10000, 20000),
        '责令改正，没收违法所得',
      ),
      tier(
        'heavier',
        ['未经备案执业时间在六个月以上的', '给患者造成伤害或者造成其他危害后果的', REPEAT_OFFENCE],
        ['confiscate_income'],
        fixed(20000, 30000),
        '拒不改正的，责令其停止执业活动',
      ),
    ],
  },
  {
    code: 'BM-YL-003',
    violation: '伪造、变造、买卖、出租、出借《医疗机构执业许可证》',
    category: FIELD,
    violatedArticles: [ref(BHL, 38), ref(MIR, 22)],
    penaltyArticles: [ref(BHL, 99, 2), ref(MIR, 45)],
    tiers: [
      tier(
        'lighter',
        ['出租、出借时间在三个月以下，未造成危害后果，并主动终止违法行为的'],
        ['confiscate_income'],
        times(5, 8, { belowYuan: 10000, minYuan: 50000, maxYuan: 80000 }),
        '责令改正，没收违法所得；违法所得不足一万元的按一万元计算',
      ),
      tier(
        'general',
        ['出租、出借时间在三个月以上不满一年的', NOT_LIGHTER_OR_HEAVIER],
        ['confiscate_income'],
        times(8, 12, { belowYuan: 10000, minYuan: 80000, maxYuan: 120000 }),
        '责令改正，没收违法所得',
      ),
      tier(
        'heavier',
        [
          '伪造、变造、买卖《医疗机构执业许可证》的',
          '出租、出借给非卫生技术人员执业，或者出租、出借期间给患者造成伤害的',
          '出租、出借时间在一年以上的',
          REPEAT_OFFENCE,
        ],
        ['confiscate_income', 'revoke_licence'],
        times(12, 15, { belowYuan: 10000, minYuan: 120000, maxYuan: 150000 }),
        '情节严重的，吊销《医疗机构执业许可证》；吊销前应当告知当事人有要求听证的权利',
      ),
    ],
  },
  {
    code: 'BM-YL-004',
    violation: '逾期不校验《医疗机构执业许可证》仍从事诊疗活动',
    category: FIELD,
    violatedArticles: [ref(MIR, 21)],
    penaltyArticles: [ref(MIR, 44)],
    tiers: [
      none(['在责令的期限内补办校验手续的'], '责令限期补办校验手续（行政命令，不属于行政处罚）'),
      tier(
        'general',
        ['经责令限期补办校验手续，拒不校验的'],
        ['revoke_licence'],
        null,
        '吊销《医疗机构执业许可证》；应当告知当事人有要求听证的权利',
      ),
    ],
  },
  {
    code: 'BM-YL-005',
    violation: '诊疗活动超出登记或者备案范围',
    category: FIELD,
    violatedArticles: [ref(MIR, 26)],
    penaltyArticles: [ref(MIR, 46)],
    tiers: [
      tier(
        'lighter',
        ['超出登记或者备案范围的诊疗活动累计收入在三千元以下，未给患者造成伤害的'],
        ['warning', 'confiscate_income'],
        null,
        '责令改正；急诊、急救除外（参照《医疗机构管理条例实施细则》第八十条）',
      ),
      tier(
        'general',
        [
          '超出登记或者备案范围的诊疗活动累计收入在三千元以上一万元以下，未给患者造成伤害的',
          NOT_LIGHTER_OR_HEAVIER,
        ],
        ['warning', 'confiscate_income'],
        fixed(10000, 50000),
        '责令改正',
      ),
      tier(
        'heavier',
        [
          '超出登记或者备案范围的诊疗活动累计收入在一万元以上的',
          '给患者造成伤害的',
          '经责令改正后仍继续超范围执业的',
        ],
        ['warning', 'confiscate_income', 'revoke_licence'],
        fixed(50000, 100000),
        '情节严重的，吊销《医疗机构执业许可证》；备案诊所为责令停止执业活动',
      ),
    ],
  },
  {
    code: 'BM-YL-006',
    violation: '使用非卫生技术人员从事医疗卫生技术工作',
    category: FIELD,
    violatedArticles: [ref(MIR, 27)],
    penaltyArticles: [ref(MIR, 47)],
    tiers: [
      tier(
        'lighter',
        ['使用一名非卫生技术人员，时间在三个月以内，未给患者造成伤害的'],
        [],
        fixed(10000, 30000),
        '责令限期改正',
      ),
      tier(
        'general',
        [
          '使用两名以上非卫生技术人员，或者使用时间在三个月以上的',
          '使用卫生技术人员从事本专业以外的诊疗活动的（按使用非卫生技术人员处理，参照《医疗机构管理条例实施细则》第八十一条）',
        ],
        [],
        fixed(30000, 60000),
        '责令限期改正',
      ),
      tier(
        'heavier',
        ['使用的非卫生技术人员给患者造成伤害的', REPEAT_OFFENCE],
        ['revoke_licence'],
        fixed(60000, 100000),
        '情节严重的，吊销《医疗机构执业许可证》；备案诊所为责令停止执业活动',
      ),
    ],
  },
  {
    code: 'BM-YL-007',
    violation: '医疗机构出具虚假证明文件',
    category: FIELD,
    violatedArticles: [ref(MIR, 31)],
    penaltyArticles: [ref(MIR, 48)],
    tiers: [
      tier('lighter', ['出具虚假证明文件，情节轻微，未造成危害后果的'], ['warning']),
      tier(
        'general',
        ['出具虚假证明文件造成延误诊治、给患者精神造成伤害等危害后果的'],
        ['warning'],
        fixed(10000, 50000),
        '对直接责任人员由所在单位或者上级机关给予行政处分',
      ),
      tier(
        'heavier',
        ['出具虚假证明文件造成严重危害后果，或者被用于骗取医保基金、保险金等违法活动的', REPEAT_OFFENCE],
        ['warning'],
        fixed(50000, 100000),
        '对直接责任人员由所在单位或者上级机关给予行政处分',
      ),
    ],
  },
  {
    code: 'BM-YL-008',
    violation: '医疗卫生机构对外出租、承包医疗科室',
    category: FIELD,
    violatedArticles: [ref(BHL, 39)],
    penaltyArticles: [ref(BHL, 100, undefined, 2)],
    tiers: [
      tier(
        'lighter',
        ['出租、承包一个医疗科室，时间在三个月以内，已主动终止并消除危害后果的'],
        ['confiscate_income'],
        times(2, 4, { belowYuan: 10000, minYuan: 20000, maxYuan: 40000 }),
        '责令改正，没收违法所得；违法所得不足一万元的按一万元计算',
      ),
      tier(
        'general',
        ['出租、承包一个医疗科室，时间在三个月以上的', NOT_LIGHTER_OR_HEAVIER],
        ['confiscate_income'],
        times(4, 7, { belowYuan: 10000, minYuan: 40000, maxYuan: 70000 }),
      ),
      tier(
        'heavier',
        [
          '出租、承包两个以上医疗科室或者时间在一年以上的',
          '承包方使用非卫生技术人员或者给患者造成伤害的',
          REPEAT_OFFENCE,
        ],
        ['confiscate_income'],
        times(7, 10, { belowYuan: 10000, minYuan: 70000, maxYuan: 100000 }),
        '对直接负责的主管人员和其他直接责任人员依法给予处分',
      ),
    ],
  },
];

// B3 discretion benchmarks on the 2025 传染病防治法 (in force 2025-09-01): the 医疗机构 penalties of
// Art. 104 — para. 1 enforced by the 疾病预防控制部门, para. 2 by the 卫生健康主管部门 — and the 饮用水
// penalty of Art. 107 item (一), which from that day rests on the law rather than on the 生活饮用水卫生监督
// 管理办法 (see ../later-versions.ts). Fines "可以并处十万元以下" / "二十万元以下": the tiers split that range.
import type { DiscretionBenchmark } from '../../model.ts';
import { DRINKING_WATER_MEASURES as DWM, INFECTIOUS_DISEASE_LAW as IDL } from '../laws/index.ts';
import { NOT_LIGHTER_OR_HEAVIER, REPEAT_OFFENCE, fixed, ref, tier } from './helpers.ts';

const FIELD = '传染病防治';
const SEVERE_104 =
  '情节严重的，提请原发证部门或者原备案部门依法吊销医疗机构执业许可证或者责令停止执业活动，并可以责令有关责任人员暂停六个月以上一年以下执业活动直至依法吊销执业证书';
const CORRECT = '责令改正';

const ART_104_TIERS = (lighter: string, general: string, heavier: string[]) => [
  tier('lighter', [lighter], ['warning'], null, CORRECT),
  tier('general', [general, NOT_LIGHTER_OR_HEAVIER], ['warning'], fixed(10000, 50000), CORRECT),
  tier(
    'heavier',
    [...heavier, REPEAT_OFFENCE],
    ['warning'],
    fixed(50000, 100000),
    `${CORRECT}；${SEVERE_104}`,
  ),
];

/** Benchmarks that exist only from 2025-09-01 (version 1 takes effect then). */
export const INFECTIOUS_2025_BENCHMARKS: DiscretionBenchmark[] = [
  {
    code: 'BM-CR-005',
    violation: '医疗机构未按照规定报告传染病疫情，或者隐瞒、谎报、缓报、漏报传染病疫情',
    category: FIELD,
    violatedArticles: [ref(IDL, 45, 2), ref(IDL, 50, 2)],
    penaltyArticles: [ref(IDL, 104, 1, 2)],
    tiers: ART_104_TIERS(
      '乙类、丙类传染病超过规定时限报告，未造成传染病传播的',
      '漏报乙类、丙类传染病，或者甲类传染病超过两小时报告的',
      ['隐瞒、谎报传染病疫情，或者干预传染病疫情报告的', '因未报告造成传染病传播、流行的'],
    ),
  },
  {
    code: 'BM-CR-006',
    violation:
      '医疗机构未按照规定对本机构内被传染病病原体污染的场所、物品以及医疗废物、医疗污水实施消毒或者无害化处置',
    category: FIELD,
    violatedArticles: [ref(IDL, 61)],
    penaltyArticles: [ref(IDL, 104, 1, 3)],
    tiers: ART_104_TIERS(
      '消毒记录不全或者消毒操作不规范，抽检未发现不合格，并及时改正的',
      '被污染的场所、物品未消毒，或者医疗污水未经消毒排放的',
      ['造成医疗机构感染暴发或者传染病传播的'],
    ),
  },
  {
    code: 'BM-CR-007',
    violation:
      '医疗机构发现传染病疫情时，未按照规定对传染病患者、疑似患者提供医疗救护、现场救援、接诊治疗、转诊，或者拒绝接受转诊',
    category: FIELD,
    violatedArticles: [ref(IDL, 77, 1)],
    penaltyArticles: [ref(IDL, 104, 2, 1)],
    tiers: ART_104_TIERS(
      '未按照规定预检分诊、引导至相对隔离的分诊点初诊，未造成传染病传播的',
      '不具备救治能力而未按照规定转诊，或者拒绝接受转诊的',
      ['拒绝接诊传染病患者、疑似患者的', '造成传染病传播或者患者健康严重损害的'],
    ),
  },
];

/** BM-SY-002 from 2025-09-01: 擅自供水 now punished under 传染病防治法 Art. 107 item (一) by the 疾控部门. */
export const UNLICENSED_WATER_SUPPLY_2025: DiscretionBenchmark = {
  code: 'BM-SY-002',
  violation: '饮用水供水单位未取得卫生许可擅自供水',
  category: '生活饮用水卫生',
  violatedArticles: [ref(DWM, 7)],
  penaltyArticles: [ref(IDL, 107, undefined, 1)],
  tiers: [
    tier(
      'lighter',
      ['擅自供水时间在三个月以内，水质检测符合卫生标准的'],
      ['warning', 'confiscate_income'],
      fixed(5000, 50000),
      CORRECT,
    ),
    tier(
      'general',
      ['擅自供水时间在三个月以上，或者未进行水质检测的', NOT_LIGHTER_OR_HEAVIER],
      ['warning', 'confiscate_income'],
      fixed(50000, 120000),
      CORRECT,
    ),
    tier(
      'heavier',
      ['供应的饮用水不符合卫生标准，或者擅自供水时间在一年以上的', REPEAT_OFFENCE],
      ['warning', 'confiscate_income'],
      fixed(120000, 200000),
      `${CORRECT}；情节严重的，提请原发证部门依法吊销相关许可证，对直接负责的主管人员和其他直接责任人员可以禁止其五年内从事相应生产经营活动`,
    ),
  ],
};

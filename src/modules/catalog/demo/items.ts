// B1 the demo enforcement-item list (行政执法事项清单) of 示范区卫生健康委员会: licensing, penalty (one per
// discretion benchmark), compulsory measures, inspections and one 其他 item (备案).
//
// 行政征收: none. The only levy a health commission collected, 社会抚养费, ended with the 2021 amendment of
// the 人口与计划生育法, so the list has no 'levy' item (the category stays available to other bodies).
import { DEMO_BENCHMARKS } from './benchmarks/index.ts';
import { ref } from './benchmarks/helpers.ts';
import {
  ADMINISTRATIVE_COMPULSION_LAW as ACL,
  BASIC_HEALTHCARE_LAW as BHL,
  DISINFECTION_MEASURES as DM,
  DRINKING_WATER_MEASURES as DWM,
  MEDICAL_INSTITUTIONS_REGULATION as MIR,
  MEDICAL_INSTITUTIONS_RULES as MIRU,
  MEDICAL_WASTE_REGULATION as MWR,
  OCCUPATIONAL_DISEASE_LAW as ODL,
  PHYSICIANS_LAW as PL,
  PUBLIC_PLACES_REGULATION as PPR,
  PUBLIC_PLACES_RULES as PPRU,
  RADIATION_DIAGNOSIS_RULES as RDR,
  SCHOOL_HEALTH_REGULATION as SHR,
} from './laws/index.ts';
import type { DiscretionBenchmark } from '../model.ts';
import { DEMO_BODY, type EnforcementItem, type Field } from './types.ts';

export const LEVY_NOTE =
  '本机关无行政征收事项：社会抚养费已随2021年《中华人民共和国人口与计划生育法》修正取消。';

const { handling: HANDLING, licensing: LICENSING } = DEMO_BODY.units;
const PENALTY_LIMIT =
  '自立案之日起九十日内作出行政处罚决定（行政处罚法第六十条）；符合第五十一条条件的可以当场作出';
const INSPECTION_LIMIT = '按年度监督检查计划和“双随机、一公开”抽查计划实施；现场检查当日制作现场笔录';
const INFECTIOUS_2025 = '《中华人民共和国传染病防治法》（2025年修订）监督管理相关条款（条文待录入核对）';

/** A penalty item: its basis is the benchmark's violated and penalty articles, so the two cannot drift. */
export function penaltyItem(
  code: string,
  bm: DiscretionBenchmark,
  competence?: EnforcementItem['competence'],
): EnforcementItem {
  return {
    code,
    name: `对${bm.violation}的行政处罚`,
    category: 'penalty',
    field: bm.category as Field,
    basis: [...bm.violatedArticles, ...bm.penaltyArticles],
    basisText: '',
    benchmarkCode: bm.code,
    ...(competence ? { competence } : {}),
    handlingUnit: `${HANDLING}（${DEMO_BODY.brigade}受委托实施）`,
    timeLimit: PENALTY_LIMIT,
    description: '',
  };
}

const LICENSING_ITEMS: EnforcementItem[] = [
  {
    code: 'SFWJ-XK-001',
    name: '医疗机构设置审批',
    category: 'licensing',
    field: '医疗卫生',
    basis: [ref(MIR, 9), ref(MIR, 12)],
    basisText: '',
    benchmarkCode: null,
    handlingUnit: LICENSING,
    timeLimit: '法定时限：自受理之日起30日（《医疗机构管理条例》第十二条）；承诺时限：15个工作日',
    description:
      '按照国务院规定应当办理设置医疗机构批准书的医疗机构的设置审批（诊所实行备案，不适用本事项）。',
  },
  {
    code: 'SFWJ-XK-002',
    name: '医疗机构执业登记',
    category: 'licensing',
    field: '医疗卫生',
    basis: [ref(MIR, 14), ref(MIR, 15), ref(MIR, 18), ref(MIRU, 25)],
    basisText: '',
    benchmarkCode: null,
    handlingUnit: LICENSING,
    timeLimit: '法定时限：自受理之日起45日（《医疗机构管理条例》第十八条）；承诺时限：20个工作日',
    description: '含执业登记、变更登记、注销登记和《医疗机构执业许可证》校验。',
  },
  {
    code: 'SFWJ-XK-003',
    name: '医师执业注册',
    category: 'licensing',
    field: '医疗卫生',
    basis: [ref(PL, 13)],
    basisText: '',
    benchmarkCode: null,
    handlingUnit: LICENSING,
    timeLimit:
      '法定时限：自受理申请之日起二十个工作日（《中华人民共和国医师法》第十三条）；承诺时限：5个工作日',
    description: '含首次注册、变更注册和注销注册。',
  },
  {
    code: 'SFWJ-XK-004',
    name: '公共场所卫生许可',
    category: 'licensing',
    field: '公共场所卫生',
    basis: [ref(PPR, 4), ref(PPR, 8), ref(PPRU, 22), ref(PPRU, 23), ref(PPRU, 24)],
    basisText: '',
    benchmarkCode: null,
    handlingUnit: `${HANDLING}（区政务服务中心卫生健康窗口受理）`,
    timeLimit:
      '法定时限：自受理之日起20日（《公共场所卫生管理条例实施细则》第二十四条）；承诺时限：5个工作日',
    description:
      '住宿场所、沐浴场所、美容美发场所、游泳场所等须取得卫生许可的公共场所；具体范围以省级卫生健康行政部门公布为准。含新办、变更、延续、复核。',
  },
  {
    code: 'SFWJ-XK-005',
    name: '集中式供水单位卫生许可',
    category: 'licensing',
    field: '生活饮用水卫生',
    basis: [ref(DWM, 7), ref(DWM, 16), ref(DWM, 20)],
    basisText: '《中华人民共和国行政许可法》第四十二条（二十日办理期限）',
    benchmarkCode: null,
    handlingUnit: `${HANDLING}（区政务服务中心卫生健康窗口受理）`,
    timeLimit: '法定时限：自受理之日起20日（行政许可法第四十二条）；承诺时限：10个工作日',
    description: '供水范围在本区行政区域内的集中式供水单位（含二次供水单位，按省级规定）。',
  },
  {
    code: 'SFWJ-XK-006',
    name: '放射诊疗许可（X射线影像诊断）',
    category: 'licensing',
    field: '放射卫生',
    basis: [ref(RDR, 4), ref(RDR, 11), ref(RDR, 16)],
    basisText: '《放射诊疗管理规定》关于受理、审查期限的条款（条文待录入）',
    benchmarkCode: null,
    handlingUnit: LICENSING,
    timeLimit: '法定时限：自受理之日起20日（待核对）；承诺时限：10个工作日',
    description:
      '仅开展X射线影像诊断工作的医疗机构；介入放射学由设区的市级、放射治疗和核医学由省级卫生健康行政部门许可。',
  },
];

/** SFWJ-CF-001 … in the order of the benchmarks (later ones continue the numbering: later-versions.ts). */
export const penaltyItemCode = (n: number) => `SFWJ-CF-${String(n).padStart(3, '0')}`;
const PENALTY_ITEMS: EnforcementItem[] = DEMO_BENCHMARKS.map((bm, i) =>
  penaltyItem(penaltyItemCode(i + 1), bm),
);

const COMPULSORY_ITEMS: EnforcementItem[] = [
  {
    code: 'SFWJ-QZ-001',
    name: '对发生危害健康事故的公共场所采取封闭场所、封存相关物品等临时控制措施',
    category: 'compulsory',
    field: '公共场所卫生',
    basis: [ref(PPRU, 32), ref(ACL, 9), ref(ACL, 18), ref(ACL, 19)],
    basisText: '',
    benchmarkCode: null,
    handlingUnit: HANDLING,
    timeLimit:
      '情况紧急当场实施的，二十四小时内向负责人报告并补办批准手续（行政强制法第十九条）；经检验未被污染或者经消毒可使用的，及时解除控制措施',
    description: '全程音像记录（见音像记录事项清单 AV-001、AV-002）。',
  },
  {
    code: 'SFWJ-QZ-002',
    name: '职业病危害事故临时控制措施（责令暂停作业、封存材料和设备、控制事故现场）',
    category: 'compulsory',
    field: '职业卫生',
    basis: [ref(ODL, 64), ref(ACL, 18), ref(ACL, 19)],
    basisText: '',
    benchmarkCode: null,
    handlingUnit: HANDLING,
    timeLimit: '事故或者危害状态得到有效控制后及时解除（职业病防治法第六十四条第二款）',
    description: '全程音像记录。',
  },
  {
    code: 'SFWJ-QZ-003',
    name: '查封或者暂扣涉嫌违反《医疗废物管理条例》的场所、设备、运输工具和物品',
    category: 'compulsory',
    field: '传染病防治',
    basis: [ref(MWR, 39), ref(ACL, 9), ref(ACL, 22), ref(ACL, 25)],
    basisText: '',
    benchmarkCode: null,
    handlingUnit: HANDLING,
    timeLimit:
      '查封、扣押期限不得超过三十日；情况复杂的，经负责人批准可以延长，延长期限不得超过三十日（行政强制法第二十五条）',
    description: '全程音像记录；罚没物处置同样全程音像记录。',
  },
];

const INSPECTION_ITEMS: EnforcementItem[] = [
  {
    code: 'SFWJ-JC-001',
    name: '医疗机构依法执业监督检查',
    category: 'inspection',
    field: '医疗卫生',
    basis: [ref(MIR, 5), ref(MIR, 39), ref(BHL, 86)],
    basisText: '',
    benchmarkCode: null,
    handlingUnit: HANDLING,
    timeLimit: INSPECTION_LIMIT,
    description: '',
  },
  {
    code: 'SFWJ-JC-002',
    name: '医师执业活动监督检查',
    category: 'inspection',
    field: '医疗卫生',
    basis: [ref(PL, 4)],
    basisText: '',
    benchmarkCode: null,
    handlingUnit: HANDLING,
    timeLimit: INSPECTION_LIMIT,
    description: '',
  },
  {
    code: 'SFWJ-JC-003',
    name: '公共场所卫生监督检查',
    category: 'inspection',
    field: '公共场所卫生',
    basis: [ref(PPRU, 3), ref(PPRU, 30)],
    basisText: '',
    benchmarkCode: null,
    handlingUnit: HANDLING,
    timeLimit: INSPECTION_LIMIT,
    description: '',
  },
  {
    code: 'SFWJ-JC-004',
    name: '生活饮用水卫生监督检查',
    category: 'inspection',
    field: '生活饮用水卫生',
    basis: [ref(DWM, 3), ref(DWM, 16)],
    basisText: '',
    benchmarkCode: null,
    handlingUnit: HANDLING,
    timeLimit: INSPECTION_LIMIT,
    description: '',
  },
  {
    code: 'SFWJ-JC-005',
    name: '学校卫生监督检查',
    category: 'inspection',
    field: '学校卫生',
    basis: [ref(SHR, 28)],
    basisText: '',
    benchmarkCode: null,
    handlingUnit: HANDLING,
    timeLimit: INSPECTION_LIMIT,
    description: '含教学环境、生活饮用水、传染病防控和学校内设医疗机构或者保健室。',
  },
  {
    code: 'SFWJ-JC-006',
    name: '传染病防治监督检查（含消毒、医疗废物管理）',
    category: 'inspection',
    field: '传染病防治',
    basis: [ref(MWR, 5), ref(MWR, 39), ref(DM, 4)],
    basisText: INFECTIOUS_2025,
    benchmarkCode: null,
    handlingUnit: HANDLING,
    timeLimit: INSPECTION_LIMIT,
    description: '',
  },
  {
    code: 'SFWJ-JC-007',
    name: '职业卫生监督检查',
    category: 'inspection',
    field: '职业卫生',
    basis: [ref(ODL, 9), ref(ODL, 63)],
    basisText: '',
    benchmarkCode: null,
    handlingUnit: HANDLING,
    timeLimit: INSPECTION_LIMIT,
    description: '',
  },
  {
    code: 'SFWJ-JC-008',
    name: '放射诊疗监督检查',
    category: 'inspection',
    field: '放射卫生',
    basis: [ref(RDR, 3)],
    basisText: '',
    benchmarkCode: null,
    handlingUnit: HANDLING,
    timeLimit: INSPECTION_LIMIT,
    description: '',
  },
];

const OTHER_ITEMS: EnforcementItem[] = [
  {
    code: 'SFWJ-QT-001',
    name: '诊所备案',
    category: 'other',
    field: '医疗卫生',
    basis: [ref(MIR, 14)],
    basisText: '',
    benchmarkCode: null,
    handlingUnit: LICENSING,
    timeLimit: '材料齐全、符合要求的，当场予以备案并发放备案凭证（依《诊所备案管理暂行办法》，待核对）',
    description: '2022年5月1日起诊所由执业登记改为备案管理。',
  },
];

export const DEMO_ITEMS: EnforcementItem[] = [
  ...LICENSING_ITEMS,
  ...PENALTY_ITEMS,
  ...COMPULSORY_ITEMS,
  ...INSPECTION_ITEMS,
  ...OTHER_ITEMS,
];

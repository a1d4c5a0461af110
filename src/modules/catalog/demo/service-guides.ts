// B7 service guides (服务指南) of three licensing items, with the procedure each flowchart is drawn from
// (steps are nodes, `next` the edges; the 补正 step loops back to 受理).
import { ref } from './benchmarks/helpers.ts';
import {
  DRINKING_WATER_MEASURES as DWM,
  MEDICAL_INSTITUTIONS_REGULATION as MIR,
  MEDICAL_INSTITUTIONS_RULES as MIRU,
  PUBLIC_PLACES_REGULATION as PPR,
  PUBLIC_PLACES_RULES as PPRU,
} from './laws/index.ts';
import { DEMO_BODY, type ProcedureStep, type ServiceGuide } from './types.ts';

const HOURS = '工作日 上午 9:00—12:00，下午 13:30—17:30（法定节假日除外）';
const WINDOW = '示范区政务服务中心卫生健康窗口（示范市示范区健康路 66 号一楼）';
const SUPERVISION = `${DEMO_BODY.name}法规科监督电话 0999-6612302；12345 政务服务便民热线`;
const ACCOUNTABILITY =
  '工作人员不依法受理、无正当理由超过法定时限、索取或者收受财物、对不符合条件的申请准予许可等，依照《中华人民共和国行政许可法》第七章和有关规定追究责任。';
const REMEDIES =
  '对许可决定不服的，可以自知道该行政行为之日起六十日内向示范区人民政府申请行政复议，或者自知道或者应当知道作出行政行为之日起六个月内向人民法院提起行政诉讼。';
const FREE = '不收费';

/** The common licensing procedure: 申请 → 受理 (⇄ 补正) → 审查 → 现场核查 → 决定 → 制证送达 → 结果公开. */
function licensingSteps(
  unit: string,
  review: string,
  decision: string,
  certificate: string,
): ProcedureStep[] {
  return [
    {
      id: 'apply',
      name: '申请',
      actor: '申请人',
      description: '通过窗口或者网上政务服务平台提交申请材料。',
      timeLimit: '',
      next: ['accept'],
    },
    {
      id: 'accept',
      name: '受理',
      actor: '窗口',
      description:
        '材料齐全、符合法定形式的当场受理，出具受理通知书；材料不全的，当场或者五日内一次性告知需要补正的全部内容；不属于本机关职权范围的，不予受理并告知向有关机关申请。',
      timeLimit: '当场或者五日内',
      next: ['supplement', 'review'],
    },
    {
      id: 'supplement',
      name: '补正材料',
      actor: '申请人',
      description: '按一次性告知书补正材料后重新提交。',
      timeLimit: '',
      next: ['accept'],
    },
    { id: 'review', name: '审查', actor: unit, description: review, timeLimit: '', next: ['inspect'] },
    {
      id: 'inspect',
      name: '现场核查',
      actor: unit,
      description: '两名以上工作人员对场所、设施、人员进行现场核查，制作现场核查记录。',
      timeLimit: '',
      next: ['decide'],
    },
    { id: 'decide', name: '决定', actor: '分管领导', description: decision, timeLimit: '', next: ['issue'] },
    {
      id: 'issue',
      name: '制证送达',
      actor: '窗口',
      description: certificate,
      timeLimit: '决定之日起十日内',
      next: ['publish'],
    },
    {
      id: 'publish',
      name: '结果公开',
      actor: DEMO_BODY.units.office,
      description: '许可决定自作出之日起7个工作日内在执法公示平台公开。',
      timeLimit: '7个工作日',
      next: [],
    },
  ];
}

export const DEMO_SERVICE_GUIDES: ServiceGuide[] = [
  {
    code: 'SG-001',
    itemCode: 'SFWJ-XK-002',
    name: '医疗机构执业登记',
    basis: [ref(MIR, 14), ref(MIR, 15), ref(MIR, 18), ref(MIRU, 25)],
    basisText: '',
    handlingBody: `${DEMO_BODY.name}（${DEMO_BODY.units.licensing}承办）`,
    preferentialPolicies:
      '社会办医疗机构与公立医疗机构同等受理；支持“一网通办”，可全程网上办理；申请人可选择邮寄送达许可证。',
    materials: [
      '《医疗机构申请执业登记注册书》',
      '《设置医疗机构批准书》或者《设置医疗机构备案回执》',
      '医疗机构用房产权证明或者使用证明',
      '医疗机构建筑设计平面图',
      '验资证明、资产评估报告',
      '医疗机构规章制度',
      '法定代表人或者主要负责人以及各科室负责人名录和有关资格证书、执业证书复印件',
      '省级卫生健康行政部门规定提交的其他材料',
    ],
    steps: licensingSteps(
      DEMO_BODY.units.licensing,
      '对照医疗机构基本标准审查申请材料。',
      '审核合格的，予以登记，发给《医疗机构执业许可证》；审核不合格的，书面通知申请人并说明理由。',
      '发放《医疗机构执业许可证》正、副本。',
    ),
    timeLimit: '法定时限：自受理之日起45日；承诺时限：20个工作日（现场核查时间计入）',
    fee: FREE,
    supervision: SUPERVISION,
    accountability: ACCOUNTABILITY,
    remedies: REMEDIES,
    officeHours: HOURS,
    address: WINDOW,
    phone: '0999-6612304',
  },
  {
    code: 'SG-002',
    itemCode: 'SFWJ-XK-004',
    name: '公共场所卫生许可',
    basis: [ref(PPR, 8), ref(PPRU, 22), ref(PPRU, 23), ref(PPRU, 24)],
    basisText: '',
    handlingBody: `${DEMO_BODY.name}（${DEMO_BODY.units.handling}承办）`,
    preferentialPolicies:
      '推行告知承诺制：申请人书面承诺符合许可条件的，可当场作出许可决定，事后核查；延续申请在有效期届满30日前提出的，不影响正常经营。',
    materials: [
      '卫生许可证申请表',
      '法定代表人或者负责人身份证明',
      '公共场所地址方位示意图、平面图和卫生设施平面布局图',
      '公共场所卫生检测或者评价报告',
      '公共场所卫生管理制度',
      '使用集中空调通风系统的，集中空调通风系统卫生检测或者评价报告',
    ],
    steps: licensingSteps(
      DEMO_BODY.units.handling,
      '审查申报资料是否符合公共场所卫生标准和要求。',
      '符合规定条件的，作出准予卫生许可的决定；不符合的，作出不予行政许可的决定并书面说明理由。',
      '发放公共场所卫生许可证（有效期四年，每两年复核一次）。',
    ),
    timeLimit: '法定时限：自受理之日起20日；承诺时限：5个工作日（告知承诺制当场办结）',
    fee: FREE,
    supervision: SUPERVISION,
    accountability: ACCOUNTABILITY,
    remedies: REMEDIES,
    officeHours: HOURS,
    address: WINDOW,
    phone: '0999-6612301',
  },
  {
    code: 'SG-003',
    itemCode: 'SFWJ-XK-005',
    name: '集中式供水单位卫生许可',
    basis: [ref(DWM, 7), ref(DWM, 16), ref(DWM, 20)],
    basisText: '《中华人民共和国行政许可法》第四十二条',
    handlingBody: `${DEMO_BODY.name}（${DEMO_BODY.units.handling}承办）`,
    preferentialPolicies: '农村集中式供水工程可申请优先办理；同一供水单位多个水厂可合并申请、一次核查。',
    materials: [
      '集中式供水单位卫生许可申请书',
      '供水单位法定代表人或者负责人身份证明',
      '水源卫生防护、水处理工艺流程及设施平面图',
      '近期出厂水、水源水水质检测报告',
      '供、管水人员健康体检合格证明和卫生知识培训合格证明',
      '涉及饮用水卫生安全产品的卫生许可批准文件',
      '卫生管理制度和饮用水污染突发事件应急预案',
    ],
    steps: licensingSteps(
      DEMO_BODY.units.handling,
      '审查水源选择与卫生防护、水质处理和检测、人员健康管理等资料。',
      '符合规定条件的，准予许可；不符合的，书面说明理由。',
      '发放卫生许可证（有效期四年，期满前六个月申请换发）。',
    ),
    timeLimit: '法定时限：自受理之日起20日；承诺时限：10个工作日',
    fee: FREE,
    supervision: SUPERVISION,
    accountability: ACCOUNTABILITY,
    remedies: REMEDIES,
    officeHours: HOURS,
    address: WINDOW,
    phone: '0999-6612301',
  },
];

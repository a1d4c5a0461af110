// B5 the demo audio-video recording list (音像记录事项清单, DOMAIN C6). Full-process recording for on-site
// actions that directly touch life, health or major property and for the case-handling rooms; recording as
// needed for the activities that easily give rise to disputes. Basis: 重庆市万州区卫生健康行政执法全过程记录
// 制度 (万州卫〔2019〕143号) Arts. 11, 13, 15–17 and the Yueyang and Qufu implementation plans.
import type { AvRecordingItem } from './types.ts';

const WANZHOU = '《重庆市万州区卫生健康行政执法全过程记录制度》（万州卫〔2019〕143号）';
const YUEYANG = '岳阳市区卫健局“三项制度”实施方案（规范音像记录）';
const NO_AV = `因涉及国家秘密、商业秘密、个人隐私或者不可抗力不能音像记录的，制作工作记录写明原因，经本机构主要负责人审核后存档（${WANZHOU}第十三条）`;

export const DEMO_AV_LIST: AvRecordingItem[] = [
  // 全程音像记录
  {
    code: 'AV-001',
    name: '查封、扣押财物',
    requirement: 'full',
    scene: 'on_site',
    scope: `自表明身份、出示执法证件起，至告知理由依据和权利、制作现场笔录、当事人签字确认止，不得中断。${NO_AV}`,
    basisText: `${WANZHOU}第十一条第一款、第十七条第二项、第三项；${YUEYANG}`,
    documents: ['查封扣押决定书', '现场笔录'],
  },
  {
    code: 'AV-002',
    name: '查封场所、设施（含封闭公共场所等临时控制措施）',
    requirement: 'full',
    scene: 'on_site',
    scope: `到达现场起至张贴封条、制作现场笔录完毕止，拍摄场所门头及周边环境和封条张贴情况。${NO_AV}`,
    basisText: `${WANZHOU}第十一条第一款、第十七条第二项；${YUEYANG}`,
    documents: ['查封扣押决定书', '行政控制决定书', '现场笔录'],
  },
  {
    code: 'AV-003',
    name: '实施行政控制措施（封存物品、责令暂停作业等）',
    requirement: 'full',
    scene: 'on_site',
    scope: `实施行政强制措施的全过程，包括履行审批程序后的现场实施和告知。${NO_AV}`,
    basisText: `${WANZHOU}第十七条第一项至第三项`,
    documents: ['行政控制决定书', '现场笔录'],
  },
  {
    code: 'AV-004',
    name: '罚没财物处置',
    requirement: 'full',
    scene: 'on_site',
    scope: '罚没药品、器械等财物的清点、移交、销毁或者拍卖的全过程。',
    basisText: `${YUEYANG}（直接涉及重大财产权益、罚没财物处置的现场执法活动）`,
    documents: ['罚没物品处理记录'],
  },
  {
    code: 'AV-005',
    name: '询问（调查询问室）',
    requirement: 'full',
    scene: 'case_room',
    scope: '自表明身份、出示执法证件、告知被询问人权利义务起，至向被询问人核实询问内容、签字确认止。',
    basisText: `${WANZHOU}第十六条第二项、第三项`,
    documents: ['询问笔录'],
  },
  {
    code: 'AV-006',
    name: '听证（合议听证室）',
    requirement: 'full',
    scene: 'case_room',
    scope: '听证会全过程，自主持人宣布听证开始至听证笔录核对签字止。',
    basisText: `${WANZHOU}第十六条第二项`,
    documents: ['听证笔录'],
  },
  {
    code: 'AV-007',
    name: '合议（合议听证室）',
    requirement: 'full',
    scene: 'case_room',
    scope: '案件合议全过程。',
    basisText: `${WANZHOU}第十六条第二项`,
    documents: ['合议记录'],
  },
  {
    code: 'AV-008',
    name: '送达行政处罚事先告知书、行政处罚决定书、催告书、行政处罚听证通知书',
    requirement: 'full',
    scene: 'on_site',
    scope: '送达并告知权利义务的过程。',
    basisText: `${WANZHOU}第十六条第四项`,
    documents: ['行政处罚事先告知书', '行政处罚决定书', '催告书', '行政处罚听证通知书', '送达回执'],
  },
  // 根据需要音像记录
  {
    code: 'AV-009',
    name: '现场检查',
    requirement: 'as_needed',
    scene: 'on_site',
    scope:
      '对现场执法中容易引发争议的环节进行音像记录；本机关要求自到达检查地点开启执法记录仪，拍摄门头及周边环境后进入，检查完毕再次拍摄门头后关闭。文书记载时间应当与音像起止时间一致。',
    basisText: `${WANZHOU}第十一条第一款、第十五条第二项、第四项`,
    documents: ['现场笔录', '卫生监督意见书', '责令（限期）改正通知书'],
  },
  {
    code: 'AV-010',
    name: '调查取证（现场勘验、抽样取证）',
    requirement: 'as_needed',
    scene: 'on_site',
    scope: '现场勘验、采样及样品封存过程，重点摄录书证、物证和采样部位。',
    basisText: `${WANZHOU}第十一条第一款、第十八条`,
    documents: ['现场笔录', '采样记录'],
  },
  {
    code: 'AV-011',
    name: '证据保存（证据先行登记保存）',
    requirement: 'as_needed',
    scene: 'on_site',
    scope: '登记保存物品的清点、封存和交当事人签字的过程。',
    basisText: `${WANZHOU}第十一条第一款`,
    documents: ['证据先行登记保存决定书', '现场笔录'],
  },
  {
    code: 'AV-012',
    name: '举行听证（在合议听证室以外场所）',
    requirement: 'as_needed',
    scene: 'on_site',
    scope: '在本机关听证室以外场所举行听证的，使用执法记录仪记录。',
    basisText: `${WANZHOU}第十一条第一款`,
    documents: ['听证笔录'],
  },
  {
    code: 'AV-013',
    name: '行政强制（强制执行催告、解除强制措施、返还财物等环节）',
    requirement: 'as_needed',
    scene: 'on_site',
    scope: '行政强制执行催告、解除查封扣押及返还财物等容易引发争议的环节。',
    basisText: `${WANZHOU}第十一条第一款`,
    documents: ['催告书', '解除查封扣押决定书'],
  },
  {
    code: 'AV-014',
    name: '留置送达',
    requirement: 'as_needed',
    scene: 'on_site',
    scope: '受送达人拒绝签收时，记录说明情况、见证人到场和留置文书的过程。',
    basisText: `${WANZHOU}第十一条第一款；${YUEYANG}`,
    documents: ['送达回执'],
  },
  {
    code: 'AV-015',
    name: '公告送达',
    requirement: 'as_needed',
    scene: 'on_site',
    scope: '在受送达人住所地、经营场所张贴公告的过程。',
    basisText: `${WANZHOU}第十一条第一款；${YUEYANG}`,
    documents: ['公告'],
  },
];

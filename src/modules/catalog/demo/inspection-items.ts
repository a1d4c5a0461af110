// B4 the demo random-inspection list (随机抽查事项清单, "双随机、一公开"). Ratios and frequencies are this
// body's configured values; the yearly national plan (国家随机监督抽查计划) may set others.
import { ref } from './benchmarks/helpers.ts';
import {
  DISINFECTION_MEASURES as DM,
  DRINKING_WATER_MEASURES as DWM,
  MEDICAL_INSTITUTIONS_REGULATION as MIR,
  MEDICAL_WASTE_REGULATION as MWR,
  OCCUPATIONAL_DISEASE_LAW as ODL,
  PHYSICIANS_LAW as PL,
  PUBLIC_PLACES_RULES as PPRU,
  RADIATION_DIAGNOSIS_RULES as RDR,
  SCHOOL_HEALTH_REGULATION as SHR,
} from './laws/index.ts';
import { DEMO_BODY, type InspectionItem } from './types.ts';

const BODY = `${DEMO_BODY.name}（${DEMO_BODY.brigade}受委托实施）`;
const YEARLY = '每年不少于一次';
const METHOD = '“双随机”抽取检查对象和执法人员，现场检查、查阅资料、询问有关人员';

export const DEMO_INSPECTION_ITEMS: InspectionItem[] = [
  { code: 'SJ-001', name: '公共场所卫生监督抽查', body: BODY, basis: [ref(PPRU, 3), ref(PPRU, 30)], basisText: '', targetType: '住宿场所、沐浴场所、美容美发场所、游泳场所', content: '卫生许可证；从业人员健康合格证明和卫生知识培训；卫生管理制度和档案；卫生检测及检测结果公示；顾客用品用具清洗、消毒、保洁；集中空调通风系统卫生管理', method: `${METHOD}，必要时现场快速检测或者抽样检测`, ratio: '不低于辖区内检查对象总数的5%', ratioPercent: 5, frequency: YEARLY, field: '公共场所卫生' },
  { code: 'SJ-002', name: '集中式供水单位卫生监督抽查', body: BODY, basis: [ref(DWM, 3), ref(DWM, 16)], basisText: '', targetType: '城乡集中式供水单位', content: '卫生许可证；供、管水人员健康体检和培训；水源卫生防护；涉水产品卫生许可批准文件；水质消毒和水质检测', method: `${METHOD}，抽样检测出厂水、末梢水`, ratio: '全部（100%）', ratioPercent: 100, frequency: YEARLY, field: '生活饮用水卫生' },
  { code: 'SJ-003', name: '二次供水卫生监督抽查', body: BODY, basis: [ref(DWM, 3), ref(DWM, 16)], basisText: '', targetType: '二次供水设施管理单位', content: '供、管水人员健康体检；水箱（池）清洗消毒；卫生管理制度；水质检测', method: `${METHOD}，必要时抽样检测`, ratio: '不低于辖区内检查对象总数的5%', ratioPercent: 5, frequency: YEARLY, field: '生活饮用水卫生' },
  { code: 'SJ-004', name: '学校卫生监督抽查', body: BODY, basis: [ref(SHR, 28)], basisText: '', targetType: '中小学校', content: '教学环境卫生（采光、照明、课桌椅）；生活饮用水卫生；传染病防控制度落实；学校内设医疗机构或者保健室', method: `${METHOD}，现场检测教室采光照明`, ratio: '不低于辖区内学校总数的10%', ratioPercent: 10, frequency: YEARLY, field: '学校卫生' },
  { code: 'SJ-005', name: '医疗机构依法执业监督抽查', body: BODY, basis: [ref(MIR, 5), ref(MIR, 39), ref(PL, 4)], basisText: '', targetType: '医疗机构（含诊所、医务室）', content: '执业许可或者备案；诊疗科目与登记、备案一致；卫生技术人员资质和执业注册；医疗技术临床应用；病历等医学文书书写和管理；医学证明文件出具', method: METHOD, ratio: '不低于辖区内检查对象总数的5%', ratioPercent: 5, frequency: YEARLY, field: '医疗卫生' },
  { code: 'SJ-006', name: '传染病防治监督抽查', body: BODY, basis: [ref(DM, 4), ref(MWR, 5), ref(MWR, 39)], basisText: '《中华人民共和国传染病防治法》（2025年修订）监督管理相关条款（条文待录入核对）', targetType: '医疗机构', content: '预检分诊；传染病疫情报告；消毒隔离和消毒灭菌效果监测；医疗废物分类收集、暂存、登记和交接', method: `${METHOD}，必要时抽样检测消毒效果`, ratio: '不低于辖区内检查对象总数的5%', ratioPercent: 5, frequency: YEARLY, field: '传染病防治' },
  { code: 'SJ-007', name: '职业卫生监督抽查', body: BODY, basis: [ref(ODL, 9), ref(ODL, 63)], basisText: '', targetType: '存在职业病危害因素的用人单位', content: '职业病危害项目申报；职业卫生管理机构和制度；职业病危害因素日常监测和定期检测、评价；职业健康检查和监护档案；职业病防护设施和个人防护用品；职业卫生培训；警示标识和告知', method: METHOD, ratio: '不低于辖区内检查对象总数的5%', ratioPercent: 5, frequency: YEARLY, field: '职业卫生' },
  { code: 'SJ-008', name: '放射卫生监督抽查', body: BODY, basis: [ref(RDR, 3), ref(RDR, 20), ref(RDR, 23)], basisText: '', targetType: '开展放射诊疗工作的医疗机构', content: '放射诊疗许可和诊疗科目登记；放射工作人员资质、个人剂量监测和职业健康检查；放射诊疗设备性能和工作场所防护检测；受检者防护', method: `${METHOD}，必要时现场检测`, ratio: '不低于辖区内检查对象总数的10%', ratioPercent: 10, frequency: YEARLY, field: '放射卫生' },
];

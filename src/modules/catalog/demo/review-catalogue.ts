// B6 the demo legal-review catalogue (重大执法决定法制审核目录清单). Amounts are this body's configured
// thresholds (editable data, not law); the statutory cases of 行政处罚法 Art. 58 are always listed.
import type { ReviewRule } from '../model.ts';
import { yuan } from './benchmarks/helpers.ts';

const ART58 = '《中华人民共和国行政处罚法》第五十八条第一款';
const CATALOGUE = '示范区卫生健康委员会重大执法决定法制审核目录清单';

/** Configurable thresholds of the catalogue, in fen. */
export const REVIEW_THRESHOLDS = {
  personFineFen: yuan(5000),
  organisationFineFen: yuan(50000),
  confiscationFen: yuan(50000),
} as const;

export const DEMO_REVIEW_RULES: ReviewRule[] = [
  {
    code: 'RV-001',
    description: '适用普通程序作出的行政处罚决定（“一案一卷一审”）',
    basis: '浙卫办发函〔2019〕18号“积极推进法定简易程序外所有执法决定法制审核”；本机关目录（可关闭）',
    conditions: [{ kind: 'procedure', procedure: 'general' }],
  },
  {
    code: 'RV-002',
    description: '拟吊销许可证件的',
    basis: `${CATALOGUE}；行政处罚法第六十三条第一款第三项（听证情形）`,
    conditions: [{ kind: 'penalty_kind', anyOf: ['revoke_licence'] }],
  },
  {
    code: 'RV-003',
    description: '拟暂扣许可证件、降低资质等级的',
    basis: CATALOGUE,
    conditions: [{ kind: 'penalty_kind', anyOf: ['suspend_licence', 'lower_qualification'] }],
  },
  {
    code: 'RV-004',
    description: '拟责令停产停业、责令关闭、限制从业（含责令暂停执业活动）的',
    basis: `${CATALOGUE}；行政处罚法第六十三条第一款第四项（听证情形）`,
    conditions: [
      { kind: 'penalty_kind', anyOf: ['order_suspension', 'order_closure', 'restrict_employment'] },
    ],
  },
  {
    code: 'RV-005',
    description: '对公民处以5000元以上罚款的',
    basis: `${CATALOGUE}（较大数额罚款，金额可配置）`,
    conditions: [{ kind: 'fine_at_least', partyType: 'person', fen: REVIEW_THRESHOLDS.personFineFen }],
  },
  {
    code: 'RV-006',
    description: '对法人或者其他组织处以50000元以上罚款的',
    basis: `${CATALOGUE}（较大数额罚款，金额可配置）`,
    conditions: [
      { kind: 'fine_at_least', partyType: 'organisation', fen: REVIEW_THRESHOLDS.organisationFineFen },
    ],
  },
  {
    code: 'RV-007',
    description: '没收违法所得和非法财物价值合计50000元以上的',
    basis: `${CATALOGUE}（较大数额没收，金额可配置）`,
    conditions: [{ kind: 'confiscation_at_least', fen: REVIEW_THRESHOLDS.confiscationFen }],
  },
  {
    code: 'RV-008',
    description: '查封、扣押、封存等行政强制措施决定',
    basis: `${CATALOGUE}（涉及重大财产权益）`,
    conditions: [{ kind: 'category', anyOf: ['compulsory'] }],
  },
  {
    code: 'RV-009',
    description: '拟作出的处罚超出行政处罚裁量基准幅度的',
    basis: '《中华人民共和国行政处罚法》第三十四条；本机关行政处罚裁量基准适用规定',
    conditions: [{ kind: 'outside_benchmark' }],
  },
  {
    code: 'RV-010',
    description: '经过听证程序作出的行政处罚决定',
    basis: `${ART58}第二项`,
    conditions: [{ kind: 'hearing_held' }],
  },
  {
    code: 'RV-011',
    description: '涉及重大公共利益的',
    basis: `${ART58}第一项`,
    conditions: [{ kind: 'flag', flag: 'major_public_interest' }],
  },
  {
    code: 'RV-012',
    description: '直接关系当事人或者第三人重大权益，经过听证程序的',
    basis: `${ART58}第二项`,
    conditions: [{ kind: 'flag', flag: 'major_rights_after_hearing' }],
  },
  {
    code: 'RV-013',
    description: '案件情况疑难复杂的',
    basis: `${ART58}第三项`,
    conditions: [{ kind: 'flag', flag: 'complex_legal_relations' }],
  },
  {
    code: 'RV-014',
    description: '涉及多个法律关系的',
    basis: `${ART58}第三项`,
    conditions: [{ kind: 'flag', flag: 'several_legal_relations' }],
  },
  {
    code: 'RV-015',
    description: '可能造成重大社会影响或者引发社会风险的',
    basis:
      '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）',
    conditions: [{ kind: 'flag', flag: 'major_social_impact' }],
  },
  {
    code: 'RV-016',
    description: '违法行为涉嫌犯罪，拟移送司法机关的',
    basis: '《行政执法机关移送涉嫌犯罪案件的规定》；本机关目录',
    conditions: [{ kind: 'flag', flag: 'suspected_crime' }],
  },
  {
    code: 'RV-017',
    description: '法律、法规规定应当进行法制审核的其他情形',
    basis: `${ART58}第四项`,
    conditions: [{ kind: 'flag', flag: 'other_law' }],
  },
];

// C1 the Chinese names of the procedures' action fields and coded values, for the workbench's step
// forms and the audit log's account of each step. A field whose schema carries a `description` (the
// penalty procedure's) is named by it; the others are named here by their keys.
import type { ServiceMethod } from './procedures/fields.ts';

const SERVICE_METHOD_LABELS: Record<ServiceMethod, string> = {
  in_person: '直接送达',
  left_at_domicile: '留置送达',
  mail: '邮寄送达',
  electronic: '电子送达',
  public_notice: '公告送达',
  entrusted: '委托送达',
};

/**
 * Every enum value an action form may offer, by value (the codes do not collide across procedures),
 * but the penalty kinds, which are the catalogue's (PENALTY_LABELS).
 */
export const ACTION_VALUE_LABELS: Readonly<Record<string, string>> = {
  ...SERVICE_METHOD_LABELS,
  // 行政强制
  seal: '查封',
  seize: '扣押',
  confiscate: '没收',
  destroy: '销毁',
  no_violation: '没有违法行为',
  unrelated: '与违法行为无关',
  handled: '已作出处理决定，不再需要查封、扣押',
  expired: '查封、扣押期限已经届满',
  other: '其他',
  // 不计入期限的期间
  test: '检测',
  inspection: '检验',
  testing: '检测',
  quarantine: '检疫',
  appraisal: '技术鉴定',
  hearing: '听证',
  tender: '招标',
  auction: '拍卖',
  expert_review: '专家评审',
  // 行政检查
  supervision_opinion: '卫生监督意见书',
  correction_notice: '责令改正通知书',
};

/**
 * Field labels for action inputs whose schema carries no `description` (the server describes the
 * penalty procedure's fields; the other procedures' fields are named here by their keys).
 */
export const ACTION_FIELD_LABELS: Readonly<Record<string, string>> = {
  on: '日期',
  reason: '理由',
  decidedOn: '决定日期',
  approvedBy: '批准人',
  approvedOn: '批准日期',
  reportedOn: '报告日期',
  implementedOn: '实施日期',
  measure: '强制措施',
  items: '物品清单',
  name: '名称',
  quantity: '数量',
  unit: '单位',
  basis: '法律依据',
  certificatesShown: '已出示执法证件',
  partyPresent: '当事人到场',
  witness: '见证人',
  partyInformed: '已告知当事人理由、依据及权利',
  onSiteRecord: '已制作现场笔录',
  days: '延长天数',
  notifiedOn: '告知日期',
  kind: '种类',
  from: '开始日期',
  to: '结束日期',
  releasedOn: '解除日期',
  ground: '解除事由',
  returnedOn: '退还日期',
  disposal: '处理方式',
  penaltyDecisionRef: '处罚决定书文号',
  inspectedOn: '检查日期',
  place: '检查地点',
  issuedOn: '出具日期',
  document: '文书种类',
  problems: '存在问题',
  deadline: '改正期限',
  reinspectedOn: '复查日期',
  corrected: '已改正',
  findings: '情况记录',
  caseId: '移送案件编号',
  receivedOn: '收到申请日期',
  applicant: '申请人',
  matter: '申请事项',
  acceptedOn: '受理日期',
  receiptIssued: '已出具书面凭证',
  verifiedOn: '核查日期',
  certificateNo: '许可证件编号',
  lateReason: '逾期说明',
  remediesNotified: '已告知申请复议、诉讼的权利',
  servedOn: '送达日期',
  method: '送达方式',
  assessedOn: '核定日期',
  payer: '缴纳义务人',
  amountFen: '金额（分）',
  documentNo: '文书编号',
  paymentDays: '缴纳期限（日）',
  paidOn: '缴款日期',
  appliedOn: '申请日期',
  court: '人民法院',
};

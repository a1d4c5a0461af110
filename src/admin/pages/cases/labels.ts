// Labels of the case workbench that the API sends as codes. Penalty kinds come from the server's own
// table (lib/labels.ts); the rest are display-only.
import { penaltyLabels } from '../../lib/labels.ts';
import { PARTY_FIELD_LABELS, PARTY_ROLE_LABELS } from '../../../modules/cases/party-rules.ts';
import type { DueLevel, Status, View } from './api.ts';

export const viewLabels: Record<View, string> = { mine: '我的案件', unit: '本科室', all: '全部' };

export const statusOptions: { value: Status; label: string }[] = [
  { value: 'open', label: '办理中' },
  { value: 'due_soon', label: '即将到期' },
  { value: 'overdue', label: '已逾期' },
  { value: 'finished', label: '已办结' },
  { value: 'any', label: '全部' },
];

export const dueLevelLabels: Record<DueLevel, string> = {
  overdue: '已逾期',
  due_soon: '即将到期',
  open: '期限内',
};
export const dueLevelColors: Record<DueLevel, string> = {
  overdue: 'error',
  due_soon: 'warning',
  open: 'default',
};

/** The server's own wording (a pure module), so the list and the server's messages say the same. */
export const partyRoleLabels: Record<string, string> = PARTY_ROLE_LABELS;
export const partyFieldLabels: Record<string, string> = { ...PARTY_FIELD_LABELS, representsId: '被代理人' };
export const partyRoleColors: Record<string, string> = { party: 'blue', witness: 'cyan', agent: 'purple' };
export const partyTypeLabels: Record<string, string> = { person: '自然人', organisation: '法人或其他组织' };

export const idTypeOptions = [
  '居民身份证',
  '护照',
  '港澳居民来往内地通行证',
  '台湾居民来往大陆通行证',
  '外国人永久居留身份证',
  '其他',
].map((v) => ({ value: v, label: v }));

export const sourceOptions = [
  '日常监督检查',
  '投诉举报',
  '双随机抽查',
  '监督抽检',
  '上级交办',
  '其他部门移送',
  '媒体曝光',
  '其他',
].map((v) => ({ value: v }));

export const serviceMethodLabels: Record<string, string> = {
  in_person: '直接送达',
  left_at_domicile: '留置送达',
  mail: '邮寄送达',
  electronic: '电子送达',
  public_notice: '公告送达',
  entrusted: '委托送达',
};

/** Every enum value an action form may offer, by value (the codes do not collide across procedures). */
export const enumLabels: Record<string, string> = {
  ...penaltyLabels,
  ...serviceMethodLabels,
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
export const fieldKeyLabels: Record<string, string> = {
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

/** Who an action reserved for another role is waiting for. */
export const waitingFor: Record<string, string> = {
  'cases.approve': '待行政机关负责人审批',
  'cases.review': '待法制审核',
  'cases.archive': '待档案管理员归档',
  'cases.handle': '待承办执法人员办理',
};

/** 行政处罚法第五十一条: the most a simple-procedure fine may be (fen), by party type. */
export const SIMPLE_LIMIT_FEN: Record<'person' | 'organisation', number> = {
  person: 20_000,
  organisation: 300_000,
};
export const SIMPLE_LIMIT_HINT = '个人 ≤200 元、单位 ≤3000 元（行政处罚法第五十一条）';

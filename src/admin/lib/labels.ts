// Chinese labels for every code the API returns. Role and category labels come from the server's own
// tables so the UI and the exported spreadsheets never disagree; the rest are display-only.
import { ROLE_LABELS } from '../../modules/access/roles.ts';
import { CATEGORY_LABELS } from '../../modules/bodies/rules.ts';
import {
  LAW_LEVEL_LABELS,
  PENALTY_LABELS,
  REVIEW_FLAG_LABELS,
  TIER_LABELS,
  type LawLevel,
  type PenaltyKind,
  type ReviewFlag,
  type Tier,
} from '../../modules/catalog/model.ts';
import type { Body, CatalogKind, Category, Role, UnitKind } from '../api/types.ts';

export const roleLabels: Record<Role, string> = ROLE_LABELS;
export const categoryLabels: Record<Category, string> = CATEGORY_LABELS;
export const categoryOptions = (Object.keys(categoryLabels) as Category[]).map((value) => ({
  value,
  label: categoryLabels[value],
}));
export const roleOptions = (Object.keys(roleLabels) as Role[]).map((value) => ({
  value,
  label: roleLabels[value],
}));

export const levelLabels: Record<Body['level'], string> = {
  province: '省级',
  city: '市级',
  county: '县（区）级',
};
export const natureOptions: Body['nature'][] = ['行政机关', '法律法规授权组织', '受委托组织'];

export const unitKindLabels: Record<UnitKind, string> = {
  handling: '执法承办机构',
  legal: '法制审核机构',
  office: '办公室（信息公开）',
  licensing: '行政许可科室',
  other: '其他',
};

export const genderLabels: Record<'male' | 'female', string> = { male: '男', female: '女' };

export const certificateStatusLabels: Record<string, string> = {
  valid: '有效',
  suspended: '暂扣',
  revoked: '吊销',
};

/** Audit actions, by the ledger's action code. Unknown codes are shown raw rather than hidden. */
export const auditActionLabels: Record<string, string> = {
  'auth.login': '登录',
  'auth.login_failed': '登录失败',
  'auth.logout': '退出登录',
  'auth.account_locked': '账号锁定',
  'api_token.created': '创建 API 令牌',
  'api_token.revoked': '吊销 API 令牌',
  'body.created': '新建执法主体',
  'body.updated': '修改执法主体',
  'body.delegation_agreement': '上传委托协议',
  'unit.created': '新建科室',
  'unit.updated': '修改科室',
  'person.created': '新增人员',
  'person.updated': '修改人员',
  'person.personal_data_read': '查看个人信息',
  'people.imported': '导入人员名册',
  'people.exported': '导出人员名册',
  'certificate.created': '登记执法证',
  'certificate.updated': '修改执法证',
  'certificate.reviewed': '年度审验',
  'user.created': '新建账号',
  'user.roles_changed': '分配角色',
  'user.unlocked': '解除锁定',
  'user.password_changed': '修改密码',
  'calendar.override_added': '节假日调整',
  'calendar.year_covered': '录入年度节假日',
  'demo.seeded': '创建演示数据',
  'bodies.imported': '导入执法主体',
  'bodies.exported': '导出执法主体',
  'catalog.imported': '导入清单',
  'catalog.exported': '导出清单',
  'case.exported': '导出案件数据',
  'catalog.demo_seeded': '创建演示清单',
  'legal_document.saved': '保存法律文件',
  'catalog.saved': '保存清单条目',
  'catalog.retired': '停用清单条目',
};

export const entityTypeLabels: Record<string, string> = {
  body: '执法主体',
  unit: '科室',
  person: '人员',
  certificate: '执法证',
  user: '账号',
  calendar: '工作日历',
  session: '会话',
  platform: '平台',
  api_token: 'API 令牌',
  catalog: '清单',
  legal_document: '法律文件',
};

export const bodyFieldLabels: Record<string, string> = {
  name: '名称',
  shortName: '简称',
  level: '层级',
  creditCode: '统一社会信用代码',
  nature: '性质',
  fundingSource: '经费来源',
  staffing: '编制（人）',
  bodyType: '主体类型',
  duties: '职责',
  legalRepresentative: '法定代表人',
  address: '地址',
  complaintPhone: '投诉电话',
  delegatedById: '委托机关',
  delegationScope: '委托范围',
  delegationValidFrom: '委托期限起',
  delegationValidTo: '委托期限止',
  delegationAgreementName: '委托协议',
  delegationAgreementKey: '委托协议文件摘要',
  parentId: '上级主体',
};

export const personFieldLabels: Record<string, string> = {
  name: '姓名',
  gender: '性别',
  unitId: '科室',
  idNumber: '身份证号',
  phone: '手机号',
  post: '职务',
  isReviewer: '法制审核人员',
  isLegalCounsel: '法律顾问',
  legalQualificationNo: '法律职业资格证号',
  active: '在岗',
  bodyId: '所属主体',
};

// 清单与法律依据库: the server's own label tables, so the screens, the portal and the spreadsheets agree.
export const lawLevelLabels: Record<LawLevel, string> = LAW_LEVEL_LABELS;
export const tierLabels: Record<Tier, string> = TIER_LABELS;
export const penaltyLabels: Record<PenaltyKind, string> = PENALTY_LABELS;
export const reviewFlagLabels: Record<ReviewFlag, string> = REVIEW_FLAG_LABELS;
const optionsOf = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
export const lawLevelOptions = optionsOf(lawLevelLabels);
export const tierOptions = optionsOf(tierLabels);
export const penaltyOptions = optionsOf(penaltyLabels);
export const reviewFlagOptions = optionsOf(reviewFlagLabels);

/** Catalogue kinds as the menu names them (the published list titles are in pages/catalog/kinds). */
export const catalogKindLabels: Record<CatalogKind, string> = {
  item: '执法事项',
  benchmark: '裁量基准',
  inspection_item: '随机抽查事项',
  av_rule: '音像记录事项',
  review_rule: '法制审核目录',
  service_guide: '服务指南',
  complaint_channel: '监督举报渠道',
};

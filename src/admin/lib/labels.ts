// Chinese labels for every code the API returns. Role and category labels come from the server's own
// tables so the UI and the exported spreadsheets never disagree; the rest are display-only.
import { ROLE_LABELS } from '../../modules/access/roles.ts';
import { AUTHORITY_KINDS, AUTHORITY_LABELS, CATEGORY_LABELS } from '../../modules/bodies/rules.ts';
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
export type AuthorityKind = Body['authorityKinds'][number];
export const authorityLabels: Record<AuthorityKind, string> = AUTHORITY_LABELS;
export const authorityOptions = AUTHORITY_KINDS.map((value) => ({ value, label: AUTHORITY_LABELS[value] }));
/** "卫生健康主管部门、疾病预防控制部门". */
export const authorityText = (kinds: readonly AuthorityKind[]) =>
  kinds.map((k) => authorityLabels[k]).join('、');

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

export const bodyFieldLabels: Record<string, string> = {
  name: '名称',
  shortName: '简称',
  level: '层级',
  creditCode: '统一社会信用代码',
  nature: '性质',
  fundingSource: '经费来源',
  staffing: '编制（人）',
  bodyType: '主体类型',
  authorityKinds: '主管部门类型',
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

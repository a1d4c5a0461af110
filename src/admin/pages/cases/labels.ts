// Labels of the case workbench that the API sends as codes. Penalty kinds and the step forms' field and
// option names come from the server's own tables; the rest are display-only.
import { penaltyLabels, tierLabels } from '../../lib/labels.ts';
import { ACTION_VALUE_LABELS } from '../../../modules/cases/action-fields.ts';
import { PARTY_FIELD_LABELS, PARTY_ROLE_LABELS } from '../../../modules/cases/parties/rules.ts';
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

// The step forms' field and option names are the server's, shared with the audit log.
export { ACTION_FIELD_LABELS as fieldKeyLabels } from '../../../modules/cases/action-fields.ts';
export const enumLabels: Record<string, string> = { ...penaltyLabels, ...tierLabels, ...ACTION_VALUE_LABELS };

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

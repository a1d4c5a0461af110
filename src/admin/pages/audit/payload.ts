// One-line Chinese summary of a ledger entry's payload for the table; the full JSON is in the
// expanded row, so nothing is hidden from the auditor.
import { formatTime } from '../../lib/format.ts';
import { roleLabels } from '../../lib/labels.ts';

const KEY_LABELS: Record<string, string> = {
  reason: '理由',
  version: '版本',
  name: '名称',
  username: '用户名',
  roles: '角色',
  from: '原',
  to: '新',
  number: '证号',
  status: '状态',
  includesPersonalData: '含个人信息',
  bytes: '字节',
  imported: '导入人数',
  filename: '文件',
  year: '年度',
  passed: '合格',
  personId: '人员',
  parentId: '上级',
  bodies: '主体数',
  lockedUntil: '锁定至',
  fields: '字段',
  people: '人员数',
};

// Coded values that appear in payloads (login failure reasons, field names of personal data).
const VALUE_LABELS: Record<string, string> = {
  bad_password: '密码错误',
  unknown_user: '用户不存在',
  disabled: '账号已停用',
  locked: '账号已锁定',
  idNumber: '身份证号',
  phone: '手机号',
};

function show(v: unknown): string {
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v))
    return v
      .map((x) =>
        typeof x === 'string' && x in roleLabels ? roleLabels[x as keyof typeof roleLabels] : show(x),
      )
      .join('、');
  if (v === null || v === undefined) return '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return typeof v === 'string' ? (VALUE_LABELS[v] ?? v) : JSON.stringify(v);
}

export function payloadSummary(payload: Record<string, unknown>): string {
  const parts = Object.entries(payload)
    .filter(([k]) => k !== 'sha256')
    .map(
      ([k, v]) =>
        `${KEY_LABELS[k] ?? k}：${k.endsWith('Until') && typeof v === 'string' ? formatTime(v) : show(v)}`,
    );
  return parts.length ? parts.join('；') : '—';
}

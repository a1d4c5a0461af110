// A5 roles. Labels are what the UI shows; the system triad (三员) is kept apart by rules.ts.
export const ROLES = [
  'officer',
  'unit_head',
  'reviewer',
  'legal_head',
  'deputy',
  'head',
  'publisher',
  'archivist',
  'sysadmin',
  'secadmin',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  officer: '执法人员',
  unit_head: '承办机构负责人',
  reviewer: '法制审核人员',
  legal_head: '法制机构负责人',
  deputy: '分管领导',
  head: '主要负责人',
  publisher: '信息发布员',
  archivist: '档案管理员',
  sysadmin: '系统管理员',
  secadmin: '安全管理员',
  auditor: '审计管理员',
};

export const SYSTEM_TRIAD: readonly Role[] = ['sysadmin', 'secadmin', 'auditor'];

/** Roles whose data scope reaches the bodies below their own (supervision, A1). */
export const SUPERVISING_ROLES: readonly Role[] = [
  'head',
  'deputy',
  'legal_head',
  'sysadmin',
  'secadmin',
  'auditor',
];

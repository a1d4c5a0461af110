// H2: the permission matrix. Every route names one permission; this table is the single place that
// says which roles hold it, and the UI receives the caller's permissions so buttons match the server.
import type { Role } from './roles.ts';

const BUSINESS: Role[] = [
  'officer',
  'unit_head',
  'reviewer',
  'legal_head',
  'deputy',
  'head',
  'publisher',
  'archivist',
];

export const PERMISSIONS = {
  'bodies.read': [...BUSINESS, 'sysadmin', 'secadmin', 'auditor'],
  'bodies.write': ['sysadmin'],
  'people.read': [...BUSINESS, 'sysadmin', 'secadmin'],
  // ID numbers and phones (personal information): fewer roles, and every read is audited.
  'people.read_personal': ['unit_head', 'head', 'deputy', 'sysadmin'],
  'people.write': ['sysadmin'],
  'people.export': ['sysadmin', 'head'],
  'certificates.write': ['sysadmin', 'legal_head'],
  'users.read': ['sysadmin', 'secadmin'],
  'users.write': ['sysadmin'],
  'users.assign_roles': ['secadmin'],
  'users.unlock': ['secadmin'],
  'users.reset_password': ['secadmin'],
  'users.reset_factor': ['secadmin'],
  // Binds a vendor's 国密 (GM/T 0021 SM3) hardware token to an account by its serial and seed.
  'users.bind_token': ['secadmin'],
  // The body's sign-in settings (two-factor sign-in for the system roles and the heads).
  'auth.settings': ['secadmin'],
  'audit.read': ['auditor'],
  'ledger.verify': ['auditor'],
  'calendar.manage': ['sysadmin'],
  'catalog.read': [...BUSINESS, 'sysadmin'],
  // The legal unit keeps the lists (清单) and the legal library; the head signs them off.
  'catalog.write': ['legal_head', 'head'],
  // C1–C5 cases. Reading is narrowed further by the case service (officers: their own and their unit's).
  'cases.read': [...BUSINESS],
  'cases.handle': ['officer', 'unit_head'],
  // 行政机关负责人: approvals the law reserves for the head of the body (立案, 决定, 延期…).
  'cases.approve': ['deputy', 'head'],
  'cases.review': ['reviewer', 'legal_head'],
  'cases.archive': ['archivist'],
  'cases.settings': ['head'],
  // D2–D7 the legal review: the handling unit submits and contests, the legal unit's head assigns,
  // extends and coordinates, the reviewers review, the heads settle a disagreement collectively.
  'reviews.read': [...BUSINESS],
  'reviews.submit': ['officer', 'unit_head'],
  'reviews.manage': ['legal_head'],
  'reviews.review': ['reviewer', 'legal_head'],
  'reviews.decide': ['deputy', 'head'],
  // E4: the redaction preview of a text before it is published.
  'publicity.redact': ['publisher'],
  // E3–E8: the drafts and published items are read by the publisher and the approvers of the chain.
  'publicity.read': ['publisher', 'unit_head', 'deputy', 'head', 'legal_head'],
  'publicity.approve': ['unit_head', 'deputy', 'head'],
  'publicity.outcome': ['publisher', 'unit_head', 'legal_head'],
  'publicity.settings': ['head'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
/** `public`: anyone, no login. `authenticated`: any logged-in account (own profile, logout). */
export type RouteAccess = Permission | 'public' | 'authenticated';

export function hasPermission(roles: readonly string[], permission: Permission): boolean {
  const allowed: readonly string[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}

export function permissionsOf(roles: readonly string[]): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => hasPermission(roles, p));
}

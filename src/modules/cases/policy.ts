// H2 / C2 who may take which step of a case. The law reserves some steps for the head of the body
// (行政机关负责人: 立案 approval Art. 54, decisions Art. 57, extensions Art. 60), the legal review for
// the legal unit (Art. 58), archiving for the archivist; the rest is the handling officers' work. Each
// procedure step carries its permission in its definition (procedures/<kind>/); a step that nothing
// defines is refused, never given a default.
import type { UserActor } from '../../platform/context.ts';
import { hasPermission } from '../access/index.ts';
import type { CaseKind, StepPermission } from './machine.ts';
import { procedurePermission } from './registry.ts';
import { DOCUMENT_STEP_PERMISSIONS } from './documents/index.ts';
import { EVIDENCE_STEP_PERMISSIONS } from './evidence/index.ts';
import { PARTY_STEP_PERMISSIONS } from './parties/index.ts';

/** Steps on a case outside its procedure: evidence (C7), parties (C4) and documents (C5). */
const CASE_STEP_PERMISSIONS: Readonly<Record<string, StepPermission>> = {
  ...EVIDENCE_STEP_PERMISSIONS,
  ...PARTY_STEP_PERMISSIONS,
  ...DOCUMENT_STEP_PERMISSIONS,
};

function stepPermission(kind: CaseKind, type: string): StepPermission | undefined {
  return (
    procedurePermission(kind, type) ??
    (Object.hasOwn(CASE_STEP_PERMISSIONS, type) ? CASE_STEP_PERMISSIONS[type] : undefined)
  );
}

const PERMISSION_HINTS: Record<string, string> = {
  'cases.approve': '行政机关负责人批准',
  'cases.review': '法制审核人员办理',
  'cases.archive': '档案管理员办理',
  'cases.handle': '本案执法人员或承办科室负责人办理',
};

/**
 * D2–D5 the steps the legal review module takes on the case, and only it: submission (with its materials
 * and the handling unit's confirmation) and the outcome (同意, or a collective decision overriding the
 * opinion). Refused on the case's own action route so that there is one way to review.
 */
export const REVIEW_MODULE_STEPS: readonly string[] = ['submit_review', 'record_review'];

/** Who may take a step, in words, for the refusal of someone who may not. */
export const permissionHint = (kind: CaseKind, type: string) =>
  PERMISSION_HINTS[actionPermission(kind, type)];

/** The permission a known step needs; asking about a step that does not exist is a programming error. */
export function actionPermission(kind: CaseKind, type: string): StepPermission {
  const permission = stepPermission(kind, type);
  if (permission === undefined) throw new Error(`no permission defined for ${kind} step ${type}`);
  return permission;
}

export interface CaseAccessFacts {
  kind: string;
  bodyId: string;
  /** The body that entrusted the case's body (委托执法), whose head approves in its name. */
  delegatedById: string | null;
  officerIds: readonly string[];
  unitId: string | null;
}

/**
 * Handling steps belong to the case's officers, or to the head of the handling unit. Approvals, review
 * and archiving belong to the case's own body (or the body that entrusted it): a supervising body sees
 * its subordinates' cases but does not decide them (Art. 54 批准 by 本行政机关负责人).
 */
export function canTakeAction(
  user: Pick<UserActor, 'roles' | 'personId' | 'bodyId'>,
  /** The caller's unit (科室), from their person record. */
  unitId: string | null,
  c: CaseAccessFacts,
  actionType: string,
): boolean {
  const permission = stepPermission(c.kind as CaseKind, actionType);
  if (permission === undefined || !hasPermission(user.roles, permission)) return false;
  if (permission !== 'cases.handle') return user.bodyId === c.bodyId || user.bodyId === c.delegatedById;
  if (user.personId !== null && c.officerIds.includes(user.personId)) return true;
  return user.roles.includes('unit_head') && unitId !== null && unitId === c.unitId;
}

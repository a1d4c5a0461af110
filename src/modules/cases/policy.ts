// H2 / C2 who may take which step of a case. The law reserves some steps for the head of the body
// (行政机关负责人: 立案 approval Art. 54, decisions Art. 57, extensions Art. 60), the legal review for
// the legal unit (Art. 58), archiving for the archivist; the rest is the handling officers' work.
import { hasPermission, type Permission, type Role } from '../access/index.ts';
import type { CaseKind } from './machine.ts';

const APPROVALS: Record<CaseKind, ReadonlySet<string>> = {
  penalty: new Set([
    'file',
    'decline_filing',
    'extend_decision_period',
    'hold_collective_discussion',
    'decide',
    'decide_no_penalty',
    'revoke',
  ]),
  // 行政强制法第十八条、第十九条、第二十五条: measures, urgent ones afterwards, extensions, disposal.
  coercion: new Set(['decide', 'approve_urgent', 'disapprove_urgent', 'extend', 'dispose', 'decline']),
  inspection: new Set([]),
  // 行政许可法第四十二条: the decision and the extension of its period.
  permit: new Set(['grant', 'refuse_permit', 'extend']),
  levy: new Set(['assess', 'apply_court_enforcement', 'cancel']),
};
const REVIEWS = new Set(['record_review']);
const ARCHIVING = new Set(['archive']);

export function actionPermission(kind: CaseKind, actionType: string): Permission {
  if (APPROVALS[kind].has(actionType)) return 'cases.approve';
  if (REVIEWS.has(actionType)) return 'cases.review';
  if (ARCHIVING.has(actionType)) return 'cases.archive';
  return 'cases.handle';
}

export interface CaseActor {
  roles: readonly Role[];
  personId: string | null;
  unitId: string | null;
  bodyId: string;
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
export function canTakeAction(user: CaseActor, c: CaseAccessFacts, actionType: string): boolean {
  const permission = actionPermission(c.kind as CaseKind, actionType);
  if (!hasPermission(user.roles, permission)) return false;
  if (permission !== 'cases.handle') return user.bodyId === c.bodyId || user.bodyId === c.delegatedById;
  if (user.personId !== null && c.officerIds.includes(user.personId)) return true;
  return user.roles.includes('unit_head') && user.unitId !== null && user.unitId === c.unitId;
}

/**
 * C10: records are not viewed at will. The head, deputies, the legal unit and the archive see every case
 * of the bodies in their scope; officers and unit heads see the cases they handle and their unit's; the
 * publisher reaches decisions through publicity (E), not the case files.
 */
const CASE_WIDE_ROLES: readonly Role[] = ['head', 'deputy', 'legal_head', 'reviewer', 'archivist'];

export function seesAllCases(roles: readonly Role[]): boolean {
  return roles.some((r) => CASE_WIDE_ROLES.includes(r));
}

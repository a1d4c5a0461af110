// A1 / H2 data scope: a user sees their own body, and the bodies below it when one of their roles
// supervises. Queries take a DataScope and never the raw user, so no module forgets the rule.
import type { DataScope, UserActor } from '../../platform/context.ts';
import { SUPERVISING_ROLES, type Role } from './roles.ts';

export function scopeOf(user: { bodyId: string; bodyPath: string; roles: readonly Role[] }): DataScope {
  return {
    bodyId: user.bodyId,
    bodyPath: user.bodyPath,
    subordinates: user.roles.some((r) => SUPERVISING_ROLES.includes(r)),
  };
}

/** Whether a body (by its materialised path) is inside the scope. */
export function scopeCovers(scope: DataScope, bodyPath: string): boolean {
  return scope.subordinates ? bodyPath.startsWith(scope.bodyPath) : bodyPath === scope.bodyPath;
}

/** The acting account of a request context, with its data scope worked out once. */
export function userActorOf(account: {
  id: string;
  displayName: string;
  bodyId: string;
  bodyPath: string;
  roles: readonly Role[];
  personId: string | null;
}): UserActor {
  return {
    id: account.id,
    name: account.displayName,
    bodyId: account.bodyId,
    bodyPath: account.bodyPath,
    roles: account.roles,
    personId: account.personId,
    scope: scopeOf(account),
  };
}

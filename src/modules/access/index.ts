// A5, H2: who may do what, shared by every module without a cycle: the roles, the permission matrix,
// the data scope (own body, or the bodies below for supervising roles) and the request's user. It imports
// no other module; auth resolves the user, bodies and the others check against it.
export { ROLES, ROLE_LABELS, SYSTEM_TRIAD, type Role } from './roles.ts';
export { hasPermission, permissionsOf, type Permission, type RouteAccess } from './policy.ts';
export type { DataScope } from '../../platform/context.ts';
export { scopeOf, scopeCovers, userActorOf } from './scope.ts';
export { currentUser, userCtx, type SessionUser } from './request.ts';

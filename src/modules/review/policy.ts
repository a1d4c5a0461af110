// D2–D7 who may act on a review, as pure predicates the service applies and returns to the UI (so the
// review desk offers what the server allows). Everything happens in the case's own body: a supervising
// body reads its subordinates' reviews but does not act on them.
import type { UserActor } from '../../platform/context.ts';
import { hasPermission } from '../access/index.ts';
import type { Round } from './rules/lifecycle.ts';

type Who = Pick<UserActor, 'roles' | 'bodyId' | 'personId'>;

/** The legal unit's head: assigns, reassigns, approves the extension, records the coordination. */
export const mayManage = (u: Who, bodyId: string) =>
  u.bodyId === bodyId && hasPermission(u.roles, 'reviews.manage');

/** The reviewer assigned to the round: findings, opinion, recusal. */
export const isAssignedReviewer = (u: Who, bodyId: string, round: Round | null) =>
  u.bodyId === bodyId &&
  hasPermission(u.roles, 'reviews.review') &&
  u.personId !== null &&
  round?.reviewerId === u.personId;

/** The body's heads (行政机关负责人): the collective discussion's record. */
export const mayDecide = (u: Who, bodyId: string) =>
  u.bodyId === bodyId && hasPermission(u.roles, 'reviews.decide');

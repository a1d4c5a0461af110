// D2–D7 a review as the API shows it: status in words, the due day and its flag, each round and contest,
// and what the caller may do (policy.ts), so the review desk offers only what the server allows.
import type { WorkingCalendar } from '../../platform/calendar/rules.ts';
import type { UserActor } from '../../platform/context.ts';
import { hasPermission } from '../access/index.ts';
import { isAssignedReviewer, mayDecide, mayManage } from './policy.ts';
import type { ReviewRow } from './repo.ts';
import {
  EVENTS_FROM,
  REVIEW_STATUS_LABELS,
  lastRound,
  reviewPassed,
  reviewStatus,
} from './rules/lifecycle.ts';
import { DEFAULT_REVIEW_TIME, dueFlag } from './rules/time-limit.ts';
import type { ReviewOutput } from './types.ts';

export function presentReview(
  actor: UserActor,
  row: ReviewRow,
  calendar: WorkingCalendar,
  day: string,
): ReviewOutput {
  const status = reviewStatus(row.state);
  const offered = EVENTS_FROM[status];
  const round = lastRound(row.state);
  const manage = mayManage(actor, row.bodyId);
  return {
    id: row.id,
    bodyId: row.bodyId,
    caseId: row.caseId,
    caseCode: row.caseCode,
    caseCause: row.caseCause,
    status,
    statusLabel: REVIEW_STATUS_LABELS[status],
    version: row.version,
    reviewerId: round?.opinion === null ? round.reviewerId : null,
    due: row.due,
    dueFlag: row.due === null ? null : dueFlag(calendar, row.due, day, DEFAULT_REVIEW_TIME),
    passed: reviewPassed(row.state),
    rounds: row.state.rounds as unknown as Record<string, unknown>[],
    contests: row.state.contests as unknown as Record<string, unknown>[],
    materials: row.materials as Record<string, unknown>,
    may: {
      assign: manage && offered.includes('assign'),
      review: isAssignedReviewer(actor, row.bodyId, round) && offered.includes('give_opinion'),
      extend: manage && offered.includes('extend') && round?.extension === null,
      contest:
        hasPermission(actor.roles, 'reviews.submit') &&
        actor.bodyId === row.bodyId &&
        offered.includes('contest'),
      coordinate: manage && offered.includes('coordinate'),
      decide: mayDecide(actor, row.bodyId) && offered.includes('collective_decision'),
    },
  };
}

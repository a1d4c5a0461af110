// D8 the gate on the decision document: a case whose required legal review has not passed (同意, or a
// collective decision overriding the opinion) gets no 行政处罚决定书, whichever way it is issued — alone or
// with the decision step, whose own guard refuses the same (procedures/penalty/guards.ts).
import { unprocessable } from '../../../platform/http/errors.ts';
import { GUARD_CITATIONS } from '../procedures/penalty/guards.ts';

/** The decision documents the gate holds back: the general procedure's (the simple one needs no review). */
export const REVIEWED_DECISION_TEMPLATES: readonly string[] = ['penalty_decision'];

export function checkDecisionReviewGate(template: string, record: unknown): void {
  if (!REVIEWED_DECISION_TEMPLATES.includes(template)) return;
  const r = record as { reviewRequired?: unknown; reviewPassed?: unknown };
  if (r.reviewRequired !== true || r.reviewPassed === true) return;
  throw unprocessable('RULE_VIOLATION', '本案须经法制审核，审核未通过前不得制作行政处罚决定书', {
    rule: 'REVIEW_NOT_PASSED',
    citation: GUARD_CITATIONS.REVIEW_NOT_PASSED,
  });
}

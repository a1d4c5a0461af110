// C2 the 法制审核 (行政处罚法第五十八条; D8: no decision before a required review passes) and what may follow
// it: a further investigation, or the head's collective discussion (第五十七条第二款).
import { z } from 'zod';
import { actionsOf } from '../builder.ts';
import { dateField, textField } from '../fields.ts';
import { checkReviewGate, refuse } from './guards.ts';
import type { PenaltyRecord, PenaltyState } from './model.ts';

const action = actionsOf<PenaltyState, PenaltyRecord>();

export const PENALTY_REVIEW_ACTIONS = {
  submit_review: action({
    label: '提交法制审核',
    permission: 'cases.handle',
    input: { on: dateField('日期') },
    dates: (a) => [a.on],
    precheck(_state, facts) {
      if (!facts.reviewRequired) return refuse('REVIEW_NOT_REQUIRED', '本案无须法制审核');
      if (facts.reviewPassed) return refuse('REVIEW_NOT_REQUIRED', '本案法制审核已通过');
      return null;
    },
    apply: () => ({ next: 'legal_review' }),
    fold: (r) => r,
  }),

  record_review: action({
    label: '登记法制审核意见',
    permission: 'cases.review',
    input: {
      reviewedOn: dateField('审核日期'),
      passed: z.boolean().describe('审核通过'),
      opinion: textField('审核意见'),
    },
    dates: (a) => [a.reviewedOn],
    precheck: (_state, facts) =>
      facts.reviewPassed ? refuse('REVIEW_NOT_REQUIRED', '本案法制审核已通过') : null,
    apply(_state, _facts, a) {
      if (a.opinion.trim() === '') return refuse('REVIEW_OPINION_REQUIRED', '法制审核须出具书面审核意见');
      return { next: 'legal_review' };
    },
    fold: (r, a) => ({
      ...r,
      reviewPassed: a.passed,
      reviewOpinions: [
        ...r.reviewOpinions,
        { reviewedOn: a.reviewedOn, passed: a.passed, opinion: a.opinion },
      ],
    }),
  }),
};

export const PENALTY_AFTER_REVIEW_ACTIONS = {
  return_for_investigation: action({
    label: '退回补充调查',
    permission: 'cases.handle',
    input: { on: dateField('日期') },
    dates: (a) => [a.on],
    apply: () => ({ next: 'investigating' }),
    // A new investigation makes a new report, and the review starts again on it.
    fold: (r) => ({ ...r, investigationClosedOn: null, reviewPassed: false }),
  }),

  hold_collective_discussion: action({
    label: '集体讨论',
    permission: 'cases.approve',
    input: { heldOn: dateField('讨论日期') },
    dates: (a) => [a.heldOn],
    precheck: (state, facts) => (state === 'legal_review' ? checkReviewGate(facts) : null),
    apply: () => ({ next: 'collective_discussion' }),
    fold: (r, a) => ({ ...r, collectiveDiscussionHeldOn: a.heldOn }),
  }),
};

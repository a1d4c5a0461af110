// C2 the party's rights before a 行政处罚 decision (行政处罚法第四十四条、第六十二条至第六十五条): the notice
// of the proposed penalty, the party's statement or waiver, and the hearing — requested within 5 working
// days where Art. 63 gives the right, noticed 7 days ahead, held by someone who did not investigate.
import { z } from 'zod';
import { earliestHearingDate, hearingRequestDeadline, parseDate } from '../../deadlines.ts';
import type { Refusal } from '../../machine.ts';
import { actionsOf } from '../builder.ts';
import { dateField } from '../fields.ts';
import { uncovered } from '../guards.ts';
import { checkHearingRequest, checkPenaltyShape, checkReviewGate, refuse } from './guards.ts';
import { penaltyInput, type PenaltyFacts, type PenaltyRecord, type PenaltyState } from './model.ts';

const action = actionsOf<PenaltyState, PenaltyRecord>();

function notBeforeHearing(facts: PenaltyFacts, date: string): Refusal | null {
  if (facts.hearingOn === null || date >= facts.hearingOn) return null;
  return refuse('HEARING_BEFORE_SCHEDULED_DATE', `听证定于 ${facts.hearingOn} 举行，不得提前`);
}

export const PENALTY_RIGHTS_ACTIONS = {
  notify: action({
    label: '事先告知',
    permission: 'cases.handle',
    input: { servedOn: dateField('告知书送达日期'), penalty: penaltyInput },
    // Whether the notice offers a hearing, by the body's 较大数额 figures in force when it is served (Art. 63).
    serverInput: { hearingOffered: z.boolean() },
    dates: (a) => [a.servedOn],
    precheck: (state, facts) => (state === 'legal_review' ? checkReviewGate(facts) : null),
    apply(_state, facts, a) {
      if (a.penalty.kinds.length === 0)
        return refuse('NOTICE_PENALTY_EMPTY', '事先告知须载明拟作出的行政处罚');
      return (
        checkPenaltyShape(a.penalty) ?? {
          next: 'notified',
          opened: [hearingRequestDeadline(facts.calendar, a.servedOn)],
        }
      );
    },
    // A renewed notice (heavier penalty) reopens the party's rights.
    fold: (r, a) => ({
      ...r,
      noticeServedOn: a.servedOn,
      proposedPenalty: a.penalty,
      statementOn: null,
      waivedOn: null,
      hearingRequestedOn: null,
      hearingNoticeServedOn: null,
      hearingOn: null,
      hearingHostId: null,
      hearingHeldOn: null,
      hearingWithdrawnOn: null,
      hearingOffered: a.hearingOffered ?? null,
    }),
  }),

  submit_statement: action({
    label: '记录陈述申辩',
    permission: 'cases.handle',
    input: { on: dateField('日期') },
    dates: (a) => [a.on],
    apply: () => ({ next: 'statement' }),
    fold: (r, a) => ({ ...r, statementOn: a.on }),
  }),

  waive_rights: action({
    label: '放弃陈述申辩和听证',
    permission: 'cases.handle',
    input: { on: dateField('日期') },
    dates: (a) => [a.on],
    apply: () => ({ next: 'waived', closed: ['hearing_request'] }),
    fold: (r, a) => ({ ...r, waivedOn: a.on }),
  }),

  request_hearing: action({
    label: '申请听证',
    permission: 'cases.handle',
    input: { requestedOn: dateField('申请日期') },
    dates: (a) => [a.requestedOn],
    precheck: (_state, facts, date) => checkHearingRequest(facts, date),
    apply: (_state, facts, a) =>
      checkHearingRequest(facts, a.requestedOn) ?? { next: 'hearing_requested', closed: ['hearing_request'] },
    fold: (r, a) => ({ ...r, hearingRequestedOn: a.requestedOn }),
  }),

  schedule_hearing: action({
    label: '通知听证',
    permission: 'cases.handle',
    input: {
      noticeServedOn: dateField('听证通知送达日期'),
      hearingOn: dateField('听证日期'),
      hostId: z.uuid('听证主持人无效').describe('听证主持人'),
    },
    dates: (a) => [a.noticeServedOn], // the hearing itself lies ahead
    apply(_state, facts, a) {
      parseDate(a.hearingOn, 'hearingOn');
      if (facts.officers.some((o) => o.id === a.hostId)) {
        return refuse('HEARING_HOST_IS_INVESTIGATOR', '听证主持人不得由本案调查人员担任');
      }
      const earliestDeadline = earliestHearingDate(facts.calendar, a.noticeServedOn);
      const earliest = earliestDeadline.due;
      // Provisional: the earliest day may lie later than the lower bound, so only an earlier day is sure.
      if (earliestDeadline.provisional && a.hearingOn >= earliest) return uncovered(refuse, earliestDeadline);
      if (a.hearingOn < earliest) {
        return refuse(
          'HEARING_NOTICE_TOO_LATE',
          `听证通知须在举行听证的七日前送达：${a.noticeServedOn} 送达通知的，听证最早于 ${earliest} 举行`,
        );
      }
      return { next: 'hearing_scheduled' };
    },
    fold: (r, a) => ({
      ...r,
      hearingNoticeServedOn: a.noticeServedOn,
      hearingOn: a.hearingOn,
      hearingHostId: a.hostId,
    }),
  }),

  hold_hearing: action({
    label: '举行听证',
    permission: 'cases.handle',
    input: { heldOn: dateField('听证日期') },
    dates: (a) => [a.heldOn],
    precheck: (_state, facts, date) => notBeforeHearing(facts, date),
    apply: (_state, facts, a) => notBeforeHearing(facts, a.heldOn) ?? { next: 'hearing_held' },
    fold: (r, a) => ({ ...r, hearingHeldOn: a.heldOn }),
  }),

  withdraw_hearing: action({
    label: '放弃听证',
    permission: 'cases.handle',
    input: { on: dateField('日期') },
    dates: (a) => [a.on],
    apply: () => ({ next: 'waived' }),
    fold: (r, a) => ({ ...r, hearingWithdrawnOn: a.on }),
  }),
};

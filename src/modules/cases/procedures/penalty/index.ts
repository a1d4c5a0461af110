// C1–C2 the 行政处罚 procedure as a `ProcedureMachine`: the general procedure (立案 → 调查取证 → 法制审核 →
// 集体讨论 → 事先告知 → 陈述申辩/听证 → 决定 → 送达 → 执行 → 结案 → 归档), the 简易程序 decision on the spot,
// and the endings. The vocabulary is in model.ts, the guards several steps share in guards.ts, each
// action in the actions-*.ts file of its phase; this file is the table of what each state offers.
import type { ProcedureMachine } from '../../machine.ts';
import { buildMachine, type ActionOf } from '../builder.ts';
import { refuse } from './guards.ts';
import { PENALTY_DECISION_ACTIONS } from './actions-decision.ts';
import { PENALTY_FILING_ACTIONS } from './actions-filing.ts';
import { PENALTY_PERIOD_ACTIONS } from './actions-period.ts';
import { PENALTY_AFTER_REVIEW_ACTIONS, PENALTY_REVIEW_ACTIONS } from './actions-review.ts';
import { PENALTY_RIGHTS_ACTIONS } from './actions-rights.ts';
import {
  PENALTY_STATES,
  PENALTY_STATE_LABELS,
  emptyPenaltyRecord,
  type PenaltyRecord,
  type PenaltyState,
} from './model.ts';

// In the order the workbench lists them.
const PENALTY_ACTIONS = {
  ...PENALTY_FILING_ACTIONS,
  ...PENALTY_REVIEW_ACTIONS,
  ...PENALTY_PERIOD_ACTIONS,
  ...PENALTY_AFTER_REVIEW_ACTIONS,
  ...PENALTY_RIGHTS_ACTIONS,
  ...PENALTY_DECISION_ACTIONS,
};
export type PenaltyAction = ActionOf<typeof PENALTY_ACTIONS>;
export type PenaltyActionType = PenaltyAction['type'];

/** Which actions each state offers before guards; the order is the order the UI shows them. */
export const ACTIONS_FROM: Readonly<Record<PenaltyState, readonly PenaltyActionType[]>> = {
  // 确定执法事项 is offered until the investigation ends (the item may be corrected as the facts emerge);
  // while no item is named, 立案 and 当场处罚 are hidden by their guard and it is the first step.
  lead: ['file', 'decide_simple', 'set_item', 'decline_filing'],
  filed: [
    'start_investigation',
    'preserve_evidence',
    'decide_preservation',
    'extend_decision_period',
    'record_pause',
    'set_item',
    'revoke',
  ],
  investigating: [
    'close_investigation',
    'preserve_evidence',
    'decide_preservation',
    'extend_decision_period',
    'record_pause',
    'set_item',
    'revoke',
  ],
  investigation_closed: [
    'submit_review',
    'hold_collective_discussion',
    'notify',
    'decide_no_penalty',
    'extend_decision_period',
    'record_pause',
    'revoke',
  ],
  legal_review: [
    'record_review',
    'hold_collective_discussion',
    'notify',
    'decide',
    'decide_no_penalty',
    'return_for_investigation',
    'extend_decision_period',
    'record_pause',
    'revoke',
  ],
  collective_discussion: [
    'notify',
    'decide',
    'decide_no_penalty',
    'submit_review',
    'extend_decision_period',
    'record_pause',
    'revoke',
  ],
  notified: [
    'submit_statement',
    'request_hearing',
    'waive_rights',
    'decide',
    'extend_decision_period',
    'record_pause',
    'revoke',
  ],
  statement: [
    'request_hearing',
    'submit_review',
    'hold_collective_discussion',
    'decide',
    'decide_no_penalty',
    'notify',
    'extend_decision_period',
    'record_pause',
    'revoke',
  ],
  hearing_requested: [
    'schedule_hearing',
    'withdraw_hearing',
    'extend_decision_period',
    'record_pause',
    'revoke',
  ],
  hearing_scheduled: ['hold_hearing', 'withdraw_hearing', 'extend_decision_period', 'record_pause', 'revoke'],
  hearing_held: [
    'submit_review',
    'hold_collective_discussion',
    'decide',
    'decide_no_penalty',
    'notify',
    'extend_decision_period',
    'record_pause',
    'revoke',
  ],
  waived: [
    'submit_review',
    'hold_collective_discussion',
    'decide',
    'decide_no_penalty',
    'notify',
    'extend_decision_period',
    'record_pause',
    'revoke',
  ],
  decided: ['serve'],
  served: ['record_payment', 'begin_execution', 'close'],
  executing: ['record_payment', 'complete_execution'],
  paid: ['close'],
  closed: ['archive'],
  archived: [],
  not_filed: ['archive'],
  no_penalty: ['archive'],
  revoked: ['archive'],
};

export const penaltyMachine: ProcedureMachine<PenaltyState, PenaltyAction, PenaltyRecord> = buildMachine({
  kind: 'penalty',
  states: PENALTY_STATES,
  stateLabels: PENALTY_STATE_LABELS,
  initial: 'lead',
  finished: ['closed', 'archived', 'not_filed', 'no_penalty', 'revoked'],
  emptyRecord: emptyPenaltyRecord,
  actions: PENALTY_ACTIONS,
  actionsFrom: ACTIONS_FROM,
  refuse,
});

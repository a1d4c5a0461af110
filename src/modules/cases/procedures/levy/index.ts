// C1 a generic 行政征收 procedure (a levy assessed and collected by the health commission) as a
// `ProcedureMachine`: 核定 (amount in fen, legal basis) → 征收决定书 served, with the payment period it sets
// (default 30 days) → payments, partial ones accumulating → once overdue, 催告 → after the 催告书's 10
// days, and once the period for 行政诉讼 has run out, application to the people's court for enforcement
// within 3 months (《中华人民共和国行政强制法》第五十三条、第五十四条; 10 days are working days, 第六十九条;
// the 6-month litigation period, 《中华人民共和国行政诉讼法》第四十六条第一款). Late-payment surcharges
// (滞纳金) exist only where a specific law provides them (行政强制法第四十五条) and are not modelled.
import type { ProcedureMachine } from '../../machine.ts';
import { buildMachine, type ActionOf } from '../builder.ts';
import { LEVY_ACTIONS } from './actions.ts';
import {
  LEVY_STATES,
  LEVY_STATE_LABELS,
  emptyLevyRecord,
  refuse,
  type LevyRecord,
  type LevyState,
} from './model.ts';

export type LevyAction = ActionOf<typeof LEVY_ACTIONS>;
export type LevyActionType = LevyAction['type'];

export const ACTIONS_FROM: Readonly<Record<LevyState, readonly LevyActionType[]>> = {
  pending: ['assess', 'cancel'],
  assessed: ['serve_notice', 'cancel'],
  notice_served: ['record_payment', 'serve_demand', 'cancel'],
  demanded: ['record_payment', 'apply_court_enforcement', 'cancel'],
  enforcement_applied: ['record_payment', 'close'],
  paid: ['close'],
  closed: ['archive'],
  cancelled: ['archive'],
  archived: [],
};

export const levyMachine: ProcedureMachine<LevyState, LevyAction, LevyRecord> = buildMachine({
  kind: 'levy',
  states: LEVY_STATES,
  stateLabels: LEVY_STATE_LABELS,
  initial: 'pending',
  finished: ['closed', 'cancelled', 'archived'],
  emptyRecord: emptyLevyRecord,
  actions: LEVY_ACTIONS,
  actionsFrom: ACTIONS_FROM,
  refuse,
});

// C1 the 行政强制措施 procedure (查封、扣押) as a `ProcedureMachine`, 《中华人民共和国行政强制法》:
// Art. 17–18 (qualified officers, two of them, head's prior approval, certificates shown, party or
// witness present, party told and heard, 现场笔录), Art. 19 (urgent measures on the spot: report to the
// head within 24 hours and obtain approval, or release at once), Art. 24 (decision naming the items),
// Art. 25 (30 days, one approved extension of at most 30 days; 检测、检验、检疫、技术鉴定 periods excluded
// and told to the party), Art. 27 (disposal within the period), Art. 28 (release and return of items).
// Dates are `YYYY-MM-DD` legal dates.
import type { ProcedureMachine } from '../../machine.ts';
import { buildMachine, type ActionOf } from '../builder.ts';
import { COERCION_ENDING_ACTIONS } from './actions-ending.ts';
import { COERCION_MEASURE_ACTIONS } from './actions-measure.ts';
import {
  COERCION_STATES,
  COERCION_STATE_LABELS,
  emptyCoercionRecord,
  refuse,
  type CoercionRecord,
  type CoercionState,
} from './model.ts';

const COERCION_ACTIONS = { ...COERCION_MEASURE_ACTIONS, ...COERCION_ENDING_ACTIONS };
export type CoercionAction = ActionOf<typeof COERCION_ACTIONS>;
export type CoercionActionType = CoercionAction['type'];

export const ACTIONS_FROM: Readonly<Record<CoercionState, readonly CoercionActionType[]>> = {
  proposed: ['decide', 'decide_urgent', 'decline'],
  urgent_pending: ['approve_urgent', 'disapprove_urgent', 'release'],
  in_force: ['record_testing', 'extend', 'dispose', 'release'],
  extended: ['record_testing', 'extend', 'dispose', 'release'],
  released: ['return_items', 'close'],
  disposed: ['close'],
  closed: ['archive'],
  not_implemented: ['archive'],
  archived: [],
};

export const coercionMachine: ProcedureMachine<CoercionState, CoercionAction, CoercionRecord> = buildMachine({
  kind: 'coercion',
  states: COERCION_STATES,
  stateLabels: COERCION_STATE_LABELS,
  initial: 'proposed',
  finished: ['closed', 'not_implemented', 'archived'],
  emptyRecord: emptyCoercionRecord,
  actions: COERCION_ACTIONS,
  actionsFrom: ACTIONS_FROM,
  refuse,
});

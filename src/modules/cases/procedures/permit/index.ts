// C1 the 行政许可 procedure as a `ProcedureMachine`, 《中华人民共和国行政许可法》: Art. 32 (受理 / 不予受理
// with a dated written receipt; 补正 told once, in full, within 5 days, else the application counts as
// accepted on receipt), Art. 34 (on-site verification by two or more staff), Art. 38 (a refusal states its
// reasons and the right to 行政复议 / 行政诉讼), Art. 42 (decision within 20 days of acceptance, one
// extension of 10 days approved by the head, reasons told), Art. 44 (certificate served within 10 days of
// the decision), Art. 45 (听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审 time excluded and told in
// writing), Art. 82 (these periods are working days). Dates are `YYYY-MM-DD` legal dates.
import type { ProcedureMachine } from '../../machine.ts';
import { buildMachine, type ActionOf } from '../builder.ts';
import { PERMIT_DECISION_ACTIONS } from './actions-decision.ts';
import { PERMIT_INTAKE_ACTIONS } from './actions-intake.ts';
import {
  PERMIT_STATES,
  PERMIT_STATE_LABELS,
  emptyPermitRecord,
  refuse,
  type PermitRecord,
  type PermitState,
} from './model.ts';

const PERMIT_ACTIONS = { ...PERMIT_INTAKE_ACTIONS, ...PERMIT_DECISION_ACTIONS };
export type PermitAction = ActionOf<typeof PERMIT_ACTIONS>;
export type PermitActionType = PermitAction['type'];

export const ACTIONS_FROM: Readonly<Record<PermitState, readonly PermitActionType[]>> = {
  intake: ['receive'],
  applied: ['accept', 'require_correction', 'reject_application', 'withdraw'],
  awaiting_correction: ['accept', 'require_correction', 'reject_application', 'withdraw'],
  accepted: ['verify', 'record_pause', 'extend', 'grant', 'refuse_permit', 'withdraw'],
  verified: ['record_pause', 'extend', 'grant', 'refuse_permit', 'withdraw'],
  granted: ['serve_certificate'],
  refused: ['close'],
  certificate_served: ['close'],
  not_accepted: ['archive'],
  withdrawn: ['archive'],
  closed: ['archive'],
  archived: [],
};

export const permitMachine: ProcedureMachine<PermitState, PermitAction, PermitRecord> = buildMachine({
  kind: 'permit',
  states: PERMIT_STATES,
  stateLabels: PERMIT_STATE_LABELS,
  initial: 'intake',
  finished: ['closed', 'not_accepted', 'withdrawn', 'archived'],
  emptyRecord: emptyPermitRecord,
  actions: PERMIT_ACTIONS,
  actionsFrom: ACTIONS_FROM,
  refuse,
});

// C1 the 行政检查 procedure (卫生监督检查) as a `ProcedureMachine`: an on-site inspection by two
// officers holding valid certificates, who show them and make a 现场笔录 (《中华人民共和国行政处罚法》
// 第四十二条、第五十五条); a compliant result, or a 卫生监督意见书 / 责令改正通知书 ordering correction by a
// date the officer sets (第二十八条第一款); a 复查 on or after that date (a correction may be confirmed
// earlier); if not corrected — or straight after the inspection where the violation calls for it — transfer
// to a 行政处罚 case (the service creates it; its id is kept here).
import type { ProcedureMachine } from '../../machine.ts';
import { buildMachine, type ActionOf } from '../builder.ts';
import { INSPECTION_ACTIONS } from './actions.ts';
import {
  INSPECTION_STATES,
  INSPECTION_STATE_LABELS,
  emptyInspectionRecord,
  refuse,
  type InspectionRecord,
  type InspectionState,
} from './model.ts';

export type InspectionAction = ActionOf<typeof INSPECTION_ACTIONS>;
export type InspectionActionType = InspectionAction['type'];

export const ACTIONS_FROM: Readonly<Record<InspectionState, readonly InspectionActionType[]>> = {
  planned: ['inspect', 'cancel'],
  inspected: ['record_compliant', 'order_correction', 'transfer_to_case'],
  compliant: ['close'],
  correction_ordered: ['reinspect'],
  corrected: ['close'],
  not_corrected: ['transfer_to_case'],
  transferred: ['close'],
  closed: ['archive'],
  cancelled: ['archive'],
  archived: [],
};

export const inspectionMachine: ProcedureMachine<InspectionState, InspectionAction, InspectionRecord> =
  buildMachine({
    kind: 'inspection',
    states: INSPECTION_STATES,
    stateLabels: INSPECTION_STATE_LABELS,
    initial: 'planned',
    finished: ['closed', 'cancelled', 'archived'],
    emptyRecord: emptyInspectionRecord,
    actions: INSPECTION_ACTIONS,
    actionsFrom: ACTIONS_FROM,
    refuse,
  });

// C1 how a 查封、扣押 ends (行政强制法第二十七条、第二十八条): released with the items returned, or the items
// confiscated or destroyed by a decision within the period; or the measure not taken at all.
import { z } from 'zod';
import { actionsOf } from '../builder.ts';
import { dateField, textField } from '../fields.ts';
import { blank, refuseIfAfter } from '../guards.ts';
import {
  ALL_KEYS,
  RELEASE_GROUNDS,
  currentSeizure,
  refuse,
  type CoercionRecord,
  type CoercionState,
} from './model.ts';

const action = actionsOf<CoercionState, CoercionRecord>();

export const COERCION_ENDING_ACTIONS = {
  release: action({
    label: '解除查封、扣押',
    permission: 'cases.handle',
    input: {
      releasedOn: dateField('解除日期'),
      ground: z.enum(RELEASE_GROUNDS),
      reason: textField('理由'),
      returnedOn: dateField('退还日期').nullable(),
    },
    dates: (a) => (a.returnedOn === null ? [a.releasedOn] : [a.releasedOn, a.returnedOn]),
    apply(_state, _f, a) {
      if (blank(a.reason))
        return refuse('RELEASE_REASON_MISSING', '解除查封、扣押须写明理由（第二十八条第一款所列情形）');
      if (a.returnedOn !== null && a.returnedOn < a.releasedOn)
        return refuse('DATE_ORDER', '退还日期不得早于解除日期');
      return { next: 'released', closed: ALL_KEYS };
    },
    fold: (r, a) => ({
      ...r,
      releasedOn: a.releasedOn,
      releaseGround: a.ground,
      releaseReason: a.reason,
      returnedOn: a.returnedOn,
    }),
  }),

  return_items: action({
    label: '退还财物/启封',
    permission: 'cases.handle',
    input: { returnedOn: dateField('退还日期') },
    dates: (a) => [a.returnedOn],
    precheck: (_state, f) =>
      f.returnedOn === null ? null : refuse('ITEMS_ALREADY_RETURNED', `财物已于 ${f.returnedOn} 退还`),
    apply(_state, f, a) {
      if (f.releasedOn !== null && a.returnedOn < f.releasedOn)
        return refuse('DATE_ORDER', '退还日期不得早于解除日期');
      return { next: 'released' };
    },
    fold: (r, a) => ({ ...r, returnedOn: a.returnedOn }),
  }),

  dispose: action({
    label: '依法没收或销毁',
    permission: 'cases.approve',
    input: {
      decidedOn: dateField('处理决定日期'),
      disposal: z.enum(['confiscate', 'destroy']),
      penaltyDecisionRef: textField('处理决定文号', 100),
    },
    dates: (a) => [a.decidedOn],
    precheck: (_state, f, date) =>
      refuseIfAfter(refuse, currentSeizure(f), date, (due) =>
        refuse('SEIZURE_EXPIRED', `查封、扣押期限已于 ${due} 届满，应当解除查封、扣押`),
      ),
    apply(_state, _f, a) {
      if (blank(a.penaltyDecisionRef))
        return refuse('DISPOSAL_BASIS_MISSING', '没收或者销毁须依据已作出的处理（处罚）决定，请填写决定文号');
      return { next: 'disposed', closed: ALL_KEYS };
    },
    fold: (r, a) => ({
      ...r,
      disposedOn: a.decidedOn,
      disposal: a.disposal,
      penaltyDecisionRef: a.penaltyDecisionRef,
    }),
  }),

  decline: action({
    label: '不予实施',
    permission: 'cases.approve',
    input: { on: dateField('日期'), reason: textField('理由') },
    dates: (a) => [a.on],
    apply(_state, _f, a) {
      if (blank(a.reason)) return refuse('DECLINE_REASON_MISSING', '不予实施须写明理由');
      return { next: 'not_implemented' };
    },
    fold: (r, a) => ({ ...r, declinedReason: a.reason }),
  }),

  close: action({
    label: '结案',
    permission: 'cases.handle',
    input: { on: dateField('结案日期') },
    dates: (a) => [a.on],
    precheck(state, f) {
      if (state === 'released' && f.returnedOn === null)
        return refuse('ITEMS_NOT_RETURNED', '解除查封、扣押应当立即退还财物（启封），退还后方可结案');
      return null;
    },
    apply: () => ({ next: 'closed' }),
    fold: (r, a) => ({ ...r, closedOn: a.on }),
  }),

  archive: action({
    label: '归档',
    permission: 'cases.archive',
    input: { on: dateField('归档日期') },
    dates: (a) => [a.on],
    apply: () => ({ next: 'archived' }),
    fold: (r, a) => ({ ...r, archivedOn: a.on }),
  }),
};

// Fixtures of the 行政强制措施 (查封、扣押) machine's tests (imported by coercion/*.test.ts only). Dates
// around 国庆 2026 (10-01…10-07 off, 10-10 Saturday a make-up working day); expected values worked out by
// hand.
import type { BaseFacts } from '../../machine.ts';
import { baseFacts, type CodeShare } from '../testkit.ts';
import type { CoercionAction, CoercionActionType } from './index.ts';
import { emptyCoercionRecord, type CoercionRecord } from './model.ts';

type F = BaseFacts & CoercionRecord;
export const TODAY = '2026-12-01';
export const facts = (over: Partial<F> = {}): F => ({
  ...baseFacts('compulsory'),
  ...emptyCoercionRecord(),
  ...over,
});
export const ITEMS = [{ name: '一次性使用无菌注射器', quantity: 200, unit: '支' }];
/** Seized on Monday 2026-08-03: 30 days → Wednesday 09-02. */
export const inForce = (over: Partial<F> = {}): F =>
  facts({
    measure: 'seize',
    items: ITEMS,
    reason: '涉嫌使用不合格医疗器械',
    basis: '《医疗器械监督管理条例》',
    decidedOn: '2026-08-03',
    approvedBy: '王局长',
    approvedOn: '2026-08-03',
    ...over,
  });
const onSite = {
  measure: 'seize',
  items: ITEMS,
  reason: '涉嫌使用不合格医疗器械',
  basis: '《医疗器械监督管理条例》',
  certificatesShown: true,
  partyPresent: true,
  witness: null,
  partyInformed: true,
  onSiteRecord: true,
} as const;
export const decide = (over: Partial<Extract<CoercionAction, { type: 'decide' }>> = {}): CoercionAction => ({
  type: 'decide',
  decidedOn: '2026-08-03',
  approvedBy: '王局长',
  ...onSite,
  items: ITEMS,
  ...over,
});
export const extend = (
  decidedOn: string,
  days = 30,
  over: Partial<Extract<CoercionAction, { type: 'extend' }>> = {},
): CoercionAction => ({
  type: 'extend',
  decidedOn,
  days,
  approvedBy: '王局长',
  reason: '检验结果尚未出具，情况复杂',
  notifiedOn: decidedOn,
  ...over,
});

export const SAMPLE: Record<CoercionActionType, CoercionAction> = {
  decide: decide(),
  decide_urgent: { type: 'decide_urgent', implementedOn: '2026-08-03', ...onSite, items: ITEMS },
  approve_urgent: {
    type: 'approve_urgent',
    approvedOn: '2026-08-05',
    reportedOn: '2026-08-04',
    approvedBy: '王局长',
  },
  disapprove_urgent: {
    type: 'disapprove_urgent',
    on: '2026-08-04',
    approvedBy: '王局长',
    reason: '不属于应当扣押的情形',
  },
  extend: extend('2026-08-20'),
  record_testing: {
    type: 'record_testing',
    kind: 'inspection',
    from: '2026-08-10',
    to: '2026-08-14',
    notifiedOn: '2026-08-10',
  },
  release: {
    type: 'release',
    releasedOn: '2026-08-20',
    ground: 'no_violation',
    reason: '检验合格，当事人没有违法行为',
    returnedOn: '2026-08-20',
  },
  return_items: { type: 'return_items', returnedOn: '2026-08-21' },
  dispose: {
    type: 'dispose',
    decidedOn: '2026-08-20',
    disposal: 'confiscate',
    penaltyDecisionRef: '某卫罚〔2026〕12号',
  },
  decline: { type: 'decline', on: '2026-08-03', reason: '证据不足' },
  close: { type: 'close', on: '2026-08-25' },
  archive: { type: 'archive', on: '2026-08-30' },
};

/** Which file exercises which refusal codes. */
export const CODE_SHARE: CodeShare = {
  measure: [
    'APPROVAL_MISSING',
    'CERTIFICATE_NOT_SHOWN',
    'DATE_ORDER',
    'DECISION_REASON_MISSING',
    'DECLINE_REASON_MISSING',
    'ITEMS_EMPTY',
    'NOT_ALLOWED_IN_STATE',
    'OFFICERS_INSUFFICIENT',
    'ON_SITE_RECORD_MISSING',
    'PARTY_NOT_INFORMED',
    'PARTY_OR_WITNESS_MISSING',
    'RELEASE_REASON_MISSING',
    'SEIZURE_EXPIRED',
    'URGENT_APPROVAL_MISSING',
    'URGENT_REPORT_LATE',
  ],
  period: [
    'CALENDAR_NOT_COVERED',
    'DATE_INVALID',
    'DATE_IN_FUTURE',
    'DATE_ORDER',
    'DISPOSAL_BASIS_MISSING',
    'EXTENSION_AFTER_EXPIRY',
    'EXTENSION_ALREADY_USED',
    'EXTENSION_APPROVAL_MISSING',
    'EXTENSION_REASON_MISSING',
    'EXTENSION_TOO_LONG',
    'ITEMS_ALREADY_RETURNED',
    'ITEMS_NOT_RETURNED',
    'RELEASE_REASON_MISSING',
    'SEIZURE_EXPIRED',
    'TESTING_AFTER_EXPIRY',
    'TESTING_NOT_NOTIFIED',
  ],
};

// Fixtures of the 行政许可 machine's tests (imported by permit/*.test.ts only). Working days per
// 行政许可法第八十二条; dates around 国庆 2026 (10-01…10-07 off, 10-10 Saturday a make-up working day; 09-25
// 中秋 off). Expected values worked out by hand.
import type { BaseFacts } from '../../machine.ts';
import { baseFacts, type CodeShare } from '../testkit.ts';
import type { PermitAction, PermitActionType } from './index.ts';
import { emptyPermitRecord, type PermitRecord } from './model.ts';

type F = BaseFacts & PermitRecord;
export const TODAY = '2026-12-01';
export const facts = (over: Partial<F> = {}): F => ({
  ...baseFacts('licensing'),
  ...emptyPermitRecord(),
  ...over,
});
/** Received Monday 2026-08-03 (补正 notice due 08-10). */
export const applied = (over: Partial<F> = {}): F =>
  facts({ applicant: '某医疗美容诊所', matter: '医疗机构执业登记', appliedOn: '2026-08-03', ...over });
/** Accepted 08-05: decision due 09-02 (20 working days), 09-16 when extended. */
export const accepted = (over: Partial<F> = {}): F => applied({ acceptedOn: '2026-08-05', ...over });
export const EXTENDED = {
  decidedOn: '2026-08-20',
  approvedBy: '王局长',
  reason: '需补充现场评审',
  notifiedOn: '2026-08-20',
};
export const grant = (decidedOn: string, lateReason: string | null = null): PermitAction => ({
  type: 'grant',
  decidedOn,
  certificateNo: '医证字〔2026〕001号',
  lateReason,
});
export const refusePermit = (
  over: Partial<Extract<PermitAction, { type: 'refuse_permit' }>> = {},
): PermitAction => ({
  type: 'refuse_permit',
  decidedOn: '2026-08-20',
  reason: '选址不符合设置规划',
  remediesNotified: true,
  lateReason: null,
  ...over,
});
export const pause = (from: string, to: string, notifiedOn: string | null = from): PermitAction => ({
  type: 'record_pause',
  kind: 'expert_review',
  from,
  to,
  notifiedOn,
});
export const extend = (
  decidedOn: string,
  over: Partial<Extract<PermitAction, { type: 'extend' }>> = {},
): PermitAction => ({
  type: 'extend',
  decidedOn,
  approvedBy: '王局长',
  reason: '需补充现场评审',
  notifiedOn: decidedOn,
  ...over,
});

export const SAMPLE: Record<PermitActionType, PermitAction> = {
  receive: {
    type: 'receive',
    receivedOn: '2026-08-03',
    applicant: '某医疗美容诊所',
    matter: '医疗机构执业登记',
  },
  require_correction: {
    type: 'require_correction',
    notifiedOn: '2026-08-04',
    items: '缺少房屋产权证明；平面布局图未盖章',
  },
  accept: { type: 'accept', acceptedOn: '2026-08-05', receiptIssued: true },
  reject_application: {
    type: 'reject_application',
    on: '2026-08-04',
    reason: '不属于本机关职权范围，请向市卫生健康委申请',
    receiptIssued: true,
  },
  verify: { type: 'verify', verifiedOn: '2026-08-10', findings: '现场与申请材料一致' },
  record_pause: pause('2026-08-10', '2026-08-14'),
  extend: extend('2026-08-20'),
  grant: grant('2026-08-20'),
  refuse_permit: refusePermit(),
  serve_certificate: {
    type: 'serve_certificate',
    servedOn: '2026-08-24',
    method: 'in_person',
    lateReason: null,
  },
  withdraw: { type: 'withdraw', on: '2026-08-06' },
  close: { type: 'close', on: '2026-08-25' },
  archive: { type: 'archive', on: '2026-08-30' },
};

/** Which file exercises which refusal codes. */
export const CODE_SHARE: CodeShare = {
  intake: [
    'APPLICATION_INCOMPLETE',
    'CORRECTION_ITEMS_MISSING',
    'CORRECTION_NOTICE_LATE',
    'DATE_ORDER',
    'NOT_ACCEPTED_REASON_MISSING',
    'NOT_ALLOWED_IN_STATE',
    'RECEIPT_MISSING',
    'SECOND_CORRECTION_NOTICE',
  ],
  decision: [
    'CALENDAR_NOT_COVERED',
    'CERTIFICATE_NO_MISSING',
    'CORRECTION_NOTICE_LATE',
    'DATE_INVALID',
    'DATE_IN_FUTURE',
    'DATE_ORDER',
    'DECISION_OVERDUE',
    'EXTENSION_AFTER_EXPIRY',
    'EXTENSION_ALREADY_USED',
    'EXTENSION_APPROVAL_MISSING',
    'EXTENSION_REASON_MISSING',
    'FINDINGS_REQUIRED',
    'OFFICERS_INSUFFICIENT',
    'PAUSE_AFTER_EXPIRY',
    'PAUSE_NOT_NOTIFIED',
    'REFUSAL_REASON_MISSING',
    'REMEDIES_NOT_NOTIFIED',
    'SERVICE_OVERDUE',
  ],
};

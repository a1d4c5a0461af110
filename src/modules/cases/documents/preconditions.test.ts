import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/http/errors.ts';
import { documentRefusals, refuseNotAllowed } from './preconditions.ts';
import { decidedSnapshot, penaltySnapshot } from './test-fixture.ts';
import { FULL_INPUTS } from './test-helpers.ts';
import { hearingNoticeTemplate } from './templates/notices.ts';
import { paymentReminder } from './templates/execution.ts';
import { seizureDecisionV2 } from './templates/measures.ts';

const REMINDER = FULL_INPUTS.payment_reminder!;
const SEIZURE = FULL_INPUTS.seizure_decision!;
const reasons = (...args: Parameters<typeof documentRefusals>) =>
  documentRefusals(...args).map((r) => r.reason);

describe('催告书: only once the payment period has run out unpaid (处罚法第七十二条, 强制法第三十五条)', () => {
  // decidedSnapshot: a 30000 元 fine served 2026-03-21, payment due 2026-04-07.
  const overdue = decidedSnapshot({ today: '2026-04-08' });

  it('is allowed the day after the period ends, with a future deadline', () => {
    expect(documentRefusals(paymentReminder, REMINDER, overdue)).toEqual([]);
  });

  it('is refused on the last day of the period and before it', () => {
    for (const today of ['2026-04-07', '2026-03-22'])
      expect(
        reasons(paymentReminder, { ...REMINDER, deadline: '2026-05-30' }, decidedSnapshot({ today })),
      ).toEqual(['缴款期限至2026年4月7日，尚未届满，不能催告']);
  });

  it('is refused on a case paid in full, and on a decision without a fine', () => {
    const paid = decidedSnapshot({
      today: '2026-04-08',
      record: { ...overdue.record, payments: [{ amountFen: 3_000_000, paidOn: '2026-04-01' }] },
    });
    expect(reasons(paymentReminder, REMINDER, paid)).toEqual([
      '本案没有未缴的罚款（已缴清或决定未处罚款），无须催告',
    ]);
    const warning = decidedSnapshot({
      today: '2026-04-08',
      decidedPenalty: { kinds: ['warning'], labels: ['警告'], fineFen: null },
    });
    expect(reasons(paymentReminder, REMINDER, warning)).toEqual([
      '本案没有未缴的罚款（已缴清或决定未处罚款），无须催告',
    ]);
  });

  it('is allowed after a part payment', () => {
    const part = decidedSnapshot({
      today: '2026-04-08',
      record: { ...overdue.record, payments: [{ amountFen: 1_000_000, paidOn: '2026-04-01' }] },
    });
    expect(documentRefusals(paymentReminder, REMINDER, part)).toEqual([]);
  });

  it('is refused before the decision was served (no period yet)', () => {
    expect(
      reasons(paymentReminder, REMINDER, decidedSnapshot({ today: '2026-04-08', deadlines: {} })),
    ).toEqual(['缴款期限尚未起算（处罚决定书尚未送达），不能催告']);
  });

  it('refuses a 履行期限 already past, and the HTTP error names the rule and the article', () => {
    expect(reasons(paymentReminder, { ...REMINDER, deadline: '2026-04-07' }, overdue)).toEqual([
      '“履行期限”（2026年4月7日）已经过去，文书不能载明已届满的日期',
    ]);
    // Today itself is not past.
    expect(documentRefusals(paymentReminder, { ...REMINDER, deadline: '2026-04-08' }, overdue)).toEqual([]);
    let thrown: unknown;
    try {
      refuseNotAllowed(paymentReminder, { ...REMINDER, deadline: '2026-01-01' }, overdue);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect({ status: (thrown as AppError).status, details: (thrown as AppError).details }).toEqual({
      status: 422,
      details: {
        rule: 'DOCUMENT_NOT_ALLOWED',
        citation: paymentReminder.basis,
        reasons: ['“履行期限”（2026年1月1日）已经过去，文书不能载明已届满的日期'],
      },
    });
  });
});

describe('查封扣押决定书: only in a 行政强制 case, for 查封 or 扣押 (强制法第九条、第十八条)', () => {
  const coercion = (today = '2026-01-16') => {
    const s = penaltySnapshot({ today });
    return { ...s, case: { ...s.case, kind: 'coercion' as const } };
  };

  it('is allowed in a coercion case', () => {
    expect(documentRefusals(seizureDecisionV2, SEIZURE, coercion())).toEqual([]);
  });

  it('is refused in a penalty case (no measure)', () => {
    expect(reasons(seizureDecisionV2, SEIZURE, penaltySnapshot({ today: '2026-01-16' }))).toEqual([
      '本案未实施行政强制措施：查封、扣押须按行政强制程序办理（另立行政强制案件）',
    ]);
  });

  it('refuses another measure, a period ending before it starts, and an end already past', () => {
    expect(reasons(seizureDecisionV2, { ...SEIZURE, measure: '没收' }, coercion())).toEqual([
      '强制措施须为“查封”或者“扣押”',
    ]);
    expect(
      reasons(seizureDecisionV2, { ...SEIZURE, from: '2026-01-16', to: '2026-01-15' }, coercion()),
    ).toEqual(['期限止早于期限起', '“期限止”（2026年1月15日）已经过去，文书不能载明已届满的日期']);
  });
});

describe('听证通知书: the hearing date lies ahead', () => {
  it('refuses a hearing date already past, allows one ahead', () => {
    const s = penaltySnapshot({ today: '2026-03-06' });
    const inputs = FULL_INPUTS.hearing_notice!;
    expect(documentRefusals(hearingNoticeTemplate, inputs, s)).toEqual([]);
    expect(reasons(hearingNoticeTemplate, { ...inputs, hearingDate: '2026-03-05' }, s)).toEqual([
      '“听证日期”（2026年3月5日）已经过去，文书不能载明已届满的日期',
    ]);
  });
});

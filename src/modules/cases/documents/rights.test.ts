// C5 the rights notices (陈述、申辩, 听证, 回避, 复议, 诉讼, payment) and when the hearing right applies.
import { describe, expect, it } from 'vitest';
import {
  REVIEW_LAW_1999,
  hearingEligible,
  hearingFineThresholdFen,
  hearingNotice,
  litigationNotice,
  paymentNotice,
  recusalNotice,
  reviewNotice,
  statementNotice,
} from './rights.ts';
import { WARNING_AND_FINE, WARNING_ONLY, decidedSnapshot, penaltySnapshot } from './test-fixture.ts';

describe('hearingEligible', () => {
  const fine = (fineFen: number) => ({ kinds: ['fine'], labels: ['罚款'], fineFen });

  it('follows Art. 63 kinds', () => {
    for (const kind of [
      'revoke_licence',
      'lower_qualification',
      'order_suspension',
      'order_closure',
      'restrict_employment',
      'confiscate_income',
      'confiscate_property',
    ]) {
      expect(hearingEligible({ kinds: [kind], fineFen: null }, 'organisation')).toBe(true);
    }
    expect(hearingEligible(WARNING_ONLY, 'person')).toBe(false);
    expect(hearingEligible({ kinds: ['criticism'], fineFen: null }, 'person')).toBe(false);
    expect(hearingEligible(null, 'person')).toBe(false);
  });

  it('compares a fine with the threshold of the party type', () => {
    expect(hearingEligible(fine(hearingFineThresholdFen.organisation), 'organisation')).toBe(true);
    expect(hearingEligible(fine(hearingFineThresholdFen.organisation - 1), 'organisation')).toBe(false);
    expect(hearingEligible(fine(hearingFineThresholdFen.person), 'person')).toBe(true);
    expect(hearingEligible(fine(hearingFineThresholdFen.person - 1), 'person')).toBe(false);
    expect(hearingEligible(WARNING_AND_FINE, 'organisation')).toBe(true);
    expect(
      hearingEligible(fine(5_000_000), 'organisation', { person: 1_000_000, organisation: 10_000_000 }),
    ).toBe(false);
  });
});

describe('notices', () => {
  it('are boxed notices citing their articles', () => {
    const s = penaltySnapshot();
    expect(statementNotice(s)).toMatchObject({
      kind: 'notice',
      text: expect.stringContaining('第七条、第四十四条、第四十五条'),
    });
    expect(hearingNotice(s).text).toContain('第六十三条、第六十四条');
    expect(hearingNotice(s).text).toContain('五个工作日内（截至2026年3月13日）');
    expect(recusalNotice(s).text).toContain('第四十三条');
    expect(recusalNotice(s).text).toContain('你单位认为执法人员');
    expect(reviewNotice(s).text).toBe(
      '你单位如不服本决定，可以根据《中华人民共和国行政复议法》第二十条的规定，自收到本决定书之日起六十日内向示范区人民政府申请行政复议。',
    );
    expect(reviewNotice(s, REVIEW_LAW_1999).text).toContain('第九条');
    expect(litigationNotice(s).text).toBe(
      '你单位也可以根据《中华人民共和国行政诉讼法》第四十六条的规定，自收到本决定书之日起六个月内直接向示范区人民法院提起行政诉讼。',
    );
  });

  it('payment notice: fifteen days, the bank, 3% a day capped, the court', () => {
    const text = paymentNotice(decidedSnapshot(), 3_000_000).text;
    expect(text).toContain('第六十七条');
    expect(text).toContain('十五日内（截至2026年4月7日）');
    expect(text).toContain('持本决定书到中国工商银行示范区支行');
    expect(text).toContain('人民币30000元（大写：叁万元整）');
    expect(text).toContain('第七十二条');
    expect(text).toContain('每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额');
    expect(text).toContain('申请人民法院强制执行');
  });
});

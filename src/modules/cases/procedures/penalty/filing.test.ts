// The 行政处罚 machine: 立案 (Art. 36, 42), 简易程序 (Art. 51), steps inside the decision period —
// review opinion, extension (Art. 60), pauses, 证据先行登记保存 (Art. 56) — and the endings.
import { describe, expect, it } from 'vitest';
import type { Officer } from '../../machine.ts';
import { BASIS, cert, OFFICERS, facts, notifiedFacts, TODAY, ok, refused } from './fixtures.ts';
import { penaltyMachine as m, type PenaltyAction } from './index.ts';
import { emptyPenaltyRecord, type Penalty } from './model.ts';

describe('立案: two certified officers (Art. 42)', () => {
  const file: PenaltyAction = { type: 'file', filedOn: '2026-08-03', approvedBy: '局长' };
  it('two valid certificates covering 行政处罚 pass', () => {
    expect(ok('lead', facts(), file).next).toBe('filed');
  });
  it.each([
    ['one officer only', [OFFICERS[0]!]],
    ['the same officer twice', [OFFICERS[0]!, OFFICERS[0]!]],
    [
      'a certificate without 行政处罚',
      [OFFICERS[0]!, { id: 'o3', certificate: cert({ categories: ['licensing'] }) }],
    ],
    ['an expired certificate', [OFFICERS[0]!, { id: 'o3', certificate: cert({ expiresOn: '2026-08-02' }) }]],
    ['a suspended certificate', [OFFICERS[0]!, { id: 'o3', certificate: cert({ status: 'suspended' }) }]],
    [
      'no 2025 annual review after 03-31',
      [OFFICERS[0]!, { id: 'o3', certificate: cert({ reviews: [{ year: 2024, passed: true }] }) }],
    ],
    ['no certificate', [OFFICERS[0]!, { id: 'o3', certificate: null }]],
  ] as [string, Officer[]][])('%s → refused', (_label, officers) => {
    const r = refused('lead', facts({ officers }), file, 'OFFICERS_INSUFFICIENT');
    expect(r.message).toBe(
      '执法人员不得少于两人且须持有效执法证件（含本案执法类别）；2026-08-03 符合条件的仅 1 人',
    );
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第四十二条');
  });
  it('the certificate is checked on the filing date: expiring 08-03 is still valid that day', () => {
    const officers = [OFFICERS[0]!, { id: 'o3', certificate: cert({ expiresOn: '2026-08-03' }) }];
    expect(ok('lead', facts({ officers }), file).next).toBe('filed');
  });
  it('filing needs the head’s approval', () => {
    refused('lead', facts(), { ...file, approvedBy: ' ' }, 'FILING_APPROVAL_MISSING');
  });
  it('allowedActions hides 立案 and 简易程序 without two officers', () => {
    expect(m.allowedActions('lead', facts(), '2026-08-03')).toEqual([
      'file',
      'decide_simple',
      'decline_filing',
    ]);
    expect(m.allowedActions('lead', facts({ officers: [OFFICERS[0]!] }), '2026-08-03')).toEqual([
      'decline_filing',
    ]);
  });
});

describe('the enforcement item before 立案 (Arts. 4, 52, 54, 59)', () => {
  const file: PenaltyAction = { type: 'file', filedOn: '2026-08-03', approvedBy: '局长' };
  const simple: PenaltyAction = {
    type: 'decide_simple',
    decidedOn: '2026-08-03',
    penalty: { kinds: ['warning'], fineFen: null },
  };
  it('立案 and 当场处罚 are refused while no item is named, and hidden from the next steps', () => {
    const none = facts({ legalBasis: null });
    const r = refused('lead', none, file, 'ITEM_MISSING');
    expect(r.message).toBe('请先确定本案的执法事项（违法行为所违反和处罚所依据的条款由此确定）');
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第四条、第五十四条');
    refused('lead', none, simple, 'ITEM_MISSING');
    expect(m.allowedActions('lead', none, '2026-08-03')).toEqual(['set_item', 'decline_filing']);
  });
  it('a decision is refused when the item’s articles did not resolve for the violation date', () => {
    const r = refused('lead', facts({ legalBasis: { ...BASIS, applied: [] } }), simple, 'BASIS_MISSING');
    expect(r.message).toBe(
      `执法事项“${BASIS.itemName}”在 2026-01-10 施行的法律中没有处罚所依据的条款，不能作出处罚决定，请核对执法事项清单`,
    );
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第五十二条、第五十九条');
    // 立案 needs only the item: the articles are checked when a penalty is decided.
    expect(ok('lead', facts({ legalBasis: { ...BASIS, applied: [] } }), file).next).toBe('filed');
  });
  it('确定执法事项 keeps the state and folds the resolved basis; an unresolved item is refused', () => {
    const set: PenaltyAction = { type: 'set_item', itemCode: BASIS.itemCode, basis: BASIS };
    expect(ok('lead', facts({ legalBasis: null }), set).next).toBe('lead');
    expect(m.fold(emptyPenaltyRecord(), set).legalBasis).toEqual(BASIS);
    refused('lead', facts({ legalBasis: null }), { type: 'set_item', itemCode: 'NOPE' }, 'ITEM_MISSING');
    // Once named, the item is not offered again (a named item is not replaced by a step).
    const again = refused('filed', facts(), set, 'ITEM_ALREADY_NAMED');
    expect(again.message).toBe(`本案已确定执法事项“${BASIS.itemName}”`);
  });
});

describe('limitation at 立案 (Art. 36)', () => {
  const file: PenaltyAction = { type: 'file', filedOn: '2026-03-12', approvedBy: '局长' };
  it('discovered exactly 2 years after the violation: ok; one day more: refused', () => {
    expect(ok('lead', facts({ violationOn: '2024-03-10', discoveredOn: '2026-03-10' }), file).next).toBe(
      'filed',
    );
    const r = refused(
      'lead',
      facts({ violationOn: '2024-03-10', discoveredOn: '2026-03-11' }),
      file,
      'LIMITATION_EXPIRED',
    );
    expect(r.message).toBe(
      '违法行为于 2024-03-10 发生（终了），在二年内（至 2026-03-10）未被发现，不再给予行政处罚',
    );
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第三十六条');
  });
  it('5 years where life/health safety was harmed', () => {
    expect(
      ok(
        'lead',
        facts({ violationOn: '2024-03-10', discoveredOn: '2026-03-11', lifeHealthHarmed: true }),
        file,
      ).next,
    ).toBe('filed');
    expect(
      ok(
        'lead',
        facts({ violationOn: '2021-03-12', discoveredOn: '2026-03-12', lifeHealthHarmed: true }),
        file,
      ).next,
    ).toBe('filed');
    refused(
      'lead',
      facts({ violationOn: '2021-03-11', discoveredOn: '2026-03-12', lifeHealthHarmed: true }),
      file,
      'LIMITATION_EXPIRED',
    );
  });
  it('the same guard applies to 简易程序; a missing discovery date is refused', () => {
    const simple: PenaltyAction = {
      type: 'decide_simple',
      decidedOn: '2026-03-12',
      penalty: { kinds: ['warning'], fineFen: null },
    };
    refused(
      'lead',
      facts({ violationOn: '2024-03-10', discoveredOn: '2026-03-11' }),
      simple,
      'LIMITATION_EXPIRED',
    );
    refused('lead', facts({ discoveredOn: null }), file, 'DISCOVERY_DATE_MISSING');
  });
});

describe('简易程序 limits (Art. 51)', () => {
  const simple = (fineFen: number | null, kinds: Penalty['kinds'] = ['fine']): PenaltyAction => ({
    type: 'decide_simple',
    decidedOn: '2026-03-12',
    penalty: { kinds, fineFen },
  });
  it('person: 200 yuan ok, 200.01 refused', () => {
    const r = ok('lead', facts({ partyType: 'person' }), simple(20_000));
    expect(r.next).toBe('decided');
    // Handed over on the spot; otherwise 7 working days: 13, 16, 17, 18, 19, 20, 23.
    expect(r.deadlinesOpened.map((d) => [d.key, d.due])).toEqual([['service', '2026-03-23']]);
    const no = refused('lead', facts({ partyType: 'person' }), simple(20_001), 'SIMPLE_LIMIT_EXCEEDED');
    expect(no.message).toBe('简易程序对公民的罚款不得超过 200.00 元，拟处 200.01 元，应适用普通程序');
    expect(no.citation).toBe('《中华人民共和国行政处罚法》第五十一条');
  });
  it('organisation: 3000 yuan ok, 3000.01 refused', () => {
    expect(ok('lead', facts({ partyType: 'organisation' }), simple(300_000)).next).toBe('decided');
    const no = refused(
      'lead',
      facts({ partyType: 'organisation' }),
      simple(300_001),
      'SIMPLE_LIMIT_EXCEEDED',
    );
    expect(no.message).toBe(
      '简易程序对法人或者其他组织的罚款不得超过 3000.00 元，拟处 3000.01 元，应适用普通程序',
    );
  });
  it('a warning is allowed; other kinds are not', () => {
    expect(ok('lead', facts({ partyType: 'person' }), simple(null, ['warning'])).next).toBe('decided');
    expect(ok('lead', facts({ partyType: 'person' }), simple(10_000, ['warning', 'fine'])).next).toBe(
      'decided',
    );
    refused('lead', facts(), simple(null, ['confiscate_income']), 'SIMPLE_LIMIT_EXCEEDED');
    refused('lead', facts(), simple(100, ['warning']), 'DECISION_PENALTY_EMPTY');
    refused('lead', facts(), simple(null, []), 'DECISION_PENALTY_EMPTY');
    refused('lead', facts(), simple(-1), 'DECISION_PENALTY_EMPTY');
  });
});

describe('approvals inside a step: review opinion, extension (Art. 60), pauses', () => {
  const f = facts({ filedOn: '2026-08-03', reviewRequired: true });
  it('a review opinion must have text and keeps the step', () => {
    refused(
      'legal_review',
      f,
      { type: 'record_review', reviewedOn: '2026-09-25', passed: true, opinion: '  ' },
      'REVIEW_OPINION_REQUIRED',
    );
    expect(
      ok('legal_review', f, {
        type: 'record_review',
        reviewedOn: '2026-09-25',
        passed: false,
        opinion: '证据不足',
      }).next,
    ).toBe('legal_review');
    refused(
      'legal_review',
      { ...f, reviewPassed: true },
      { type: 'record_review', reviewedOn: '2026-09-25', passed: true, opinion: '同意' },
      'REVIEW_NOT_REQUIRED',
    );
  });
  it('an extension is approved before the 90 days run out and moves the decision deadline', () => {
    // Filed 08-03: due 11-02 (11-01 is a Sunday); with 30 more days 08-03 + 120 = 12-01, a Tuesday.
    const r = ok('investigating', f, {
      type: 'extend_decision_period',
      approvedOn: '2026-11-02',
      days: 30,
      reason: '案情复杂',
    });
    expect(r.next).toBe('investigating');
    expect(r.deadlinesOpened.map((d) => [d.key, d.due, d.rule.n])).toEqual([['decision', '2026-12-01', 120]]);
    refused(
      'investigating',
      f,
      { type: 'extend_decision_period', approvedOn: '2026-11-03', days: 30, reason: '案情复杂' },
      'EXTENSION_AFTER_EXPIRY',
      '2026-11-03',
    );
    refused(
      'investigating',
      f,
      { type: 'extend_decision_period', approvedOn: '2026-10-03', days: 30, reason: ' ' },
      'REASON_REQUIRED',
    );
  });
  it('a pause after filing pushes the decision deadline by its calendar days', () => {
    // 08-03 + 90 + 10 paused days = 11-11, a Wednesday.
    const r = ok('investigating', f, {
      type: 'record_pause',
      from: '2026-09-01',
      to: '2026-09-10',
      reason: '委托检验',
    });
    expect(r.deadlinesOpened.map((d) => [d.key, d.due, d.pausedDays])).toEqual([
      ['decision', '2026-11-11', 10],
    ]);
    refused(
      'investigating',
      f,
      { type: 'record_pause', from: '2026-09-10', to: '2026-09-01', reason: '检验' },
      'DATE_INVALID',
    );
    refused(
      'investigating',
      f,
      { type: 'record_pause', from: '2026-08-03', to: '2026-08-05', reason: '检验' },
      'DATE_INVALID',
    );
    refused(
      'investigating',
      f,
      { type: 'record_pause', from: '2026-09-01', to: '2026-09-02', reason: '' },
      'REASON_REQUIRED',
    );
  });
  it('a bad proposal at the close of investigation is refused', () => {
    refused(
      'investigating',
      f,
      {
        type: 'close_investigation',
        on: '2026-09-01',
        proposal: { kinds: ['warning'], fineFen: 100 },
        collectiveDiscussionRequired: false,
      },
      'DECISION_PENALTY_EMPTY',
    );
  });
});

describe('证据先行登记保存 (Art. 56): a disposal decision within 7 working days', () => {
  const f = facts({ filedOn: '2026-08-03' });
  it('opens the 7-working-day deadline across 国庆 and closes it with the decision', () => {
    // 09-29 Tue: 30, (10-01…10-07 off), 08, 09, 10 (make-up Saturday), 12, 13, 14 → the 7th is 10-14.
    const r = ok(
      'investigating',
      f,
      { type: 'preserve_evidence', on: '2026-09-29', items: '药品 3 盒', reason: '证据可能灭失' },
      '2026-09-29',
    );
    expect(r.deadlinesOpened.map((d) => [d.key, d.due, d.rule.unit])).toEqual([
      ['preservation_disposal', '2026-10-14', 'working_days'],
    ]);
    const open = { ...f, preservationOpenOn: '2026-09-29' };
    refused(
      'investigating',
      open,
      { type: 'preserve_evidence', on: '2026-09-30', items: 'x', reason: 'y' },
      'PRESERVATION_PENDING',
    );
    expect(m.allowedActions('investigating', open, '2026-09-30')).toContain('decide_preservation');
    expect(m.allowedActions('investigating', f, '2026-09-30')).not.toContain('decide_preservation');
    expect(
      ok('investigating', open, {
        type: 'decide_preservation',
        decidedOn: '2026-10-14',
        decision: '依法予以没收',
      }),
    ).toMatchObject({ next: 'investigating', deadlinesClosed: ['preservation_disposal'] });
    refused(
      'investigating',
      f,
      { type: 'decide_preservation', decidedOn: '2026-10-14', decision: '解除' },
      'NO_PRESERVATION',
    );
    refused(
      'investigating',
      open,
      { type: 'decide_preservation', decidedOn: '2026-10-14', decision: ' ' },
      'REASON_REQUIRED',
    );
  });
  it('folds the preservation and its decision', () => {
    let r = m.fold(emptyPenaltyRecord(), {
      type: 'preserve_evidence',
      on: '2026-09-29',
      items: '药品 3 盒',
      reason: '证据可能灭失',
    });
    expect(r.preservationOpenOn).toBe('2026-09-29');
    r = m.fold(r, { type: 'decide_preservation', decidedOn: '2026-10-12', decision: '解除保存' });
    expect([r.preservationOpenOn, r.preservations]).toEqual([
      null,
      [
        {
          on: '2026-09-29',
          items: '药品 3 盒',
          reason: '证据可能灭失',
          decidedOn: '2026-10-12',
          decision: '解除保存',
        },
      ],
    ]);
  });
});

describe('endings: 不予立案, 不予处罚, 撤销', () => {
  it('不予立案 needs a reason and can be archived', () => {
    refused('lead', facts(), { type: 'decline_filing', on: '2026-08-01', reason: '' }, 'REASON_REQUIRED');
    expect(ok('lead', facts(), { type: 'decline_filing', on: '2026-08-01', reason: '证据不足' }).next).toBe(
      'not_filed',
    );
    expect(m.allowedActions('not_filed', facts(), TODAY)).toEqual(['archive']);
  });
  it('不予处罚 needs a reason', () => {
    const f = facts({ filedOn: '2026-08-03' });
    refused(
      'investigation_closed',
      f,
      { type: 'decide_no_penalty', decidedOn: '2026-09-20', reason: ' ' },
      'REASON_REQUIRED',
    );
    expect(
      ok('investigation_closed', f, {
        type: 'decide_no_penalty',
        decidedOn: '2026-09-20',
        reason: '首违不罚',
      }),
    ).toMatchObject({
      next: 'no_penalty',
      deadlinesClosed: ['decision', 'hearing_request'],
    });
  });
  it('撤销 needs a reason; its open deadlines are cancelled by the service, not met', () => {
    const f = notifiedFacts();
    refused('notified', f, { type: 'revoke', on: '2026-09-30', reason: '' }, 'REASON_REQUIRED');
    expect(ok('notified', f, { type: 'revoke', on: '2026-09-30', reason: '违法事实不能成立' })).toMatchObject(
      {
        next: 'revoked',
        deadlinesClosed: [],
        deadlinesOpened: [],
      },
    );
  });
});

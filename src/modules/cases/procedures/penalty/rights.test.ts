// The 行政处罚 machine: 事先告知 and the rights period (Art. 44, 62, 64), 听证 (Art. 64) and who may
// request it (Art. 63).
import { describe, expect, it } from 'vitest';
import { NOTIFIED, facts, notifiedFacts, ok, refused } from './fixtures.ts';
import { penaltyMachine as m } from './index.ts';
import { emptyPenaltyRecord } from './model.ts';

describe('事先告知 and the rights period (Art. 44, 62, 64)', () => {
  it('notice must name a penalty', () => {
    refused(
      'investigation_closed',
      facts({ filedOn: '2026-08-03' }),
      { type: 'notify', servedOn: '2026-09-28', penalty: { kinds: [], fineFen: null } },
      'NOTICE_PENALTY_EMPTY',
    );
  });
  it('hearing request on the 5th working day (10-10, a make-up Saturday) ok; on the 6th (10-12) refused', () => {
    expect(ok('notified', notifiedFacts(), { type: 'request_hearing', requestedOn: '2026-10-10' }).next).toBe(
      'hearing_requested',
    );
    const r = refused(
      'notified',
      notifiedFacts(),
      { type: 'request_hearing', requestedOn: '2026-10-12' },
      'HEARING_REQUEST_LATE',
    );
    expect(r.message).toBe('当事人应当在告知后五个工作日内（至 2026-10-10）提出听证申请，2026-10-12 已逾期');
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第六十四条第一项');
  });
  it('after a statement the hearing may still be requested within the period', () => {
    expect(
      ok('statement', notifiedFacts({ statementOn: '2026-09-29' }), {
        type: 'request_hearing',
        requestedOn: '2026-10-09',
      }).next,
    ).toBe('hearing_requested');
  });
  it('no decision while the period is open and nothing was said; deemed waived after it', () => {
    const r = refused(
      'notified',
      notifiedFacts(),
      { type: 'decide', decidedOn: '2026-10-10', penalty: NOTIFIED },
      'RIGHTS_PERIOD_OPEN',
    );
    expect(r.message).toBe('当事人陈述、申辩和申请听证的期限至 2026-10-10 届满，期满前不得作出决定');
    expect(
      ok('notified', notifiedFacts(), { type: 'decide', decidedOn: '2026-10-12', penalty: NOTIFIED }).next,
    ).toBe('decided');
  });
  it('allowedActions follows the period', () => {
    expect(m.allowedActions('notified', notifiedFacts(), '2026-10-10')).toEqual([
      'submit_statement',
      'request_hearing',
      'waive_rights',
      'extend_decision_period',
      'record_pause',
      'revoke',
    ]);
    expect(m.allowedActions('notified', notifiedFacts(), '2026-10-12')).toEqual([
      'submit_statement',
      'waive_rights',
      'decide',
      'extend_decision_period',
      'record_pause',
      'revoke',
    ]);
  });
  it('waiver and statement close the rights phase', () => {
    expect(ok('notified', notifiedFacts(), { type: 'waive_rights', on: '2026-09-29' })).toMatchObject({
      next: 'waived',
      deadlinesClosed: ['hearing_request'],
    });
    expect(ok('notified', notifiedFacts(), { type: 'submit_statement', on: '2026-09-29' }).next).toBe(
      'statement',
    );
    expect(
      ok('waived', notifiedFacts({ waivedOn: '2026-09-29' }), {
        type: 'decide',
        decidedOn: '2026-09-30',
        penalty: NOTIFIED,
      }).next,
    ).toBe('decided');
  });
  it('no decision without a served notice', () => {
    const r = refused(
      'collective_discussion',
      facts({ filedOn: '2026-08-03', collectiveDiscussionHeldOn: '2026-09-01' }),
      { type: 'decide', decidedOn: '2026-09-30', penalty: NOTIFIED },
      'NOTICE_NOT_SERVED',
    );
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第四十四条、第六十二条');
    refused(
      'notified',
      facts({ filedOn: '2026-08-03' }),
      { type: 'request_hearing', requestedOn: '2026-09-30' },
      'NOTICE_NOT_SERVED',
    );
  });
  it('no decision while a requested hearing is pending', () => {
    const f = notifiedFacts({
      hearingRequestedOn: '2026-10-09',
      statementOn: '2026-09-29',
      reviewRequired: true,
      reviewPassed: true,
    });
    refused(
      'legal_review',
      f,
      { type: 'decide', decidedOn: '2026-10-20', penalty: NOTIFIED },
      'HEARING_PENDING',
    );
    expect(
      ok(
        'legal_review',
        { ...f, hearingWithdrawnOn: '2026-10-12' },
        { type: 'decide', decidedOn: '2026-10-20', penalty: NOTIFIED },
      ).next,
    ).toBe('decided');
  });
});

describe('听证 (Art. 64)', () => {
  const f = notifiedFacts({ hearingRequestedOn: '2026-10-09' });
  it('hearing notice 7 working days ahead: 10-12 → 10-21 ok, 10-20 refused', () => {
    expect(
      ok('hearing_requested', f, {
        type: 'schedule_hearing',
        noticeServedOn: '2026-10-12',
        hearingOn: '2026-10-21',
        hostId: 'h9',
      }).next,
    ).toBe('hearing_scheduled');
    const r = refused(
      'hearing_requested',
      f,
      { type: 'schedule_hearing', noticeServedOn: '2026-10-12', hearingOn: '2026-10-20', hostId: 'h9' },
      'HEARING_NOTICE_TOO_LATE',
    );
    expect(r.message).toBe(
      '听证通知须在举行听证的七日前送达：2026-10-12 送达通知的，听证最早于 2026-10-21 举行',
    );
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第六十四条第二项');
  });
  it('across 国庆: notice 09-28 → earliest hearing 10-13', () => {
    refused(
      'hearing_requested',
      f,
      { type: 'schedule_hearing', noticeServedOn: '2026-09-28', hearingOn: '2026-10-12', hostId: 'h9' },
      'HEARING_NOTICE_TOO_LATE',
      '2026-09-28',
    );
    expect(
      ok(
        'hearing_requested',
        f,
        { type: 'schedule_hearing', noticeServedOn: '2026-09-28', hearingOn: '2026-10-13', hostId: 'h9' },
        '2026-09-28',
      ).next,
    ).toBe('hearing_scheduled');
  });
  it('the host must not be an investigator', () => {
    const r = refused(
      'hearing_requested',
      f,
      { type: 'schedule_hearing', noticeServedOn: '2026-10-12', hearingOn: '2026-10-21', hostId: 'o2' },
      'HEARING_HOST_IS_INVESTIGATOR',
    );
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第六十四条第四项');
  });
  it('a hearing is not held before its date; it may be withdrawn', () => {
    const g = { ...f, hearingOn: '2026-10-21' };
    refused(
      'hearing_scheduled',
      g,
      { type: 'hold_hearing', heldOn: '2026-10-20' },
      'HEARING_BEFORE_SCHEDULED_DATE',
    );
    expect(m.allowedActions('hearing_scheduled', g, '2026-10-20')).toEqual([
      'withdraw_hearing',
      'extend_decision_period',
      'record_pause',
      'revoke',
    ]);
    expect(m.allowedActions('hearing_scheduled', g, '2026-10-21')).toEqual([
      'hold_hearing',
      'withdraw_hearing',
      'extend_decision_period',
      'record_pause',
      'revoke',
    ]);
    expect(ok('hearing_scheduled', g, { type: 'withdraw_hearing', on: '2026-10-15' }).next).toBe('waived');
  });
});

describe('听证 only for the penalties of Art. 63', () => {
  it('a warning alone, or a fine below the threshold, gives no hearing; a licence revocation always does', () => {
    const warn = notifiedFacts({ proposedPenalty: { kinds: ['warning'], fineFen: null } });
    refused(
      'notified',
      warn,
      { type: 'request_hearing', requestedOn: '2026-09-29' },
      'HEARING_NOT_AVAILABLE',
    );
    expect(m.allowedActions('notified', warn, '2026-09-29')).not.toContain('request_hearing');
    const small = notifiedFacts({ partyType: 'organisation' }); // 5000 yuan < the organisation threshold
    refused(
      'notified',
      small,
      { type: 'request_hearing', requestedOn: '2026-09-29' },
      'HEARING_NOT_AVAILABLE',
    );
    const revoke = notifiedFacts({
      partyType: 'organisation',
      proposedPenalty: { kinds: ['revoke_licence'], fineFen: null },
    });
    expect(ok('notified', revoke, { type: 'request_hearing', requestedOn: '2026-09-29' }).next).toBe(
      'hearing_requested',
    );
  });
  it('keeps the right as the notice stated it; a notice recorded without it was written under the default figures', () => {
    const offered = notifiedFacts({
      partyType: 'person',
      proposedPenalty: { kinds: ['fine'], fineFen: 50_000 },
      hearingOffered: true,
    });
    expect(ok('notified', offered, { type: 'request_hearing', requestedOn: '2026-09-29' }).next).toBe(
      'hearing_requested',
    );
    const notOffered = notifiedFacts({
      partyType: 'person',
      proposedPenalty: { kinds: ['fine'], fineFen: 5_000_000 },
      hearingOffered: false,
    });
    refused(
      'notified',
      notOffered,
      { type: 'request_hearing', requestedOn: '2026-09-29' },
      'HEARING_NOT_AVAILABLE',
    );
    const legacy = (fineFen: number) =>
      notifiedFacts({
        partyType: 'person',
        proposedPenalty: { kinds: ['fine'], fineFen },
        hearingOffered: null,
      });
    expect(ok('notified', legacy(200_000), { type: 'request_hearing', requestedOn: '2026-09-29' }).next).toBe(
      'hearing_requested',
    );
    refused(
      'notified',
      legacy(199_999),
      { type: 'request_hearing', requestedOn: '2026-09-29' },
      'HEARING_NOT_AVAILABLE',
    );
  });
  it('a notice records whether it offered a hearing; a renewed notice replaces it', () => {
    const served = m.fold(emptyPenaltyRecord(), {
      type: 'notify',
      servedOn: '2026-09-22',
      penalty: { kinds: ['fine'], fineFen: 500_000 },
      hearingOffered: true,
    });
    expect(served.hearingOffered).toBe(true);
    expect(
      m.fold(served, {
        type: 'notify',
        servedOn: '2026-09-23',
        penalty: { kinds: ['warning'], fineFen: null },
        hearingOffered: false,
      }).hearingOffered,
    ).toBe(false);
    expect(
      m.fold(served, {
        type: 'notify',
        servedOn: '2026-09-23',
        penalty: { kinds: ['warning'], fineFen: null },
      }).hearingOffered,
    ).toBe(null);
  });
});

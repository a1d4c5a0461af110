import { describe, expect, it } from 'vitest';
import { REVIEW_POINTS, type Finding, type ReviewPoint } from '../model.ts';
import {
  EMPTY_REVIEW,
  EVENTS_FROM,
  REVIEW_STATUS_LABELS,
  applyReviewEvent,
  foldReview,
  missingPoints,
  reviewPassed,
  reviewStatus,
  type Review,
  type ReviewEvent,
  type ReviewStatus,
} from './lifecycle.ts';

const submit: ReviewEvent = { type: 'submit', on: '2026-12-01', by: 'officer' };
const assign = (reviewerId: string, on = '2026-12-02'): ReviewEvent => ({
  type: 'assign',
  reviewerId,
  on,
  by: 'head',
});
const finding = (point: ReviewPoint, f: Finding = 'conforms', note = '', by = 'rev'): ReviewEvent => ({
  type: 'record_finding',
  point,
  finding: f,
  note,
  on: '2026-12-03',
  by,
});
const allConform = (by = 'rev') => REVIEW_POINTS.map((p) => finding(p, 'conforms', '', by));
const opinion = (o: 'approve' | 'return_for_investigation' | 'disapprove', by = 'rev'): ReviewEvent => ({
  type: 'give_opinion',
  opinion: o,
  changes: '',
  text: '经审核，意见如下',
  on: '2026-12-04',
  by,
});
const returned: ReviewEvent[] = [
  submit,
  assign('rev'),
  ...allConform().slice(0, 3),
  finding('facts_clear', 'needs_correction', '违法所得未查清'),
  ...allConform().slice(4),
  opinion('return_for_investigation'),
];

function folded(events: ReviewEvent[]): Review {
  const r = foldReview(events);
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.review;
}

function refusedCode(events: ReviewEvent[]): string {
  const r = foldReview(events);
  if (r.ok) throw new Error('expected a refusal');
  return r.code;
}

describe('review lifecycle (D2–D7)', () => {
  it('starts with no round: only a submission is possible', () => {
    expect(reviewStatus(EMPTY_REVIEW)).toBe('none');
    expect(reviewPassed(EMPTY_REVIEW)).toBe(false);
  });

  it('submitted → assigned (accepted) → ten findings → 同意 passes', () => {
    const r1 = folded([submit]);
    expect(reviewStatus(r1)).toBe('submitted');
    const r2 = folded([submit, assign('rev')]);
    expect(reviewStatus(r2)).toBe('assigned');
    expect(r2.rounds[0]!.acceptedOn).toBe('2026-12-02');
    expect(missingPoints(r2.rounds[0]!)).toEqual([...REVIEW_POINTS]);
    const r3 = folded([submit, assign('rev'), ...allConform(), opinion('approve')]);
    expect(reviewStatus(r3)).toBe('passed');
    expect(reviewPassed(r3)).toBe(true);
    expect(r3.rounds[0]!.opinion).toEqual({
      opinion: 'approve',
      changes: '',
      text: '经审核，意见如下',
      on: '2026-12-04',
      by: 'rev',
    });
  });

  it('a returned case comes back as round 2 of the same review, round 1 kept whole', () => {
    const r = folded([...returned, { ...submit, on: '2026-12-10' }]);
    expect(r.rounds.map((x) => x.number)).toEqual([1, 2]);
    expect(r.rounds[0]!.opinion!.opinion).toBe('return_for_investigation');
    expect(r.rounds[0]!.findings.facts_clear).toEqual({
      finding: 'needs_correction',
      note: '违法所得未查清',
      by: 'rev',
    });
    expect(r.rounds[1]).toMatchObject({
      submittedOn: '2026-12-10',
      acceptedOn: null,
      reviewerId: null,
      findings: {},
    });
    expect(reviewStatus(r)).toBe('submitted');
    expect(reviewPassed(r)).toBe(false);
  });

  it('a later round can pass after an earlier one did not', () => {
    const r = folded([
      ...returned,
      { ...submit, on: '2026-12-10' },
      assign('rev', '2026-12-10'),
      ...allConform().map((e) => ({ ...e, on: '2026-12-11' })),
      { ...opinion('approve'), on: '2026-12-11' },
    ]);
    expect(reviewPassed(r)).toBe(true);
    expect(r.rounds).toHaveLength(2);
  });

  it('offers exactly the events of its status, refusing every other with REVIEW_STATE', () => {
    const samples: Record<ReviewStatus, ReviewEvent[]> = {
      none: [],
      submitted: [submit],
      assigned: [submit, assign('rev')],
      closed: returned,
      contested: [
        ...returned,
        { type: 'contest', reasons: '补充调查无必要', on: '2026-12-05', by: 'officer' },
      ],
      awaiting_collective: [
        ...returned,
        { type: 'contest', reasons: '补充调查无必要', on: '2026-12-05', by: 'officer' },
        { type: 'coordinate', summary: '协调未果', resolved: false, on: '2026-12-06', by: 'head' },
      ],
      passed: [submit, assign('rev'), ...allConform(), opinion('approve')],
    };
    const one: Record<ReviewEvent['type'], ReviewEvent> = {
      submit: { ...submit, on: '2026-12-20' },
      assign: assign('other', '2026-12-20'),
      recuse: { type: 'recuse', reason: '与当事人有亲属关系', on: '2026-12-20', by: 'rev' },
      record_finding: { ...finding('body_lawful'), on: '2026-12-20' },
      extend: { type: 'extend', workingDays: 5, reason: '案情复杂', on: '2026-12-20', by: 'head' },
      give_opinion: { ...opinion('approve'), on: '2026-12-20' },
      contest: { type: 'contest', reasons: '理由', on: '2026-12-20', by: 'officer' },
      coordinate: { type: 'coordinate', summary: '协调', resolved: true, on: '2026-12-20', by: 'head' },
      collective_decision: {
        type: 'collective_decision',
        participants: ['甲', '乙', '丙'],
        views: [
          { name: '甲', view: '同意' },
          { name: '乙', view: '同意' },
          { name: '丙', view: '同意' },
        ],
        conclusion: '作出处罚决定',
        outcome: 'proceed',
        on: '2026-12-20',
        by: 'chief',
      },
    };
    for (const [status, events] of Object.entries(samples) as [ReviewStatus, ReviewEvent[]][]) {
      const review = folded(events);
      expect(reviewStatus(review)).toBe(status);
      for (const [type, e] of Object.entries(one)) {
        const applied = applyReviewEvent(review, e);
        const allowed = EVENTS_FROM[status].includes(type as ReviewEvent['type']);
        if (!allowed) {
          expect(applied, `${status} ${type}`).toMatchObject({ ok: false, code: 'REVIEW_STATE' });
          expect((applied as { message: string }).message).toContain(REVIEW_STATUS_LABELS[status]);
        } else if (!applied.ok) {
          // Allowed by status: any refusal is a rule of the event itself, never the state.
          expect(applied.code, `${status} ${type}`).not.toBe('REVIEW_STATE');
        }
      }
    }
  });

  it('never changes the review it is given', () => {
    const r = folded([submit, assign('rev')]);
    const copy = structuredClone(r);
    applyReviewEvent(r, finding('body_lawful'));
    applyReviewEvent(r, assign('other'));
    expect(r).toEqual(copy);
  });

  it('refuses an event dated before what is already recorded', () => {
    expect(refusedCode([submit, assign('rev', '2026-11-30')])).toBe('DATE_BEFORE_PREVIOUS');
  });

  describe('assignment, reassignment and recusal (D3)', () => {
    it('reassignment keeps the acceptance date and clears the previous reviewer’s findings', () => {
      const r = folded([submit, assign('rev'), finding('body_lawful'), assign('other', '2026-12-05')]);
      const round = r.rounds[0]!;
      expect(round).toMatchObject({ acceptedOn: '2026-12-02', reviewerId: 'other', findings: {} });
      expect(round.assignments.map((a) => a.reviewerId)).toEqual(['rev', 'other']);
    });

    it('refuses assigning the reviewer already assigned', () => {
      expect(refusedCode([submit, assign('rev'), assign('rev')])).toBe('REVIEWER_UNCHANGED');
    });

    it('recusal by the assigned reviewer with a reason returns the round to the queue', () => {
      const r = folded([
        submit,
        assign('rev'),
        { type: 'recuse', reason: ' 曾参与现场检查 ', on: '2026-12-03', by: 'rev' },
      ]);
      expect(reviewStatus(r)).toBe('submitted');
      expect(r.rounds[0]!.recusals).toEqual([
        { reviewerId: 'rev', reason: '曾参与现场检查', on: '2026-12-03' },
      ]);
      expect(r.rounds[0]!.acceptedOn).toBe('2026-12-02');
    });

    it('refuses a recusal without reason, or by someone else', () => {
      expect(
        refusedCode([submit, assign('rev'), { type: 'recuse', reason: '  ', on: '2026-12-03', by: 'rev' }]),
      ).toBe('RECUSAL_REASON_REQUIRED');
      expect(
        refusedCode([submit, assign('rev'), { type: 'recuse', reason: '理由', on: '2026-12-03', by: 'x' }]),
      ).toBe('REVIEW_NOT_YOURS');
    });

    it('refuses assigning again, in the same round, someone who recused', () => {
      const recused: ReviewEvent[] = [
        submit,
        assign('rev'),
        { type: 'recuse', reason: '理由', on: '2026-12-03', by: 'rev' },
      ];
      expect(refusedCode([...recused, assign('rev', '2026-12-03')])).toBe('REVIEWER_RECUSED');
      expect(reviewStatus(folded([...recused, assign('other', '2026-12-03')]))).toBe('assigned');
    });
  });

  describe('findings (D4)', () => {
    it('only the assigned reviewer records findings', () => {
      expect(refusedCode([submit, assign('rev'), finding('body_lawful', 'conforms', '', 'other')])).toBe(
        'REVIEW_NOT_YOURS',
      );
    });

    it('a finding other than 符合 needs a note; 符合 does not', () => {
      expect(refusedCode([submit, assign('rev'), finding('facts_clear', 'nonconforming', ' ')])).toBe(
        'FINDING_NOTE_REQUIRED',
      );
      expect(refusedCode([submit, assign('rev'), finding('facts_clear', 'needs_correction', '')])).toBe(
        'FINDING_NOTE_REQUIRED',
      );
      expect(folded([submit, assign('rev'), finding('facts_clear')]).rounds[0]!.findings.facts_clear).toEqual(
        {
          finding: 'conforms',
          note: '',
          by: 'rev',
        },
      );
    });

    it('a later finding on the same point replaces the earlier one', () => {
      const r = folded([
        submit,
        assign('rev'),
        finding('facts_clear', 'nonconforming', '不清'),
        finding('facts_clear'),
      ]);
      expect(r.rounds[0]!.findings.facts_clear!.finding).toBe('conforms');
    });
  });

  describe('opinion (D5)', () => {
    it('only the assigned reviewer gives the opinion, and only once per round', () => {
      expect(refusedCode([submit, assign('rev'), ...allConform(), opinion('approve', 'other')])).toBe(
        'REVIEW_NOT_YOURS',
      );
      expect(refusedCode([...returned, opinion('disapprove')])).toBe('REVIEW_STATE');
    });

    it('an opinion without all ten findings is refused', () => {
      expect(refusedCode([submit, assign('rev'), ...allConform().slice(1), opinion('approve')])).toBe(
        'FINDINGS_INCOMPLETE',
      );
    });
  });

  describe('extension (D6)', () => {
    const extend: ReviewEvent = {
      type: 'extend',
      workingDays: 5,
      reason: '案情复杂',
      on: '2026-12-03',
      by: 'head',
    };
    it('is recorded once per round with who approved it', () => {
      const r = folded([submit, assign('rev'), extend]);
      expect(r.rounds[0]!.extension).toEqual({
        workingDays: 5,
        reason: '案情复杂',
        approvedBy: 'head',
        on: '2026-12-03',
      });
      expect(refusedCode([submit, assign('rev'), extend, extend])).toBe('EXTENSION_ALREADY_GRANTED');
    });
    it('needs a reason', () => {
      expect(refusedCode([submit, assign('rev'), { ...extend, reason: '' }])).toBe(
        'EXTENSION_REASON_REQUIRED',
      );
    });
  });

  describe('disagreement (D7)', () => {
    const contest: ReviewEvent = { type: 'contest', reasons: '证据已充分', on: '2026-12-05', by: 'officer' };
    const unresolved: ReviewEvent = {
      type: 'coordinate',
      summary: '双方各执己见',
      resolved: false,
      on: '2026-12-06',
      by: 'head',
    };
    const collective = (outcome: 'proceed' | 'follow_opinion'): ReviewEvent => ({
      type: 'collective_decision',
      participants: ['局长', '副局长', '法规科科长'],
      views: [
        { name: '局长', view: '证据充分，可以决定' },
        { name: '副局长', view: '同意局长意见' },
        { name: '法规科科长', view: '保留审核意见' },
      ],
      conclusion: '作出行政处罚决定',
      outcome,
      on: '2026-12-07',
      by: 'chief',
    });

    it('an unresolved contest goes to collective discussion, whose 继续决定 passes the gate', () => {
      const r = folded([...returned, contest, unresolved, collective('proceed')]);
      expect(reviewStatus(r)).toBe('passed');
      expect(r.contests[0]!.collective!.participants).toEqual(['局长', '副局长', '法规科科长']);
    });

    it('a collective discussion upholding the opinion leaves the review closed (resubmit or stop)', () => {
      const r = folded([...returned, contest, unresolved, collective('follow_opinion')]);
      expect(reviewStatus(r)).toBe('closed');
      expect(reviewPassed(r)).toBe(false);
      expect(EVENTS_FROM.closed).toContain('submit');
    });

    it('a collective conclusion is not contested again', () => {
      const r = foldReview([
        ...returned,
        contest,
        unresolved,
        collective('follow_opinion'),
        { ...contest, on: '2026-12-08' },
      ]);
      expect(r).toMatchObject({ ok: false, code: 'REVIEW_STATE' });
    });

    it('a resolved coordination closes the contest without passing', () => {
      const r = folded([...returned, contest, { ...unresolved, resolved: true }]);
      expect(reviewStatus(r)).toBe('closed');
    });

    it('refuses a contest without reasons and a coordination without a summary', () => {
      expect(refusedCode([...returned, { ...contest, reasons: '' }])).toBe('CONTEST_REASON_REQUIRED');
      expect(refusedCode([...returned, contest, { ...unresolved, summary: ' ' }])).toBe(
        'CONTEST_REASON_REQUIRED',
      );
    });

    it('refuses a collective record with fewer than three people, a missing view or no conclusion', () => {
      const base = [...returned, contest, unresolved];
      const c = collective('proceed') as Extract<ReviewEvent, { type: 'collective_decision' }>;
      expect(refusedCode([...base, { ...c, participants: ['局长', '局长', '副局长'] }])).toBe(
        'COLLECTIVE_RECORD_INCOMPLETE',
      );
      const r = foldReview([...base, { ...c, views: c.views.slice(0, 2) }]);
      expect(r).toMatchObject({ ok: false, code: 'COLLECTIVE_RECORD_INCOMPLETE' });
      expect((r as { message: string }).message).toContain('法规科科长');
      expect(refusedCode([...base, { ...c, conclusion: '' }])).toBe('COLLECTIVE_RECORD_INCOMPLETE');
    });

    it('an 同意 cannot be contested', () => {
      expect(refusedCode([submit, assign('rev'), ...allConform(), opinion('approve'), contest])).toBe(
        'REVIEW_STATE',
      );
    });

    it('a contest belongs to its round: a new round starts without one', () => {
      const r = folded([
        ...returned,
        contest,
        { ...unresolved, resolved: true },
        { ...submit, on: '2026-12-08' },
      ]);
      expect(reviewStatus(r)).toBe('submitted');
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  reviewerProblems,
  suggestReviewer,
  type CaseParticipation,
  type ReviewerCandidate,
} from './eligibility.ts';

const person = (over: Partial<ReviewerCandidate> = {}): ReviewerCandidate => ({
  id: 'p1',
  name: '李审',
  active: true,
  isReviewer: true,
  isLegalCounsel: false,
  inLegalUnit: true,
  legalQualificationNo: 'A20201100001',
  completedReviews: 0,
  ...over,
});
const none: CaseParticipation = { participantIds: [], recusedIds: [] };
const codes = (p: ReviewerCandidate, c = none) => reviewerProblems(p, c).map((x) => x.code);

describe('reviewer eligibility (D3, A4)', () => {
  it('a qualified reviewer of the legal unit who did not work on the case is eligible', () => {
    expect(codes(person())).toEqual([]);
  });

  it('回避: someone who took part in the case is refused, naming the person', () => {
    const r = reviewerProblems(person(), { participantIds: ['x', 'p1'], recusedIds: [] });
    expect(r.map((x) => x.code)).toEqual(['REVIEWER_PARTICIPATED']);
    expect(r[0]!.message).toBe('李审参与了本案的办理，应当回避');
  });

  it('a first-time reviewer needs the 法律职业资格 on record (Art. 58 第二款); an experienced one does not', () => {
    for (const no of [null, '', '   ']) {
      const r = reviewerProblems(person({ legalQualificationNo: no }), none);
      expect(r.map((x) => x.code)).toEqual(['REVIEWER_UNQUALIFIED']);
      expect(r[0]!.citation).toBe('《中华人民共和国行政处罚法》第五十八条第二款');
    }
    expect(codes(person({ legalQualificationNo: null, completedReviews: 1 }))).toEqual([]);
  });

  it('legal counsel (法律顾问/公职律师) of the roster is eligible outside the legal unit', () => {
    expect(codes(person({ isReviewer: false, isLegalCounsel: true, inLegalUnit: false }))).toEqual([]);
    expect(codes(person({ isLegalCounsel: true, legalQualificationNo: null }))).toEqual([
      'REVIEWER_UNQUALIFIED',
    ]);
  });

  it('refuses someone off the roster, outside the legal unit, inactive, or recused — all listed at once', () => {
    expect(codes(person({ isReviewer: false }))).toEqual(['REVIEWER_NOT_ON_ROSTER']);
    expect(codes(person({ inLegalUnit: false }))).toEqual(['REVIEWER_NOT_IN_LEGAL_UNIT']);
    expect(codes(person({ active: false }))).toEqual(['REVIEWER_INACTIVE']);
    expect(codes(person(), { participantIds: [], recusedIds: ['p1'] })).toEqual(['REVIEWER_RECUSED']);
    expect(
      codes(person({ isReviewer: false, active: false, inLegalUnit: false, legalQualificationNo: null }), {
        participantIds: ['p1'],
        recusedIds: ['p1'],
      }),
    ).toEqual([
      'REVIEWER_NOT_ON_ROSTER',
      'REVIEWER_INACTIVE',
      'REVIEWER_NOT_IN_LEGAL_UNIT',
      'REVIEWER_PARTICIPATED',
      'REVIEWER_RECUSED',
      'REVIEWER_UNQUALIFIED',
    ]);
  });

  it('suggests the eligible reviewer with the fewest open reviews, ties by name then id', () => {
    expect(suggestReviewer([])).toBeNull();
    const a = { id: 'a', name: '王', openReviews: 3 };
    const b = { id: 'b', name: '张', openReviews: 1 };
    const c = { id: 'c', name: '李', openReviews: 1 };
    const c2 = { id: 'a2', name: '李', openReviews: 1 };
    expect(suggestReviewer([a, b, c])!.id).toBe('c');
    expect(suggestReviewer([a, b, c, c2])!.id).toBe('a2');
    expect(suggestReviewer([a])!.id).toBe('a');
  });
});

// D3, A4 who may review a case. A member of the body's legal review roster (法制审核人员, or its legal
// counsel 法律顾问/公职律师), active, in the legal unit unless counsel; never someone who took part in the
// case (回避) or who recused in this round; and a first-time reviewer holds the 国家统一法律职业资格, recorded on
// the person (行政处罚法第五十八条第二款). Every problem is listed, so the legal head sees them all at once.
import { refusal, type ReviewRefusal } from '../model.ts';

export interface ReviewerCandidate {
  id: string;
  name: string;
  active: boolean;
  isReviewer: boolean;
  isLegalCounsel: boolean;
  /** The person's unit is the body's 法制审核机构. */
  inLegalUnit: boolean;
  legalQualificationNo: string | null;
  /** Reviews this person has already given an opinion on (any case). */
  completedReviews: number;
}

export interface CaseParticipation {
  /** Officers, the submitter, hearing hosts: everyone who worked on the case. */
  participantIds: readonly string[];
  /** Who recused in the current round. */
  recusedIds: readonly string[];
}

export function reviewerProblems(p: ReviewerCandidate, c: CaseParticipation): ReviewRefusal[] {
  const problems: ReviewRefusal[] = [];
  if (!p.isReviewer && !p.isLegalCounsel) {
    problems.push(
      refusal('REVIEWER_NOT_ON_ROSTER', `${p.name}不在法制审核人员名册（含法律顾问、公职律师）中`),
    );
  }
  if (!p.active) problems.push(refusal('REVIEWER_INACTIVE', `${p.name}已停用`));
  if (!p.inLegalUnit && !p.isLegalCounsel) {
    problems.push(refusal('REVIEWER_NOT_IN_LEGAL_UNIT', `${p.name}不属于法制审核机构`));
  }
  if (c.participantIds.includes(p.id)) {
    problems.push(refusal('REVIEWER_PARTICIPATED', `${p.name}参与了本案的办理，应当回避`));
  }
  if (c.recusedIds.includes(p.id)) problems.push(refusal('REVIEWER_RECUSED', `${p.name}已在本轮声明回避`));
  const qualified = (p.legalQualificationNo ?? '').trim() !== '';
  if (p.completedReviews === 0 && !qualified) {
    problems.push(
      refusal(
        'REVIEWER_UNQUALIFIED',
        `${p.name}初次从事法制审核，须取得国家统一法律职业资格（未登记资格证号）`,
      ),
    );
  }
  return problems;
}

/** Balancing (D3): among the eligible, the one with the fewest open reviews; ties by name then id. */
export function suggestReviewer<T extends { id: string; name: string; openReviews: number }>(
  eligible: readonly T[],
): T | null {
  const sorted = [...eligible].sort(
    (a, b) =>
      a.openReviews - b.openReviews || a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id),
  );
  return sorted[0] ?? null;
}

// D4–D5 whether an opinion agrees with the findings it rests on. An opinion is written on all ten points; 同意
// means every point conforms, so a 不符合 or 需补正 finding makes 同意 contradictory; any other opinion must
// rest on at least one point that does not conform (otherwise the reviewer has no reason to withhold
// agreement); 建议移送司法机关 rests on the crime-transfer point itself; 建议修改 says what to change.
import {
  OPINION_LABELS,
  REVIEW_POINT_LABELS,
  REVIEW_POINTS,
  refusal,
  type Opinion,
  type ReviewPoint,
  type ReviewRefusal,
} from '../model.ts';
import type { PointFinding } from './lifecycle.ts';

export function checkOpinion(
  findings: Partial<Record<ReviewPoint, PointFinding>>,
  o: { opinion: Opinion; changes: string; text: string },
): ReviewRefusal | null {
  const missing = REVIEW_POINTS.filter((p) => !findings[p]);
  if (missing.length > 0) {
    return refusal(
      'FINDINGS_INCOMPLETE',
      `出具审核意见前须对全部审核要素作出结论，尚缺：${missing.map((p) => REVIEW_POINT_LABELS[p]).join('、')}`,
    );
  }
  if (o.text.trim() === '') return refusal('OPINION_TEXT_REQUIRED', '须填写书面审核意见');
  const failing = REVIEW_POINTS.filter((p) => findings[p]!.finding !== 'conforms');
  const label = OPINION_LABELS[o.opinion];
  if (o.opinion === 'approve') {
    if (failing.length === 0) return null;
    return refusal(
      'OPINION_INCONSISTENT',
      `以下审核要素不符合或需补正，不能出具“同意”意见：${failing.map((p) => REVIEW_POINT_LABELS[p]).join('、')}`,
    );
  }
  if (o.opinion === 'transfer_to_judiciary' && findings.crime_transfer!.finding === 'conforms') {
    return refusal(
      'OPINION_INCONSISTENT',
      `“${label}”须在“${REVIEW_POINT_LABELS.crime_transfer}”一项写明涉嫌犯罪的情况`,
    );
  }
  if (failing.length === 0) {
    return refusal(
      'OPINION_INCONSISTENT',
      `全部审核要素均为“符合”，出具“${label}”意见须先写明不符合或需补正的要素`,
    );
  }
  if (o.opinion === 'suggest_changes' && o.changes.trim() === '') {
    return refusal('OPINION_CHANGES_REQUIRED', '“建议修改”须写明修改的内容');
  }
  return null;
}

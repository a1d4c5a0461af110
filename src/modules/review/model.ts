// D1–D9 the vocabulary of the legal review of major enforcement decisions (重大执法决定法制审核): the ten
// review points, the findings and opinions, every refusal code with the rule it enforces. Pure data.

const PENALTY_LAW = '《中华人民共和国行政处罚法》';
const GUIDANCE =
  '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）';
/** The body's own review rules: the seeds ask each body to set materials, time limits and coordination. */
const LOCAL_RULES = '本机关重大执法决定法制审核办法';

/** D4: what the reviewer checks, in the order the 审核意见书 lists them. */
export const REVIEW_POINTS = [
  'body_lawful',
  'officers_qualified',
  'procedure_lawful',
  'facts_clear',
  'evidence_sufficient',
  'law_applied',
  'discretion_appropriate',
  'within_powers',
  'documents_complete',
  'crime_transfer',
] as const;
export type ReviewPoint = (typeof REVIEW_POINTS)[number];
export const REVIEW_POINT_LABELS: Record<ReviewPoint, string> = {
  body_lawful: '执法主体是否合法',
  officers_qualified: '执法人员是否具备执法资格',
  procedure_lawful: '执法程序是否合法',
  facts_clear: '案件事实是否清楚',
  evidence_sufficient: '证据是否确凿充分',
  law_applied: '适用法律、法规、规章是否准确',
  discretion_appropriate: '行政裁量是否适当',
  within_powers: '是否超越本机关法定权限',
  documents_complete: '执法文书是否完备、规范',
  crime_transfer: '是否涉嫌犯罪需要移送司法机关',
};

export const FINDINGS = ['conforms', 'nonconforming', 'needs_correction'] as const;
export type Finding = (typeof FINDINGS)[number];
export const FINDING_LABELS: Record<Finding, string> = {
  conforms: '符合',
  nonconforming: '不符合',
  needs_correction: '需补正',
};

/** D5: the reviewer's written opinion on a round. */
export const OPINIONS = [
  'approve',
  'suggest_changes',
  'return_for_investigation',
  'disapprove',
  'transfer_to_judiciary',
] as const;
export type Opinion = (typeof OPINIONS)[number];
export const OPINION_LABELS: Record<Opinion, string> = {
  approve: '同意',
  suggest_changes: '建议修改',
  return_for_investigation: '退回补充调查',
  disapprove: '不同意',
  transfer_to_judiciary: '建议移送司法机关',
};

/** Every refusal of the review, with the rule it enforces (shown with the refusal, like the case guards). */
export const REVIEW_CITATIONS = {
  REVIEW_NOT_PASSED: `${PENALTY_LAW}第五十八条第一款（未经法制审核或者审核未通过的，不得作出决定）`,
  REVIEW_STATE: `${PENALTY_LAW}第五十八条；${LOCAL_RULES}（审核流程）`,
  REVIEW_NOT_YOURS: `${LOCAL_RULES}（审核由分配的法制审核人员办理）`,
  MATERIALS_MISSING: `${GUIDANCE}“（三）明确审核内容”；${LOCAL_RULES}（送审材料）`,
  MATERIALS_NOT_CONFIRMED: '行政执法承办机构对送审材料的真实性、准确性、完整性负责（国办发〔2018〕118号）',
  REVIEWER_NOT_ON_ROSTER: `${GUIDANCE}“（二）确定审核人员”`,
  REVIEWER_INACTIVE: `${GUIDANCE}“（二）确定审核人员”`,
  REVIEWER_NOT_IN_LEGAL_UNIT: `${GUIDANCE}“（二）确定审核人员”（法制审核机构人员或者法律顾问、公职律师）`,
  REVIEWER_PARTICIPATED: `${LOCAL_RULES}（回避：参与案件调查处理的人员不得审核本案）`,
  REVIEWER_UNQUALIFIED: `${PENALTY_LAW}第五十八条第二款`,
  REVIEWER_RECUSED: `${LOCAL_RULES}（回避）`,
  REVIEWER_UNCHANGED: `${LOCAL_RULES}（重新分配）`,
  RECUSAL_REASON_REQUIRED: `${LOCAL_RULES}（回避须说明理由）`,
  FINDING_NOTE_REQUIRED: `${GUIDANCE}“（三）明确审核内容”（审核意见须说明理由）`,
  FINDINGS_INCOMPLETE: `${GUIDANCE}“（三）明确审核内容”`,
  OPINION_INCONSISTENT: `${GUIDANCE}“（四）细化审核程序”（书面审核意见）`,
  OPINION_CHANGES_REQUIRED: `${GUIDANCE}“（四）细化审核程序”（提出修改意见）`,
  OPINION_TEXT_REQUIRED: `${GUIDANCE}“（四）细化审核程序”（书面审核意见）`,
  EXTENSION_ALREADY_GRANTED: `${LOCAL_RULES}（审核期限经法制机构负责人批准可延长一次）`,
  EXTENSION_AFTER_EXPIRY: `${LOCAL_RULES}（延长须在审核期限届满前批准）`,
  EXTENSION_REASON_REQUIRED: `${LOCAL_RULES}（延长须说明理由）`,
  CONTEST_REASON_REQUIRED: `${GUIDANCE}“（四）细化审核程序”（意见不一致的协调机制）`,
  COLLECTIVE_RECORD_INCOMPLETE: `${PENALTY_LAW}第五十七条第二款；${GUIDANCE}“（四）细化审核程序”`,
  DATE_BEFORE_PREVIOUS: `${LOCAL_RULES}（审核记录按时间顺序）`,
} as const;
export type ReviewRefusalCode = keyof typeof REVIEW_CITATIONS;

export interface ReviewRefusal {
  ok: false;
  code: ReviewRefusalCode;
  message: string;
  citation: string;
}

export function refusal(code: ReviewRefusalCode, message: string): ReviewRefusal {
  return { ok: false, code, message, citation: REVIEW_CITATIONS[code] };
}

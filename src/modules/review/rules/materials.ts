// D2 the submission's materials, drawn from the case file itself rather than ticked by the submitter: the
// investigation report, the evidence list, the proposed decision with its legal basis and the discretion
// reasoning, the statement and hearing records where they were held, and the draft decision document. A
// submission missing any item is refused naming each; the handling unit confirms the rest true, accurate
// and complete (承办机构对送审材料的真实性、准确性、完整性负责).
import { refusal, type ReviewRefusal } from '../model.ts';

export interface CaseFileFacts {
  /** Template keys of the documents issued on the case. */
  issuedDocuments: readonly string[];
  evidenceCount: number;
  proposal: {
    /** What is proposed (penalty kinds, or the permit/coercion decision), empty when none. */
    decision: readonly string[];
    basis: string;
    discretionReasoning: string;
  } | null;
  statementHeld: boolean;
  hearingHeld: boolean;
  /** The draft decision document goes with the submission (its fields filled, not yet issued). */
  draftDecision: boolean;
}

export const MATERIAL_ITEMS = [
  'investigation_report',
  'evidence_list',
  'proposal',
  'proposal_basis',
  'discretion_reasoning',
  'statement_record',
  'hearing_record',
  'draft_decision',
] as const;
export type MaterialItem = (typeof MATERIAL_ITEMS)[number];
export const MATERIAL_LABELS: Record<MaterialItem, string> = {
  investigation_report: '案件调查终结报告',
  evidence_list: '证据材料清单',
  proposal: '拟作出的处理决定',
  proposal_basis: '拟处理决定的法律依据',
  discretion_reasoning: '行政裁量的理由',
  statement_record: '陈述和申辩笔录',
  hearing_record: '听证笔录',
  draft_decision: '拟作出的决定文书（草稿）',
};

export interface MaterialLine {
  item: MaterialItem;
  label: string;
  /** False when the case had no such step (no statement, no hearing): not needed, not missing. */
  needed: boolean;
  present: boolean;
}

const filled = (s: string | undefined) => (s ?? '').trim() !== '';

/** The checklist as the officer sees it before submitting, every line with whether it is there. */
export function materialsChecklist(f: CaseFileFacts): MaterialLine[] {
  const has = (key: string) => f.issuedDocuments.includes(key);
  const present: Record<MaterialItem, boolean> = {
    investigation_report: has('investigation_report'),
    evidence_list: f.evidenceCount > 0,
    proposal: f.proposal !== null && f.proposal.decision.length > 0,
    proposal_basis: filled(f.proposal?.basis),
    discretion_reasoning: filled(f.proposal?.discretionReasoning),
    statement_record: has('statement_record'),
    hearing_record: has('hearing_record'),
    draft_decision: f.draftDecision,
  };
  const needed = (item: MaterialItem) =>
    item === 'statement_record' ? f.statementHeld : item === 'hearing_record' ? f.hearingHeld : true;
  return MATERIAL_ITEMS.map((item) => ({
    item,
    label: MATERIAL_LABELS[item],
    needed: needed(item),
    present: present[item],
  }));
}

export const missingMaterials = (f: CaseFileFacts): MaterialItem[] =>
  materialsChecklist(f)
    .filter((l) => l.needed && !l.present)
    .map((l) => l.item);

/** The submission's refusal, naming every missing item, or the missing confirmation; null when complete. */
export function checkSubmission(f: CaseFileFacts, confirmed: boolean): ReviewRefusal | null {
  const missing = missingMaterials(f);
  if (missing.length > 0) {
    return refusal(
      'MATERIALS_MISSING',
      `送审材料不全，缺少：${missing.map((m) => MATERIAL_LABELS[m]).join('、')}`,
    );
  }
  if (!confirmed) {
    return refusal('MATERIALS_NOT_CONFIRMED', '承办机构须确认送审材料真实、准确、完整');
  }
  return null;
}

// D2, D3 what the review reads of its case: the materials the case file holds (documents issued, evidence,
// the proposal at 调查终结, whether a statement or hearing was held) and who worked on the case (回避).
import type { CaseFileFacts } from './rules/materials.ts';

/** The case page as the case service presents it: only the parts read here. */
export interface CasePageView {
  id: string;
  bodyId: string;
  code: string;
  cause: string;
  record: Record<string, unknown>;
  documents: ReadonlyArray<{ template: string }>;
  evidence: readonly unknown[];
  officers: ReadonlyArray<{ id: string }>;
}

/** What the submitter writes beside the case file: the basis, the discretion reasoning and the draft. */
export interface SubmissionText {
  basis: string;
  discretionReasoning: string;
  draftDecision: string;
}

export function caseFileFacts(page: CasePageView, text: SubmissionText): CaseFileFacts {
  const r = page.record;
  // The penalty as last proposed: the notice's when one was served, else the 调查终结 proposal.
  const proposed = (r.proposedPenalty ?? r.investigationProposal) as { kinds?: string[] } | null | undefined;
  const issued = page.documents.map((d) => d.template);
  return {
    issuedDocuments: issued,
    evidenceCount: page.evidence.length,
    proposal: {
      // 调查终结 proposed the penalty kinds, or none at all (不予处罚): either is a proposal to review.
      decision: proposed?.kinds?.length
        ? proposed.kinds
        : typeof r.investigationClosedOn === 'string'
          ? ['none']
          : [],
      basis: text.basis,
      discretionReasoning: text.discretionReasoning,
    },
    statementHeld: typeof r.statementOn === 'string',
    hearingHeld: typeof r.hearingHeldOn === 'string',
    draftDecision: text.draftDecision.trim() !== '',
  };
}

/** Everyone who worked on the case: its officers and whoever submitted a round (回避, D3). */
export function participantsOf(page: CasePageView, submitters: readonly string[]): string[] {
  return [...new Set([...page.officers.map((o) => o.id), ...submitters])];
}

// C5 the documents of a case, a bounded part of the cases module: what the rest of the module (the case
// page, its policy, the parties, the events) may use. Nothing outside this folder imports its other files.
export { DOCUMENT_STEP_PERMISSIONS } from './policy.ts';
export { listDocuments, unsafeDocumentNames, unsafeFindDocumentIds } from './repo.ts';
export { resealDocuments, type ResealedDocuments } from './sealed-repo.ts';
export { CaseDocumentsService } from './service.ts';
export { SIGNING_KEYS_SEALED } from './signing-keys.ts';
export { hearingThresholds } from './settings.ts';
export { decisionDocumentOf, DECISION_TEMPLATES, type DecisionDocument } from './decision-text.ts';
export { documentListItem, issueInput } from './types.ts';
export { DocumentsCaseFileSource } from './case-file-source.ts';
export { parseSignedMessageV2 } from './signed-message.ts';

// C7, C8, C10 the evidence of a case, a bounded part of the cases module: what the rest of the module
// (the case page, its policy, the documents) may use. Nothing outside this folder imports its other files.
export { EVIDENCE_STEP_PERMISSIONS } from './policy.ts';
export type { EvidenceRow } from './repo.ts';
export { EvidenceService, VERIFY_BEFORE_SEND_BYTES } from './service.ts';
export {
  EVIDENCE_TYPE_LABELS,
  EVIDENCE_TYPES,
  evidenceInput,
  evidenceOutput,
  type CaptureInput,
  type EvidenceType,
} from './types.ts';
export { EvidenceCaseFileSource } from './case-file-source.ts';

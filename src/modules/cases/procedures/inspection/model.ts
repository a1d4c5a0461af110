// C1 the 行政检查 procedure's vocabulary: states, the stored record and the refusal codes with their
// citations. Dates are `YYYY-MM-DD` legal dates.
import type { BaseFacts } from '../../machine.ts';
import { COMMON_CITATIONS, refuser } from '../guards.ts';

export const INSPECTION_STATES = [
  'planned',
  'inspected',
  'compliant',
  'correction_ordered',
  'corrected',
  'not_corrected',
  'transferred',
  'closed',
  'cancelled',
  'archived',
] as const;
export type InspectionState = (typeof INSPECTION_STATES)[number];

export const INSPECTION_STATE_LABELS: Record<InspectionState, string> = {
  planned: '拟检查',
  inspected: '已现场检查',
  compliant: '检查合格',
  correction_ordered: '已责令改正',
  corrected: '复查已改正',
  not_corrected: '复查未改正',
  transferred: '已移送立案查处',
  closed: '结案',
  cancelled: '取消检查',
  archived: '归档',
};

/** 卫生监督意见书 or 责令改正通知书. */
export const CORRECTION_DOCUMENTS = ['supervision_opinion', 'correction_notice'] as const;
export type CorrectionDocument = (typeof CORRECTION_DOCUMENTS)[number];
export const CORRECTION_DOCUMENT_LABELS: Record<CorrectionDocument, string> = {
  supervision_opinion: '卫生监督意见书',
  correction_notice: '责令改正通知书',
};

export interface InspectionRecord {
  inspectedOn: string | null;
  place: string | null;
  compliantOn: string | null;
  correctionIssuedOn: string | null;
  correctionDocument: CorrectionDocument | null;
  problems: string | null;
  correctionDeadline: string | null;
  reinspectedOn: string | null;
  corrected: boolean | null;
  reinspectionFindings: string | null;
  transferredOn: string | null;
  /** The 行政处罚 case the service opened on transfer. */
  penaltyCaseId: string | null;
  transferReason: string | null;
  cancelledReason: string | null;
  closedOn: string | null;
  archivedOn: string | null;
}
export type InspectionFacts = BaseFacts & InspectionRecord;

export function emptyInspectionRecord(): InspectionRecord {
  return {
    inspectedOn: null,
    place: null,
    compliantOn: null,
    correctionIssuedOn: null,
    correctionDocument: null,
    problems: null,
    correctionDeadline: null,
    reinspectedOn: null,
    corrected: null,
    reinspectionFindings: null,
    transferredOn: null,
    penaltyCaseId: null,
    transferReason: null,
    cancelledReason: null,
    closedOn: null,
    archivedOn: null,
  };
}

const LAW = '《中华人民共和国行政处罚法》';
export const GUARD_CITATIONS = {
  ...COMMON_CITATIONS,
  NOT_ALLOWED_IN_STATE: `${LAW}第二十八条第一款、第五十五条`,
  OFFICERS_INSUFFICIENT: `${LAW}第四十二条`,
  CERTIFICATE_NOT_SHOWN: `${LAW}第五十五条第一款`,
  ON_SITE_RECORD_MISSING: `${LAW}第五十五条`,
  PROBLEMS_REQUIRED: `${LAW}第二十八条第一款`,
  CORRECTION_DEADLINE_INVALID: `${LAW}第二十八条第一款`,
  REINSPECTION_TOO_EARLY: `${LAW}第二十八条第一款`,
  FINDINGS_REQUIRED: `${LAW}第五十五条`,
  CASE_ID_MISSING: '本平台规则：移送立案须关联新建的行政处罚案件',
  TRANSFER_REASON_MISSING: `${LAW}第五十四条`,
  CANCEL_REASON_MISSING: '本平台规则：取消检查须写明理由（执法全过程记录 C8）',
} as const;
export type InspectionGuardCode = keyof typeof GUARD_CITATIONS;
export const refuse = refuser<InspectionGuardCode>(GUARD_CITATIONS);

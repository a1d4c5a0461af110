// C1 the 行政检查 procedure (卫生监督检查) as a `ProcedureMachine`: an on-site inspection by two
// officers holding valid certificates, who show them and make a 现场笔录 (《中华人民共和国行政处罚法》
// 第四十二条、第五十五条); a compliant result, or a 卫生监督意见书 / 责令改正通知书 ordering correction by a
// date the officer sets (第二十八条第一款); a 复查 on or after that date (a correction may be confirmed
// earlier); if not corrected — or straight after the inspection where the violation calls for it — transfer
// to a 行政处罚 case (the service creates it; its id is kept here). Dates are `YYYY-MM-DD` legal dates.
import { z } from 'zod';
import { daysBetween, parseDate } from '../deadlines.ts';
import type { BaseFacts, ProcedureMachine, Refusal } from '../machine.ts';
import {
  COMMON_CITATIONS,
  blank,
  buildMachine,
  checkOfficers,
  dateField,
  notBefore,
  refuser,
  textField,
  type Outcome,
} from './guards.ts';
import { INSPECTION_PERIODS, fixedDeadline } from './periods.ts';

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
export type CorrectionDocument = 'supervision_opinion' | 'correction_notice';
export const CORRECTION_DOCUMENT_LABELS: Record<CorrectionDocument, string> = {
  supervision_opinion: '卫生监督意见书',
  correction_notice: '责令改正通知书',
};

export type InspectionAction =
  | { type: 'inspect'; inspectedOn: string; place: string; certificatesShown: boolean; onSiteRecord: boolean }
  | { type: 'record_compliant'; on: string }
  | {
      type: 'order_correction';
      issuedOn: string;
      document: CorrectionDocument;
      problems: string;
      deadline: string;
    }
  | { type: 'reinspect'; reinspectedOn: string; corrected: boolean; findings: string; onSiteRecord: boolean }
  | { type: 'transfer_to_case'; on: string; caseId: string; reason: string }
  | { type: 'close'; on: string }
  | { type: 'cancel'; on: string; reason: string }
  | { type: 'archive'; on: string };
export type InspectionActionType = InspectionAction['type'];

export const INSPECTION_ACTION_LABELS: Record<InspectionActionType, string> = {
  inspect: '现场检查（制作现场笔录）',
  record_compliant: '检查合格',
  order_correction: '出具卫生监督意见书/责令改正',
  reinspect: '复查',
  transfer_to_case: '移送立案查处',
  close: '结案',
  cancel: '取消检查',
  archive: '归档',
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
type Facts = BaseFacts & InspectionRecord;

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
const refuse = refuser<InspectionGuardCode>(GUARD_CITATIONS);

export const ACTIONS_FROM: Readonly<Record<InspectionState, readonly InspectionActionType[]>> = {
  planned: ['inspect', 'cancel'],
  inspected: ['record_compliant', 'order_correction', 'transfer_to_case'],
  compliant: ['close'],
  correction_ordered: ['reinspect'],
  corrected: ['close'],
  not_corrected: ['transfer_to_case'],
  transferred: ['close'],
  closed: ['archive'],
  cancelled: ['archive'],
  archived: [],
};

export const inspectionActionSchema: z.ZodType<InspectionAction> = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('inspect'),
    inspectedOn: dateField('检查日期'),
    place: textField('检查地点', 200),
    certificatesShown: z.boolean(),
    onSiteRecord: z.boolean(),
  }),
  z.object({ type: z.literal('record_compliant'), on: dateField('日期') }),
  z.object({
    type: z.literal('order_correction'),
    issuedOn: dateField('文书送达日期'),
    document: z.enum(['supervision_opinion', 'correction_notice']),
    problems: textField('发现的问题'),
    deadline: dateField('改正期限'),
  }),
  z.object({
    type: z.literal('reinspect'),
    reinspectedOn: dateField('复查日期'),
    corrected: z.boolean(),
    findings: textField('复查情况'),
    onSiteRecord: z.boolean(),
  }),
  z.object({
    type: z.literal('transfer_to_case'),
    on: dateField('移送日期'),
    caseId: textField('案件编号', 64),
    reason: textField('理由'),
  }),
  z.object({ type: z.literal('close'), on: dateField('结案日期') }),
  z.object({ type: z.literal('cancel'), on: dateField('日期'), reason: textField('理由') }),
  z.object({ type: z.literal('archive'), on: dateField('归档日期') }),
]);

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

function actionDates(a: InspectionAction): string[] {
  switch (a.type) {
    case 'inspect':
      return [a.inspectedOn];
    case 'order_correction':
      return [a.issuedOn]; // the deadline lies ahead
    case 'reinspect':
      return [a.reinspectedOn];
    case 'record_compliant':
    case 'transfer_to_case':
    case 'close':
    case 'cancel':
    case 'archive':
      return [a.on];
  }
}

function precheck(
  _state: InspectionState,
  f: Facts,
  type: InspectionActionType,
  date: string,
): Refusal | null {
  switch (type) {
    case 'inspect':
      return checkOfficers(refuse, 'OFFICERS_INSUFFICIENT', f, date, '检查人员');
    case 'reinspect':
      return checkOfficers(refuse, 'OFFICERS_INSUFFICIENT', f, date, '复查人员');
    case 'record_compliant':
    case 'order_correction':
    case 'transfer_to_case':
    case 'close':
    case 'cancel':
    case 'archive':
      return null;
  }
}

function apply(_state: InspectionState, f: Facts, a: InspectionAction): Outcome<InspectionState> {
  switch (a.type) {
    case 'inspect':
      if (!a.certificatesShown)
        return refuse('CERTIFICATE_NOT_SHOWN', '检查时应当主动向当事人或者有关人员出示执法证件');
      if (!a.onSiteRecord) return refuse('ON_SITE_RECORD_MISSING', '检查应当制作现场笔录');
      return { next: 'inspected' };
    case 'record_compliant':
      return notBefore(refuse, a.on, f.inspectedOn, '检查日期') ?? { next: 'compliant' };
    case 'order_correction': {
      const order = notBefore(refuse, a.issuedOn, f.inspectedOn, '检查日期');
      if (order) return order;
      if (blank(a.problems))
        return refuse(
          'PROBLEMS_REQUIRED',
          `${CORRECTION_DOCUMENT_LABELS[a.document]}须写明发现的问题和改正要求`,
        );
      parseDate(a.deadline, 'deadline');
      if (a.deadline <= a.issuedOn) {
        return refuse(
          'CORRECTION_DEADLINE_INVALID',
          `改正期限须晚于检查日期和文书送达日期（${a.issuedOn}），所填为 ${a.deadline}`,
        );
      }
      return {
        next: 'correction_ordered',
        opened: [fixedDeadline(INSPECTION_PERIODS.correction, a.issuedOn, a.deadline)],
      };
    }
    case 'reinspect': {
      const order = notBefore(refuse, a.reinspectedOn, f.correctionIssuedOn, '责令改正文书送达日期');
      if (order) return order;
      if (!a.onSiteRecord) return refuse('ON_SITE_RECORD_MISSING', '复查应当制作现场笔录');
      if (blank(a.findings)) return refuse('FINDINGS_REQUIRED', '须记录复查情况');
      // Corrected early may be confirmed at once; “not corrected” can only be found once the period is over.
      if (!a.corrected && f.correctionDeadline !== null && a.reinspectedOn < f.correctionDeadline) {
        return refuse(
          'REINSPECTION_TOO_EARLY',
          `改正期限至 ${f.correctionDeadline}（还剩 ${daysBetween(a.reinspectedOn, f.correctionDeadline)} 日），期限届至前不能认定未改正`,
        );
      }
      return {
        next: a.corrected ? 'corrected' : 'not_corrected',
        closed: [INSPECTION_PERIODS.correction.key],
      };
    }
    case 'transfer_to_case': {
      const order = notBefore(refuse, a.on, f.reinspectedOn ?? f.inspectedOn, '检查日期');
      if (order) return order;
      if (blank(a.caseId)) return refuse('CASE_ID_MISSING', '须关联移送后新立的行政处罚案件');
      if (blank(a.reason)) return refuse('TRANSFER_REASON_MISSING', '移送立案须写明涉嫌的违法行为');
      return { next: 'transferred' };
    }
    case 'close':
      return { next: 'closed' };
    case 'cancel':
      if (blank(a.reason)) return refuse('CANCEL_REASON_MISSING', '取消检查须写明理由');
      return { next: 'cancelled' };
    case 'archive':
      return { next: 'archived' };
  }
}

export function foldInspection(r: InspectionRecord, a: InspectionAction): InspectionRecord {
  switch (a.type) {
    case 'inspect':
      return { ...r, inspectedOn: a.inspectedOn, place: a.place };
    case 'record_compliant':
      return { ...r, compliantOn: a.on };
    case 'order_correction':
      return {
        ...r,
        correctionIssuedOn: a.issuedOn,
        correctionDocument: a.document,
        problems: a.problems,
        correctionDeadline: a.deadline,
      };
    case 'reinspect':
      return {
        ...r,
        reinspectedOn: a.reinspectedOn,
        corrected: a.corrected,
        reinspectionFindings: a.findings,
      };
    case 'transfer_to_case':
      return { ...r, transferredOn: a.on, penaltyCaseId: a.caseId, transferReason: a.reason };
    case 'close':
      return { ...r, closedOn: a.on };
    case 'cancel':
      return { ...r, cancelledReason: a.reason };
    case 'archive':
      return { ...r, archivedOn: a.on };
  }
}

export const inspectionMachine: ProcedureMachine<InspectionState, InspectionAction, InspectionRecord> =
  buildMachine({
    kind: 'inspection',
    states: INSPECTION_STATES,
    stateLabels: INSPECTION_STATE_LABELS,
    actionLabels: INSPECTION_ACTION_LABELS,
    initial: 'planned',
    finished: ['closed', 'cancelled', 'archived'],
    actionSchema: inspectionActionSchema,
    emptyRecord: emptyInspectionRecord,
    fold: foldInspection,
    actionsFrom: ACTIONS_FROM,
    refuse,
    actionDates,
    precheck,
    apply,
  });

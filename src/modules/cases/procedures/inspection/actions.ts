// C1 the actions of the 行政检查 procedure, each with its input, label, permission, guards and fold.
import { z } from 'zod';
import { daysBetween, parseDate } from '../../deadlines.ts';
import { actionsOf } from '../builder.ts';
import { dateField, textField } from '../fields.ts';
import { blank, checkOfficers, notBefore } from '../guards.ts';
import { INSPECTION_PERIODS, fixedDeadline } from '../periods.ts';
import {
  CORRECTION_DOCUMENTS,
  CORRECTION_DOCUMENT_LABELS,
  refuse,
  type InspectionRecord,
  type InspectionState,
} from './model.ts';

const action = actionsOf<InspectionState, InspectionRecord>();

export const INSPECTION_ACTIONS = {
  inspect: action({
    label: '现场检查（制作现场笔录）',
    permission: 'cases.handle',
    input: {
      inspectedOn: dateField('检查日期'),
      place: textField('检查地点', 200),
      certificatesShown: z.boolean(),
      onSiteRecord: z.boolean(),
    },
    dates: (a) => [a.inspectedOn],
    precheck: (_state, f, date) => checkOfficers(refuse, 'OFFICERS_INSUFFICIENT', f, date, '检查人员'),
    apply(_state, _f, a) {
      if (!a.certificatesShown)
        return refuse('CERTIFICATE_NOT_SHOWN', '检查时应当主动向当事人或者有关人员出示执法证件');
      if (!a.onSiteRecord) return refuse('ON_SITE_RECORD_MISSING', '检查应当制作现场笔录');
      return { next: 'inspected' };
    },
    fold: (r, a) => ({ ...r, inspectedOn: a.inspectedOn, place: a.place }),
  }),

  record_compliant: action({
    label: '检查合格',
    permission: 'cases.handle',
    input: { on: dateField('日期') },
    dates: (a) => [a.on],
    apply: (_state, f, a) => notBefore(refuse, a.on, f.inspectedOn, '检查日期') ?? { next: 'compliant' },
    fold: (r, a) => ({ ...r, compliantOn: a.on }),
  }),

  order_correction: action({
    label: '出具卫生监督意见书/责令改正',
    permission: 'cases.handle',
    input: {
      issuedOn: dateField('文书送达日期'),
      document: z.enum(CORRECTION_DOCUMENTS),
      problems: textField('发现的问题'),
      deadline: dateField('改正期限'),
    },
    dates: (a) => [a.issuedOn], // the deadline lies ahead
    apply(_state, f, a) {
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
    },
    fold: (r, a) => ({
      ...r,
      correctionIssuedOn: a.issuedOn,
      correctionDocument: a.document,
      problems: a.problems,
      correctionDeadline: a.deadline,
    }),
  }),

  reinspect: action({
    label: '复查',
    permission: 'cases.handle',
    input: {
      reinspectedOn: dateField('复查日期'),
      corrected: z.boolean(),
      findings: textField('复查情况'),
      onSiteRecord: z.boolean(),
    },
    dates: (a) => [a.reinspectedOn],
    precheck: (_state, f, date) => checkOfficers(refuse, 'OFFICERS_INSUFFICIENT', f, date, '复查人员'),
    apply(_state, f, a) {
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
    },
    fold: (r, a) => ({
      ...r,
      reinspectedOn: a.reinspectedOn,
      corrected: a.corrected,
      reinspectionFindings: a.findings,
    }),
  }),

  transfer_to_case: action({
    label: '移送立案查处',
    permission: 'cases.handle',
    input: { on: dateField('移送日期'), caseId: textField('案件编号', 64), reason: textField('理由') },
    dates: (a) => [a.on],
    apply(_state, f, a) {
      const order = notBefore(refuse, a.on, f.reinspectedOn ?? f.inspectedOn, '检查日期');
      if (order) return order;
      if (blank(a.caseId)) return refuse('CASE_ID_MISSING', '须关联移送后新立的行政处罚案件');
      if (blank(a.reason)) return refuse('TRANSFER_REASON_MISSING', '移送立案须写明涉嫌的违法行为');
      return { next: 'transferred' };
    },
    fold: (r, a) => ({ ...r, transferredOn: a.on, penaltyCaseId: a.caseId, transferReason: a.reason }),
  }),

  close: action({
    label: '结案',
    permission: 'cases.handle',
    input: { on: dateField('结案日期') },
    dates: (a) => [a.on],
    apply: () => ({ next: 'closed' }),
    fold: (r, a) => ({ ...r, closedOn: a.on }),
  }),

  cancel: action({
    label: '取消检查',
    permission: 'cases.handle',
    input: { on: dateField('日期'), reason: textField('理由') },
    dates: (a) => [a.on],
    apply(_state, _f, a) {
      if (blank(a.reason)) return refuse('CANCEL_REASON_MISSING', '取消检查须写明理由');
      return { next: 'cancelled' };
    },
    fold: (r, a) => ({ ...r, cancelledReason: a.reason }),
  }),

  archive: action({
    label: '归档',
    permission: 'cases.archive',
    input: { on: dateField('归档日期') },
    dates: (a) => [a.on],
    apply: () => ({ next: 'archived' }),
    fold: (r, a) => ({ ...r, archivedOn: a.on }),
  }),
};

// C5 a realistic penalty case of 示范区卫生健康委员会 for the document template tests: an organisation
// (示范口腔诊所有限公司) using non-health-technical staff, two certified officers, three pieces of evidence,
// a proposed warning and fine, and the computed deadlines of the notice and payment.
import type { OfficerSignature } from '../../../platform/documents/model.ts';
import type { BuildContext, CaseSnapshot, SnapshotPenalty } from './template.ts';

export const WARNING_AND_FINE: SnapshotPenalty = {
  kinds: ['warning', 'fine'],
  labels: ['警告', '罚款'],
  fineFen: 3_000_000,
};
export const WARNING_ONLY: SnapshotPenalty = { kinds: ['warning'], labels: ['警告'], fineFen: null };

export function penaltySnapshot(overrides: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return {
    body: {
      name: '示范区卫生健康委员会',
      shortName: '示区',
      address: '示范区人民路1号',
      phone: '010-12345678',
      reviewAuthority: '示范区人民政府',
      court: '示范区人民法院',
      paymentBank: '中国工商银行示范区支行',
      hearingFineThresholdFen: { person: 200_000, organisation: 2_000_000 },
    },
    case: {
      id: 'case-1',
      code: '示区卫医案〔2026〕12号',
      kind: 'penalty',
      kindLabel: '行政处罚',
      state: 'notified',
      stateLabel: '事先告知',
      cause: '使用非卫生技术人员从事医疗卫生技术工作',
      field: 'medical',
      fieldLabel: '医疗卫生',
      source: '投诉举报',
      place: '示范区健康路8号示范口腔诊所',
      summary: '当事人于2026年1月5日至2026年1月15日期间，安排未取得医师资格的王某在诊所内为患者进行口腔治疗',
      openedOn: '2026-01-16',
      violatedBasis: '《医疗机构管理条例》第二十七条',
      penaltyBasis: '《医疗机构管理条例》第四十七条',
      discretion: '当事人系初次违法，积极配合调查，依照裁量基准属一般情形',
    },
    record: {
      filedOn: '2026-01-20',
      noticeServedOn: '2026-03-06',
      proposedPenalty: { kinds: ['warning', 'fine'], fineFen: 3_000_000 },
      hearingOn: null,
      decidedOn: null,
      servedOn: null,
      payments: [],
    },
    proposedPenalty: WARNING_AND_FINE,
    decidedPenalty: null,
    parties: [
      {
        role: 'party',
        type: 'organisation',
        name: '示范口腔诊所有限公司',
        idType: null,
        idNumber: null,
        creditCode: '91110000MA01ABCDE2',
        legalRepresentative: '赵五',
        address: '示范区健康路8号',
        phone: '13800000000',
        minor: false,
      },
    ],
    officers: [
      { personId: 'p-1', name: '张三', certificateNo: 'SF99010201' },
      { personId: 'p-2', name: '李四', certificateNo: 'SF99010202' },
    ],
    evidence: [
      {
        seq: 1,
        type: 'inspection_record',
        typeLabel: '勘验笔录、现场笔录',
        title: '现场笔录',
        description: '证明王某在诊所内为患者治疗',
        collectedOn: '2026-01-16',
      },
      {
        seq: 2,
        type: 'party_statement',
        typeLabel: '当事人的陈述',
        title: '对赵五的询问笔录',
        description: '证明当事人安排王某从事诊疗工作',
        collectedOn: '2026-01-22',
      },
      {
        seq: 3,
        type: 'documentary',
        typeLabel: '书证',
        title: '门诊日志复印件',
        description: '证明违法行为的期间和次数',
        collectedOn: '2026-01-22',
      },
    ],
    documents: [],
    deadlines: {
      hearing_request: { due: '2026-03-13', citation: '《中华人民共和国行政处罚法》第六十四条第一项' },
    },
    today: '2026-03-06',
    ...overrides,
  };
}

/** A decided and served case: the payment deadline is known. */
export function decidedSnapshot(overrides: Partial<CaseSnapshot> = {}): CaseSnapshot {
  const base = penaltySnapshot();
  return penaltySnapshot({
    case: { ...base.case, state: 'served', stateLabel: '已送达' },
    record: {
      ...base.record,
      decidedOn: '2026-03-20',
      servedOn: '2026-03-21',
      statementOn: '2026-03-10',
      serviceMethod: 'in_person',
      payments: [],
    },
    decidedPenalty: WARNING_AND_FINE,
    deadlines: { payment: { due: '2026-04-07', citation: '《中华人民共和国行政处罚法》第六十七条第三款' } },
    today: '2026-03-20',
    ...overrides,
  });
}

export const OFFICERS: OfficerSignature[] = [
  { name: '张三', certificateNo: 'SF99010201', signature: 'SM2:3045A1B2' },
  { name: '李四', certificateNo: 'SF99010202', signature: 'SM2:3046C3D4' },
];

export function context(
  snapshot: CaseSnapshot,
  inputs: Record<string, string> = {},
  number?: string,
): BuildContext {
  return { snapshot, inputs, officers: OFFICERS, ...(number ? { number } : {}) };
}

// C1–C10 the ledger events of the cases module: a case opened, each procedure step (step-events.ts),
// evidence registered, attached, viewed and found altered, parties added and corrected, documents issued
// and downloaded, the document settings, exports and settled deadlines; and how the audit log names a
// case (by its number) and a document (by its number or title, with its case's number).
import { z } from 'zod';
import { beijingTime, fileSize, labelled, lines, yuan } from '../../platform/ledger/details.ts';
import {
  defineEvents,
  type EntityName,
  type ModuleEvents,
  type PayloadsOf,
} from '../../platform/ledger/events.ts';
import { deadlineLabel } from './deadline-labels.ts';
import { CASE_KIND_LABELS } from './machine.ts';
import { unsafeDocumentNames, unsafeFindDocumentIds } from './documents/index.ts';
import { EVIDENCE_TYPE_LABELS } from './evidence/index.ts';
import { PARTY_FIELD_LABELS, PARTY_ROLE_LABELS } from './parties/index.ts';
import * as repo from './repo.ts';
import { caseStepEvents } from './step-events.ts';

const PARTY_TYPES = { person: '自然人', organisation: '法人或其他组织' };
const EXPORT_FILTERS: Record<string, Record<string, string>> = {
  view: { mine: '我的案件', unit: '本科室', all: '全部' },
  status: { open: '办理中', finished: '已办结', overdue: '已逾期', due_soon: '即将到期', any: '全部' },
  kind: CASE_KIND_LABELS,
};
const FILTER_NAMES: Record<string, string> = {
  view: '范围',
  status: '状态',
  kind: '类别',
  state: '环节',
  q: '关键词',
};
const capture = z.object({
  capturedAt: z.string().nullable(),
  device: z.string().nullable(),
  location: z.string().nullable(),
});
const captureLines = (c: Partial<z.output<typeof capture>> | undefined) =>
  lines(['采集时间', beijingTime(c?.capturedAt)], ['采集设备', c?.device], ['采集地点', c?.location]);
const file = z.object({ sha256: z.string().nullable(), size: z.number().nullable() });

export const caseEvents = defineEvents({
  'case.file_export_started': {
    label: '开始导出案卷',
    domain: 'C10',
    payload: z.object({ maxFileBytes: z.number() }),
    details: (p) => lines(['单个音像/证据文件上限', fileSize(p.maxFileBytes)]),
  },
  'case.file_exported': {
    label: '导出案卷（封存）',
    domain: 'C8',
    payload: z.object({
      format: z.string(),
      manifest: z.object({ sha256: z.string(), sm3: z.string() }),
      /** SHA-256 of SHA256SUMS and of SM3SUMS, for the OpenSSL-only check (docs/VERIFY.md). */
      sha256sums: z.string(),
      sm3sums: z.string(),
      files: z.number(),
      omitted: z.number(),
      entries: z.number(),
      maxFileBytes: z.number(),
    }),
    details: (p) =>
      lines(
        ['清单 SHA-256', p.manifest.sha256],
        ['文件数', p.files],
        ['仅列哈希的文件数', p.omitted],
        ['账本记录数', p.entries],
      ),
  },
  'case.created': {
    label: '登记案件',
    domain: 'C1',
    payload: z.object({ code: z.string(), kind: z.string(), cause: z.string(), parties: z.number() }),
    details: (p) =>
      lines(['类别', labelled(CASE_KIND_LABELS, p.kind)], ['案由', p.cause], ['当事人数', p.parties]),
  },
  'case.exported': {
    label: '导出案件数据',
    domain: 'C10',
    payload: z.object({
      list: z.enum(['cases', 'deadlines']),
      rows: z.number(),
      filters: z.custom<object>((v) => typeof v === 'object' && v !== null),
      bytes: z.number(),
    }),
    details: (p) =>
      lines(
        ['导出内容', p.list === 'cases' ? '案件列表' : '办理期限'],
        ['行数', p.rows],
        [
          '筛选条件',
          Object.entries(p.filters).map(
            ([k, v]) => `${FILTER_NAMES[k] ?? k}：${EXPORT_FILTERS[k]?.[String(v)] ?? String(v)}`,
          ),
        ],
        ['文件大小', fileSize(p.bytes)],
      ),
  },
  'case.deadline_settled': {
    label: '重算暂定期限',
    domain: 'C3',
    payload: z.object({ key: z.string(), from: z.string(), provisionalDue: z.string(), due: z.string() }),
    details: (p) =>
      lines(['期限', deadlineLabel(p.key)], ['暂定届满日', p.provisionalDue], ['届满日', p.due]),
  },
  'case.viewed': {
    label: '查看案件',
    domain: 'H3',
    payload: z.object({ parties: z.number() }),
    details: (p) => lines(['当事人数', p.parties]),
  },
  'case.evidence_added': {
    label: '登记证据',
    domain: 'C7',
    payload: z.object({
      seq: z.number(),
      type: z.string(),
      title: z.string(),
      capture: capture.optional(),
    }),
    details: (p) =>
      lines(['证据序号', p.seq], ['种类', labelled(EVIDENCE_TYPE_LABELS, p.type)], ['名称', p.title]).concat(
        captureLines(p.capture),
      ),
  },
  'case.evidence_file_attached': {
    label: '上传证据文件',
    domain: 'C7',
    payload: capture.extend({
      seq: z.number(),
      fileName: z.string().nullable(),
      mimeType: z.string().nullable(),
      size: z.number().nullable(),
      sha256: z.string().nullable(),
      sm3: z.string().nullable(),
    }),
    details: (p) =>
      lines(['证据序号', p.seq], ['文件', p.fileName], ['大小', fileSize(p.size)]).concat(captureLines(p)),
  },
  'case.evidence_viewed': {
    label: '查看证据文件',
    domain: 'C10',
    payload: z.object({
      seq: z.number(),
      fileName: z.string().nullable(),
      sha256: z.string().nullable(),
      sm3: z.string().nullable(),
      size: z.number().nullable(),
    }),
    details: (p) => lines(['证据序号', p.seq], ['文件', p.fileName]),
  },
  'case.evidence_integrity_failed': {
    label: '证据文件校验失败',
    domain: 'C8',
    payload: z.object({ seq: z.number(), reason: z.string(), expected: file, actual: file }),
    details: (p) =>
      lines(
        ['证据序号', p.seq],
        ['原因', p.reason],
        ['登记大小', fileSize(p.expected.size)],
        ['实际大小', fileSize(p.actual.size)],
      ),
  },
  'case.party_added': {
    label: '增加当事人或参与人',
    domain: 'C4',
    payload: z.object({
      partyId: z.string(),
      role: z.string(),
      type: z.string(),
      representsId: z.string().nullable(),
    }),
    details: (p) =>
      lines(['身份', labelled(PARTY_ROLE_LABELS, p.role)], ['类型', labelled(PARTY_TYPES, p.type)]),
  },
  'case.party_corrected': {
    label: '更正当事人信息',
    domain: 'C4',
    payload: z.object({
      partyId: z.string(),
      fields: z.array(z.string()),
      reason: z.string(),
      partyVersion: z.number(),
    }),
    details: (p) =>
      lines(
        ['更正字段', labelled({ ...PARTY_FIELD_LABELS, representsId: '被代理人' }, p.fields)],
        ['理由', p.reason],
        ['版本', p.partyVersion],
      ),
  },
  'case.document_issued': {
    label: '制发文书',
    domain: 'C5',
    payload: z.object({
      caseId: z.string(),
      template: z.string(),
      templateVersion: z.number(),
      number: z.string().nullable(),
      contentHash: z.string(),
      docxSha256: z.string(),
      pdfSha256: z.string(),
      // Since signatures cover the files (v2): their SM3 too; absent on documents issued before.
      docxSm3: z.string().optional(),
      pdfSm3: z.string().optional(),
      signatureFormat: z.literal(2).optional(),
      signers: z.array(z.string()),
      party: z.string().nullable(),
    }),
    details: (p) =>
      lines(
        ['文书编号', p.number],
        ['模板版本', `第 ${p.templateVersion} 版`],
        ['签名执法证', p.signers],
        ['当事人', p.party === 'refused' ? '拒绝签名' : p.party ? '已签名' : null],
      ),
  },
  'case.document_viewed': {
    label: '查看文书',
    domain: 'H3',
    payload: z.object({ template: z.string() }),
  },
  'case.document_downloaded': {
    label: '下载文书',
    domain: 'C10',
    payload: z.object({ format: z.enum(['docx', 'pdf']), sha256: z.string() }),
    details: (p) => lines(['格式', p.format.toUpperCase()]),
  },
  'documents.settings_changed': {
    label: '修改文书设置',
    domain: 'C5',
    payload: z.object({
      numberPattern: z.string(),
      region: z.string(),
      reviewAuthority: z.string(),
      court: z.string(),
      paymentBank: z.string(),
      hearingFinePersonFen: z.number(),
      hearingFineOrganisationFen: z.number(),
    }),
    details: (p) =>
      lines(
        ['文书编号格式', p.numberPattern],
        ['地区简称', p.region],
        ['行政复议机关', p.reviewAuthority],
        ['人民法院', p.court],
        ['罚没款代收银行', p.paymentBank],
        ['对公民的较大数额罚款', yuan(p.hearingFinePersonFen)],
        ['对法人或者其他组织的较大数额罚款', yuan(p.hearingFineOrganisationFen)],
      ),
  },
});

export const caseSteps = caseStepEvents();

declare module '../../platform/ledger/events.ts' {
  interface LedgerEventMap extends PayloadsOf<typeof caseEvents>, PayloadsOf<typeof caseSteps> {}
}

export const casesLedger: ModuleEvents = {
  events: { ...caseEvents, ...caseSteps },
  entities: {
    case: {
      label: '案件',
      names: async (db, ids) =>
        new Map<string, EntityName>(
          (await repo.unsafeCaseNames(db, ids)).map((c) => [c.id, { name: c.code, kind: c.kind }]),
        ),
      find: repo.unsafeFindCaseIds,
    },
    case_document: {
      label: '执法文书',
      names: async (db, ids) =>
        new Map<string, EntityName>(
          (await unsafeDocumentNames(db, ids)).map((d) => [
            d.id,
            { name: `${d.number ?? d.title}（${d.code}）` },
          ]),
        ),
      find: unsafeFindDocumentIds,
    },
  },
};

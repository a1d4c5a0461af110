// C7 the API shapes of evidence: the kinds of evidence (行政处罚法第四十六条), an item as registered, how
// electronic data was captured, the file upload's text parts, and an item as the case page shows it.
import { z } from 'zod';
import { legalDate, required, text } from '../input-text.ts';

/** 行政处罚法第四十六条: the kinds of evidence. */
export const EVIDENCE_TYPES = [
  'documentary', // 书证
  'physical', // 物证
  'audiovisual', // 视听资料
  'electronic', // 电子数据
  'testimony', // 证人证言
  'party_statement', // 当事人的陈述
  'expert_opinion', // 鉴定意见
  'inspection_record', // 勘验笔录、现场笔录
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export const EVIDENCE_TYPE_LABELS: Record<EvidenceType, string> = {
  documentary: '书证',
  physical: '物证',
  audiovisual: '视听资料',
  electronic: '电子数据',
  testimony: '证人证言',
  party_statement: '当事人的陈述',
  expert_opinion: '鉴定意见',
  inspection_record: '勘验笔录、现场笔录',
};

/**
 * How electronic data was captured (C7): the terminal's clock with its zone (a bare local time would be
 * ambiguous once the record leaves the device), the terminal (执法记录仪编号, 移动执法终端) and the place.
 */
export const captureFields = {
  capturedAt: z.iso
    .datetime({ offset: true, error: '采集时间须为带时区的 ISO 8601 时间，如 2026-08-05T10:30:00+08:00' })
    .nullable()
    .default(null),
  device: text(100, '采集设备').nullable().default(null),
  location: text(200, '采集地点').nullable().default(null),
};

export const evidenceInput = z.object({
  type: z.enum(EVIDENCE_TYPES),
  title: required(200, '证据名称'),
  description: text(2000, '证明内容').default(''),
  source: text(200, '来源').default(''),
  collectedOn: legalDate('收集日期'),
  collectedBy: text(100, '收集人').default(''),
  ...captureFields,
  /** The case version the caller read: a stale one is refused (409 VERSION_CONFLICT). */
  version: z.number().int().positive(),
});
export type EvidenceInput = z.infer<typeof evidenceInput>;

/** The text parts of an evidence file upload; an unknown name is refused, not dropped (it is written once). */
export const evidenceFileFields = z.strictObject(captureFields);
export type CaptureInput = z.infer<typeof evidenceFileFields>;

export const evidenceParam = z.object({
  id: z.uuid('编号无效'),
  seq: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, '证据序号须为正整数')
    .transform(Number),
});

/** A file received into the object store, with the fingerprints taken on the way in. */
export interface ReceivedFile {
  key: string;
  size: number;
  sha256: string;
  sm3: string;
}

/** An item as the case page lists it. */
export const evidenceOutput = z.object({
  id: z.string(),
  seq: z.number(),
  type: z.string(),
  typeLabel: z.string(),
  title: z.string(),
  description: z.string(),
  source: z.string(),
  collectedOn: z.string(),
  collectedBy: z.string(),
  hasFile: z.boolean(),
  fileName: z.string().nullable(),
  mimeType: z.string().nullable(),
  size: z.number().nullable(),
  sha256: z.string().nullable(),
  sm3: z.string().nullable(),
  fileAttachedAt: z.string().nullable(),
  capturedAt: z.string().nullable(),
  device: z.string().nullable(),
  location: z.string().nullable(),
});

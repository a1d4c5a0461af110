// C6 what a record carries: the details an officer (or a body-cam dock's export) gives with the file,
// checked before a byte is received, and how they are shown.
import { z } from 'zod';
import { boundedText, requiredText } from '../../platform/text.ts';

export const AV_KINDS = ['video', 'audio', 'photo'] as const;
export type AvKind = (typeof AV_KINDS)[number];
export const AV_KIND_LABELS: Record<AvKind, string> = { video: '录像', audio: '录音', photo: '照片' };

export const EXEMPTION_REASONS = ['secret', 'privacy', 'force_majeure'] as const;
export const EXEMPTION_REASON_LABELS: Record<(typeof EXEMPTION_REASONS)[number], string> = {
  secret: '涉及国家秘密、工作秘密或商业秘密',
  privacy: '涉及个人隐私',
  force_majeure: '天气等不可抗力',
};

/** The device's own hash as docks export it: `sha256:<hex>`, `sm3:<hex>` or `md5:<hex>`. */
export const DEVICE_HASH_ALGORITHMS = { sha256: 64, sm3: 64, md5: 32 } as const;
export type DeviceHashAlgorithm = keyof typeof DEVICE_HASH_ALGORITHMS;

const instant = (what: string) =>
  z.iso
    .datetime({ offset: true, message: `${what}须为带时区的 ISO 8601 时间，如 2026-12-07T09:30:00+08:00` })
    .transform((s) => new Date(s).toISOString());

const deviceHash = z
  .string()
  .trim()
  .toLowerCase()
  .refine(
    (s) => {
      const [alg, hex] = s.split(':');
      const len = DEVICE_HASH_ALGORITHMS[alg as DeviceHashAlgorithm];
      return len !== undefined && hex !== undefined && new RegExp(`^[0-9a-f]{${len}}$`).test(hex);
    },
    { message: '设备哈希须为 sha256:<64 位十六进制>、sm3:<64 位十六进制> 或 md5:<32 位十六进制>' },
  );

/**
 * The details of a record, sent as the tus Upload-Metadata of its upload (each value a string). The
 * activity is a B5 音像记录事项 code; start and end come from the device (UTC with offset).
 */
export const recordDetails = z
  .object({
    caseId: z.uuid({ message: 'caseId 须为案件编号（UUID）' }),
    filename: requiredText(200, '文件名'),
    filetype: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/, '文件类型格式不正确'),
    kind: z.enum(AV_KINDS, { message: 'kind 须为 video、audio 或 photo' }),
    activity: requiredText(50, '执法活动（音像记录事项编码）'),
    title: requiredText(200, '记录名称'),
    place: boundedText(200, '地点').default(''),
    officers: boundedText(200, '执法人员').default(''),
    deviceSerial: requiredText(100, '设备编号'),
    officerCardId: boundedText(50, '执法证号').default(''),
    startedAt: instant('开始时间'),
    endedAt: instant('结束时间'),
    important: z
      .enum(['true', 'false', '1', '0'])
      .default('false')
      .transform((v) => v === 'true' || v === '1'),
    deviceHash: deviceHash.optional(),
    interruptionNote: boundedText(1000, '中断说明').default(''),
    lateReason: boundedText(1000, '延期登记理由').default(''),
    lateApprovedBy: boundedText(100, '批准延期的负责人').default(''),
  })
  .strict()
  .refine((d) => d.endedAt >= d.startedAt, { message: '结束时间早于开始时间', path: ['endedAt'] })
  .refine((d) => (d.lateReason === '') === (d.lateApprovedBy === ''), {
    message: '延期登记须同时写明书面理由和事先批准的负责人',
    path: ['lateApprovedBy'],
  });
export type RecordDetails = z.output<typeof recordDetails>;

/** What ffprobe read from the file itself (absent facts are null). */
export interface MediaFacts {
  format: string | null;
  durationSeconds: number | null;
  createdAt: string | null;
  videoCodec: string | null;
  audioCodec: string | null;
  width: number | null;
  height: number | null;
  /** Set when the probe and the declared kind disagree (the file was accepted as a flagged record). */
  mismatch: string | null;
}

/** A record as another module (the case-file export) needs it: where its bytes are and their fingerprints. */
export interface CaseRecordFile {
  recordId: string;
  seq: number;
  kind: AvKind;
  title: string;
  fileName: string;
  mimeType: string;
  objectKey: string;
  posterKey: string | null;
  size: number;
  sha256: string;
  sm3: string;
  startedAt: string;
  endedAt: string;
}

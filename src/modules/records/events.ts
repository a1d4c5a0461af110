// C6, C8, C10 the ledger events of audio/video records: a record registered (with both fingerprints and
// what the device and the file say), a file refused on arrival, every view of a record, and the work
// record of an activity that could not be recorded with its approval.
import { z } from 'zod';
import { beijingTime, fileSize, lines } from '../../platform/ledger/details.ts';
import { defineEvents, type ModuleEvents, type PayloadsOf } from '../../platform/ledger/events.ts';
import { AV_KIND_LABELS, EXEMPTION_REASON_LABELS } from './types.ts';

export const recordEvents = defineEvents({
  'record.registered': {
    label: '登记音像记录',
    domain: 'C6',
    payload: z.object({
      recordId: z.string(),
      seq: z.number(),
      kind: z.enum(['video', 'audio', 'photo']),
      activity: z.string(),
      fileName: z.string(),
      size: z.number(),
      sha256: z.string(),
      sm3: z.string(),
      deviceSerial: z.string(),
      officerCardId: z.string(),
      startedAt: z.string(),
      endedAt: z.string(),
      important: z.boolean(),
      deviceHash: z.string().nullable(),
      durationSeconds: z.number().nullable(),
      late: z.boolean(),
    }),
    details: (p) =>
      lines(
        ['序号', p.seq],
        ['类型', AV_KIND_LABELS[p.kind]],
        ['执法活动', p.activity],
        ['文件', p.fileName],
        ['大小', fileSize(p.size)],
        ['SHA-256', p.sha256],
        ['SM3', p.sm3],
        ['设备编号', p.deviceSerial],
        ['开始时间', beijingTime(p.startedAt)],
        ['结束时间', beijingTime(p.endedAt)],
        ['重要标记', p.important ? '是' : null],
        ['逾期登记', p.late ? '是' : null],
      ),
  },
  'record.refused': {
    label: '拒收音像记录文件',
    domain: 'C6',
    payload: z.object({ reason: z.string(), fileName: z.string(), size: z.number(), sha256: z.string() }),
    details: (p) => lines(['原因', p.reason], ['文件', p.fileName], ['大小', fileSize(p.size)]),
  },
  'record.viewed': {
    label: '查看音像记录',
    domain: 'C10',
    payload: z.object({
      recordId: z.string(),
      seq: z.number(),
      sha256: z.string(),
      range: z.string().nullable(),
    }),
    details: (p) => lines(['序号', p.seq], ['范围', p.range]),
  },
  'record.exemption_added': {
    label: '登记无法音像记录的工作记录',
    domain: 'C6',
    payload: z.object({
      exemptionId: z.string(),
      activity: z.string(),
      reasonKind: z.enum(['secret', 'privacy', 'force_majeure']),
    }),
    details: (p) => lines(['执法活动', p.activity], ['原因类别', EXEMPTION_REASON_LABELS[p.reasonKind]]),
  },
  'record.exemption_approved': {
    label: '批准无法音像记录的工作记录',
    domain: 'C6',
    payload: z.object({ exemptionId: z.string(), activity: z.string() }),
    details: (p) => lines(['执法活动', p.activity]),
  },
});

declare module '../../platform/ledger/events.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by its heritage
  interface LedgerEventMap extends PayloadsOf<typeof recordEvents> {}
}

export const recordsLedger: ModuleEvents = { events: recordEvents };

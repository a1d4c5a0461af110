// C6, C10 HTTP of a case's records: the list with its compliance flags, playback with HTTP range
// requests (RFC 9110 §14: 206 with Content-Range, 416 outside the file) and the poster frame, and the
// "AV not possible" work records with the head's approval. Thin: parse, call the services, present.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requiredText } from '../../platform/text.ts';
import { userCtx } from '../access/index.ts';
import type { ExemptionsService } from './exemptions.ts';
import type { RecordsService } from './service.ts';
import { EXEMPTION_REASONS, AV_KINDS } from './types.ts';
import type { ExemptionRow, RecordRow } from './repo.ts';

const tags = ['音像记录'];
const caseParam = z.object({ id: z.uuid('编号无效') });
const recordParam = caseParam.extend({ seq: z.coerce.number().int().min(1).max(1_000_000) });
const exemptionParam = caseParam.extend({ exemptionId: z.uuid('编号无效') });

const iso = (v: string | null) =>
  v === null ? null : new Date(v.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString();

const mediaOutput = z.object({
  format: z.string().nullable(),
  durationSeconds: z.number().nullable(),
  createdAt: z.string().nullable(),
  videoCodec: z.string().nullable(),
  audioCodec: z.string().nullable(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  mismatch: z.string().nullable(),
});

export const recordOutput = z.object({
  id: z.string(),
  seq: z.number(),
  kind: z.enum(AV_KINDS),
  activity: z.string(),
  title: z.string(),
  place: z.string(),
  officers: z.string(),
  deviceSerial: z.string(),
  officerCardId: z.string(),
  startedAt: z.string(),
  endedAt: z.string(),
  important: z.boolean(),
  deviceHash: z.string().nullable(),
  interruptionNote: z.string(),
  lateReason: z.string(),
  lateApprovedBy: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number(),
  sha256: z.string(),
  sm3: z.string(),
  media: mediaOutput,
  hasPoster: z.boolean(),
  registeredAt: z.string(),
});

const exemptionOutput = z.object({
  id: z.string(),
  activity: z.string(),
  reasonKind: z.enum(EXEMPTION_REASONS),
  reason: z.string(),
  createdAt: z.string(),
  approved: z.boolean(),
  approvedAt: z.string().nullable(),
});

const flagOutput = z.object({
  code: z.string(),
  message: z.string(),
  citation: z.string(),
  activity: z.string().nullable(),
  seq: z.number().nullable(),
});

const recordsOutput = z.object({
  records: z.array(recordOutput),
  exemptions: z.array(exemptionOutput),
  flags: z.array(flagOutput),
});

const exemptionInput = z
  .object({
    activity: requiredText(50, '执法活动'),
    reasonKind: z.enum(EXEMPTION_REASONS),
    reason: requiredText(2000, '无法音像记录的原因'),
  })
  .strict();

function presentRecord(r: RecordRow): z.output<typeof recordOutput> {
  return {
    id: r.id,
    seq: r.seq,
    kind: r.kind,
    activity: r.activity,
    title: r.title,
    place: r.place,
    officers: r.officers,
    deviceSerial: r.deviceSerial,
    officerCardId: r.officerCardId,
    startedAt: iso(r.startedAt)!,
    endedAt: iso(r.endedAt)!,
    important: r.important,
    deviceHash: r.deviceHash && `${r.deviceHashAlgorithm}:${r.deviceHash}`,
    interruptionNote: r.interruptionNote,
    lateReason: r.lateReason,
    lateApprovedBy: r.lateApprovedBy,
    fileName: r.fileName,
    mimeType: r.mimeType,
    size: r.size,
    sha256: r.sha256,
    sm3: r.sm3,
    media: r.media as z.output<typeof mediaOutput>,
    hasPoster: r.posterKey !== null,
    registeredAt: iso(r.registeredAt)!,
  };
}

function presentExemption(e: ExemptionRow): z.output<typeof exemptionOutput> {
  return {
    id: e.id,
    activity: e.activity,
    reasonKind: e.reasonKind,
    reason: e.reason,
    createdAt: iso(e.createdAt)!,
    approved: e.approvedBy !== null,
    approvedAt: iso(e.approvedAt),
  };
}

/** `bytes=a-b`, `bytes=a-` or `bytes=-n` against a file of `size` bytes; null: unsatisfiable. */
export function parseRange(header: string, size: number): { start: number; end: number } | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '') || size === 0) return null;
  if (m[1] === '') {
    const n = Number(m[2]);
    return n === 0 ? null : { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  return start > end || start >= size ? null : { start, end };
}

export function recordRoutes(app: FastifyInstance, records: RecordsService, exemptions: ExemptionsService) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/cases/:id/records',
    {
      config: { access: 'cases.read' },
      schema: {
        tags,
        summary:
          '案件的音像记录、无法记录的工作记录与合规提示（万州区执法全过程记录制度第十一、十三、十五、二十一条）',
        params: caseParam,
        response: { 200: recordsOutput },
      },
    },
    async (req) => {
      const list = await records.list(userCtx(req), req.params.id);
      return {
        records: list.records.map(presentRecord),
        exemptions: list.exemptions.map(presentExemption),
        flags: list.flags,
      };
    },
  );

  // Outside the OpenAPI document: a media stream answered with 200, 206 or 416 by its Range header.
  r.get(
    '/api/v1/cases/:id/records/:seq/file',
    { config: { access: 'cases.read' }, schema: { hide: true, params: recordParam } },
    async (req, reply) => {
      const ctx = userCtx(req);
      const header = req.headers.range;
      const { record } = await records.describe(ctx, req.params.id, req.params.seq);
      const range = header ? parseRange(header, record.size) : null;
      if (header && !range)
        return reply
          .code(416)
          .header('content-range', `bytes */${record.size}`)
          .send({
            code: 'VALIDATION_FAILED',
            message: '请求的范围超出文件大小',
            details: { size: record.size },
          });
      const { body } = await records.open(ctx, req.params.id, req.params.seq, range);
      reply
        .header('content-type', record.mimeType)
        .header('accept-ranges', 'bytes')
        .header('cache-control', 'no-store');
      if (!range) return reply.header('content-length', record.size).send(body);
      return reply
        .code(206)
        .header('content-range', `bytes ${range.start}-${range.end}/${record.size}`)
        .header('content-length', range.end - range.start + 1)
        .send(body);
    },
  );

  r.get(
    '/api/v1/cases/:id/records/:seq/poster',
    { config: { access: 'cases.read' }, schema: { hide: true, params: recordParam } },
    async (req, reply) => {
      const body = await records.poster(userCtx(req), req.params.id, req.params.seq);
      return reply.header('content-type', 'image/jpeg').header('cache-control', 'no-store').send(body);
    },
  );

  r.post(
    '/api/v1/cases/:id/records/exemptions',
    {
      config: { access: 'cases.handle' },
      schema: {
        tags,
        summary: '登记无法音像记录的工作记录（涉密、隐私、不可抗力；万州区执法全过程记录制度第十三条）',
        params: caseParam,
        body: exemptionInput,
        response: { 200: exemptionOutput },
      },
    },
    async (req) => presentExemption(await exemptions.add(userCtx(req), req.params.id, req.body)),
  );

  r.post(
    '/api/v1/cases/:id/records/exemptions/:exemptionId/approve',
    {
      config: { access: 'cases.approve' },
      schema: {
        refusals: [409],
        tags,
        summary: '负责人审核无法音像记录的工作记录',
        params: exemptionParam,
        response: { 200: exemptionOutput },
      },
    },
    async (req) =>
      presentExemption(await exemptions.approve(userCtx(req), req.params.id, req.params.exemptionId)),
  );
}

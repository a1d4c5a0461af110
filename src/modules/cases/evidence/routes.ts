// C7, C8, C10 HTTP: register evidence, attach its file once (multipart, with how electronic data was
// captured), and download it (checked against its fingerprint, every download logged). Thin: parse,
// call the evidence service, present the case.
import { MEDIA } from '../../../platform/http/openapi-contract.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { badRequest } from '../../../platform/http/errors.ts';
import { uploadParts } from '../../../platform/http/upload.ts';
import { userCtx } from '../../access/index.ts';
import type { CasesService } from '../service.ts';
import { caseOutput, idParam } from '../types.ts';
import type { EvidenceService } from './service.ts';
import {
  evidenceFileFields,
  evidenceInput,
  evidenceParam,
  type CaptureInput,
  type ReceivedFile,
} from './types.ts';

/**
 * RFC 6266 / 5987: a plain ASCII fallback for old clients, and the real (Chinese) name percent-encoded
 * as UTF-8. encodeURIComponent leaves ' ( ) * alone, which are not attr-chars, so they are encoded too.
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** The name without any client path (some browsers send one) or control characters. */
function cleanFileName(raw: string | undefined, seq: number): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const name = base
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 200);
  return name || `证据${seq}`;
}

/** The client's media type if it is a well-formed type/subtype; it is sent back as the download's type. */
function cleanMimeType(raw: string | undefined): string {
  const t = (raw ?? '').trim().toLowerCase();
  return /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/.test(t)
    ? t
    : 'application/octet-stream';
}

/** The text parts as capture details; empty parts count as not given. 400 naming the part otherwise. */
function captureOf(fields: Record<string, string>): CaptureInput {
  const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== ''));
  const parsed = evidenceFileFields.safeParse(given);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]! as z.core.$ZodIssue & { keys?: string[] };
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys ?? [];
    throw badRequest(`未知的字段：${keys.join('、')}（可填写 capturedAt、device、location）`, {
      field: keys[0],
    });
  }
  throw badRequest(issue.message, { field: issue.path.join('.') });
}

export function evidenceRoutes(
  app: FastifyInstance,
  evidence: EvidenceService,
  cases: CasesService,
  opts: { maxFileBytes: number },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['案件办理'];

  r.post(
    '/api/v1/cases/:id/evidence',
    {
      config: { access: 'cases.handle', idempotent: true },
      schema: {
        refusals: [422],
        tags,
        summary: '登记证据（行政处罚法第四十六条的证据种类；电子数据可同时记录采集时间、设备与地点）',
        params: idParam,
        body: evidenceInput,
        response: { 200: caseOutput },
      },
    },
    async (req) => {
      const ctx = userCtx(req);
      await evidence.add(ctx, req.params.id, req.body);
      return cases.get(ctx, req.params.id);
    },
  );

  r.post(
    '/api/v1/cases/:id/evidence/:seq/file',
    {
      config: { access: 'cases.handle' },
      schema: {
        upload: { file: '证据文件', types: [MEDIA.any], fields: evidenceFileFields },
        refusals: [409, 422],
        tags,
        summary:
          '上传证据文件（multipart：字段 file，可选 capturedAt、device、location）；一经上传不能替换或删除',
        description: `文件计算 SHA-256 与 SM3 后存证；同一证据再次上传返回 409，须登记新的证据。文件不得为空，不得超过 ${Math.round(opts.maxFileBytes / 1024 / 1024)} MB。`,
        params: evidenceParam,
        consumes: ['multipart/form-data'],
        response: { 200: caseOutput },
      },
    },
    async (req) => {
      const ctx = userCtx(req);
      const { id, seq } = req.params;
      // Refusals that do not depend on the body come first, so a refused upload stores nothing.
      const item = await evidence.checkAttachable(ctx, id, seq);
      const fields: Record<string, string> = {};
      let file: (ReceivedFile & { fileName: string; mimeType: string }) | undefined;
      // One byte over the limit lets the service tell an oversized file from one that is exactly full.
      for await (const part of uploadParts(req, {
        what: '证据文件（字段 file）',
        field: 'file',
        maxBytes: opts.maxFileBytes + 1,
      })) {
        if (part.type === 'field') {
          fields[part.name] = part.value;
          continue;
        }
        // Details sent before the file are checked before it is stored (the workbench sends them first).
        evidence.checkDetails(ctx, item, captureOf(fields));
        const mimeType = cleanMimeType(part.file.mimetype);
        file = {
          ...(await evidence.receive(part.file.file, mimeType, opts.maxFileBytes)),
          fileName: cleanFileName(part.file.filename, seq),
          mimeType,
        };
      }
      await evidence.attach(ctx, id, seq, file!, captureOf(fields));
      return cases.get(ctx, id);
    },
  );

  r.get(
    '/api/v1/cases/:id/evidence/:seq/file',
    {
      config: { access: 'cases.read' },
      schema: {
        download: [MEDIA.any],
        tags,
        summary: '下载证据文件（发送前按 SHA-256 校验；每次下载记入审计）',
        params: evidenceParam,
      },
    },
    async (req, reply) => {
      const f = await evidence.open(userCtx(req), req.params.id, req.params.seq);
      return reply
        .header('content-type', f.mimeType)
        .header('content-disposition', contentDisposition(f.fileName))
        .header('content-length', f.size)
        .header('cache-control', 'no-store')
        .send(f.body);
    },
  );
}

// C6 resumable upload of records with the tus 1.0.0 protocol at /api/v1/uploads (core, creation,
// termination and checksum), mounted as @tus/server's documentation does for Fastify: a content-type
// parser that leaves the PATCH body unread, and the raw request and response handed to the tus server.
// Each request passes the access hook first like any API route (session with CSRF header, or an API
// token); what the tus server cannot know is checked here before it runs: the record's details and the
// case on creation, and that an upload is continued, inspected or ended only by whoever started it.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Server } from '@tus/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, badRequest, conflict } from '../../platform/http/errors.ts';
import { userCtx } from '../access/index.ts';
import type { RecordsService } from './service.ts';
import { recordDetails } from './types.ts';
import { CHECKSUM_ALGORITHMS, parseChecksumHeader, type HashingFileStore } from './upload-store.ts';

export const UPLOADS_PATH = '/api/v1/uploads';
const CTX = Symbol('sanxiang.ctx');
type RawWithCtx = IncomingMessage & { [CTX]?: ReturnType<typeof userCtx> };

/** Upload-Metadata: comma-separated `key base64value` pairs (tus 1.0.0, creation extension). */
export function parseUploadMetadata(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of (header ?? '').split(',')) {
    const [key, value, extra] = pair.trim().split(' ');
    if (!key) continue;
    if (extra !== undefined || !/^[\x21-\x7e]+$/.test(key) || key.includes(','))
      throw badRequest('Upload-Metadata 格式不正确', { field: 'Upload-Metadata' });
    if (key in out) throw badRequest(`Upload-Metadata 重复的键 ${key}`, { field: key });
    out[key] = value === undefined ? '' : Buffer.from(value, 'base64').toString('utf8');
  }
  return out;
}

function detailsOf(raw: Record<string, string>) {
  const parsed = recordDetails.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]! as { message: string; path: PropertyKey[]; keys?: string[] };
  const field = issue.keys?.[0] ?? issue.path.join('.');
  throw badRequest(issue.keys ? `未知的字段：${issue.keys.join('、')}` : issue.message, { field });
}

function uploadLength(header: string | string[] | undefined, maxBytes: number): number {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || !/^\d{1,16}$/.test(value))
    throw badRequest('须以 Upload-Length 声明文件大小（字节）', { field: 'Upload-Length' });
  const size = Number(value);
  if (size === 0) throw badRequest('文件为空（0 字节），请重新选择文件', { field: 'Upload-Length' });
  if (size > maxBytes)
    throw new AppError(
      413,
      'PAYLOAD_TOO_LARGE',
      `音像记录文件超过 ${Math.round(maxBytes / 2 ** 20)} MB 的上限`,
      {
        maxBytes,
      },
    );
  return size;
}

export async function uploadRoutes(
  app: FastifyInstance,
  records: RecordsService,
  store: HashingFileStore,
  opts: { maxBytes: number },
) {
  const tus = new Server({
    path: UPLOADS_PATH,
    datastore: store,
    relativeLocation: true,
    maxSize: opts.maxBytes,
    namingFunction: () => randomUUID(),
    onUploadCreate: async (req, upload) => {
      const ctx = (req.runtime?.node?.req as RawWithCtx | undefined)?.[CTX];
      if (!ctx) throw new AppError(401, 'UNAUTHENTICATED', '请先登录');
      await records.announce(
        ctx,
        upload.id,
        parseUploadMetadata(req.headers.get('upload-metadata') ?? ''),
        upload.size!,
      );
      return {};
    },
    onUploadFinish: async (req, upload) => {
      const ctx = (req.runtime?.node?.req as RawWithCtx | undefined)?.[CTX];
      if (!ctx) throw new AppError(401, 'UNAUTHENTICATED', '请先登录');
      const record = await records.register(ctx, upload.id);
      return { headers: { 'Sanxiang-Record-Id': record.id, 'Sanxiang-Record-Seq': record.seq } };
    },
    onResponseError: (_req, err) =>
      err instanceof AppError
        ? {
            status_code: err.status,
            body: JSON.stringify({ code: err.code, message: err.message, details: err.details ?? null }),
          }
        : undefined,
  });

  const forward = async (request: FastifyRequest, reply: FastifyReply) => {
    (request.raw as RawWithCtx)[CTX] = userCtx(request);
    reply.raw.setHeader('Cache-Control', 'no-store');
    if (request.method === 'OPTIONS')
      reply.raw.setHeader('Tus-Checksum-Algorithm', CHECKSUM_ALGORITHMS.join(','));
    reply.hijack();
    await tus.handle(request.raw, reply.raw);
  };
  const hidden = { hide: true };

  await app.register(async (scope) => {
    // The tus server reads the PATCH body itself, as a stream.
    scope.addContentTypeParser('application/offset+octet-stream', (_req, _payload, done) => done(null));

    scope.options(UPLOADS_PATH, { config: { access: 'cases.handle' }, schema: hidden }, forward);

    scope.post(
      UPLOADS_PATH,
      { config: { access: 'cases.handle' }, schema: hidden },
      async (request, reply) => {
        uploadLength(request.headers['upload-length'], opts.maxBytes);
        const details = detailsOf(
          parseUploadMetadata(request.headers['upload-metadata'] as string | undefined),
        );
        await records.checkAnnouncement(userCtx(request), details);
        return forward(request, reply);
      },
    );

    scope.route<{ Params: { uploadId: string } }>({
      method: ['HEAD', 'PATCH', 'DELETE'],
      url: `${UPLOADS_PATH}/:uploadId`,
      config: { access: 'cases.handle' },
      schema: hidden,
      handler: async (request, reply) => {
        const ctx = userCtx(request);
        const upload = await records.uploadOf(ctx, request.params.uploadId);
        if (upload.recordId) {
          if (request.method !== 'HEAD')
            throw conflict('CONFLICT', '该上传已登记为音像记录，不能续传或删除（C8：登记后不得删改）', {
              recordId: upload.recordId,
            });
          // Registered: the bytes have moved to the object store; a client resuming sees it complete.
          return reply
            .code(200)
            .header('Tus-Resumable', '1.0.0')
            .header('Upload-Offset', upload.size)
            .header('Upload-Length', upload.size)
            .header('Cache-Control', 'no-store')
            .header('Sanxiang-Record-Id', upload.recordId)
            .send();
        }
        if (request.method === 'PATCH') {
          const checksum = parseChecksumHeader(request.headers['upload-checksum'] as string | undefined);
          if (checksum && 'status_code' in checksum)
            throw badRequest(checksum.body.trim(), { field: 'Upload-Checksum' });
          store.expectChecksum(upload.id, checksum);
        }
        return forward(request, reply);
      },
    });
  });
}

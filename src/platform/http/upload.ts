// Multipart uploads, read one way by every route that takes a file (issue 14): the text fields are
// checked like any other input (no NUL, no lone surrogate), the file must come in the named field, and a
// second file is a 400 naming that field (before, the parser's file limit answered a misleading 413).
// What the content is, is checked by its bytes (platform/storage/sniff.ts), not by the claimed type.
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { badRequest, fieldError } from './errors.ts';
import { assertStorable } from './storable-input.ts';

export type UploadPart =
  { type: 'field'; name: string; value: string } | { type: 'file'; file: MultipartFile };

export interface UploadOptions {
  /** What to upload, for the message when the request is not multipart (e.g. '.xlsx 文件'). */
  what: string;
  /** The form field that carries the file. */
  field: string;
  /** Largest file accepted; the parser refuses more with 413. */
  maxBytes: number;
}

/**
 * The parts of a multipart request that carries exactly one file in `opts.field`, in the order sent:
 * text fields (checked), then the file. The caller must consume each file's stream before asking for the
 * next part.
 */
export async function* uploadParts(req: FastifyRequest, opts: UploadOptions): AsyncGenerator<UploadPart> {
  if (!req.isMultipart())
    throw badRequest(`请以 multipart/form-data 上传${opts.what}`, {
      field: opts.field,
    });
  let files = 0;
  // One file more than expected reaches us, so it can be refused by name instead of by the parser's limit.
  for await (const part of req.parts({ limits: { fileSize: opts.maxBytes, files: 2 } })) {
    if (part.type === 'field') {
      const value = typeof part.value === 'string' ? part.value : String(part.value);
      assertStorable({ [part.fieldname]: value }, '');
      yield { type: 'field', name: part.fieldname, value };
      continue;
    }
    part.file.on('error', () => undefined);
    if (part.fieldname !== opts.field) {
      part.file.resume();
      throw fieldError(part.fieldname, `不是文件字段，文件须放在字段 ${opts.field} 中`);
    }
    if (++files > 1) {
      part.file.resume();
      throw fieldError(opts.field, '只能上传一个文件');
    }
    assertStorable({ [opts.field]: part.filename }, '');
    yield { type: 'file', file: part };
  }
  if (!files) {
    const message = `缺少文件字段 ${opts.field}`;
    throw badRequest(message, { field: opts.field, issues: [{ field: opts.field, message }] });
  }
}

export interface ReceivedUpload {
  content: Buffer;
  fileName: string;
  /** As the client claims it: check the content with `requireKind` (platform/storage/sniff.ts). */
  mimeType: string;
  fields: Record<string, string>;
}

/**
 * The one file of an upload, read into memory (routes whose files are parsed or small), with its text
 * fields; refused when empty.
 */
export async function readUpload(req: FastifyRequest, opts: UploadOptions): Promise<ReceivedUpload> {
  const fields: Record<string, string> = {};
  let received: Omit<ReceivedUpload, 'fields'> | undefined;
  for await (const part of uploadParts(req, opts)) {
    if (part.type === 'field') {
      fields[part.name] = part.value;
      continue;
    }
    const content = await part.file.toBuffer();
    if (content.length === 0) throw fieldError(opts.field, '文件为空（0 字节），请重新选择文件');
    received = { content, fileName: part.file.filename, mimeType: part.file.mimetype };
  }
  return { ...received!, fields };
}

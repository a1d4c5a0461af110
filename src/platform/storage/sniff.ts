// What a received file is, by its first bytes — never by its name or the type the client claims — so a
// route that expects a PDF or a photo refuses an HTML page sent as one (issue 14).
import { fieldError } from '../http/errors.ts';

export type FileKind = 'pdf' | 'image' | 'xlsx';

const KIND_LABEL: Record<FileKind, string> = {
  pdf: 'PDF',
  image: '图片（JPEG、PNG、GIF、WebP）',
  xlsx: 'Excel 工作簿（.xlsx）',
};

const startsWith = (b: Buffer, bytes: number[] | string, at = 0) => {
  const sig = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
  return b.length >= at + sig.length && b.subarray(at, at + sig.length).equals(sig);
};

/** What the content is, by its signature, with its media type; null for anything else. */
export function sniffFile(content: Buffer): { kind: FileKind; mimeType: string } | null {
  // A PDF reader accepts the header anywhere in the first 1 KB (ISO 32000-1, 7.5.2 and Annex H).
  if (content.subarray(0, 1024).includes('%PDF-')) return { kind: 'pdf', mimeType: 'application/pdf' };
  if (startsWith(content, [0xff, 0xd8, 0xff])) return { kind: 'image', mimeType: 'image/jpeg' };
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { kind: 'image', mimeType: 'image/png' };
  if (startsWith(content, 'GIF87a') || startsWith(content, 'GIF89a'))
    return { kind: 'image', mimeType: 'image/gif' };
  if (startsWith(content, 'RIFF') && startsWith(content, 'WEBP', 8))
    return { kind: 'image', mimeType: 'image/webp' };
  // An xlsx is a ZIP (local file header PK\3\4) whose entries include the workbook part under xl/.
  if (startsWith(content, [0x50, 0x4b, 0x03, 0x04]) && content.includes('xl/'))
    return { kind: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  return null;
}

/**
 * The media type of `content` when it is one of `kinds`; otherwise a 400 naming `field`, and an empty
 * file is refused as such.
 */
export function requireKind(content: Buffer, kinds: readonly FileKind[], field = 'file'): string {
  if (content.length === 0) throw fieldError(field, '文件为空（0 字节），请重新选择文件');
  const sniffed = sniffFile(content);
  if (!sniffed || !kinds.includes(sniffed.kind))
    throw fieldError(field, `文件内容不是${kinds.map((k) => KIND_LABEL[k]).join('或')}`);
  return sniffed.mimeType;
}

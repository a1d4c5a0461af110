// H4 issued documents at rest. A document names its party with ID number, address and phone, in its frozen
// content (the snapshot, the inputs, the rendered model) and in its DOCX and PDF, so all three are sealed
// under the master key, bound to the document's row: the content as one sealed value (SM4 of its canonical
// JSON), the files whole (`Sealer.sealBytes`) in the object store. What the officers sign is unchanged: the
// SM3 of the clear canonical content; the ledger and the API name the files by the SHA-256 of their clear
// bytes, and a download returns exactly those bytes (checked against that hash after opening).
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { personalPurpose } from '../../../platform/crypto/personal-data.ts';
import { SealError, type Sealer } from '../../../platform/crypto/sealing.ts';
import { sm3Hex } from '../../../platform/crypto/sm.ts';
import { canonicalJson } from '../../../platform/ledger/canonical.ts';
import type { ObjectStore } from '../../../platform/storage/index.ts';

export type DocumentFormat = 'docx' | 'pdf';

export const documentPurpose = (part: 'content' | DocumentFormat, id: string) =>
  personalPurpose('case_documents', part, id);

export const sha256Hex = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** The content as stored: its canonical JSON sealed (a JSON string in the jsonb column). */
export const sealContent = (sealer: Sealer, id: string, content: unknown): string =>
  sealer.seal(canonicalJson(content), documentPurpose('content', id));

/** The content in the clear; an object is an earlier release's clear content, taken as it is. */
export const openContent = (sealer: Sealer, id: string, stored: unknown): unknown =>
  typeof stored === 'string' ? JSON.parse(sealer.open(stored, documentPurpose('content', id))) : stored;

/** The ids of the parties a snapshot names (kept beside the sealed content). */
export const partyIdsOf = (snapshot: { parties: readonly object[] }): string[] =>
  snapshot.parties.flatMap((p) => {
    const id = (p as { id?: unknown }).id;
    return typeof id === 'string' ? [id] : [];
  });

/** Stores a document's rendered files sealed to its row; their clear hashes and the sealed objects' keys. */
export async function storeSealedFiles(
  store: ObjectStore,
  sealer: Sealer,
  id: string,
  files: Record<DocumentFormat, Buffer>,
) {
  const put = (format: DocumentFormat) =>
    store.put(sealer.sealBytes(files[format], documentPurpose(format, id)), {
      contentType: 'application/octet-stream',
    });
  const [docx, pdf] = await Promise.all([put('docx'), put('pdf')]);
  return {
    docxKey: sha256Hex(files.docx),
    pdfKey: sha256Hex(files.pdf),
    docxSealedKey: docx.key,
    pdfSealedKey: pdf.key,
  };
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The issued file's exact bytes: opened from its sealed object (the tag checked first), or an earlier
 * release's clear object; either way checked against the SHA-256 the document was issued with.
 */
export async function issuedFile(
  store: ObjectStore,
  sealer: Sealer,
  doc: {
    id: string;
    docxKey: string;
    pdfKey: string;
    docxSealedKey: string | null;
    pdfSealedKey: string | null;
  },
  format: DocumentFormat,
): Promise<Buffer> {
  const [clearKey, sealedKey] =
    format === 'docx' ? [doc.docxKey, doc.docxSealedKey] : [doc.pdfKey, doc.pdfSealedKey];
  const stored = await readAll(await store.get(sealedKey ?? clearKey));
  const bytes = sealedKey ? sealer.openBytes(stored, documentPurpose(format, doc.id)) : stored;
  if (sha256Hex(bytes) !== clearKey)
    throw new Error(`文书文件与签发时的 SHA-256 不一致（${doc.id} ${format}）`);
  return bytes;
}

/** The SM3 of the stored content in the clear, or null when it no longer opens (changed in the database). */
export function contentHashOf(sealer: Sealer, doc: { id: string; content: unknown }): string | null {
  try {
    return sm3Hex(canonicalJson(openContent(sealer, doc.id, doc.content)));
  } catch (e) {
    if (e instanceof SealError || e instanceof SyntaxError) return null;
    throw e;
  }
}

// C5, C8 exactly what an officer's SM2 signature on a document covers, so that anyone can check it with
// OpenSSL alone (docs/VERIFY.md). Two formats, kept apart by a version stored with each signature:
// - v1 (documents issued before this release): the 64 hex digits of the SM3 of the canonical content,
//   nothing else — the rendered files were not covered.
// - v2: a few lines naming the document, the content's SM3 and the SHA-256 and SM3 of the issued PDF and
//   DOCX, so the signature binds the very files a party receives. The files are rendered before anyone
//   signs (the PDF prints the signer's key fingerprint, not the signature), so their hashes are known.
// Pure: the same code builds the message at issue time, checks it on read and verifies an export offline.
import { sha256Hex, sm2Verify, sm3Hex } from '../../../platform/crypto/sm.ts';
import type { DocumentModel } from '../../../platform/documents/index.ts';
import { sm2PublicKeyPem } from '../../../platform/ledger/heads.ts';

export const SIGNED_MESSAGE_V2_HEADER = 'sanxiang-document-signature/v2';

export interface SignedFiles {
  documentId: string;
  contentSm3: string;
  pdfSha256: string;
  pdfSm3: string;
  docxSha256: string;
  docxSm3: string;
}

/** The v2 text: seven lines, each ending in \n (printable with printf, checkable with sha256sum/openssl). */
export function signedMessageV2(f: SignedFiles): string {
  return [
    SIGNED_MESSAGE_V2_HEADER,
    `document_id=${f.documentId}`,
    `content_sm3=${f.contentSm3}`,
    `pdf_sha256=${f.pdfSha256}`,
    `pdf_sm3=${f.pdfSm3}`,
    `docx_sha256=${f.docxSha256}`,
    `docx_sm3=${f.docxSm3}`,
    '',
  ].join('\n');
}

const V2_LINE = /^(document_id|content_sm3|pdf_sha256|pdf_sm3|docx_sha256|docx_sm3)=(.*)$/;

/** The fields of a v2 message; null when the text is not exactly what signedMessageV2 writes. */
export function parseSignedMessageV2(text: string): SignedFiles | null {
  const lines = text.split('\n');
  if (lines[0] !== SIGNED_MESSAGE_V2_HEADER || lines.at(-1) !== '' || lines.length !== 8) return null;
  const values = new Map<string, string>();
  for (const line of lines.slice(1, -1)) {
    const m = V2_LINE.exec(line);
    if (!m || values.has(m[1]!)) return null;
    values.set(m[1]!, m[2]!);
  }
  const parsed: SignedFiles = {
    documentId: values.get('document_id') ?? '',
    contentSm3: values.get('content_sm3') ?? '',
    pdfSha256: values.get('pdf_sha256') ?? '',
    pdfSm3: values.get('pdf_sm3') ?? '',
    docxSha256: values.get('docx_sha256') ?? '',
    docxSm3: values.get('docx_sm3') ?? '',
  };
  return signedMessageV2(parsed) === text ? parsed : null;
}

/** The hashes a v2 signature names, from the clear files as issued. */
export function signedFilesOf(
  documentId: string,
  contentSm3: string,
  files: { pdf: Buffer; docx: Buffer },
): SignedFiles {
  return {
    documentId,
    contentSm3,
    pdfSha256: sha256Hex(files.pdf),
    pdfSm3: sm3Hex(files.pdf),
    docxSha256: sha256Hex(files.docx),
    docxSm3: sm3Hex(files.docx),
  };
}

/** A signature as stored in `case_documents.signatures`; `format` and `message` absent on v1. */
export interface StoredSignature {
  personId: string;
  name: string;
  certificateNo: string;
  /** Uncompressed SM2 point, hex. */
  publicKey: string;
  /** DER, hex. */
  signature: string;
  format?: 2;
  /** v2: the signed text exactly. */
  message?: string;
}

interface SignedDocument {
  id: string;
  contentHash: string;
  pdfKey: string;
  docxKey: string;
}

/**
 * The message a signature covers, or null when the stored message does not describe this document
 * (another document's, or hashes the row no longer has).
 */
export function messageFor(doc: SignedDocument, s: StoredSignature): string | null {
  if (s.format !== 2) return doc.contentHash;
  const parsed = s.message ? parseSignedMessageV2(s.message) : null;
  if (
    !parsed ||
    parsed.documentId !== doc.id ||
    parsed.contentSm3 !== doc.contentHash ||
    parsed.pdfSha256 !== doc.pdfKey ||
    parsed.docxSha256 !== doc.docxKey
  )
    return null;
  return s.message!;
}

/** A signature as the API and the export give it: everything a third party needs, nothing to trust. */
export function publishedSignature(doc: SignedDocument, s: StoredSignature) {
  const message = messageFor(doc, s);
  const signedMessage = message ?? s.message ?? doc.contentHash;
  return {
    name: s.name,
    certificateNo: s.certificateNo,
    format: s.format ?? 1,
    signedMessage,
    signedMessageBase64: Buffer.from(signedMessage, 'utf8').toString('base64'),
    signatureDerHex: s.signature,
    signatureDerBase64: Buffer.from(s.signature, 'hex').toString('base64'),
    publicKey: s.publicKey,
    publicKeyPem: sm2PublicKeyPem(s.publicKey),
    /** The short form of the signature (printed under the officer's name on v1 documents). */
    fingerprint: sm3Hex(s.signature).slice(0, 16).toUpperCase(),
    valid: message !== null && sm2Verify(message, s.signature, s.publicKey),
  };
}

/** The short form of a public key printed under the officer's name on a v2 document. */
export const keyFingerprint = (publicKey: string) => sm3Hex(publicKey).slice(0, 16).toUpperCase();

/** The model as hashed: a drawn signature enters by its hash, kept in `party`, not by its bytes. */
export function contentModel(model: DocumentModel): DocumentModel {
  return {
    ...model,
    blocks: model.blocks.map((b) =>
      b.kind === 'signatures' && b.party?.image ? { ...b, party: { ...b.party, image: undefined } } : b,
    ),
  };
}

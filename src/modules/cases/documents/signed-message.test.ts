import { describe, expect, it } from 'vitest';
import { generateSm2KeyPair, sm2Sign } from '../../../platform/crypto/sm.ts';
import {
  messageFor,
  parseSignedMessageV2,
  publishedSignature,
  signedFilesOf,
  signedMessageV2,
  type StoredSignature,
} from './signed-message.ts';

const files = { pdf: Buffer.from('%PDF-1.7 demo'), docx: Buffer.from('PK demo') };
const contentSm3 = 'a'.repeat(64);
const id = '00000000-0000-4000-8000-000000000001';
const signed = signedFilesOf(id, contentSm3, files);
const doc = { id, contentHash: contentSm3, pdfKey: signed.pdfSha256, docxKey: signed.docxSha256 };
const key = generateSm2KeyPair();

const v2 = (message = signedMessageV2(signed)): StoredSignature => ({
  personId: 'p',
  name: '张三',
  certificateNo: 'A1',
  publicKey: key.publicKey,
  signature: sm2Sign(message, key.privateKey),
  format: 2,
  message,
});

describe('document signed messages', () => {
  it('writes v2 as seven newline-terminated lines with the files’ SHA-256 and SM3', () => {
    expect(signedMessageV2(signed)).toBe(
      [
        'sanxiang-document-signature/v2',
        `document_id=${id}`,
        `content_sm3=${contentSm3}`,
        `pdf_sha256=${signed.pdfSha256}`,
        `pdf_sm3=${signed.pdfSm3}`,
        `docx_sha256=${signed.docxSha256}`,
        `docx_sm3=${signed.docxSm3}`,
        '',
      ].join('\n'),
    );
    expect(signed.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(signed.pdfSm3).not.toBe(signed.pdfSha256);
  });

  it('parses exactly what it writes and nothing else', () => {
    const text = signedMessageV2(signed);
    expect(parseSignedMessageV2(text)).toEqual(signed);
    expect(parseSignedMessageV2(text.trimEnd())).toBeNull();
    expect(parseSignedMessageV2(text + 'x=1\n')).toBeNull();
    expect(parseSignedMessageV2(text.replace('pdf_sm3', 'pdf_md5'))).toBeNull();
    expect(parseSignedMessageV2(text.replace('content_sm3=', 'content_sm3= '))).not.toEqual(signed);
    expect(parseSignedMessageV2('')).toBeNull();
  });

  it('verifies a v2 signature and gives the exact message, DER signature and SPKI PEM', () => {
    const p = publishedSignature(doc, v2());
    expect(p.valid).toBe(true);
    expect(p.format).toBe(2);
    expect(Buffer.from(p.signedMessageBase64, 'base64').toString('utf8')).toBe(signedMessageV2(signed));
    expect(Buffer.from(p.signatureDerBase64, 'base64').toString('hex')).toBe(p.signatureDerHex);
    expect(p.publicKeyPem).toMatch(
      /^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+-----END PUBLIC KEY-----\n$/,
    );
  });

  it('refuses a v2 signature whose message names other files or another document', () => {
    expect(messageFor({ ...doc, pdfKey: 'b'.repeat(64) }, v2())).toBeNull();
    expect(publishedSignature({ ...doc, docxKey: 'b'.repeat(64) }, v2()).valid).toBe(false);
    expect(publishedSignature({ ...doc, id: 'other' }, v2()).valid).toBe(false);
    expect(publishedSignature({ ...doc, contentHash: 'c'.repeat(64) }, v2()).valid).toBe(false);
    // A message changed after signing (its hashes still those of the row) fails the signature.
    const s = v2();
    const forged = { ...s, message: s.message!.replace(signed.pdfSm3, 'd'.repeat(64)) };
    expect(publishedSignature(doc, forged).valid).toBe(false);
  });

  it('keeps verifying v1 signatures (the content SM3 only) as they were made', () => {
    const v1: StoredSignature = {
      personId: 'p',
      name: '李四',
      certificateNo: 'B2',
      publicKey: key.publicKey,
      signature: sm2Sign(contentSm3, key.privateKey),
    };
    const p = publishedSignature(doc, v1);
    expect([p.valid, p.format, p.signedMessage]).toEqual([true, 1, contentSm3]);
    expect(publishedSignature({ ...doc, contentHash: 'c'.repeat(64) }, v1).valid).toBe(false);
  });
});

// C5/C8 third-party verification of document signatures: each officer's SM2 signature is given with the
// exact message it covers (v2: the document id, the content SM3 and the SHA-256 and SM3 of the issued PDF
// and DOCX), the DER signature and the officer's key as a SubjectPublicKeyInfo PEM; the real openssl CLI
// verifies it, the hashes in the message are those of the files a download returns, and a changed message
// fails. A document signed before this release (v1: the content SM3 only) keeps verifying.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { generateSm2KeyPair, sm2Sign } from '../../../src/platform/crypto/sm.ts';
import { demoIds, sql } from '../support.ts';
import { caseInput, createCase, documentsFor } from './case-helpers.ts';

interface PublishedSignature {
  certificateNo: string;
  format: number;
  signedMessage: string;
  signedMessageBase64: string;
  signatureDerBase64: string;
  signatureDerHex: string;
  publicKeyPem: string;
  valid: boolean;
}
interface DocumentOut {
  id: string;
  contentHash: string;
  pdfSha256: string;
  docxSha256: string;
  signatures: PublishedSignature[];
}

const digest = (alg: string, b: Buffer) => createHash(alg).update(b).digest('hex');

describe('document signatures a third party can verify (C5, C8)', () => {
  let t: TestApp;
  let officer: Client;
  let doc: DocumentOut;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp();
    const ids = await demoIds(t);
    officer = await t.login('officer1');
    const c = await createCase(officer, caseInput(ids));
    const [filing] = documentsFor('penalty', { type: 'file' });
    const res = await officer.post(`/api/v1/cases/${c.id}/documents`, filing);
    expect(res.statusCode, res.body).toBe(201);
    doc = res.json() as DocumentOut;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-docsig-'));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  const openssl = (sig: PublishedSignature, message: Buffer) => {
    fs.writeFileSync(path.join(dir, 'key.pem'), sig.publicKeyPem);
    fs.writeFileSync(path.join(dir, 'message.txt'), message);
    fs.writeFileSync(path.join(dir, 'sig.der'), Buffer.from(sig.signatureDerBase64, 'base64'));
    const run = spawnSync(
      'openssl',
      ['pkeyutl', '-verify', '-digest', 'sm3', '-pkeyopt', 'distid:1234567812345678', '-pubin'].concat([
        '-inkey',
        'key.pem',
        '-rawin',
        '-in',
        'message.txt',
        '-sigfile',
        'sig.der',
      ]),
      { cwd: dir, encoding: 'utf8' },
    );
    return { status: run.status, out: run.stdout + run.stderr };
  };

  it('signs a v2 message naming the PDF and DOCX a download returns, and openssl verifies it', async () => {
    const pdf = (await officer.get(`/api/v1/documents/${doc.id}/file/pdf`)).rawPayload;
    const docx = (await officer.get(`/api/v1/documents/${doc.id}/file/docx`)).rawPayload;
    const expected = [
      'sanxiang-document-signature/v2',
      `document_id=${doc.id}`,
      `content_sm3=${doc.contentHash}`,
      `pdf_sha256=${digest('sha256', pdf)}`,
      `pdf_sm3=${digest('sm3', pdf)}`,
      `docx_sha256=${digest('sha256', docx)}`,
      `docx_sm3=${digest('sm3', docx)}`,
      '',
    ].join('\n');
    expect(doc.signatures).toHaveLength(2);
    for (const s of doc.signatures) {
      expect([s.format, s.valid, s.signedMessage]).toEqual([2, true, expected]);
      const message = Buffer.from(s.signedMessageBase64, 'base64');
      expect(message.toString('utf8')).toBe(expected);
      expect(Buffer.from(s.signatureDerBase64, 'base64').toString('hex')).toBe(s.signatureDerHex);
      const good = openssl(s, message);
      expect(good.out).toContain('Signature Verified Successfully');
      expect(good.status).toBe(0);
      const changed = openssl(s, Buffer.from(expected.replace(/pdf_sm3=./, 'pdf_sm3=x')));
      expect(changed.out).toContain('Signature Verification Failure');
      expect(changed.status).toBe(1);
    }
    // The PDF prints each officer's key fingerprint, not the signature (it is rendered before signing).
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a changed file hash in the row makes the signature invalid (the message no longer names it)', async () => {
    await sql(t, `update case_documents set pdf_key = '${'0'.repeat(64)}' where id = '${doc.id}'`);
    const res = await officer.get(`/api/v1/documents/${doc.id}`);
    expect((res.json() as DocumentOut).signatures.map((s) => s.valid)).toEqual([false, false]);
    await sql(t, `update case_documents set pdf_key = '${doc.pdfSha256}' where id = '${doc.id}'`);
    const back = await officer.get(`/api/v1/documents/${doc.id}`);
    expect((back.json() as DocumentOut).signatures.map((s) => s.valid)).toEqual([true, true]);
  });

  it('keeps verifying a document signed before this release (v1: the content SM3 only)', async () => {
    const key = generateSm2KeyPair();
    const v1 = [
      {
        personId: '00000000-0000-4000-8000-000000000000',
        name: '旧签名',
        certificateNo: 'OLD-1',
        publicKey: key.publicKey,
        signature: sm2Sign(doc.contentHash, key.privateKey),
      },
    ];
    await sql(
      t,
      `update case_documents set signatures = '${JSON.stringify(v1)}'::jsonb where id = '${doc.id}'`,
    );
    const res = await officer.get(`/api/v1/documents/${doc.id}`);
    const [s] = (res.json() as DocumentOut).signatures;
    expect([s!.format, s!.valid, s!.signedMessage]).toEqual([1, true, doc.contentHash]);
    const run = openssl(s!, Buffer.from(s!.signedMessageBase64, 'base64'));
    expect(run.status, run.out).toBe(0);
  });
});

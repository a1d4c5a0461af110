// C8 third-party verification of a case-file export: runs the recipe of docs/VERIFY.md, exactly as
// written there, with the real openssl, sha256sum and unzip on a real export (a case with a signed
// document and an evidence file) — it passes — and on the same archive with one evidence byte changed,
// with that change carried into the lists, and with the head's text changed: each fails (exit ≠ 0).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.ts';
import { demoIds, multipart } from '../support.ts';
import { addEvidence, caseInput, createCase, documentsFor } from './case-helpers.ts';

const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../../../docs/VERIFY.md'), 'utf8');
const recipe = /<!-- recipe:export -->\s*```sh\n([\s\S]*?)```\s*<!-- \/recipe -->/.exec(doc)![1]!;
const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

describe('docs/VERIFY.md export recipe with OpenSSL 3 and sha256sum', () => {
  let t: TestApp;
  let zip: Buffer;
  let root: string;
  beforeAll(async () => {
    t = await createTestApp();
    const officer = await t.login('officer1');
    let c = await createCase(officer, caseInput(await demoIds(t)));
    const [filing] = documentsFor('penalty', { type: 'file' });
    expect((await officer.post(`/api/v1/cases/${c.id}/documents`, filing)).statusCode).toBe(201);
    c = await addEvidence(officer, c);
    const upload = await officer.request({
      method: 'POST',
      url: `/api/v1/cases/${c.id}/evidence/1/file`,
      ...multipart([
        { name: 'file', filename: 'site.jpg', contentType: 'image/jpeg', content: 'photo bytes' },
      ]),
    });
    expect(upload.statusCode, upload.body).toBe(200);
    const res = await officer.get(`/api/v1/cases/${c.id}/export.zip`);
    expect(res.statusCode).toBe(200);
    zip = res.rawPayload;
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-recipe-'));
  });
  afterAll(async () => {
    fs.rmSync(root, { recursive: true, force: true });
    await t.close();
  });

  const runRecipe = (archive: Buffer) => {
    const dir = fs.mkdtempSync(path.join(root, 'run-'));
    fs.writeFileSync(path.join(dir, 'case.zip'), archive);
    const run = spawnSync('bash', ['-c', recipe], { cwd: dir, encoding: 'utf8' });
    return { status: run.status, out: run.stdout + run.stderr };
  };

  it('passes on the export as served', () => {
    expect(execFileSync('openssl', ['version'], { encoding: 'utf8' })).toMatch(/^OpenSSL 3\./);
    const run = runRecipe(zip);
    expect(run.out).toContain('案卷导出校验通过');
    expect(run.out).toContain('Signature Verified Successfully');
    expect(run.status).toBe(0);
  });

  it('fails on a changed file, on lists changed to match it, and on a changed head', () => {
    const files = unzipSync(zip);
    const photo = Buffer.from('photo bytez');
    const changed = { ...files, 'evidence/001.jpg': photo };
    expect(runRecipe(Buffer.from(zipSync(changed, { level: 0 }))).status).not.toBe(0);

    const sums = Buffer.from(files.SHA256SUMS!).toString().replace(sha256('photo bytes'), sha256(photo));
    const sm3 = (b: Uint8Array) => createHash('sm3').update(b).digest('hex');
    const sm3sums = Buffer.from(files.SM3SUMS!)
      .toString()
      .replace(sm3(Buffer.from('photo bytes')), sm3(photo));
    const matched = { ...changed, SHA256SUMS: Buffer.from(sums), SM3SUMS: Buffer.from(sm3sums) };
    const run = runRecipe(Buffer.from(zipSync(matched, { level: 0 })));
    expect(run.out).not.toContain('案卷导出校验通过');
    expect(run.status).not.toBe(0);

    const head = Buffer.from(files['seal/head.txt']!)
      .toString()
      .replace(/tree_size=(\d+)/, (_, n) => `tree_size=${Number(n) + 1}`);
    const forged = runRecipe(
      Buffer.from(zipSync({ ...files, 'seal/head.txt': Buffer.from(head) }, { level: 0 })),
    );
    expect(forged.status).not.toBe(0);
  });
});

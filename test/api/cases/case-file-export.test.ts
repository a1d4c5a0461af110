// C8, C10 the case-file export over HTTP and `verify-export` offline: a case with a signed document and
// two evidence files is exported (the larger file, above the size the caller chose, by its hashes only);
// the archive holds what the manifest lists, the seal entry and the case entries are proven into a signed
// head, and the export is two ledger entries. The CLI, run as a user runs it, exits 0 on the archive and
// 1 naming the file or entry on each tampering: a changed byte, a missing file, an added file, a name
// twice, swapped entries, a forged head, a re-signed head with a foreign key (caught by the key pin),
// a manifest changed to match a replaced file. Who may not read the case gets 404 and nothing is logged.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { generateSm2KeyPair } from '../../../src/platform/crypto/sm.ts';
import { headMessage, signHead } from '../../../src/platform/ledger/heads.ts';
import { readArchive, verifyExport } from '../../../src/modules/cases/index.ts';
import { demoIds, multipart, sql } from '../support.ts';
import { addEvidence, caseInput, createCase, documentsFor } from './case-helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

interface Manifest {
  caseCode: string;
  maxFileBytes: number;
  files: {
    path: string;
    kind: string;
    size: number;
    sha256: string;
    sm3: string;
    ledgerSeq?: number;
    omitted?: string;
  }[];
}

type Files = Record<string, Uint8Array>;
const unzip = (zip: Buffer): Files => unzipSync(zip);
const rezip = (files: Files) => Buffer.from(zipSync(files, { level: 0 }));
const text = (files: Files, name: string) => Buffer.from(files[name]!).toString('utf8');
const problemsOf = (zip: Buffer, opts: { trustedKeySha256?: string } = {}) => {
  const a = readArchive(zip);
  return [...a.problems, ...verifyExport(a.files, opts).problems].map((p) => `${p.where}: ${p.reason}`);
};

describe('case-file export and verify-export (C8, C10)', () => {
  let t: TestApp;
  let officer: Client;
  let caseId: string;
  let zip: Buffer;
  let dir: string;
  const small = Buffer.from('现场照片（测试）'.repeat(100));
  const large = Buffer.alloc(64 * 1024, 7);

  beforeAll(async () => {
    t = await createTestApp();
    const ids = await demoIds(t);
    officer = await t.login('officer1');
    let c = await createCase(officer, caseInput(ids));
    caseId = c.id;
    const [filing] = documentsFor('penalty', { type: 'file' });
    expect((await officer.post(`/api/v1/cases/${c.id}/documents`, filing)).statusCode).toBe(201);
    for (const content of [small, large]) {
      c = await addEvidence(officer, c);
      const seq = (c as unknown as { evidence: { seq: number }[] }).evidence.at(-1)!.seq;
      const res = await officer.request({
        method: 'POST',
        url: `/api/v1/cases/${c.id}/evidence/${seq}/file`,
        ...multipart([{ name: 'file', filename: `photo${seq}.jpg`, contentType: 'image/jpeg', content }]),
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const res = await officer.get(`/api/v1/cases/${caseId}/export.zip?maxFileBytes=${32 * 1024}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    zip = res.rawPayload;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-export-'));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  const cli = (archive: Buffer, ...args: string[]) => {
    const file = path.join(dir, `x-${sha256(archive).slice(0, 8)}.zip`);
    fs.writeFileSync(file, archive);
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'bin/sanxiang.mjs'), 'verify-export', file, ...args],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' }, // no configuration, no database
      },
    );
    return { status: run.status, out: run.stdout + run.stderr };
  };

  it('holds the documents, the small evidence file, the large one by hash, and verifies offline (exit 0)', async () => {
    const files = unzip(zip);
    const manifest = JSON.parse(text(files, 'manifest.json')) as Manifest;
    const byKind = (k: string) => manifest.files.filter((f) => f.kind === k);
    expect(byKind('document').map((f) => f.path)).toEqual([
      'documents/01-filing_report.pdf',
      'documents/01-filing_report.docx',
    ]);
    const evidence = byKind('evidence');
    expect(evidence.map((f) => [f.path, f.size, f.sha256, Boolean(f.omitted)])).toEqual([
      ['evidence/001.jpg', small.length, sha256(small), false],
      ['evidence/002.jpg', large.length, sha256(large), true],
    ]);
    expect(evidence[1]!.omitted).toContain('超过导出时选择的上限');
    expect(files['evidence/002.jpg']).toBeUndefined();
    expect(Buffer.from(files['evidence/001.jpg']!).equals(small)).toBe(true);
    // Every document and evidence file is bound to the entry that recorded its hash.
    for (const f of [...byKind('document'), ...evidence]) expect(f.ledgerSeq).toBeGreaterThan(0);
    expect(text(files, 'SHA256SUMS')).toContain(`${sha256(small)}  evidence/001.jpg\n`);
    expect(problemsOf(zip)).toEqual([]);
    const run = cli(zip);
    expect(run.out).toContain('案卷导出完好');
    expect(run.status).toBe(0);
  });

  it('is two ledger entries: the start before any byte, and the seal naming the manifest', async () => {
    const rows = await sql<{ action: string; payload: string; seq: string }>(
      t,
      `select action, payload, seq::text from ledger_entries where entity_id = '${caseId}' and action like 'case.file_export%' order by seq`,
    );
    expect(rows.map((r) => r.action)).toEqual(['case.file_export_started', 'case.file_exported']);
    const seal = JSON.parse(rows[1]!.payload) as { manifest: { sha256: string }; omitted: number };
    expect(seal.manifest.sha256).toBe(sha256(Buffer.from(unzip(zip)['manifest.json']!)));
    expect(seal.omitted).toBe(1);
    const head = JSON.parse(text(unzip(zip), 'seal/head.json')) as { tree_size: number };
    expect(head.tree_size).toBeGreaterThanOrEqual(Number(rows[1]!.seq));
  });

  it('refuses who may not read the case (404) and bad sizes (400), logging no export', async () => {
    const before = await sql(t, `select seq from ledger_entries where action like 'case.file_export%'`);
    const publisher = await t.login('publisher1');
    expect((await publisher.get(`/api/v1/cases/${caseId}/export.zip`)).statusCode).toBe(404);
    expect((await t.anonymous().get(`/api/v1/cases/${caseId}/export.zip`)).statusCode).toBe(401);
    for (const q of ['-1', 'x', '1.5', String(2 ** 40)])
      expect((await officer.get(`/api/v1/cases/${caseId}/export.zip?maxFileBytes=${q}`)).statusCode, q).toBe(
        400,
      );
    expect(await sql(t, `select seq from ledger_entries where action like 'case.file_export%'`)).toEqual(
      before,
    );
  });

  it('names the file on a changed byte, a missing file, an added file and a name twice', () => {
    const files = unzip(zip);
    const pdf = 'documents/01-filing_report.pdf';
    const changed = { ...files, [pdf]: Uint8Array.from(files[pdf]!, (b, i) => (i === 200 ? b ^ 1 : b)) };
    expect(problemsOf(rezip(changed))).toEqual([
      `${pdf}: 文件内容与清单的 SHA-256/SM3 不符（文件被改动或替换）`,
    ]);
    const run = cli(rezip(changed));
    expect(run.status).toBe(1);
    expect(run.out).toContain(`校验失败：${pdf}`);

    const { ['evidence/001.jpg']: _gone, ...missing } = files;
    expect(problemsOf(rezip(missing))).toContain('evidence/001.jpg: 缺少文件（清单中有，压缩包中没有）');
    const added = { ...files, 'evidence/999.jpg': new Uint8Array([1, 2, 3]) };
    expect(problemsOf(rezip(added))).toEqual(['evidence/999.jpg: 多出的文件（不在清单中）']);
    // The same name twice: the second copy (as some unzip tools would extract it) is not silently taken.
    const name = Buffer.from('evidence/001.jpg');
    const other = Buffer.from('evidence/00x.jpg');
    const renamed = Buffer.from(rezip({ ...files, 'evidence/00x.jpg': files['evidence/001.jpg']! }));
    for (let i = renamed.indexOf(other); i >= 0; i = renamed.indexOf(other, i + 1)) name.copy(renamed, i);
    expect(problemsOf(renamed)).toContain('evidence/001.jpg: 压缩包中有 2 个同名文件');
  });

  it('names the entry on swapped or edited ledger entries, and the manifest when it is made to match', () => {
    const files = unzip(zip);
    const entries = JSON.parse(text(files, 'ledger/entries.json')) as {
      seq: number;
      action: string;
      payload: string;
    }[];
    const swapped = [...entries];
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    const swappedZip = withJson(files, 'ledger/entries.json', swapped);
    expect(problemsOf(swappedZip)).toContain(
      `账本第 ${entries[0]!.seq} 条（${entries[0]!.action}）: 记录顺序被调换或重复`,
    );
    expect(cli(swappedZip).status).toBe(1);

    const edited = entries.map((e, i) =>
      i === 0 ? { ...e, payload: e.payload.replace(/"cause":"[^"]*"/, '"cause":"改"') } : e,
    );
    expect(problemsOf(withJson(files, 'ledger/entries.json', edited))).toContain(
      `账本第 ${entries[0]!.seq} 条（${entries[0]!.action}）: 记录内容与其哈希不符（记录被改动）`,
    );

    // A replaced evidence file with the manifest (and its sums) rewritten to match: the seal catches it.
    const forged = Buffer.from('另一张照片');
    const manifest = JSON.parse(text(files, 'manifest.json')) as Manifest;
    const f = manifest.files.find((x) => x.path === 'evidence/001.jpg')!;
    Object.assign(f, {
      size: forged.length,
      sha256: sha256(forged),
      sm3: createHash('sm3').update(forged).digest('hex'),
    });
    const sums = (h: 'sha256' | 'sm3') =>
      manifest.files
        .filter((x) => !x.omitted)
        .map((x) => `${x[h]}  ${x.path}\n`)
        .join('');
    const rewritten = rezip({
      ...files,
      'evidence/001.jpg': forged,
      'manifest.json': Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`),
      SHA256SUMS: Buffer.from(sums('sha256')),
      SM3SUMS: Buffer.from(sums('sm3')),
    });
    expect(problemsOf(rewritten)).toEqual([
      'manifest.json: 清单与导出封存记录中的哈希不符（清单被改动）',
      'SHA256SUMS: 与导出封存记录中的哈希不符（文件被改动）',
      'SM3SUMS: 与导出封存记录中的哈希不符（文件被改动）',
      `evidence/001.jpg: 与账本第 ${f.ledgerSeq} 条记录的哈希不符（文件被替换）`,
    ]);
  });

  it('refuses a forged head, and a head re-signed with a foreign key when the key is pinned', () => {
    const files = unzip(zip);
    const head = JSON.parse(text(files, 'seal/head.json')) as Record<string, string | number>;
    const forgedRoot = withJson(files, 'seal/head.json', { ...head, root_sm3: '0'.repeat(64) });
    expect(problemsOf(forgedRoot)).toContain(
      'seal/head.json: 签名树头的 SM2 签名不成立（树头被改动或签名伪造）',
    );
    expect(cli(forgedRoot).status).toBe(1);

    const realKey = sha256(
      Buffer.from(text(files, 'seal/ledger-public-key.pem').replace(/-----[^-]+-----|\s/g, ''), 'base64'),
    );
    const foreign = generateSm2KeyPair();
    const tree = {
      treeSize: Number(head.tree_size),
      root: String(head.root_sm3),
      at: String(head.timestamp),
    };
    const signature = signHead(tree, foreign.privateKey);
    const resigned = {
      ...head,
      signature_der_hex: signature,
      signature_der_base64: Buffer.from(signature, 'hex').toString('base64'),
      public_key_hex: foreign.publicKey,
    };
    const pem = `-----BEGIN PUBLIC KEY-----\n${Buffer.from(
      `3059301306072a8648ce3d020106082a811ccf5501822d034200${foreign.publicKey}`,
      'hex',
    )
      .toString('base64')
      .match(/.{1,64}/g)!
      .join('\n')}\n-----END PUBLIC KEY-----\n`;
    const foreignZip = rezip({
      ...files,
      'seal/head.json': Buffer.from(`${JSON.stringify(resigned, null, 2)}\n`),
      'seal/head.txt': Buffer.from(headMessage(tree)),
      'seal/head.sig': Buffer.from(signature, 'hex'),
      'seal/ledger-public-key.pem': Buffer.from(pem),
    });
    // Consistent in itself: only the published fingerprint tells the keys apart.
    expect(problemsOf(foreignZip)).toEqual([]);
    expect(problemsOf(zip, { trustedKeySha256: realKey })).toEqual([]);
    expect(problemsOf(foreignZip, { trustedKeySha256: realKey })).toEqual([
      'seal/ledger-public-key.pem: 账本公钥不是所指定的公钥（指纹不符：伪造的签名树头）',
    ]);
    expect(cli(foreignZip, '--key-sha256', realKey).status).toBe(1);
    expect(cli(zip, '--key-sha256', realKey).status).toBe(0);
  });
});

function withJson(files: Files, name: string, value: unknown): Buffer {
  return rezip({ ...files, [name]: Buffer.from(`${JSON.stringify(value, null, 2)}\n`) });
}

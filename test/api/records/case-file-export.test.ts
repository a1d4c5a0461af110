// C6, C8, C10 AV records in the case-file export: a registered clip is in records/ with its fingerprints,
// bound to its record.registered entry, and verify-export passes; above the size the caller chose it is
// listed by hash only with the note, and the archive still verifies; a changed byte of it is named.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { readArchive, verifyExport } from '../../../src/modules/cases/index.ts';
import { contextOf, demoIds, loginFrom } from '../support.ts';
import { caseInput, createCase } from '../cases/case-helpers.ts';
import { details, makeClip } from './tus-client.ts';

interface ManifestFile {
  path: string;
  kind: string;
  size: number;
  sha256: string;
  ledgerSeq?: number;
  omitted?: string;
}
const problemsOf = (zip: Buffer) => {
  const a = readArchive(zip);
  return [...a.problems, ...verifyExport(a.files).problems].map((p) => `${p.where}: ${p.reason}`);
};

describe('AV records in the case-file export', () => {
  let t: TestApp;
  let officer: Client;
  let caseId: string;
  let clip: Buffer;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp();
    officer = await loginFrom(t, 'officer1');
    caseId = (await createCase(officer, caseInput(await demoIds(t)))).id;
    dir = mkdtempSync(join(tmpdir(), 'sx-export-av-'));
    clip = makeClip(1);
    writeFileSync(join(dir, 'clip.webm'), clip);
    await t.services.records.importFile(
      await contextOf(t, 'officer1'),
      join(dir, 'clip.webm'),
      details(caseId),
    );
  }, 120_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  const exported = async (maxFileBytes: number) => {
    const res = await officer.get(`/api/v1/cases/${caseId}/export.zip?maxFileBytes=${maxFileBytes}`);
    expect(res.statusCode, res.body).toBe(200);
    const zip = res.rawPayload;
    const files = unzipSync(zip);
    const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString()) as { files: ManifestFile[] };
    return { zip, files, records: manifest.files.filter((f) => f.kind === 'record') };
  };

  it('holds the clip, bound to its ledger entry, and verifies', async () => {
    const { zip, files, records } = await exported(clip.length);
    expect(records.map((r) => [r.path, r.size, Boolean(r.omitted)])).toEqual([
      ['records/001.webm', clip.length, false],
    ]);
    expect(records[0]!.ledgerSeq).toBeGreaterThan(0);
    expect(Buffer.from(files['records/001.webm']!).equals(clip)).toBe(true);
    expect(problemsOf(zip)).toEqual([]);
    const changed = {
      ...files,
      'records/001.webm': Uint8Array.from(clip, (b, i) => (i === 100 ? b ^ 1 : b)),
    };
    expect(problemsOf(Buffer.from(zipSync(changed, { level: 0 })))).toEqual([
      'records/001.webm: 文件内容与清单的 SHA-256/SM3 不符（文件被改动或替换）',
    ]);
  });

  it('lists a clip above the chosen size by its hashes only, and still verifies', async () => {
    const { zip, files, records } = await exported(clip.length - 1);
    expect(records[0]!.omitted).toContain('仅列出哈希值');
    expect(files['records/001.webm']).toBeUndefined();
    expect(problemsOf(zip)).toEqual([]);
  });
});

// C6 `sanxiang import-av DIR`: a dock's export registered from its manifest as the officer — each file a
// record with its fingerprints; a file the device hash disowns, one outside the folder, one missing and
// one with bad details refused by name, the others registered all the same; no token, no import.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAv, importAvCommand } from '../../../src/import-av-command.ts';
import { createTestApp, type TestApp } from '../../helpers/app.ts';
import { contextOf, demoIds, loginFrom, sql } from '../support.ts';
import { caseInput, createCase } from '../cases/case-helpers.ts';
import { makeClip } from './tus-client.ts';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('import-av', () => {
  let t: TestApp;
  let caseId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const ids = await demoIds(t);
    caseId = (await createCase(await loginFrom(t, 'officer1'), caseInput(ids))).id;
  }, 60_000);
  afterAll(() => t.close());

  it('registers what the manifest lists and names each refusal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sx-dock-'));
    const a = makeClip(1);
    const b = makeClip(2);
    writeFileSync(join(dir, 'DSJ_0001.webm'), a);
    writeFileSync(join(dir, 'DSJ_0002.webm'), b);
    const common = {
      kind: 'video',
      activity: 'AV-001',
      title: '查封现场',
      deviceSerial: 'DSJ-9',
      officerCardId: 'C-1',
      startedAt: '2026-12-07T09:00:00+08:00',
      endedAt: '2026-12-07T09:00:01+08:00',
      important: true,
    };
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        caseId,
        files: [
          { file: 'DSJ_0001.webm', ...common, deviceHash: `sha256:${sha256(a)}` },
          { file: 'DSJ_0002.webm', ...common, deviceHash: `sha256:${'1'.repeat(64)}` },
          { file: '../etc/passwd', ...common },
          { file: 'DSJ_0003.webm', ...common },
          { file: 'DSJ_0002.webm', ...common, startedAt: '09:00' },
          {
            file: 'DSJ_0002.webm',
            ...common,
            startedAt: '2026-12-07T09:00:05+08:00',
            endedAt: '2026-12-07T09:00:07+08:00',
          },
        ],
      }),
    );
    const lines = await importAv(t.services, await contextOf(t, 'officer1'), dir);
    expect(lines).toEqual([
      { file: 'DSJ_0001.webm', ok: true, seq: 1, sha256: sha256(a) },
      { file: 'DSJ_0002.webm', ok: false, reason: '文件与记录设备给出的 SHA256 哈希不符，文件可能已被改动' },
      { file: '../etc/passwd', ok: false, reason: '文件不在导入目录内' },
      { file: 'DSJ_0003.webm', ok: false, reason: '文件不存在' },
      { file: 'DSJ_0002.webm', ok: false, reason: expect.stringContaining('startedAt') },
      { file: 'DSJ_0002.webm', ok: true, seq: 2, sha256: sha256(b) },
    ]);
    const rows = await sql<{ seq: number; important: boolean }>(
      t,
      'select seq, important from av_records where case_id = $1 order by seq',
      [caseId],
    );
    expect(rows).toEqual([
      { seq: 1, important: true },
      { seq: 2, important: true },
    ]);
    // What the case-file export reads: where each record's bytes are and their fingerprints.
    const files = await t.services.records.caseRecordFiles(await contextOf(t, 'officer1'), caseId);
    expect(files.map((f) => [f.seq, f.objectKey, f.sha256, f.size, f.fileName])).toEqual([
      [1, sha256(a), sha256(a), a.length, 'DSJ_0001.webm'],
      [2, sha256(b), sha256(b), b.length, 'DSJ_0002.webm'],
    ]);
    expect(files[0]!.sm3).toBe(createHash('sm3').update(a).digest('hex'));
    expect(files[0]!.posterKey).toMatch(/^[0-9a-f]{64}$/);
    await expect(
      t.services.records.caseRecordFiles(await contextOf(t, 'auditor'), caseId),
    ).rejects.toMatchObject({
      status: 404,
    });
  }, 60_000);

  it('refuses to run without an officer’s API token', async () => {
    delete process.env.SANXIANG_TOKEN;
    expect(await importAvCommand(t.services, t.config, tmpdir())).toBe(2);
  });
});

// Benchmark: GET /api/v1/cases/{id}/export.zip for a case with its documents and evidence files, against
// the baselines of the same run on the same stored objects: (1) reading them plainly from the object store,
// (2) reading them and taking SHA-256 and SM3 (what any export must do at least). Interleaved rounds,
// medians printed with MB/s over the archive's size and the ratios. Sizes: BENCH_EXPORT_DOCS (default 20
// documents), BENCH_EXPORT_FILES × BENCH_EXPORT_FILE_MB (default 4 × 16 MiB evidence files).
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/app.ts';
import { contextOf, demoIds, multipart, sql } from '../../test/api/support.ts';
import { addEvidence, caseInput, createCase, documentsFor } from '../../test/api/cases/case-helpers.ts';

const DOCS = Number(process.env.BENCH_EXPORT_DOCS ?? 20);
const FILES = Number(process.env.BENCH_EXPORT_FILES ?? 4);
const FILE_MB = Number(process.env.BENCH_EXPORT_FILE_MB ?? 16);
const ROUNDS = Number(process.env.BENCH_EXPORT_ROUNDS ?? 5);

let t: TestApp;
let caseId: string;
beforeAll(async () => {
  t = await createTestApp({ MAX_UPLOAD_BYTES: String((FILE_MB + 1) * 1024 * 1024) });
  const officer = await t.login('officer1');
  let c = await createCase(officer, caseInput(await demoIds(t)));
  caseId = c.id;
  const [filing] = documentsFor('penalty', { type: 'file' });
  for (let i = 0; i < DOCS; i++) {
    const res = await officer.post(`/api/v1/cases/${c.id}/documents`, filing);
    expect(res.statusCode, res.body).toBe(201);
  }
  for (let i = 0; i < FILES; i++) {
    c = await addEvidence(officer, c);
    const seq = i + 1;
    const res = await officer.request({
      method: 'POST',
      url: `/api/v1/cases/${c.id}/evidence/${seq}/file`,
      ...multipart([
        {
          name: 'file',
          filename: `v${seq}.mp4`,
          contentType: 'video/mp4',
          content: randomBytes(FILE_MB * 1024 * 1024),
        },
      ]),
    });
    expect(res.statusCode, res.body).toBe(200);
  }
});
afterAll(() => t.close());

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

it('export.zip against reading and hashing the same stored objects', async () => {
  const officer = await t.login('officer1');
  const keys = [
    ...(await sql<{ k: string }>(
      t,
      `select pdf_sealed_key as k from case_documents where case_id = '${caseId}' union all select docx_sealed_key from case_documents where case_id = '${caseId}'`,
    )),
    ...(await sql<{ k: string }>(
      t,
      `select object_key as k from case_evidence where case_id = '${caseId}' and object_key is not null`,
    )),
  ].map((r) => r.k);
  const readAll = async (hash: boolean) => {
    let bytes = 0;
    for (const key of keys) {
      const [a, b] = [createHash('sha256'), createHash('sm3')];
      for await (const chunk of await t.services.store.get(key)) {
        bytes += (chunk as Buffer).length;
        if (hash) {
          a.update(chunk as Buffer);
          b.update(chunk as Buffer);
        }
      }
      if (hash) void [a.digest(), b.digest()];
    }
    return bytes;
  };
  const ctx = await contextOf(t, 'officer1');
  const maxFileBytes = (FILE_MB + 1) * 1024 * 1024;
  const times = {
    read: [] as number[],
    hash: [] as number[],
    service: [] as number[],
    export: [] as number[],
  };
  let zipBytes = 0;
  let stored = 0;
  for (let round = 0; round < ROUNDS + 1; round++) {
    const t0 = performance.now();
    stored = await readAll(false);
    const t1 = performance.now();
    await readAll(true);
    const t2 = performance.now();
    const file = await t.services.caseFiles.export(ctx, caseId, { maxFileBytes });
    for await (const _chunk of file.stream); // consumed as a client would
    const t3 = performance.now();
    const res = await officer.get(`/api/v1/cases/${caseId}/export.zip?maxFileBytes=${maxFileBytes}`);
    const t4 = performance.now();
    expect(res.statusCode).toBe(200);
    zipBytes = res.rawPayload.length;
    if (round === 0) continue; // warm-up
    times.read.push(t1 - t0);
    times.hash.push(t2 - t1);
    times.service.push(t3 - t2);
    times.export.push(t4 - t3);
  }
  const mb = zipBytes / 1024 / 1024;
  const line = (name: string, ms: number) =>
    `${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  ${(mb / (ms / 1000)).toFixed(1).padStart(7)} MB/s`;
  console.log(
    [
      `case: ${DOCS} documents (PDF+DOCX), ${FILES} evidence files × ${FILE_MB} MiB; stored ${(stored / 1048576).toFixed(1)} MiB, archive ${mb.toFixed(1)} MiB; median of ${ROUNDS}`,
      line('baseline: read stored objects', median(times.read)),
      line('baseline: read + SHA-256 + SM3', median(times.hash)),
      line('export stream (service, consumed)', median(times.service)),
      line('GET export.zip (HTTP inject)', median(times.export)),
      `service / read+hash = ${(median(times.service) / median(times.hash)).toFixed(2)}×, HTTP / read+hash = ${(median(times.export) / median(times.hash)).toFixed(2)}×`,
    ].join('\n'),
  );
});

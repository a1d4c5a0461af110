// C7, C8, C10 over HTTP: an evidence item's file is uploaded once (multipart, with how the electronic data
// was captured), fingerprinted with SHA-256 and SM3, never replaced (409, nothing stored), refused when
// empty, too large, on a finished case or for callers who may not add evidence; downloaded byte for byte,
// checked against its fingerprint (a tampered object is a 500 and a ledger entry, never sent), and every
// download is in the ledger.
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import {
  contextOf,
  demoIds,
  expectError,
  insertBodySql,
  insertPersonSql,
  insertUserSql,
  ledgerCount,
  loginFrom,
  multipart,
  sql,
  type DemoIds,
} from '../support.ts';
import {
  act,
  caseInput,
  createCase,
  expectFieldError,
  getCase,
  rowCounts,
  type CaseOut,
  type ErrorOut,
} from './case-helpers.ts';
import { EvidenceService } from '../../../src/modules/cases/evidence/index.ts';
import type { FsObjectStore } from '../../../src/platform/storage/index.ts';

/** Small enough to cross in a test; the route refuses one byte more. */
const MAX_UPLOAD = 64 * 1024;

interface EvidenceOut {
  seq: number;
  title: string;
  hasFile: boolean;
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
  sha256: string | null;
  sm3: string | null;
  fileAttachedAt: string | null;
  capturedAt: string | null;
  device: string | null;
  location: string | null;
}
type Detail = Omit<CaseOut, 'evidence'> & { evidence: EvidenceOut[] };

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const sm3 = (b: Buffer) => createHash('sm3').update(b).digest('hex');

/** A photo from a recorder: non-ASCII name, bytes that are not valid UTF-8. */
const PHOTO = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.from('现场照片'),
  Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7) % 256)),
]);
const PHOTO_NAME = "现场照片 (1)'01.jpg";

const registration = {
  type: 'electronic',
  title: '执法记录仪视频截图',
  description: '证明现场医疗废物混放',
  source: '现场提取',
  collectedOn: '2026-08-05',
  collectedBy: '执法人员',
};

describe('evidence files', () => {
  let t: TestApp;
  let ids: DemoIds;
  let officer1: Client;
  let officer2: Client;
  let head: Client;
  /** Same unit, not on the test cases: sees them, may not add evidence (403). */
  let unitColleague: Client;
  /** Another unit of the same body: does not see them (404). */
  let otherUnitOfficer: Client;
  /** An officer of a sibling body: does not see them (404). */
  let siblingOfficer: Client;

  async function accountFor(bodyId: string, unitId: string | null, roles: string[], personId?: string) {
    const pid = personId ?? (await insertPersonSql(t, bodyId));
    if (!personId) await sql(t, 'update people set unit_id = $1 where id = $2', [unitId, pid]);
    const u = await insertUserSql(t, bodyId, roles);
    await sql(t, 'update users set person_id = $1 where id = $2', [pid, u.id]);
    return loginFrom(t, u.username);
  }

  beforeAll(async () => {
    t = await createTestApp({ MAX_UPLOAD_BYTES: String(MAX_UPLOAD) });
    ids = await demoIds(t);
    officer1 = await loginFrom(t, 'officer1');
    officer2 = await loginFrom(t, 'officer2');
    head = await loginFrom(t, 'head1');
    const [colleague] = await sql<{ id: string }>(
      t,
      `select p.id from people p join units u on u.id = p.unit_id
        where p.unit_id = $1 and not exists (select 1 from users s where s.person_id = p.id) order by p.name limit 1`,
      [ids.units.handling],
    );
    unitColleague = await accountFor(ids.district, null, ['officer'], colleague!.id);
    otherUnitOfficer = await accountFor(ids.district, ids.units.licensing, ['officer']);
    siblingOfficer = await accountFor(
      await insertBodySql(t, ids.city, { name: '示范市另一区卫生健康委员会' }),
      null,
      ['officer'],
    );
  });
  afterAll(() => t.close());

  /** A case of officer1 and officer2 with one registered evidence item (seq 1). */
  async function caseWithItem(over: Record<string, unknown> = {}): Promise<Detail> {
    const c = await createCase(officer1, caseInput(ids));
    const res = await officer1.post(`/api/v1/cases/${c.id}/evidence`, {
      ...registration,
      version: c.version,
      ...over,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Detail;
  }

  const fileUrl = (caseId: string, seq: number | string = 1) =>
    `/api/v1/cases/${caseId}/evidence/${seq}/file`;

  function upload(
    client: Client,
    caseId: string,
    seq: number | string,
    file: { name?: string; type?: string; content: Buffer | string } | null,
    fields: Record<string, string> = {},
  ) {
    const parts = [
      ...Object.entries(fields).map(([name, content]) => ({ name, content })),
      ...(file
        ? [
            {
              name: 'file',
              filename: file.name ?? 'photo.jpg',
              contentType: file.type ?? 'image/jpeg',
              content: file.content,
            },
          ]
        : []),
    ];
    return client.request({ method: 'POST', url: fileUrl(caseId, seq), ...multipart(parts) });
  }

  async function ledgerOf(action: string, caseId: string) {
    return sql<{ actor_id: string | null; entity_type: string; body_id: string; payload: string }>(
      t,
      'select actor_id, entity_type, body_id, payload from ledger_entries where action = $1 and entity_id = $2 order by seq',
      [action, caseId],
    );
  }

  /** Everything an upload may write: rows, the item's file columns, ledger entries. */
  async function state(caseId: string) {
    const items = await sql(
      t,
      'select seq, object_key, file_name, sha256, sm3, size, mime_type, captured_at::text, device, location from case_evidence where case_id = $1 order by seq',
      [caseId],
    );
    return { counts: await rowCounts(t), items };
  }

  describe('upload', () => {
    it('stores the file once and shows its fingerprints and capture details on the case', async () => {
      const c = await caseWithItem();
      expect(c.evidence[0]).toMatchObject({
        seq: 1,
        hasFile: false,
        fileName: null,
        size: null,
        sha256: null,
        sm3: null,
        capturedAt: null,
        device: null,
        location: null,
      });
      const ledgerBefore = await ledgerCount(t);

      const res = await upload(
        officer2,
        c.id,
        1,
        { name: PHOTO_NAME, content: PHOTO },
        {
          capturedAt: '2026-08-05T10:30:00+08:00',
          device: '执法记录仪 DSJ-0231',
          location: '示范区健康路 18 号医疗废物暂存处',
        },
      );
      expect(res.statusCode, res.body).toBe(200);
      const item = (res.json() as Detail).evidence[0]!;
      expect(item).toMatchObject({
        seq: 1,
        hasFile: true,
        fileName: PHOTO_NAME,
        mimeType: 'image/jpeg',
        size: PHOTO.length,
        sha256: sha256(PHOTO),
        sm3: sm3(PHOTO),
        capturedAt: '2026-08-05T02:30:00.000Z',
        device: '执法记录仪 DSJ-0231',
        location: '示范区健康路 18 号医疗废物暂存处',
      });
      expect(item.sha256).toBe(createHash('sha256').update(PHOTO).digest('hex'));
      expect(Date.parse(item.fileAttachedAt!)).toBeGreaterThan(Date.now() - 60_000);
      expect(await t.services.store.has(sha256(PHOTO))).toBe(true);

      // One ledger entry, with both fingerprints; the upload is not a step of the procedure.
      expect(await ledgerCount(t)).toBe(ledgerBefore + 1);
      expect(((await getCase(officer1, c.id)) as unknown as Detail).evidence[0]).toEqual(item);
      const [entry] = await ledgerOf('case.evidence_file_attached', c.id);
      expect(entry!.actor_id).toBe(ids.userOf.officer2);
      expect(JSON.parse(entry!.payload)).toEqual({
        seq: 1,
        fileName: PHOTO_NAME,
        mimeType: 'image/jpeg',
        size: PHOTO.length,
        sha256: sha256(PHOTO),
        sm3: sm3(PHOTO),
        capturedAt: '2026-08-05T02:30:00.000Z',
        device: '执法记录仪 DSJ-0231',
        location: '示范区健康路 18 号医疗废物暂存处',
      });
      expect((res.json() as Detail).version).toBe(c.version);
    });

    it('keeps the capture details recorded at registration and refuses different ones with the file', async () => {
      const c = await caseWithItem({ capturedAt: '2026-08-05T09:00:00+08:00', device: 'DSJ-0231' });
      expect(c.evidence[0]).toMatchObject({
        capturedAt: '2026-08-05T01:00:00.000Z',
        device: 'DSJ-0231',
        location: null,
      });
      const [added] = await ledgerOf('case.evidence_added', c.id);
      expect(JSON.parse(added!.payload)).toMatchObject({
        seq: 1,
        capture: { capturedAt: '2026-08-05T09:00:00+08:00', device: 'DSJ-0231', location: null },
      });

      const before = await state(c.id);
      const other = Buffer.from('another recorder');
      const res = await upload(officer1, c.id, 1, { content: other }, { device: 'DSJ-9999' });
      expectFieldError(res, 'device');
      expect((res.json() as ErrorOut).message).toContain('已记录：DSJ-0231');
      expect(await state(c.id)).toEqual(before);
      expect(await t.services.store.has(sha256(other))).toBe(false);

      // The same details (the instant in another notation) and a missing one are accepted.
      const ok = await upload(
        officer1,
        c.id,
        1,
        { content: PHOTO },
        { capturedAt: '2026-08-05T01:00:00Z', device: 'DSJ-0231', location: '现场' },
      );
      expect(ok.statusCode, ok.body).toBe(200);
      expect((ok.json() as Detail).evidence[0]).toMatchObject({
        capturedAt: '2026-08-05T01:00:00.000Z',
        device: 'DSJ-0231',
        location: '现场',
        hasFile: true,
      });
    });

    it('refuses a second file for the same item with 409, storing and changing nothing', async () => {
      const c = await caseWithItem();
      expect((await upload(officer1, c.id, 1, { content: PHOTO })).statusCode).toBe(200);
      const before = await state(c.id);
      const replacement = Buffer.from('a doctored replacement');
      const res = await upload(officer1, c.id, 1, { name: 'replacement.jpg', content: replacement });
      expectError(res, 409, 'CONFLICT');
      expect((res.json() as ErrorOut).message).toContain('请登记一条新的证据');
      expect(await state(c.id)).toEqual(before);
      expect(await t.services.store.has(sha256(replacement))).toBe(false);
      // Unit head of the handling unit: the same answer.
      expectError(
        await upload(await loginFrom(t, 'unithead1'), c.id, 1, { content: replacement }),
        409,
        'CONFLICT',
      );
    });

    it('refuses an empty file, a file over the limit, and a body that is not multipart or has no file', async () => {
      const c = await caseWithItem();
      const before = await state(c.id);
      const empty = await upload(officer1, c.id, 1, { content: Buffer.alloc(0) });
      expectError(empty, 400, 'VALIDATION_FAILED');
      expect((empty.json() as ErrorOut).message).toContain('为空');

      const big = Buffer.alloc(MAX_UPLOAD + 1, 7);
      const tooLarge = await upload(officer1, c.id, 1, { content: big });
      expectError(tooLarge, 413, 'PAYLOAD_TOO_LARGE');
      expect((tooLarge.json() as ErrorOut).message).toContain('64 KB');
      expect(await t.services.store.has(sha256(big))).toBe(false);

      expectError(await officer1.post(fileUrl(c.id), { file: 'x' }), 400, 'VALIDATION_FAILED');
      expectError(await upload(officer1, c.id, 1, null, { device: 'DSJ-0231' }), 400, 'VALIDATION_FAILED');
      expectError(
        await officer1.request({
          method: 'POST',
          url: fileUrl(c.id),
          ...multipart([{ name: 'photo', filename: 'a.jpg', content: 'x' }]),
        }),
        400,
        'VALIDATION_FAILED',
      );
      expect(await state(c.id)).toEqual(before);

      // Exactly at the limit is fine.
      const full = Buffer.alloc(MAX_UPLOAD, 9);
      const ok = await upload(officer1, c.id, 1, { content: full });
      expect(ok.statusCode, ok.body).toBe(200);
      expect((ok.json() as Detail).evidence[0]).toMatchObject({ size: MAX_UPLOAD, sha256: sha256(full) });
    });

    it('refuses bad capture details before storing the file', async () => {
      const c = await caseWithItem();
      const before = await state(c.id);
      const bytes = Buffer.from('photo with bad details');
      expectFieldError(
        await upload(officer1, c.id, 1, { content: bytes }, { capturedAt: '2026-08-05 10:30' }),
        'capturedAt',
      );
      expectFieldError(
        await upload(officer1, c.id, 1, { content: bytes }, { capturedAt: '2099-01-01T00:00:00+08:00' }),
        'capturedAt',
      );
      // Captured after the day it was collected (2026-08-05, Beijing time).
      expectFieldError(
        await upload(officer1, c.id, 1, { content: bytes }, { capturedAt: '2026-08-05T16:30:00Z' }),
        'capturedAt',
      );
      expectFieldError(
        await upload(officer1, c.id, 1, { content: bytes }, { device: '设'.repeat(101) }),
        'device',
      );
      expectFieldError(
        await upload(officer1, c.id, 1, { content: bytes }, { captured_at: '2026-08-05T10:30:00+08:00' }),
        'captured_at',
      );
      expect(await state(c.id)).toEqual(before);
      expect(await t.services.store.has(sha256(bytes))).toBe(false);
      // At registration the same rules hold.
      expectFieldError(
        await officer1.post(`/api/v1/cases/${c.id}/evidence`, {
          ...registration,
          version: c.version,
          capturedAt: 'yesterday',
        }),
        'capturedAt',
      );
      expectFieldError(
        await officer1.post(`/api/v1/cases/${c.id}/evidence`, {
          ...registration,
          version: c.version,
          capturedAt: '2026-08-06T08:00:00+08:00',
        }),
        'capturedAt',
      );
      expect(await state(c.id)).toEqual(before);
    });

    it('404 for a missing item or a case the caller cannot see; 403 for a colleague not on the case; 400 for a malformed seq', async () => {
      const c = await caseWithItem();
      const before = await state(c.id);
      expectError(await upload(officer1, c.id, 2, { content: PHOTO }), 404, 'NOT_FOUND');
      expectError(
        await upload(officer1, '00000000-0000-4000-8000-000000000000', 1, { content: PHOTO }),
        404,
        'NOT_FOUND',
      );
      expectError(await upload(otherUnitOfficer, c.id, 1, { content: PHOTO }), 404, 'NOT_FOUND');
      expectError(await upload(siblingOfficer, c.id, 1, { content: PHOTO }), 404, 'NOT_FOUND');
      expectError(await upload(unitColleague, c.id, 1, { content: PHOTO }), 403, 'FORBIDDEN');
      // Roles without cases.handle are refused before the id is looked at.
      expectError(await upload(head, c.id, 1, { content: PHOTO }), 403, 'FORBIDDEN');
      for (const seq of ['abc', '0', '-1', '1.5', '01', '1e2', '9999999']) {
        expectFieldError(await upload(officer1, c.id, seq, { content: PHOTO }), '路径参数seq');
        expectError(await officer1.get(fileUrl(c.id, seq)), 400, 'VALIDATION_FAILED');
      }
      expectError(await upload(officer1, 'not-a-uuid', 1, { content: PHOTO }), 400, 'VALIDATION_FAILED');
      expect(await state(c.id)).toEqual(before);
    });

    it('two uploads racing for the same item: exactly one file is kept', async () => {
      const c = await caseWithItem();
      const [a, b] = [Buffer.from('first recorder copy'), Buffer.from('second recorder copy')];
      const results = await Promise.all([
        upload(officer1, c.id, 1, { content: a }),
        upload(officer2, c.id, 1, { content: b }),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const kept = results[0]!.statusCode === 200 ? a : b;
      expect(((await getCase(officer1, c.id)) as unknown as Detail).evidence[0]).toMatchObject({
        sha256: sha256(kept),
        size: kept.length,
      });
      expect((await ledgerOf('case.evidence_file_attached', c.id)).length).toBe(1);
    });

    it('tells the workbench who may add evidence and files: the case’s officers, while it is open', async () => {
      const c = await caseWithItem();
      const may = async (client: Client) =>
        ((await client.get(`/api/v1/cases/${c.id}`)).json() as { mayAddEvidence: boolean }).mayAddEvidence;
      expect({
        officer1: await may(officer1),
        officer2: await may(officer2),
        unitColleague: await may(unitColleague),
        head: await may(head),
      }).toEqual({
        officer1: true,
        officer2: true,
        unitColleague: false,
        head: false,
      });
      await act(head, c, { type: 'decline_filing', on: '2026-08-02', reason: '不属于本机关管辖' });
      expect(await may(officer1)).toBe(false);
    });

    it('refuses a file on a finished case with 422', async () => {
      const c = await caseWithItem();
      const declined = await act(head, c, {
        type: 'decline_filing',
        on: '2026-08-02',
        reason: '不属于本机关管辖',
      });
      expect((declined.json() as CaseOut).finished, declined.body).toBe(true);
      const before = await state(c.id);
      const res = await upload(officer1, c.id, 1, { content: PHOTO });
      expectError(res, 422, 'RULE_VIOLATION');
      expect((res.json() as ErrorOut).details?.rule).toBe('CASE_FINISHED');
      expect(await state(c.id)).toEqual(before);
    });
  });

  describe('download', () => {
    it('returns the same bytes with name and type, and logs every download (C10)', async () => {
      const c = await caseWithItem();
      expect((await upload(officer1, c.id, 1, { name: PHOTO_NAME, content: PHOTO })).statusCode).toBe(200);
      for (const [client, userId] of [
        [officer2, ids.userOf.officer2],
        [head, ids.userOf.head1],
        [unitColleague, null],
      ] as const) {
        const before = await ledgerOf('case.evidence_viewed', c.id);
        const res = await client.get(fileUrl(c.id));
        expect(res.statusCode, res.body).toBe(200);
        expect(res.rawPayload.equals(PHOTO)).toBe(true);
        expect(res.headers['content-type']).toBe('image/jpeg');
        expect(res.headers['content-length']).toBe(String(PHOTO.length));
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.headers['content-disposition']).toBe(
          `attachment; filename="____ (1)'01.jpg"; filename*=UTF-8''${encodeURIComponent('现场照片')}%20%281%29%2701.jpg`,
        );
        const after = await ledgerOf('case.evidence_viewed', c.id);
        expect(after.length).toBe(before.length + 1);
        const entry = after.at(-1)!;
        if (userId) expect(entry.actor_id).toBe(userId);
        expect(entry.body_id).toBe(c.bodyId);
        expect(JSON.parse(entry.payload)).toEqual({
          seq: 1,
          fileName: PHOTO_NAME,
          sha256: sha256(PHOTO),
          sm3: sm3(PHOTO),
          size: PHOTO.length,
        });
      }
    });

    it('404 for an item without a file, a missing item, or a case the caller cannot see; nothing logged', async () => {
      const c = await caseWithItem();
      // Logins are ledger entries too: done before counting.
      const publisher = await loginFrom(t, 'publisher1');
      const sysadmin = await loginFrom(t, 'sysadmin');
      const count = await ledgerCount(t);
      expectError(await officer1.get(fileUrl(c.id, 1)), 404, 'NOT_FOUND');
      expect((await upload(officer1, c.id, 1, { content: PHOTO })).statusCode).toBe(200);
      const after = await ledgerCount(t);
      expectError(await officer1.get(fileUrl(c.id, 2)), 404, 'NOT_FOUND');
      for (const client of [otherUnitOfficer, siblingOfficer, publisher])
        expectError(await client.get(fileUrl(c.id)), 404, 'NOT_FOUND');
      expectError(await sysadmin.get(fileUrl(c.id)), 403, 'FORBIDDEN');
      expect(await ledgerCount(t)).toBe(after);
      expect(after).toBe(count + 1);
    });

    it('refuses to send a file whose stored bytes no longer match: 500 INTEGRITY_FAILED, logged, nothing sent', async () => {
      const c = await caseWithItem();
      const bytes = Buffer.from('原始的现场照片字节'.repeat(50));
      expect((await upload(officer1, c.id, 1, { content: bytes })).statusCode).toBe(200);
      const store = t.services.store as FsObjectStore;
      const forged = Buffer.from('篡改后的现场照片字节'.repeat(45));
      await writeFile(store.pathOf(sha256(bytes)), forged);

      const res = await officer1.get(fileUrl(c.id));
      expectError(res, 500, 'INTEGRITY_FAILED');
      expect((res.json() as ErrorOut).message).toContain('证据文件校验失败');
      expect(res.rawPayload.includes(forged)).toBe(false);
      expect(await ledgerOf('case.evidence_viewed', c.id)).toEqual([]);
      const [failure] = await ledgerOf('case.evidence_integrity_failed', c.id);
      expect(JSON.parse(failure!.payload)).toEqual({
        seq: 1,
        reason: '哈希值不符',
        expected: { sha256: sha256(bytes), size: bytes.length },
        actual: { sha256: sha256(forged), size: forged.length },
      });

      // A file gone from the store is the same failure.
      const { rm } = await import('node:fs/promises');
      await rm(store.pathOf(sha256(bytes)));
      expectError(await officer1.get(fileUrl(c.id)), 500, 'INTEGRITY_FAILED');
      expect(
        (await ledgerOf('case.evidence_integrity_failed', c.id)).map(
          (e) => (JSON.parse(e.payload) as { reason: string }).reason,
        ),
      ).toEqual(['哈希值不符', '文件缺失']);
    });

    it('checks a large file as it streams: intact bytes pass, a forged file breaks off before its last chunk', async () => {
      // The same service with every file treated as large, on the app's database and store.
      const streaming = new EvidenceService(
        t.services.database.db,
        t.services.ledger,
        t.services.store,
        t.services.cases,
        { verifyBeforeSendBytes: 0 },
      );
      const user = await contextOf(t, 'officer1');
      const c = await caseWithItem();
      const bytes = Buffer.alloc(MAX_UPLOAD, 3);
      expect((await upload(officer1, c.id, 1, { content: bytes })).statusCode).toBe(200);

      const intact = await streaming.open(user, c.id, 1);
      expect((await buffer(intact.body as Readable)).equals(bytes)).toBe(true);
      expect((await ledgerOf('case.evidence_viewed', c.id)).length).toBe(1);

      const forged = Buffer.alloc(MAX_UPLOAD, 4);
      await writeFile((t.services.store as FsObjectStore).pathOf(sha256(bytes)), forged);
      const broken = await streaming.open(user, c.id, 1);
      const received: Buffer[] = [];
      const failure = await new Promise<Error | null>((resolve) => {
        const s = broken.body as Readable;
        s.on('data', (chunk: Buffer) => received.push(chunk));
        s.on('error', resolve);
        s.on('end', () => resolve(null));
      });
      expect(failure).toMatchObject({ code: 'INTEGRITY_FAILED' });
      expect(Buffer.concat(received).length).toBeLessThan(forged.length);
      expect((await ledgerOf('case.evidence_integrity_failed', c.id)).length).toBe(1);
    });
  });
});

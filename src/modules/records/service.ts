// C6, C8, C10 audio/video and photo records of a case: an upload announced (checked before a byte
// arrives), registered when its last byte is in (device hash, media probe, poster, the object store
// under its SHA-256, the record and its ledger entry in one transaction), listed with its compliance
// flags, and played (range requests; each view a ledger entry).
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { shanghaiDate } from '../../platform/clock.ts';
import type { CalendarService } from '../../platform/calendar/service.ts';
import { dbOf, withTx, type Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { badRequest, conflict, notFound, unprocessable } from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import type { ByteRange, ObjectStore } from '../../platform/storage/index.ts';
import type { CasesService } from '../cases/index.ts';
import type { CatalogService } from '../catalog/index.ts';
import { caseActivities, registrationDeadline } from './case-facts.ts';
import { complianceFlags, type ComplianceFlag } from './compliance.ts';
import { judgeMedia } from './media-rules.ts';
import { posterFrame, probeFile } from './probe.ts';
import * as repo from './repo.ts';
import { recordDetails, type CaseRecordFile, type RecordDetails } from './types.ts';
import type { HashingFileStore } from './upload-store.ts';

const NOT_OFFICER = '只有本案执法人员可以登记音像记录';

const iso = (v: string) => new Date(v.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString();

async function digestFile(path: string, algorithm: string): Promise<string> {
  const hash = createHash(algorithm);
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

export class RecordsService {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly store: ObjectStore,
    private readonly uploads: HashingFileStore,
    private readonly cases: CasesService,
    private readonly catalog: CatalogService,
    private readonly calendar: CalendarService,
  ) {}

  /** Everything that refuses an announced upload before a byte is received (404, 403, 422). */
  async checkAnnouncement(ctx: Ctx, details: RecordDetails) {
    const c = await this.cases.caseForStep(ctx, details.caseId, 'add_evidence', NOT_OFFICER);
    if (c.finished)
      throw unprocessable('RULE_VIOLATION', '案件已办结，不能再登记音像记录', { rule: 'CASE_FINISHED' });
    return c;
  }

  /** Keeps the announced upload: its creator, case and the details as sent (parsed again on completion). */
  async announce(ctx: Ctx, id: string, raw: Record<string, string>, size: number) {
    const details = recordDetails.parse(raw);
    const c = await this.checkAnnouncement(ctx, details);
    await repo.insertUpload(dbOf(ctx, this.db), {
      id,
      caseId: c.id,
      bodyId: c.bodyId,
      accountId: ctx.actor.id,
      size,
      details: raw,
      createdAt: ctx.now.toISOString(),
    });
  }

  /** The upload if the caller started it; 404 for anyone else, as for a case they cannot see. */
  async uploadOf(ctx: Ctx, id: string): Promise<repo.UploadRow> {
    const row = await repo.findUpload(dbOf(ctx, this.db), id);
    if (!row || row.accountId !== ctx.actor.id) throw notFound('上传');
    return row;
  }

  /**
   * Registers a file already on this machine (a body-cam dock's export, `sanxiang import-av`) by the same
   * path as an upload: announced, streamed into the upload store with both digests, then registered.
   */
  async importFile(ctx: Ctx, file: string, raw: Record<string, string>): Promise<repo.RecordRow> {
    const { size } = await stat(file);
    if (size === 0) throw badRequest('文件为空（0 字节）', { field: 'file' });
    const id = randomUUID();
    await this.announce(ctx, id, raw, size);
    await this.uploads.create({
      id,
      size,
      offset: 0,
      metadata: {},
      creation_date: ctx.now.toISOString(),
    } as Parameters<HashingFileStore['create']>[0]);
    await this.uploads.write(createReadStream(file), id, 0);
    return this.register(ctx, id);
  }

  /** Refuses a received file: the ledger says why, the bytes and the announcement are removed. */
  private async refuse(ctx: Ctx, upload: repo.UploadRow, reason: string, sha256: string): Promise<never> {
    const details = upload.details as Record<string, string>;
    await this.ledger.record(ctx, {
      action: 'record.refused',
      entityType: 'case',
      entityId: upload.caseId,
      bodyId: upload.bodyId,
      payload: { reason, fileName: details.filename ?? '', size: upload.size, sha256 },
    });
    await this.uploads.discard(upload.id);
    await repo.deleteUpload(this.db, upload.id);
    throw unprocessable('RULE_VIOLATION', reason, { rule: 'AV_FILE_REFUSED' });
  }

  /**
   * Registers a complete upload as a record: the device's own hash and the media probe must agree with
   * the bytes, the file goes into the object store under its SHA-256 (stored once however often it
   * comes), then the record, the upload's mark and the ledger entry commit together.
   */
  async register(ctx: Ctx, id: string): Promise<repo.RecordRow> {
    const upload = await this.uploadOf(ctx, id);
    if (upload.recordId) throw conflict('CONFLICT', '该上传已登记为音像记录', { recordId: upload.recordId });
    const details = recordDetails.parse(upload.details);
    const digests = await this.uploads.digests(id, upload.size);
    const path = this.uploads.pathOf(id);
    if (details.deviceHash) {
      const [algorithm, expected] = details.deviceHash.split(':') as [string, string];
      const actual =
        algorithm === 'sha256'
          ? digests.sha256
          : algorithm === 'sm3'
            ? digests.sm3
            : await digestFile(path, algorithm);
      if (actual !== expected)
        await this.refuse(
          ctx,
          upload,
          `文件与记录设备给出的 ${algorithm.toUpperCase()} 哈希不符，文件可能已被改动`,
          digests.sha256,
        );
    }
    const judged = judgeMedia(details.kind, details.filetype, await probeFile(path));
    if (!judged.ok) return this.refuse(ctx, upload, judged.reason, digests.sha256);
    const poster = details.kind === 'video' ? await posterFrame(path, judged.facts.durationSeconds) : null;
    const posterKey = poster ? (await this.store.put(poster, { contentType: 'image/jpeg' })).key : null;
    const stored = this.store.adoptFile
      ? await this.store.adoptFile(path, digests.sha256, { contentType: details.filetype })
      : await this.store.put(createReadStream(path), { contentType: details.filetype });
    const late = await this.isLate(ctx, details.endedAt);
    const record = await withTx(ctx, this.db, async (tctx) => {
      const c = await this.checkAnnouncement(tctx, details);
      if (!(await repo.lockOpenUpload(tctx.tx, id)))
        throw conflict('CONFLICT', '该上传已登记为音像记录', { uploadId: id });
      const row = await repo.insertRecord(tctx.tx, {
        caseId: c.id,
        bodyId: c.bodyId,
        kind: details.kind,
        activity: details.activity,
        title: details.title,
        place: details.place,
        officers: details.officers,
        deviceSerial: details.deviceSerial,
        officerCardId: details.officerCardId,
        startedAt: details.startedAt,
        endedAt: details.endedAt,
        important: details.important,
        deviceHashAlgorithm: details.deviceHash?.split(':')[0] ?? null,
        deviceHash: details.deviceHash?.split(':')[1] ?? null,
        interruptionNote: details.interruptionNote,
        lateReason: details.lateReason,
        lateApprovedBy: details.lateApprovedBy,
        objectKey: stored.key,
        fileName: details.filename,
        mimeType: details.filetype,
        size: digests.size,
        sha256: digests.sha256,
        sm3: digests.sm3,
        media: judged.facts,
        posterKey,
        registeredBy: ctx.actor.id,
        registeredAt: ctx.now.toISOString(),
      });
      await repo.markUploadRegistered(tctx.tx, id, row.id);
      await this.ledger.append(tctx, {
        action: 'record.registered',
        entityType: 'case',
        entityId: c.id,
        bodyId: c.bodyId,
        payload: {
          recordId: row.id,
          seq: row.seq,
          kind: details.kind,
          activity: details.activity,
          fileName: details.filename,
          size: digests.size,
          sha256: digests.sha256,
          sm3: digests.sm3,
          deviceSerial: details.deviceSerial,
          officerCardId: details.officerCardId,
          startedAt: details.startedAt,
          endedAt: details.endedAt,
          important: details.important,
          deviceHash: details.deviceHash ?? null,
          durationSeconds: judged.facts.durationSeconds,
          late,
        },
      });
      return row;
    });
    await this.uploads.discard(id);
    return record;
  }

  private async isLate(ctx: Ctx, endedAt: string): Promise<boolean> {
    const deadline = await registrationDeadline(this.calendar, ctx, shanghaiDate(new Date(endedAt)));
    return shanghaiDate(ctx.now) > deadline;
  }

  /** The case's records, its "AV not possible" work records and the compliance flags (C6). */
  async list(ctx: Ctx, caseId: string) {
    const c = await this.cases.caseVisibleTo(ctx, caseId);
    const db = dbOf(ctx, this.db);
    const [records, exemptions] = await Promise.all([
      repo.listRecords(db, c.id),
      repo.listExemptions(db, c.id),
    ]);
    const flags = await this.flags(ctx, caseId, records, exemptions);
    return { records, exemptions, flags };
  }

  private async flags(
    ctx: Ctx,
    caseId: string,
    records: repo.RecordRow[],
    exemptions: repo.ExemptionRow[],
  ): Promise<ComplianceFlag[]> {
    const page = await this.cases.get(ctx, caseId);
    const rules = await this.catalog.listPublic(ctx, page.bodyId, 'av_rule');
    const deadlines = new Map<string, string>();
    for (const r of records) {
      const day = shanghaiDate(new Date(iso(r.endedAt)));
      if (!deadlines.has(day)) deadlines.set(day, await registrationDeadline(this.calendar, ctx, day));
    }
    return complianceFlags({
      activities: caseActivities(page, rules),
      records: records.map((r) => ({
        seq: r.seq,
        kind: r.kind,
        activity: r.activity,
        deviceSerial: r.deviceSerial,
        startedAt: iso(r.startedAt),
        endedAt: iso(r.endedAt),
        interruptionNote: r.interruptionNote,
        registeredAt: iso(r.registeredAt),
        lateReason: r.lateReason,
        lateApprovedBy: r.lateApprovedBy,
      })),
      exemptions: exemptions.map((e) => ({ activity: e.activity, approved: e.approvedBy !== null })),
      documents: page.documents.map((d) => ({ title: d.title, on: d.issuedOn })),
      registrationDeadline: (day) => deadlines.get(day) ?? day,
      dateOf: (at) => shanghaiDate(new Date(at)),
    });
  }

  /** The record if the caller may see its case (C10); 404 otherwise. */
  async describe(ctx: Ctx, caseId: string, seq: number) {
    const c = await this.cases.caseVisibleTo(ctx, caseId);
    const record = await repo.findRecord(dbOf(ctx, this.db), c.id, seq);
    if (!record) throw notFound(`音像记录（序号 ${seq}）`);
    return { c, record };
  }

  /**
   * The record's bytes for a reader of the case (C10), whole or one range. A view is a ledger entry: the
   * request without a range or for the range from byte 0 — a player's later ranges continue that view.
   */
  async open(ctx: Ctx, caseId: string, seq: number, range: ByteRange | null) {
    const { c, record } = await this.describe(ctx, caseId, seq);
    if (!range || range.start === 0)
      await this.ledger.record(ctx, {
        action: 'record.viewed',
        entityType: 'case',
        entityId: c.id,
        bodyId: c.bodyId,
        payload: {
          recordId: record.id,
          seq,
          sha256: record.sha256,
          range: range ? `${range.start}-${range.end}` : null,
        },
      });
    const body: Readable = await this.store.get(record.objectKey, range ?? undefined);
    return { record, body };
  }

  /** The poster frame of a video record (the list's thumbnail). */
  async poster(ctx: Ctx, caseId: string, seq: number) {
    const { record } = await this.describe(ctx, caseId, seq);
    if (!record.posterKey) throw notFound('封面图');
    return this.store.get(record.posterKey);
  }

  /**
   * The case's records with where their bytes are and their fingerprints, for the case-file export; the
   * caller must be able to see the case.
   */
  async caseRecordFiles(ctx: Ctx, caseId: string): Promise<CaseRecordFile[]> {
    const c = await this.cases.caseVisibleTo(ctx, caseId);
    return (await repo.listRecords(dbOf(ctx, this.db), c.id)).map((r) => ({
      recordId: r.id,
      seq: r.seq,
      kind: r.kind,
      title: r.title,
      fileName: r.fileName,
      mimeType: r.mimeType,
      objectKey: r.objectKey,
      posterKey: r.posterKey,
      size: r.size,
      sha256: r.sha256,
      sm3: r.sm3,
      startedAt: iso(r.startedAt),
      endedAt: iso(r.endedAt),
    }));
  }
}

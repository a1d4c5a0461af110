// C7, C8, C10 the evidence of a case: registering an item (行政处罚法第四十六条 kinds), attaching its file
// — electronic data from a mobile terminal or recorder with when, where and on which device it was
// captured — and handing the file out again. A file is fingerprinted (SHA-256, SM3) as it arrives,
// written once and never replaced (C8), checked against its fingerprint when it leaves, and every
// download is a ledger entry (C10).
import { createHash } from 'node:crypto';
import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { dbOf, today, withTx, type Ctx } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError, badRequest, conflict, notFound, unprocessable } from '../../../platform/http/errors.ts';
import type { Ledger } from '../../../platform/ledger/ledger.ts';
import { StorageError, type ObjectStore } from '../../../platform/storage/index.ts';
import { isoTimestamp } from '../present.ts';
import { lockCase, lockCaseAtVersion } from '../repo.ts';
import type { CasesService } from '../service.ts';
import * as repo from './repo.ts';
import { checkAgrees, checkCapture, formatBytes, normaliseCapture } from './rules.ts';
import type { CaptureInput, EvidenceInput, ReceivedFile } from './types.ts';

/** Files up to this size are read and checked whole before a byte is sent; larger ones are checked as they stream. */
const STALE = '案件已被他人更新，请刷新后重试';

export const VERIFY_BEFORE_SEND_BYTES = 16 * 1024 * 1024;
export interface EvidenceServiceOptions {
  verifyBeforeSendBytes?: number;
}

export class EvidenceService {
  private readonly verifyBeforeSendBytes: number;

  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly store: ObjectStore,
    private readonly cases: CasesService,
    options: EvidenceServiceOptions = {},
  ) {
    this.verifyBeforeSendBytes = options.verifyBeforeSendBytes ?? VERIFY_BEFORE_SEND_BYTES;
  }

  /** Registers an evidence item, numbered in the case; electronic data may carry its capture details. */
  /**
   * Registers an evidence item on the case as the caller read it (`version`): a stale version is a 409
   * and nothing is written, like every other write to a case. The lock at that version also serialises
   * the numbering. Evidence is not a step: the version stays, so colleagues registering items at once
   * from the same page all succeed.
   */
  async add(ctx: Ctx, id: string, input: Omit<EvidenceInput, keyof CaptureInput> & Partial<CaptureInput>) {
    if (input.collectedOn > today(ctx))
      throw badRequest(`收集日期 ${input.collectedOn} 晚于今天`, { field: 'collectedOn' });
    const capture = normaliseCapture(input);
    checkCapture(capture, input.collectedOn, ctx.now);
    return withTx(ctx, this.db, async (tctx) => {
      const { tx } = tctx;
      const c = await this.cases.caseForStep(tctx, id, 'add_evidence', '只有本案执法人员可以登记证据');
      if (c.version !== input.version || !(await lockCaseAtVersion(tx, c.id, input.version)))
        throw conflict('VERSION_CONFLICT', STALE, { currentVersion: c.version });
      if (c.finished)
        throw unprocessable('RULE_VIOLATION', '案件已办结，不能再登记证据', { rule: 'CASE_FINISHED' });
      const { type, title, description, source, collectedOn, collectedBy } = input;
      const row = await repo.insertEvidence(tx, {
        caseId: c.id,
        type,
        title,
        description,
        source,
        collectedOn,
        collectedBy,
        ...capture,
        createdBy: ctx.actor.id,
      });
      const captured = capture.capturedAt !== null || capture.device !== null || capture.location !== null;
      await this.ledger.append(tctx, {
        action: 'case.evidence_added',
        entityType: 'case',
        entityId: c.id,
        bodyId: c.bodyId,
        payload: { seq: row.seq, type: row.type, title: row.title, ...(captured ? { capture } : {}) },
      });
      return row;
    });
  }

  /**
   * Everything that would refuse an upload, checked before a byte of it is read, so a refused upload
   * never reaches the object store: the case (404 unless visible), the right to add evidence (403), the
   * item (404), the case still open (422), and no file yet (409). The transaction checks again.
   */
  async checkAttachable(ctx: Ctx, id: string, seq: number): Promise<repo.EvidenceRow> {
    const c = await this.cases.caseForStep(ctx, id, 'add_evidence', '只有本案执法人员可以上传证据文件');
    const item = await repo.findEvidence(dbOf(ctx, this.db), c.id, seq);
    this.refuseAttach(c, item, seq);
    return item;
  }

  /** Capture details sent with a file, checked against the item before the file is stored (400). */
  checkDetails(ctx: Ctx, item: repo.EvidenceRow, given: Partial<CaptureInput>) {
    const capture = normaliseCapture(given);
    checkAgrees(item, capture);
    checkCapture(capture, item.collectedOn, ctx.now);
  }

  private refuseAttach(
    c: { finished: boolean },
    item: repo.EvidenceRow | undefined,
    seq: number,
  ): asserts item is repo.EvidenceRow {
    if (!item) throw notFound(`证据（序号 ${seq}）`);
    if (c.finished)
      throw unprocessable('RULE_VIOLATION', '案件已办结，不能再上传证据文件', { rule: 'CASE_FINISHED' });
    if (item.objectKey !== null) {
      throw conflict(
        'CONFLICT',
        '该证据已上传文件，证据文件一经上传不能替换或删除；如需补充材料，请登记一条新的证据',
        { seq, sha256: item.sha256 },
      );
    }
  }

  /**
   * Streams an upload into the object store, taking its SHA-256, SM3 and size on the way. The stream is
   * cut off (and nothing stored) past `maxBytes` or when it turns out empty. The caller's source must be
   * limited to at most `maxBytes + 1` bytes so an oversized file is seen as such, not as a short one.
   */
  async receive(source: Readable, mimeType: string, maxBytes: number): Promise<ReceivedFile> {
    const sha256 = createHash('sha256');
    const sm3 = createHash('sm3');
    let size = 0;
    let refusal: AppError | undefined;
    const tap = new Transform({
      transform(chunk: Buffer, _enc, cb: TransformCallback) {
        size += chunk.length;
        if (size > maxBytes) {
          refusal = new AppError(
            413,
            'PAYLOAD_TOO_LARGE',
            `证据文件超过 ${formatBytes(maxBytes)} 的上限；请压缩或分段后分别登记`,
            { maxBytes },
          );
          return cb(refusal);
        }
        sha256.update(chunk);
        sm3.update(chunk);
        cb(null, chunk);
      },
      flush(cb: TransformCallback) {
        if (size === 0) {
          refusal = badRequest('证据文件为空（0 字节），请重新选择文件', { field: 'file' });
          return cb(refusal);
        }
        cb();
      },
    });
    // pipeline, not pipe: a refusal must also destroy the source, or the multipart parser waits on it.
    const hashed = pipeline(source, tap, () => undefined);
    let stored: Awaited<ReturnType<ObjectStore['put']>>;
    try {
      stored = await this.store.put(hashed, { contentType: mimeType });
    } catch (e) {
      // The store reports our own refusal as a broken stream; give the caller the reason.
      throw refusal ?? e;
    }
    const received = { key: stored.key, size, sha256: sha256.digest('hex'), sm3: sm3.digest('hex') };
    // The store addresses content by SHA-256 too: disagreement means the bytes changed in between.
    if (received.key !== received.sha256)
      throw new AppError(500, 'INTEGRITY_FAILED', '证据文件校验失败：存储的内容与接收的内容不一致');
    return received;
  }

  /** Records the received file on the item (once) with the capture details, and the ledger entry. */
  async attach(
    ctx: Ctx,
    id: string,
    seq: number,
    file: ReceivedFile & { fileName: string; mimeType: string },
    given: Partial<CaptureInput>,
  ) {
    const capture = normaliseCapture(given);
    return withTx(ctx, this.db, async (tctx) => {
      const { tx } = tctx;
      const c = await this.cases.caseForStep(tctx, id, 'add_evidence', '只有本案执法人员可以上传证据文件');
      await lockCase(tx, c.id);
      const item = await repo.findEvidence(tx, c.id, seq);
      this.refuseAttach(c, item, seq);
      this.checkDetails(ctx, item, capture);
      const row = await repo.attachEvidenceFile(tx, item.id, {
        objectKey: file.key,
        fileName: file.fileName,
        sha256: file.sha256,
        mimeType: file.mimeType,
        size: file.size,
        sm3: file.sm3,
        fileAttachedBy: ctx.actor.id,
        ...capture,
      });
      // The case lock serialises attachers, so this only fires if the row changed some other way.
      if (!row)
        throw conflict(
          'CONFLICT',
          '该证据已上传文件，证据文件一经上传不能替换或删除；如需补充材料，请登记一条新的证据',
          { seq },
        );
      await this.ledger.append(tctx, {
        action: 'case.evidence_file_attached',
        entityType: 'case',
        entityId: c.id,
        bodyId: c.bodyId,
        payload: {
          seq,
          fileName: row.fileName,
          mimeType: row.mimeType,
          size: row.size,
          sha256: row.sha256,
          sm3: row.sm3,
          capturedAt: row.capturedAt && isoTimestamp(row.capturedAt),
          device: row.device,
          location: row.location,
        },
      });
      return row;
    });
  }

  /**
   * The item's file for a reader of the case (C10), checked against its recorded SHA-256 (C8): a small
   * file is read and checked before anything is sent; a large one is checked as it streams and the
   * response is broken off at the end if it does not match. Either way the view is a ledger entry, and a
   * mismatch one of its own.
   */
  async open(
    ctx: Ctx,
    id: string,
    seq: number,
  ): Promise<{ body: Buffer | Readable; fileName: string; mimeType: string; size: number }> {
    const c = await this.cases.caseVisibleTo(ctx, id);
    const item = await repo.findEvidence(dbOf(ctx, this.db), c.id, seq);
    if (!item) throw notFound(`证据（序号 ${seq}）`);
    if (item.objectKey === null || item.sha256 === null || item.size === null)
      throw notFound('证据文件（该证据尚未上传文件）');
    const expected = { key: item.objectKey, sha256: item.sha256, size: item.size };
    const event = { entityType: 'case', entityId: c.id, bodyId: c.bodyId };
    const failed = async (reason: string, actual: { sha256: string | null; size: number | null }) => {
      await this.ledger.record(ctx, {
        ...event,
        action: 'case.evidence_integrity_failed',
        payload: { seq, reason, expected: { sha256: expected.sha256, size: expected.size }, actual },
      });
      return new AppError(
        500,
        'INTEGRITY_FAILED',
        `证据文件校验失败（${reason}），文件可能已被篡改或损坏，请联系系统管理员`,
        { seq, sha256: expected.sha256 },
      );
    };

    let source: Readable;
    try {
      source = await this.store.get(expected.key);
    } catch (e) {
      if (e instanceof StorageError && e.code === 'STORAGE_NOT_FOUND')
        throw await failed('文件缺失', { sha256: null, size: null });
      throw e;
    }
    const viewed = () =>
      this.ledger.record(ctx, {
        ...event,
        action: 'case.evidence_viewed',
        payload: {
          seq,
          fileName: item.fileName,
          sha256: expected.sha256,
          sm3: item.sm3,
          size: expected.size,
        },
      });
    const out = {
      fileName: item.fileName ?? `证据${seq}`,
      mimeType: item.mimeType ?? 'application/octet-stream',
      size: expected.size,
    };

    if (expected.size <= this.verifyBeforeSendBytes) {
      const bytes = await buffer(source);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (sha256 !== expected.sha256 || bytes.length !== expected.size)
        throw await failed('哈希值不符', { sha256, size: bytes.length });
      await viewed();
      return { ...out, body: bytes };
    }

    await viewed();
    const hash = createHash('sha256');
    let size = 0;
    // The last chunk is held back until the hash is known: on a mismatch the response breaks off one
    // chunk short, so the client never receives a complete file that fails the check.
    let held: Buffer | null = null;
    const verifying = new Transform({
      transform(chunk: Buffer, _enc, cb: TransformCallback) {
        hash.update(chunk);
        size += chunk.length;
        const previous = held;
        held = chunk;
        cb(null, previous ?? undefined);
      },
      flush(cb: TransformCallback) {
        const sha256 = hash.digest('hex');
        if (sha256 === expected.sha256 && size === expected.size) return cb(null, held ?? undefined);
        failed('哈希值不符', { sha256, size }).then(
          (err) => cb(err),
          (err: unknown) => cb(err as Error),
        );
      },
    });
    return { ...out, body: pipeline(source, verifying, () => undefined) };
  }
}

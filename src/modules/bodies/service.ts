// A1–A2 use cases: bodies (with delegation) and units. Every write is versioned and appended to the
// ledger in one transaction; every read is limited to the caller's data scope.
import { randomUUID } from 'node:crypto';
import { dbOf, withTx, type Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { badRequest, conflict, notFound } from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import type { ObjectStore } from '../../platform/storage/index.ts';
import { requireKind } from '../../platform/storage/index.ts';
import { listVersions, recordChange } from '../../platform/versioning/versions.ts';
import { exportBodies, importBodies } from './bodies-xlsx.ts';
import * as repo from './repo.ts';
import { LEVEL_LABELS, levelFitsUnder, reviewerIndicator } from './rules.ts';
import type { BodyFields } from './types.ts';
import type { z } from 'zod';
import type { unitInput, updateUnitInput } from './types.ts';

export class BodiesService {
  constructor(
    readonly db: Db,
    readonly ledger: Ledger,
    private readonly store: ObjectStore,
  ) {}

  listBodies(ctx: Ctx, q?: string) {
    return repo.listBodies(dbOf(ctx, this.db), ctx.actor.scope, q);
  }

  async getBodyInScope(ctx: Ctx, id: string) {
    const body = await repo.findBodyInScope(dbOf(ctx, this.db), ctx.actor.scope, id);
    if (!body) throw notFound('执法主体');
    return body;
  }

  async createBody(ctx: Ctx, input: BodyFields & { parentId: string }) {
    const parent = await this.getBodyInScope(ctx, input.parentId);
    if (!levelFitsUnder(input.level, parent.level))
      throw badRequest(`下级主体的层级不能高于上级主体（上级为${LEVEL_LABELS[parent.level]}）`, {
        field: 'level',
      });
    await this.checkDelegation(ctx, input);
    const id = randomUUID();
    return withTx(ctx, this.db, async (tctx) => {
      const body = await repo.insertBody(tctx.tx, { ...input, id, path: `${parent.path}${id}/` });
      await recordChange(
        tctx,
        this.ledger,
        { entityType: 'body', record: body, reason: '新建' },
        {
          action: 'body.created',
          entityType: 'body',
          entityId: id,
          bodyId: id,
          payload: { name: body.name, parentId: parent.id },
        },
      );
      return body;
    });
  }

  async updateBody(ctx: Ctx, id: string, input: BodyFields & { version: number; reason: string }) {
    await this.getBodyInScope(ctx, id);
    await this.checkDelegation(ctx, input);
    if (input.delegatedById === id) throw badRequest('委托机关不能是本机关');
    const { version, reason, ...fields } = input;
    return withTx(ctx, this.db, async (tctx) => {
      const body = await repo.updateBody(tctx.tx, id, version, fields);
      if (!body) throw conflict('VERSION_CONFLICT', '该记录已被他人修改，请刷新后重试');
      await recordChange(
        tctx,
        this.ledger,
        { entityType: 'body', record: body, reason },
        {
          action: 'body.updated',
          entityType: 'body',
          entityId: id,
          bodyId: id,
          payload: { version: body.version, reason },
        },
      );
      return body;
    });
  }

  async bodyVersions(ctx: Ctx, id: string) {
    await this.getBodyInScope(ctx, id);
    return listVersions(dbOf(ctx, this.db), 'body', id);
  }

  /** Stores the delegation agreement (委托协议) as an object and links it to the body, versioned. */
  async attachDelegationAgreement(ctx: Ctx, id: string, file: { content: Buffer; filename: string }) {
    const body = await this.getBodyInScope(ctx, id);
    if (!body.delegatedById) throw badRequest('该主体不是受委托组织，不能上传委托协议');
    // A signed agreement, scanned or printed to PDF; the stored type is what the bytes are.
    const contentType = requireKind(file.content, ['pdf', 'image']);
    const stored = await this.store.put(file.content, { contentType });
    return withTx(ctx, this.db, async (tctx) => {
      const updated = await repo.updateBody(tctx.tx, id, body.version, {
        delegationAgreementKey: stored.key,
        delegationAgreementName: file.filename.slice(0, 200),
      });
      if (!updated) throw conflict('VERSION_CONFLICT', '该记录已被他人修改，请刷新后重试');
      await recordChange(
        tctx,
        this.ledger,
        { entityType: 'body', record: updated, reason: '上传委托协议' },
        {
          action: 'body.delegation_agreement',
          entityType: 'body',
          entityId: id,
          bodyId: id,
          payload: { sha256: stored.key, size: stored.size, filename: file.filename },
        },
      );
      return updated;
    });
  }

  async delegationAgreement(ctx: Ctx, id: string) {
    const body = await this.getBodyInScope(ctx, id);
    if (!body.delegationAgreementKey) throw notFound('委托协议');
    const stored = await this.store.stat(body.delegationAgreementKey);
    return {
      stream: await this.store.get(body.delegationAgreementKey),
      filename: body.delegationAgreementName ?? 'agreement',
      // As sniffed when it was received (PDF or an image).
      contentType: stored?.contentType ?? 'application/octet-stream',
    };
  }

  async reviewerIndicator(ctx: Ctx, id: string) {
    await this.getBodyInScope(ctx, id);
    const counts = await repo.reviewerCounts(dbOf(ctx, this.db), id);
    return reviewerIndicator(counts.reviewers, counts.officers);
  }

  /** The body register as .xlsx (A1); every export is audited. */
  async export(ctx: Ctx) {
    const file = await exportBodies(this, ctx);
    await this.ledger.record(ctx, {
      action: 'bodies.exported',
      entityType: 'body',
      entityId: ctx.actor.bodyId,
      bodyId: ctx.actor.bodyId,
      payload: { bytes: file.length },
    });
    return file;
  }

  /** Creates the bodies of a register file: all rows or, on any error, none. */
  import(ctx: Ctx, file: Buffer) {
    return importBodies(this.db, this.ledger, this, ctx, file);
  }

  async listUnits(ctx: Ctx, bodyId?: string) {
    const ids = bodyId
      ? [(await this.getBodyInScope(ctx, bodyId)).id]
      : (await this.listBodies(ctx)).map((b) => b.id);
    return ids.length ? repo.listUnits(dbOf(ctx, this.db), ids) : [];
  }

  async getUnitInScope(ctx: Ctx, id: string) {
    const unit = await repo.findUnit(dbOf(ctx, this.db), id);
    if (!unit) throw notFound('科室');
    await this.getBodyInScope(ctx, unit.bodyId).catch(() => {
      throw notFound('科室');
    });
    return unit;
  }

  async createUnit(ctx: Ctx, input: z.output<typeof unitInput>) {
    await this.getBodyInScope(ctx, input.bodyId);
    return withTx(ctx, this.db, async (tctx) => {
      const unit = await repo.insertUnit(tctx.tx, input);
      await recordChange(
        tctx,
        this.ledger,
        { entityType: 'unit', record: unit, reason: '新建' },
        {
          action: 'unit.created',
          entityType: 'unit',
          entityId: unit.id,
          bodyId: unit.bodyId,
          payload: { name: unit.name },
        },
      );
      return unit;
    });
  }

  async updateUnit(ctx: Ctx, id: string, input: z.output<typeof updateUnitInput>) {
    await this.getUnitInScope(ctx, id);
    const { version, reason, ...fields } = input;
    return withTx(ctx, this.db, async (tctx) => {
      const unit = await repo.updateUnit(tctx.tx, id, version, fields);
      if (!unit) throw conflict('VERSION_CONFLICT', '该记录已被他人修改，请刷新后重试');
      await recordChange(
        tctx,
        this.ledger,
        { entityType: 'unit', record: unit, reason },
        {
          action: 'unit.updated',
          entityType: 'unit',
          entityId: id,
          bodyId: unit.bodyId,
          payload: { reason },
        },
      );
      return unit;
    });
  }

  private async checkDelegation(ctx: Ctx, input: BodyFields) {
    if (input.nature === '受委托组织') {
      if (!input.delegatedById) throw badRequest('受委托组织必须填写委托机关', { field: 'delegatedById' });
      await this.getBodyInScope(ctx, input.delegatedById);
      if (
        input.delegationValidFrom &&
        input.delegationValidTo &&
        input.delegationValidTo < input.delegationValidFrom
      ) {
        throw badRequest('委托期限结束日期不能早于开始日期', { field: 'delegationValidTo' });
      }
    } else if (input.delegatedById) {
      throw badRequest('只有受委托组织才能填写委托机关', { field: 'delegatedById' });
    }
  }
}

// A1–A2 use cases: bodies (with delegation) and units. Every write is versioned and appended to the
// ledger in one transaction; every read is limited to the caller's data scope.
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Db } from '../../platform/db/client.ts';
import { badRequest, conflict, notFound } from '../../platform/http/errors.ts';
import type { Actor, Ledger } from '../../platform/ledger/ledger.ts';
import type { ObjectStore } from '../../platform/storage/index.ts';
import { listVersions, recordVersion } from '../../platform/versioning/versions.ts';
import { scopeOf, type DataScope, type Role } from '../access/index.ts';
import * as repo from './repo.ts';
import { LEVEL_LABELS, levelFitsUnder, reviewerIndicator } from './rules.ts';
import type { BodyFields } from './types.ts';
import type { z } from 'zod';
import type { unitInput, updateUnitInput } from './types.ts';

export interface ScopedUser {
  id: string;
  displayName: string;
  bodyId: string;
  bodyPath: string;
  roles: readonly Role[];
}

const asActor = (u: ScopedUser, ip: string | null = null): Actor => ({ id: u.id, name: u.displayName, ip });

export class BodiesService {
  constructor(
    readonly db: Db,
    readonly ledger: Ledger,
    private readonly store: ObjectStore,
  ) {}

  listBodies(user: ScopedUser, q?: string) {
    return repo.listBodies(this.db, scopeOf(user), q);
  }

  async getBodyInScope(user: ScopedUser | DataScope, id: string) {
    const scope = 'subordinates' in user ? user : scopeOf(user);
    const body = await repo.findBodyInScope(this.db, scope, id);
    if (!body) throw notFound('执法主体');
    return body;
  }

  /** H3: a download of the bodies register is logged with its size. */
  async recordExport(user: ScopedUser, ip: string | null, bytes: number) {
    await this.ledger.record(asActor(user, ip), {
      action: 'bodies.exported',
      entityType: 'body',
      entityId: user.bodyId,
      bodyId: user.bodyId,
      payload: { bytes },
    });
  }

  async createBody(user: ScopedUser, input: BodyFields & { parentId: string }, ip: string | null) {
    const parent = await this.getBodyInScope(user, input.parentId);
    if (!levelFitsUnder(input.level, parent.level))
      throw badRequest(`下级主体的层级不能高于上级主体（上级为${LEVEL_LABELS[parent.level]}）`, {
        field: 'level',
      });
    await this.checkDelegation(user, input);
    const id = randomUUID();
    return this.db.transaction(async (tx) => {
      const body = await repo.insertBody(tx, { ...input, id, path: `${parent.path}${id}/` });
      await recordVersion(tx, asActor(user), 'body', body, '新建');
      await this.ledger.append(tx, asActor(user, ip), {
        action: 'body.created',
        entityType: 'body',
        entityId: id,
        bodyId: id,
        payload: { name: body.name, parentId: parent.id },
      });
      return body;
    });
  }

  async updateBody(
    user: ScopedUser,
    id: string,
    input: BodyFields & { version: number; reason: string },
    ip: string | null,
  ) {
    await this.getBodyInScope(user, id);
    await this.checkDelegation(user, input);
    if (input.delegatedById === id) throw badRequest('委托机关不能是本机关');
    const { version, reason, ...fields } = input;
    return this.db.transaction(async (tx) => {
      const body = await repo.updateBody(tx, id, version, fields);
      if (!body) throw conflict('VERSION_CONFLICT', '该记录已被他人修改，请刷新后重试');
      await recordVersion(tx, asActor(user), 'body', body, reason);
      await this.ledger.append(tx, asActor(user, ip), {
        action: 'body.updated',
        entityType: 'body',
        entityId: id,
        bodyId: id,
        payload: { version: body.version, reason },
      });
      return body;
    });
  }

  async bodyVersions(user: ScopedUser, id: string) {
    await this.getBodyInScope(user, id);
    return listVersions(this.db, 'body', id);
  }

  /** Stores the delegation agreement (委托协议) as an object and links it to the body, versioned. */
  async attachDelegationAgreement(
    user: ScopedUser,
    id: string,
    file: { stream: Readable; filename: string; mimetype: string },
    ip: string | null,
  ) {
    const body = await this.getBodyInScope(user, id);
    if (!body.delegatedById) throw badRequest('该主体不是受委托组织，不能上传委托协议');
    const stored = await this.store.put(file.stream, { contentType: file.mimetype });
    return this.db.transaction(async (tx) => {
      const updated = await repo.updateBody(tx, id, body.version, {
        delegationAgreementKey: stored.key,
        delegationAgreementName: file.filename.slice(0, 200),
      });
      if (!updated) throw conflict('VERSION_CONFLICT', '该记录已被他人修改，请刷新后重试');
      await recordVersion(tx, asActor(user), 'body', updated, '上传委托协议');
      await this.ledger.append(tx, asActor(user, ip), {
        action: 'body.delegation_agreement',
        entityType: 'body',
        entityId: id,
        bodyId: id,
        payload: { sha256: stored.key, size: stored.size, filename: file.filename },
      });
      return updated;
    });
  }

  async delegationAgreement(user: ScopedUser, id: string) {
    const body = await this.getBodyInScope(user, id);
    if (!body.delegationAgreementKey) throw notFound('委托协议');
    return {
      stream: await this.store.get(body.delegationAgreementKey),
      filename: body.delegationAgreementName ?? 'agreement',
    };
  }

  async reviewerIndicator(user: ScopedUser, id: string) {
    await this.getBodyInScope(user, id);
    const counts = await repo.reviewerCounts(this.db, id);
    return reviewerIndicator(counts.reviewers, counts.officers);
  }

  async listUnits(user: ScopedUser, bodyId?: string) {
    const ids = bodyId
      ? [(await this.getBodyInScope(user, bodyId)).id]
      : (await this.listBodies(user)).map((b) => b.id);
    return ids.length ? repo.listUnits(this.db, ids) : [];
  }

  async getUnitInScope(user: ScopedUser, id: string) {
    const unit = await repo.findUnit(this.db, id);
    if (!unit) throw notFound('科室');
    await this.getBodyInScope(user, unit.bodyId).catch(() => {
      throw notFound('科室');
    });
    return unit;
  }

  async createUnit(user: ScopedUser, input: z.output<typeof unitInput>, ip: string | null) {
    await this.getBodyInScope(user, input.bodyId);
    return this.db.transaction(async (tx) => {
      const unit = await repo.insertUnit(tx, input);
      await recordVersion(tx, asActor(user), 'unit', unit, '新建');
      await this.ledger.append(tx, asActor(user, ip), {
        action: 'unit.created',
        entityType: 'unit',
        entityId: unit.id,
        bodyId: unit.bodyId,
        payload: { name: unit.name },
      });
      return unit;
    });
  }

  async updateUnit(user: ScopedUser, id: string, input: z.output<typeof updateUnitInput>, ip: string | null) {
    await this.getUnitInScope(user, id);
    const { version, reason, ...fields } = input;
    return this.db.transaction(async (tx) => {
      const unit = await repo.updateUnit(tx, id, version, fields);
      if (!unit) throw conflict('VERSION_CONFLICT', '该记录已被他人修改，请刷新后重试');
      await recordVersion(tx, asActor(user), 'unit', unit, reason);
      await this.ledger.append(tx, asActor(user, ip), {
        action: 'unit.updated',
        entityType: 'unit',
        entityId: id,
        bodyId: unit.bodyId,
        payload: { reason },
      });
      return unit;
    });
  }

  private async checkDelegation(user: ScopedUser, input: BodyFields) {
    if (input.nature === '受委托组织') {
      if (!input.delegatedById) throw badRequest('受委托组织必须填写委托机关', { field: 'delegatedById' });
      await this.getBodyInScope(user, input.delegatedById);
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

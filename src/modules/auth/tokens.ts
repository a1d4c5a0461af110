// H7: API tokens for integrations (other government platforms pulling or pushing data). A token acts as
// the account that created it, with that account's roles and data scope; it is shown once, stored only
// as a SHA-256 hash, can expire, and can be revoked. Requests with a token carry no cookie, so no CSRF.
import { createHash } from 'node:crypto';
import { dbOf, withTx, type Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { badRequest, notFound } from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import { randomToken } from '../../platform/crypto/sm.ts';
import * as repo from './repo.ts';
import type { SessionUser } from '../access/index.ts';
import { sessionUserOf } from './types.ts';

export const TOKEN_PREFIX = 'sxt_';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export class ApiTokenService {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
  ) {}

  async create(ctx: Ctx, name: string, expiresAt: string | null) {
    if (expiresAt && new Date(expiresAt).getTime() <= ctx.now.getTime())
      throw badRequest('字段「expiresAt」必须晚于当前时间');
    const token = `${TOKEN_PREFIX}${randomToken(32)}`;
    return withTx(ctx, this.db, async (tctx) => {
      const [row] = await repo.insertApiToken(tctx.tx, {
        userId: ctx.actor.id,
        name,
        tokenHash: sha256(token),
        expiresAt,
      });
      await this.ledger.append(tctx, {
        action: 'api_token.created',
        entityType: 'api_token',
        entityId: row!.id,
        bodyId: ctx.actor.bodyId,
        payload: { name, expiresAt },
      });
      return { id: row!.id, name, expiresAt, token };
    });
  }

  list(ctx: Ctx) {
    return repo.listApiTokens(dbOf(ctx, this.db), ctx.actor.id);
  }

  async revoke(ctx: Ctx, id: string) {
    await withTx(ctx, this.db, async (tctx) => {
      const [row] = await repo.revokeApiToken(tctx.tx, ctx.actor.id, id, ctx.now);
      if (!row) throw notFound('令牌');
      await this.ledger.append(tctx, {
        action: 'api_token.revoked',
        entityType: 'api_token',
        entityId: id,
        bodyId: ctx.actor.bodyId,
      });
    });
  }

  /** The account behind a bearer token at `now`, or null when unknown, revoked, expired or disabled. */
  async resolve(token: string, now: Date): Promise<SessionUser | null> {
    if (!token.startsWith(TOKEN_PREFIX)) return null;
    const row = await repo.findApiToken(this.db, sha256(token));
    if (!row || row.user.status !== 'active') return null;
    if (row.token.expiresAt && new Date(row.token.expiresAt).getTime() <= now.getTime()) return null;
    if (!row.token.lastUsedAt || now.getTime() - new Date(row.token.lastUsedAt).getTime() > 60_000)
      await repo.touchApiToken(this.db, row.token.id, now);
    return sessionUserOf(row, { csrfToken: '', tokenHash: '', viaToken: true });
  }
}

// H7: API tokens for integrations (other government platforms pulling or pushing data). A token acts as
// the account that created it, with that account's roles and data scope; it is shown once, stored only
// as a SHA-256 hash, expires (at most API_TOKEN_MAX_DAYS after its creation), and can be revoked.
// Requests with a token carry no cookie, so no CSRF.
import { createHash } from 'node:crypto';
import { dbOf, withTx, type Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { badRequest, notFound } from '../../platform/http/errors.ts';
import { effectiveTokenExpiry, grantedTokenExpiry } from './rules.ts';
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
    private readonly options: { maxDays: number },
  ) {}

  /** A new token; without an expiry it gets the longest allowed, beyond that it is refused (400). */
  async create(ctx: Ctx, name: string, requested: string | null) {
    const granted = grantedTokenExpiry(requested, ctx.now, this.options.maxDays);
    if ('problem' in granted) throw badRequest(granted.problem, { field: 'expiresAt' });
    const { expiresAt } = granted;
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

  /** The caller's tokens, each with the expiry that applies to it now. */
  async list(ctx: Ctx) {
    const rows = await repo.listApiTokens(dbOf(ctx, this.db), ctx.actor.id);
    return rows.map((r) => ({ ...r, expiresAt: this.expiryOf(r).toISOString() }));
  }

  private expiryOf(token: { expiresAt: string | null; createdAt: string }) {
    return effectiveTokenExpiry(token.expiresAt, token.createdAt, this.options.maxDays);
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
    if (this.expiryOf(row.token).getTime() <= now.getTime()) return null;
    if (!row.token.lastUsedAt || now.getTime() - new Date(row.token.lastUsedAt).getTime() > 60_000)
      await repo.touchApiToken(this.db, row.token.id, now);
    return sessionUserOf(row, { csrfToken: '', tokenHash: '', viaToken: true });
  }
}

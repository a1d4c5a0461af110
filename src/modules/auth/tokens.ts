// H7: API tokens for integrations (other government platforms pulling or pushing data). A token acts as
// the account that created it, with that account's roles and data scope; it is shown once, stored only
// as a SHA-256 hash, can expire, and can be revoked. Requests with a token carry no cookie, so no CSRF.
import { createHash } from 'node:crypto';
import type { Db } from '../../platform/db/client.ts';
import { notFound } from '../../platform/http/errors.ts';
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

  async create(user: SessionUser, name: string, expiresAt: string | null, ip: string | null) {
    const token = `${TOKEN_PREFIX}${randomToken(32)}`;
    return this.db.transaction(async (tx) => {
      const [row] = await repo.insertApiToken(tx, {
        userId: user.id,
        name,
        tokenHash: sha256(token),
        expiresAt,
      });
      await this.ledger.append(
        tx,
        { id: user.id, name: user.displayName, ip },
        {
          action: 'api_token.created',
          entityType: 'api_token',
          entityId: row!.id,
          bodyId: user.bodyId,
          payload: { name, expiresAt },
        },
      );
      return { id: row!.id, name, expiresAt, token };
    });
  }

  list(user: SessionUser) {
    return repo.listApiTokens(this.db, user.id);
  }

  async revoke(user: SessionUser, id: string, ip: string | null) {
    await this.db.transaction(async (tx) => {
      const [row] = await repo.revokeApiToken(tx, user.id, id);
      if (!row) throw notFound('令牌');
      await this.ledger.append(
        tx,
        { id: user.id, name: user.displayName, ip },
        { action: 'api_token.revoked', entityType: 'api_token', entityId: id, bodyId: user.bodyId },
      );
    });
  }

  /** The account behind a bearer token, or null when unknown, revoked, expired or the account is disabled. */
  async resolve(token: string): Promise<SessionUser | null> {
    if (!token.startsWith(TOKEN_PREFIX)) return null;
    const row = await repo.findApiToken(this.db, sha256(token));
    if (!row || row.user.status !== 'active') return null;
    if (row.token.expiresAt && new Date(row.token.expiresAt).getTime() <= Date.now()) return null;
    if (!row.token.lastUsedAt || Date.now() - new Date(row.token.lastUsedAt).getTime() > 60_000)
      await repo.touchApiToken(this.db, row.token.id);
    return sessionUserOf(row, { csrfToken: '', tokenHash: '', viaToken: true });
  }
}

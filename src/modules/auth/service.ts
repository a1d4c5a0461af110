// H1–H3 use cases: login with lockout, sessions with idle timeout, accounts and role assignment.
// Every login, failure and change is appended to the ledger in the same transaction.
import { createHash } from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import { dbOf, withTx, type Actor, type Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import { randomToken } from '../../platform/crypto/sm.ts';
import * as repo from './repo.ts';
import {
  LOCKOUT,
  asRoles,
  isLocked,
  isSessionIdle,
  lockUntilAfterFailure,
  passwordProblems,
  roleProblems,
} from './rules.ts';
import { scopeCovers, SYSTEM_TRIAD, type Role, type SessionUser } from '../access/index.ts';
import { sessionUserOf } from './types.ts';
import type { BodiesService, PeopleService } from '../bodies/index.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
// A fixed hash to verify against when the username is unknown, so timing does not reveal accounts.
let dummyHash: string | undefined;

export interface AuthOptions {
  idleMinutes: number;
}

export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly bodies: BodiesService,
    private readonly people: PeopleService,
    private readonly options: AuthOptions,
  ) {}

  static hashPassword(password: string) {
    return argonHash(password, { algorithm: 2 /* argon2id */ });
  }

  /** Signs in; every attempt is audited under the name typed (the caller is anonymous until it succeeds). */
  async login(ctx: Ctx<Actor>, username: string, password: string, userAgent: string | null) {
    const { now, ip } = ctx;
    const user = await repo.findUserByUsername(dbOf(ctx, this.db), username);
    const attempt: Ctx<Actor> = { ...ctx, actor: { id: user?.id ?? null, name: username } };
    if (!user) {
      dummyHash ??= await AuthService.hashPassword('dummy-password-for-timing');
      await argonVerify(dummyHash, password);
      await this.ledger.record(attempt, {
        action: 'auth.login_failed',
        entityType: 'user',
        payload: { username, reason: 'unknown_user' },
      });
      throw new AppError(401, 'INVALID_CREDENTIALS', '用户名或密码错误');
    }
    if (user.status !== 'active') {
      await this.ledger.record(attempt, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        bodyId: user.bodyId,
        payload: { reason: 'disabled' },
      });
      throw new AppError(401, 'INVALID_CREDENTIALS', '用户名或密码错误');
    }
    // The lock check, the password check and the failure count run in one transaction that holds the
    // account row, so simultaneous guesses are counted one after another and cannot outrun the lockout.
    const outcome = await withTx(attempt, this.db, async (tctx) => {
      const { tx } = tctx;
      const current = await repo.lockUserRow(tx, user.id);
      if (isLocked(current.lockedUntil, now)) {
        await this.ledger.append(tctx, {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: user.id,
          bodyId: user.bodyId,
          payload: { reason: 'locked' },
        });
        return { kind: 'locked' as const, until: current.lockedUntil };
      }
      if (await argonVerify(current.passwordHash, password)) return { kind: 'ok' as const };
      await repo.addFailure(tx, username, ip, now);
      const since = new Date(now.getTime() - LOCKOUT.windowMinutes * 60_000);
      const until = lockUntilAfterFailure(await repo.countRecentFailures(tx, username, since), now);
      if (until) await repo.setLockedUntil(tx, user.id, until.toISOString());
      await this.ledger.append(tctx, {
        action: until ? 'auth.account_locked' : 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        bodyId: user.bodyId,
        payload: { reason: 'bad_password', lockedUntil: until?.toISOString() ?? null },
      });
      return { kind: 'failed' as const, until: until?.toISOString() ?? null };
    });
    if (outcome.kind === 'locked')
      throw new AppError(423, 'ACCOUNT_LOCKED', `账号已被锁定，请于 ${LOCKOUT.lockMinutes} 分钟后再试`, {
        lockedUntil: outcome.until,
      });
    if (outcome.kind === 'failed') {
      if (outcome.until)
        throw new AppError(
          423,
          'ACCOUNT_LOCKED',
          `连续 ${LOCKOUT.maxFailures} 次密码错误，账号已锁定 ${LOCKOUT.lockMinutes} 分钟`,
          { lockedUntil: outcome.until },
        );
      throw new AppError(401, 'INVALID_CREDENTIALS', '用户名或密码错误');
    }
    const token = randomToken();
    const csrfToken = randomToken(24);
    const signedIn: Ctx<Actor> = { ...ctx, actor: { id: user.id, name: user.displayName } };
    await withTx(signedIn, this.db, async (tctx) => {
      await repo.clearFailures(tctx.tx, username);
      if (user.lockedUntil) await repo.setLockedUntil(tctx.tx, user.id, null);
      await repo.insertSession(tctx.tx, {
        tokenHash: sha256(token),
        userId: user.id,
        csrfToken,
        ip,
        userAgent: userAgent?.slice(0, 300) ?? null,
        createdAt: now.toISOString(),
        lastSeenAt: now.toISOString(),
      });
      await this.ledger.append(tctx, {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        bodyId: user.bodyId,
        payload: { username },
      });
    });
    return { token, csrfToken };
  }

  /** Ends the session behind `tokenHash` (the caller's own). */
  async logout(ctx: Ctx, tokenHash: string) {
    const { actor } = ctx;
    await withTx(ctx, this.db, async (tctx) => {
      await repo.deleteSession(tctx.tx, tokenHash);
      await this.ledger.append(tctx, {
        action: 'auth.logout',
        entityType: 'user',
        entityId: actor.id,
        bodyId: actor.bodyId,
      });
    });
  }

  /** The user behind a session cookie at `now`, or null when absent, unknown, idle or disabled. */
  async resolveSession(token: string, now: Date): Promise<SessionUser | null> {
    const tokenHash = sha256(token);
    const row = await repo.findSession(this.db, tokenHash);
    if (!row || row.user.status !== 'active') return null;
    if (isSessionIdle(row.lastSeenAt, now, this.options.idleMinutes)) {
      await repo.deleteSession(this.db, tokenHash);
      return null;
    }
    // Writing last_seen_at on every request would make every read a write; a minute's slack is harmless.
    if (now.getTime() - new Date(row.lastSeenAt).getTime() > 60_000)
      await repo.touchSession(this.db, tokenHash, now);
    return sessionUserOf(row, { csrfToken: row.csrfToken, tokenHash });
  }

  async changePassword(ctx: Ctx, current: string, next: string) {
    const { actor } = ctx;
    const row = await repo.findUserById(dbOf(ctx, this.db), actor.id);
    if (!row || !(await argonVerify(row.passwordHash, current)))
      throw new AppError(401, 'INVALID_CREDENTIALS', '当前密码不正确');
    const problems = passwordProblems(next, row.username);
    if (problems.length) throw new AppError(400, 'PASSWORD_POLICY', problems.join('；'), { problems });
    const hashed = await AuthService.hashPassword(next);
    await withTx(ctx, this.db, async (tctx) => {
      await repo.updatePassword(tctx.tx, actor.id, hashed, ctx.now);
      await this.ledger.append(tctx, {
        action: 'user.password_changed',
        entityType: 'user',
        entityId: actor.id,
        bodyId: actor.bodyId,
      });
    });
  }

  async listUsers(ctx: Ctx) {
    const { scope } = ctx.actor;
    const rows = await repo.listUsersInScope(
      dbOf(ctx, this.db),
      scope.bodyPath,
      scope.subordinates ? undefined : [scope.bodyId],
    );
    return rows.map((r) => ({ ...r, roles: asRoles(r.roles), status: r.status as 'active' | 'disabled' }));
  }

  async createUser(
    ctx: Ctx,
    input: {
      username: string;
      displayName: string;
      bodyId: string;
      personId?: string | null;
      roles: Role[];
      password: string;
    },
  ) {
    this.checkRoles(ctx, input.roles);
    const body = await this.bodies.getBodyInScope(ctx, input.bodyId);
    if (input.personId) await this.people.assertInScope(ctx, input.personId);
    const problems = passwordProblems(input.password, input.username);
    if (problems.length) throw new AppError(400, 'PASSWORD_POLICY', problems.join('；'), { problems });
    if (await repo.findUserByUsername(dbOf(ctx, this.db), input.username))
      throw conflict('DUPLICATE', `用户名 ${input.username} 已存在`);
    const passwordHash = await AuthService.hashPassword(input.password);
    return withTx(ctx, this.db, async (tctx) => {
      const [created] = await repo.insertUser(tctx.tx, {
        ...input,
        personId: input.personId ?? null,
        passwordHash,
      });
      await this.ledger.append(tctx, {
        action: 'user.created',
        entityType: 'user',
        entityId: created!.id,
        bodyId: body.id,
        payload: { username: input.username, roles: input.roles },
      });
      return { ...created!, bodyName: body.name, roles: asRoles(created!.roles), status: 'active' as const };
    });
  }

  async assignRoles(ctx: Ctx, userId: string, roles: Role[], version: number, reason: string) {
    if (ctx.actor.id === userId) throw forbidden('不能修改自己的角色');
    this.checkRoles(ctx, roles);
    const target = await repo.findUserById(dbOf(ctx, this.db), userId);
    if (!target) throw notFound('账号');
    const body = await this.bodies.getBodyInScope(ctx, target.bodyId);
    if (!scopeCovers(ctx.actor.scope, body.path)) throw notFound('账号');
    return withTx(ctx, this.db, async (tctx) => {
      const [updated] = await repo.updateUserRoles(tctx.tx, userId, roles, version);
      if (!updated)
        throw conflict('VERSION_CONFLICT', '账号已被他人修改，请刷新后重试', {
          currentVersion: target.version,
        });
      await repo.deleteSessionsOfUser(tctx.tx, userId); // new roles take effect at the next login
      await this.ledger.append(tctx, {
        action: 'user.roles_changed',
        entityType: 'user',
        entityId: userId,
        bodyId: target.bodyId,
        payload: { from: target.roles, to: roles, reason },
      });
      return {
        ...updated,
        bodyName: body.name,
        roles: asRoles(updated.roles),
        status: updated.status as 'active' | 'disabled',
      };
    });
  }

  async unlock(ctx: Ctx, userId: string) {
    const target = await repo.findUserById(dbOf(ctx, this.db), userId);
    if (!target) throw notFound('账号');
    await this.bodies.getBodyInScope(ctx, target.bodyId);
    await withTx(ctx, this.db, async (tctx) => {
      await repo.setLockedUntil(tctx.tx, userId, null);
      await repo.clearFailures(tctx.tx, target.username);
      await this.ledger.append(tctx, {
        action: 'user.unlocked',
        entityType: 'user',
        entityId: userId,
        bodyId: target.bodyId,
      });
    });
  }

  /** Only the security administrator grants the system roles, and never two of them to one account. */
  private checkRoles(ctx: Ctx, roles: Role[]) {
    const problems = roleProblems(roles);
    const first = problems[0];
    if (first) {
      if (first.code === 'SEPARATION_OF_DUTIES') throw conflict('SEPARATION_OF_DUTIES', first.message);
      throw badRequest(first.message);
    }
    if (roles.some((r) => SYSTEM_TRIAD.includes(r)) && !ctx.actor.roles.includes('secadmin')) {
      throw forbidden('系统管理员、安全管理员、审计管理员角色只能由安全管理员授予');
    }
  }
}

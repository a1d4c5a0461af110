// H1–H3 use cases: login with lockout, sessions with idle timeout, the password change.
// Every login, failure and change is appended to the ledger in the same transaction.
import { createHash } from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import { dbOf, withTx, type Actor, type Ctx, type TxCtx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, forbidden } from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import { randomToken } from '../../platform/crypto/sm.ts';
import * as repo from './repo.ts';
import {
  LOCKOUT,
  isInitialPasswordExpired,
  isLocked,
  isSessionIdle,
  isTouchDue,
  lockUntilAfterFailure,
  passwordProblems,
  type SecondFactorState,
} from './rules.ts';
import type { SessionUser } from '../access/index.ts';
import { sessionUserOf } from './types.ts';
import { SessionCache } from './session-cache.ts';
import type { FailureReason } from './events.ts';
import type { SecondFactorService } from './second-factor.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
// A fixed hash to verify against when the username is unknown, so timing does not reveal accounts.
let dummyHash: string | undefined;

/** What the ledger says went wrong, per kind of failed credential. */
const FAILURE_REASON_OF = {
  'auth.login_failed': 'bad_password',
  'user.password_change_failed': 'bad_current_password',
  'auth.second_factor_failed': 'bad_code',
} as const satisfies Record<string, FailureReason>;

/** The one answer to every failed sign-in, whatever the cause (no account enumeration). */
const invalidCredentials = () =>
  new AppError(
    401,
    'INVALID_CREDENTIALS',
    `用户名或密码错误（连续 ${LOCKOUT.maxFailures} 次错误将锁定账号 ${LOCKOUT.lockMinutes} 分钟）`,
  );

export interface AuthOptions {
  idleMinutes: number;
  /** How long a resolved session may be reused without reading it again (session-cache.ts); 0: never. */
  sessionCacheSeconds: number;
  /** Days a one-time initial password works (INITIAL_PASSWORD_DAYS). */
  initialPasswordDays: number;
}

export class AuthService {
  private readonly sessions: SessionCache;

  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly factors: SecondFactorService,
    private readonly options: AuthOptions,
  ) {
    this.sessions = new SessionCache(options.sessionCacheSeconds * 1000);
  }

  static hashPassword(password: string) {
    return argonHash(password, { algorithm: 2 /* argon2id */ });
  }

  /**
   * Signs in; every attempt is audited under the name typed (the caller is anonymous until it succeeds).
   * Unknown, disabled and locked accounts, a wrong password and an expired initial password get one
   * answer, after the same password hashing work, so neither the status nor the body nor the timing
   * tells which accounts exist.
   */
  async login(ctx: Ctx<Actor>, username: string, password: string, userAgent: string | null) {
    const { now, ip } = ctx;
    const user = await repo.findUserByUsername(dbOf(ctx, this.db), username);
    const attempt: Ctx<Actor> = { ...ctx, actor: { id: user?.id ?? null, name: username } };
    if (!user || user.status !== 'active') {
      dummyHash ??= await AuthService.hashPassword('dummy-password-for-timing');
      await argonVerify(dummyHash, password);
      await this.ledger.record(attempt, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        bodyId: user?.bodyId ?? null,
        payload: user ? { reason: 'disabled' } : { username, reason: 'unknown_user' },
      });
      throw invalidCredentials();
    }
    const outcome = await withTx(attempt, this.db, (tctx) =>
      this.checkCredential(tctx, user, (row) => argonVerify(row.passwordHash, password), 'auth.login_failed'),
    );
    if (outcome !== 'ok') throw invalidCredentials();
    // The right initial password after its expiry: refused with the same answer as a wrong one (it is
    // not a guess, so it does not count towards the lock); the 系统管理员 sees it expired and issues another.
    if (isInitialPasswordExpired(user, now, this.options.initialPasswordDays)) {
      await this.ledger.record(attempt, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        bodyId: user.bodyId,
        payload: { reason: 'initial_password_expired' },
      });
      throw invalidCredentials();
    }
    const token = randomToken();
    const csrfToken = randomToken(24);
    const signedIn: Ctx<Actor> = { ...ctx, actor: { id: user.id, name: user.displayName } };
    const secondFactor = await withTx(signedIn, this.db, async (tctx) => {
      await repo.clearFailures(tctx.tx, username);
      if (user.lockedUntil) await repo.setLockedUntil(tctx.tx, user.id, null);
      const owed = await this.factors.stateAfterPassword(tctx.tx, user);
      await repo.insertSession(tctx.tx, {
        tokenHash: sha256(token),
        userId: user.id,
        csrfToken,
        secondFactor: owed,
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
      return owed;
    });
    return { token, csrfToken, mustChangePassword: user.mustChangePassword, secondFactor };
  }

  /**
   * Checks a password of an active account against the lockout (H1), for the login and for the password
   * change alike: the lock check, the password check and the failure count run in the caller's
   * transaction holding the account row, so simultaneous guesses are counted one after another and
   * cannot outrun the lockout. A failure is appended to the ledger as `failureEvent`, the lock as
   * `auth.account_locked`. A locked account's password is still hashed (same time as a check).
   */
  private async checkCredential(
    tctx: TxCtx<Actor>,
    user: { id: string; username: string; bodyId: string },
    check: (current: Awaited<ReturnType<typeof repo.lockUserRow>>) => Promise<boolean>,
    failureEvent: keyof typeof FAILURE_REASON_OF,
  ): Promise<'ok' | 'locked' | 'failed' | 'now_locked'> {
    const { tx, now } = tctx;
    const current = await repo.lockUserRow(tx, user.id);
    const matches = await check(current);
    const failure = (reason: FailureReason, lockedUntil?: string | null) =>
      this.ledger.append(tctx, {
        action: lockedUntil ? 'auth.account_locked' : failureEvent,
        entityType: 'user',
        entityId: user.id,
        bodyId: user.bodyId,
        payload: { reason, ...(lockedUntil === undefined ? {} : { lockedUntil }) },
      });
    if (isLocked(current.lockedUntil, now)) {
      await failure('locked');
      return 'locked';
    }
    if (matches) return 'ok';
    await repo.addFailure(tx, user.username, tctx.ip, now);
    const since = new Date(now.getTime() - LOCKOUT.windowMinutes * 60_000);
    const until = lockUntilAfterFailure(await repo.countRecentFailures(tx, user.username, since), now);
    if (until) await repo.setLockedUntil(tx, user.id, until.toISOString());
    const reason = FAILURE_REASON_OF[failureEvent];
    await failure(reason, until?.toISOString() ?? null);
    return until ? 'now_locked' : 'failed';
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

  /**
   * The user behind a session cookie at `now`, or null when absent, unknown, idle or disabled. A session
   * read in the last few seconds comes from the cache (session-cache.ts says how changes reach it).
   */
  async resolveSession(token: string, now: Date): Promise<SessionUser | null> {
    const tokenHash = sha256(token);
    const cached = this.sessions.get(tokenHash);
    if (cached && !isTouchDue(cached.lastSeenAt, now)) {
      if (!isSessionIdle(cached.lastSeenAt, now, this.options.idleMinutes)) return cached.user;
    }
    const mark = this.sessions.begin();
    const row = await repo.findSession(this.db, tokenHash);
    if (!row || row.user.status !== 'active') {
      this.sessions.forget(tokenHash);
      return null;
    }
    if (isSessionIdle(row.lastSeenAt, now, this.options.idleMinutes)) {
      this.sessions.forget(tokenHash);
      await repo.deleteSession(this.db, tokenHash);
      return null;
    }
    let lastSeenAt = row.lastSeenAt;
    if (isTouchDue(lastSeenAt, now)) {
      lastSeenAt = now.toISOString();
      await repo.touchSession(this.db, tokenHash, now);
    }
    const user = sessionUserOf(row, {
      csrfToken: row.csrfToken,
      tokenHash,
      secondFactor: row.secondFactor as SecondFactorState,
    });
    this.sessions.store(mark, tokenHash, { user, lastSeenAt });
    return user;
  }

  /** Empties the session cache: called when a request that may have written ends (auth/plugin.ts). */
  forgetCachedSessions() {
    this.sessions.clear();
  }

  /**
   * The second step of a sign-in: a TOTP code (each works once) or an unused recovery code. A wrong one
   * counts with the password failures; reaching the lock ends this session.
   */
  async verifySecondFactor(ctx: Ctx, session: SessionUser, code: string) {
    if (session.secondFactor !== 'verify') throw new AppError(409, 'CONFLICT', '本次登录无需两步验证');
    const row = await repo.findUserById(dbOf(ctx, this.db), ctx.actor.id);
    if (!row) throw invalidCredentials();
    let method: 'totp' | 'recovery' | null = null;
    const outcome = await withTx(ctx, this.db, (tctx) =>
      this.checkCredential(
        tctx,
        row,
        async (locked) => (method = await this.factors.spend(tctx.tx, locked, code, ctx.now)) !== null,
        'auth.second_factor_failed',
      ),
    );
    if (outcome === 'locked' || outcome === 'now_locked') {
      await repo.deleteSession(this.db, session.tokenHash);
      throw new AppError(423, 'ACCOUNT_LOCKED', `账号已锁定 ${LOCKOUT.lockMinutes} 分钟，本次登录已结束`);
    }
    if (outcome === 'failed' || !method)
      throw new AppError(401, 'INVALID_CREDENTIALS', '验证码不正确或已使用');
    await withTx(ctx, this.db, async (tctx) => {
      await repo.setSessionSecondFactor(tctx.tx, session.tokenHash, null);
      await repo.clearFailures(tctx.tx, row.username);
      await this.ledger.append(tctx, {
        action: 'auth.second_factor',
        entityType: 'user',
        entityId: row.id,
        bodyId: row.bodyId,
        payload: { method: method! },
      });
    });
  }

  /**
   * Turns off the caller's own second factor where its body does not require it of the caller's roles;
   * a current code of the factor (not a recovery code) confirms it, and a wrong one counts with the
   * password failures like any guess. The account's other sessions end.
   */
  async disableSecondFactor(ctx: Ctx, session: SessionUser, code: string) {
    if (session.viaToken) throw forbidden('API 令牌不能关闭两步验证');
    const row = await repo.findUserById(dbOf(ctx, this.db), ctx.actor.id);
    if (!row) throw invalidCredentials();
    if (!row.totpSecret) throw new AppError(409, 'CONFLICT', '尚未启用两步验证');
    if (await this.factors.isRequired(dbOf(ctx, this.db), { bodyId: row.bodyId, roles: session.roles }))
      throw forbidden('本单位要求此角色使用两步验证，不能关闭；验证器丢失请联系安全管理员重置');
    const outcome = await withTx(ctx, this.db, (tctx) =>
      this.checkCredential(
        tctx,
        row,
        async (locked) =>
          (await this.factors.spend(tctx.tx, locked, code, ctx.now, { recovery: false })) !== null,
        'auth.second_factor_failed',
      ),
    );
    if (outcome === 'locked' || outcome === 'now_locked') {
      await repo.deleteSession(this.db, session.tokenHash);
      throw new AppError(423, 'ACCOUNT_LOCKED', `账号已锁定 ${LOCKOUT.lockMinutes} 分钟，本次登录已结束`);
    }
    if (outcome === 'failed') throw new AppError(401, 'INVALID_CREDENTIALS', '验证码不正确或已使用');
    await withTx(ctx, this.db, async (tctx) => {
      await repo.clearTotp(tctx.tx, row.id);
      await repo.clearFailures(tctx.tx, row.username);
      await repo.deleteOtherSessions(tctx.tx, row.id, session.tokenHash);
      await this.ledger.append(tctx, {
        action: 'user.totp_disabled',
        entityType: 'user',
        entityId: row.id,
        bodyId: row.bodyId,
      });
    });
  }

  /**
   * Changes the caller's own password, from a session (an API token may not: 403). A wrong current
   * password counts with the login failures and locks the account the same way; reaching the lock also
   * ends this session. The change ends the account's other sessions (not its API tokens) and lifts the
   * obligation to replace an initial password.
   */
  async changePassword(ctx: Ctx, session: SessionUser, current: string, next: string) {
    const { actor } = ctx;
    if (session.viaToken) throw forbidden('API 令牌不能修改密码，请登录后修改');
    const row = await repo.findUserById(dbOf(ctx, this.db), actor.id);
    if (!row) throw invalidCredentials();
    const outcome = await withTx(ctx, this.db, (tctx) =>
      this.checkCredential(
        tctx,
        row,
        (locked) => argonVerify(locked.passwordHash, current),
        'user.password_change_failed',
      ),
    );
    if (outcome === 'now_locked') await repo.deleteSession(this.db, session.tokenHash);
    if (outcome === 'locked' || outcome === 'now_locked')
      throw new AppError(
        423,
        'ACCOUNT_LOCKED',
        outcome === 'locked'
          ? `账号已被锁定，请于 ${LOCKOUT.lockMinutes} 分钟后再试`
          : `连续 ${LOCKOUT.maxFailures} 次密码错误，账号已锁定 ${LOCKOUT.lockMinutes} 分钟，本次登录已结束`,
      );
    if (outcome === 'failed') throw new AppError(401, 'INVALID_CREDENTIALS', '当前密码不正确');
    const problems = passwordProblems(next, row.username);
    if (next === current) problems.push('新密码不能与当前密码相同');
    if (problems.length) throw new AppError(400, 'PASSWORD_POLICY', problems.join('；'), { problems });
    const hashed = await AuthService.hashPassword(next);
    await withTx(ctx, this.db, async (tctx) => {
      await repo.updatePassword(tctx.tx, actor.id, hashed, ctx.now);
      await repo.clearFailures(tctx.tx, row.username);
      await repo.deleteOtherSessions(tctx.tx, actor.id, session.tokenHash);
      await this.ledger.append(tctx, {
        action: 'user.password_changed',
        entityType: 'user',
        entityId: actor.id,
        bodyId: actor.bodyId,
        payload: { initial: row.mustChangePassword },
      });
    });
  }
}

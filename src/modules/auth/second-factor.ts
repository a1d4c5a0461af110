// H1 two-factor sign-in (等保2.0 三级 8.1.4.1 d): TOTP enrolment with recovery codes, the body's
// setting (required of the three system roles and the heads unless the body turns it off), and the
// 安全管理员's reset of a lost factor. Secrets are sealed under the master key like the other keys; the
// check of a code at sign-in is AuthService's, so it shares the password's lockout.
import { dbOf, withTx, type Ctx } from '../../platform/context.ts';
import type { Db, DbOrTx } from '../../platform/db/client.ts';
import type { SealedTable } from '../../platform/crypto/reseal.ts';
import type { Sealer } from '../../platform/crypto/sealing.ts';
import { AppError, conflict, forbidden, notFound } from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import type { SessionUser } from '../access/index.ts';
import type { BodiesService } from '../bodies/index.ts';
import * as repo from './repo.ts';
import { secondFactorState, type SecondFactorState } from './rules.ts';
import {
  base32Encode,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUri,
  recoveryCodeHash,
} from './totp.ts';

export const TOTP_PURPOSE = 'users.totp_secret';

/** The sealed TOTP secrets (enrolled and being enrolled), for `rotate-keys` (H4). */
export const TOTP_SECRETS_SEALED: SealedTable = {
  table: 'users',
  key: 'id',
  keyType: 'uuid',
  columns: ['totp_secret', 'totp_pending'],
  purpose: () => TOTP_PURPOSE,
};
const ISSUER = '三项制度执法平台';

export class SecondFactorService {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly sealer: Sealer,
    private readonly bodies: BodiesService,
  ) {}

  /** What a new session of this account owes after its password. */
  async stateAfterPassword(
    db: DbOrTx,
    user: { bodyId: string; roles: string[]; totpSecret: string | null },
  ): Promise<SecondFactorState> {
    const settings = await repo.findAuthSettings(db, user.bodyId);
    return secondFactorState(
      { enrolled: user.totpSecret !== null, roles: user.roles },
      settings?.totpForPrivileged ?? true,
    );
  }

  /** The step or recovery code `code` spends for the account, or null; spends it in `db` (a tx). */
  async spend(
    db: DbOrTx,
    user: { id: string; totpSecret: string | null; totpLastStep: number | null },
    code: string,
    now: Date,
  ): Promise<'totp' | 'recovery' | null> {
    if (!user.totpSecret) return null;
    const secret = Buffer.from(this.sealer.open(user.totpSecret, TOTP_PURPOSE), 'base64');
    const step = matchTotp(secret, code.trim(), now, user.totpLastStep);
    if (step !== null) return (await repo.spendTotpStep(db, user.id, step)) ? 'totp' : null;
    if (/^[a-z0-9 -]{10,12}$/i.test(code.trim()))
      return (await repo.spendRecoveryCode(db, user.id, recoveryCodeHash(code))) ? 'recovery' : null;
    return null;
  }

  /** A new secret for the caller, kept sealed as pending until a code from it is confirmed. */
  async startEnrolment(ctx: Ctx, session: SessionUser) {
    this.mayEnrol(session);
    const secret = newTotpSecret();
    await repo.setTotpPending(
      dbOf(ctx, this.db),
      ctx.actor.id,
      this.sealer.seal(secret.toString('base64'), TOTP_PURPOSE),
    );
    return { secret: base32Encode(secret), otpauthUri: otpauthUri(ISSUER, session.username, secret) };
  }

  /** Confirms the pending secret with a code from it; returns the recovery codes, shown this once. */
  async activate(ctx: Ctx, session: SessionUser, code: string) {
    this.mayEnrol(session);
    const row = await repo.findUserById(dbOf(ctx, this.db), ctx.actor.id);
    if (!row?.totpPending) throw conflict('CONFLICT', '请先开始设置两步验证（获取二维码）');
    const secret = Buffer.from(this.sealer.open(row.totpPending, TOTP_PURPOSE), 'base64');
    const step = matchTotp(secret, code.trim(), ctx.now, null);
    if (step === null) throw new AppError(400, 'VALIDATION_FAILED', '验证码不正确，请核对手机时间后重试');
    const recoveryCodes = newRecoveryCodes();
    await withTx(ctx, this.db, async (tctx) => {
      await repo.activateTotp(tctx.tx, row.id, {
        sealedSecret: row.totpPending!,
        step,
        recoveryHashes: recoveryCodes.map(recoveryCodeHash),
      });
      // This session has now shown the factor; the account's other sessions did not.
      await repo.setSessionSecondFactor(tctx.tx, session.tokenHash, null);
      await repo.deleteOtherSessions(tctx.tx, row.id, session.tokenHash);
      await this.ledger.append(tctx, {
        action: 'user.totp_enrolled',
        entityType: 'user',
        entityId: row.id,
        bodyId: row.bodyId,
      });
    });
    return { recoveryCodes };
  }

  /** A session that still owes a code may not replace the factor it owes it for; tokens may not either. */
  private mayEnrol(session: SessionUser) {
    if (session.viaToken) throw forbidden('API 令牌不能设置两步验证');
    if (session.secondFactor === 'verify') throw forbidden('请先完成两步验证');
  }

  /** 安全管理员: removes a lost factor; the account enrols again at its next sign-in if required. */
  async reset(ctx: Ctx, userId: string) {
    if (ctx.actor.id === userId) throw forbidden('不能重置自己的两步验证');
    const target = await repo.findUserById(dbOf(ctx, this.db), userId);
    if (!target) throw notFound('账号');
    await this.bodies.getBodyInScope(ctx, target.bodyId).catch((e: unknown) => {
      throw e instanceof AppError && e.status === 404 ? notFound('账号') : e;
    });
    if (!target.totpSecret && !target.totpPending) throw conflict('CONFLICT', '该账号未设置两步验证');
    await withTx(ctx, this.db, async (tctx) => {
      await repo.clearTotp(tctx.tx, userId);
      await repo.deleteSessionsOfUser(tctx.tx, userId);
      await this.ledger.append(tctx, {
        action: 'user.totp_reset',
        entityType: 'user',
        entityId: userId,
        bodyId: target.bodyId,
      });
    });
  }

  /** The sign-in settings of the caller's body (the defaults when never saved: version 0). */
  async settings(ctx: Ctx) {
    const row = await repo.findAuthSettings(dbOf(ctx, this.db), ctx.actor.bodyId);
    return { totpForPrivileged: row?.totpForPrivileged ?? true, version: row?.version ?? 0 };
  }

  async saveSettings(ctx: Ctx, input: { totpForPrivileged: boolean; version: number; reason: string }) {
    const before = await this.settings(ctx);
    return withTx(ctx, this.db, async (tctx) => {
      const row = await repo.saveAuthSettings(
        tctx.tx,
        ctx.actor.bodyId,
        input.totpForPrivileged,
        input.version,
      );
      if (!row)
        throw conflict('VERSION_CONFLICT', '设置已被他人修改，请刷新后重试', {
          currentVersion: before.version,
        });
      await this.ledger.append(tctx, {
        action: 'auth.settings_changed',
        entityType: 'body',
        entityId: ctx.actor.bodyId,
        bodyId: ctx.actor.bodyId,
        payload: { totpForPrivileged: input.totpForPrivileged, reason: input.reason },
      });
      return { totpForPrivileged: row.totpForPrivileged, version: row.version };
    });
  }
}

// H1 two-factor sign-in (等保2.0 三级 8.1.4.1 d): enrolment with recovery codes, the body's settings
// (required of the three system roles and the heads unless the body turns it off; codes by TOTP, or by
// the SM3 algorithm of GM/T 0021-2012 for bodies that issue 国密 tokens), the 安全管理员's binding of a
// vendor's hardware token and reset of a lost factor. Secrets and seeds are sealed under the master key
// like the other keys; the check of a code at sign-in is AuthService's, so it shares the lockout.
import { dbOf, withTx, type Ctx } from '../../platform/context.ts';
import type { Db, DbOrTx } from '../../platform/db/client.ts';
import type { SealedTable } from '../../platform/crypto/reseal.ts';
import type { Sealer } from '../../platform/crypto/sealing.ts';
import { AppError, conflict, fieldError, forbidden, notFound } from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import type { SessionUser } from '../access/index.ts';
import type { BodiesService } from '../bodies/index.ts';
import * as repo from './repo.ts';
import { secondFactorState, type SecondFactorState } from './rules.ts';
import { matchSm3Otp, newSm3Seed, parseSm3Seed } from './sm3-otp.ts';
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

export type OtpAlgorithm = 'totp' | 'sm3';
/** The step (in the algorithm's own period) whose code `code` is, near now and after the last one used. */
const MATCH: Record<OtpAlgorithm, typeof matchTotp> = { totp: matchTotp, sm3: matchSm3Otp };
const asAlgorithm = (value: string | null | undefined): OtpAlgorithm => (value === 'sm3' ? 'sm3' : 'totp');

const factorActive = () =>
  conflict(
    'CONFLICT',
    '已启用两步验证：更换验证器请先用当前验证码关闭两步验证，本单位要求使用的请安全管理员重置后重新设置',
  );

export class SecondFactorService {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly sealer: Sealer,
    private readonly bodies: BodiesService,
  ) {}

  /** The body's settings, the defaults when it never saved any (version 0). */
  private async settingsOf(db: DbOrTx, bodyId: string) {
    const row = await repo.findAuthSettings(db, bodyId);
    return {
      totpForPrivileged: row?.totpForPrivileged ?? true,
      otpAlgorithm: asAlgorithm(row?.otpAlgorithm),
      version: row?.version ?? 0,
    };
  }

  /** What a new session of this account owes after its password. */
  async stateAfterPassword(
    db: DbOrTx,
    user: { bodyId: string; roles: string[]; totpSecret: string | null },
  ): Promise<SecondFactorState> {
    const settings = await this.settingsOf(db, user.bodyId);
    return secondFactorState(
      { enrolled: user.totpSecret !== null, roles: user.roles },
      settings.totpForPrivileged,
    );
  }

  /** Whether the account's body requires a second factor of it (then it may not turn its own off). */
  async isRequired(db: DbOrTx, user: { bodyId: string; roles: string[] }) {
    const settings = await this.settingsOf(db, user.bodyId);
    return secondFactorState({ enrolled: false, roles: user.roles }, settings.totpForPrivileged) === 'enrol';
  }

  /**
   * The step or recovery code `code` spends for the account, or null; spends it in `db` (a tx). The
   * step is checked by the account's own algorithm (TOTP or SM3), whatever its body uses now.
   */
  async spend(
    db: DbOrTx,
    user: { id: string; totpSecret: string | null; otpAlgorithm: string; totpLastStep: number | null },
    code: string,
    now: Date,
    { recovery = true }: { recovery?: boolean } = {},
  ): Promise<'totp' | 'recovery' | null> {
    if (!user.totpSecret) return null;
    const secret = Buffer.from(this.sealer.open(user.totpSecret, TOTP_PURPOSE), 'base64');
    const step = MATCH[asAlgorithm(user.otpAlgorithm)](secret, code.trim(), now, user.totpLastStep);
    if (step !== null) return (await repo.spendTotpStep(db, user.id, step)) ? 'totp' : null;
    if (recovery && /^[a-z0-9 -]{10,12}$/i.test(code.trim()))
      return (await repo.spendRecoveryCode(db, user.id, recoveryCodeHash(code))) ? 'recovery' : null;
    return null;
  }

  /**
   * A new secret for the caller by the body's algorithm, kept sealed as pending until a code from it is
   * confirmed. TOTP: the otpauth URI for the QR code. SM3: the seed (hex) for whoever loads the 国密
   * software token, and no URI (no authenticator app reads one for GM/T 0021).
   *
   * Not while a factor is active: whoever holds a signed-in session (a cookie taken from an unlocked
   * screen) could otherwise put a factor of their own in its place with no code from the current one and
   * end the holder's other sessions. Replacing goes through turning it off with a current code (counted
   * with the password failures) or the 安全管理员's reset.
   */
  async startEnrolment(ctx: Ctx, session: SessionUser) {
    this.mayEnrol(session);
    const db = dbOf(ctx, this.db);
    await this.refuseWhileActive(db, ctx.actor.id);
    const { otpAlgorithm } = await this.settingsOf(db, session.bodyId);
    const secret = otpAlgorithm === 'sm3' ? newSm3Seed() : newTotpSecret();
    await repo.setTotpPending(
      db,
      ctx.actor.id,
      this.sealer.seal(secret.toString('base64'), TOTP_PURPOSE),
      otpAlgorithm,
    );
    return otpAlgorithm === 'sm3'
      ? { algorithm: otpAlgorithm, secret: secret.toString('hex'), otpauthUri: null }
      : {
          algorithm: otpAlgorithm,
          secret: base32Encode(secret),
          otpauthUri: otpauthUri(ISSUER, session.username, secret),
        };
  }

  /** Confirms the pending secret with a code from it; returns the recovery codes, shown this once. */
  async activate(ctx: Ctx, session: SessionUser, code: string) {
    this.mayEnrol(session);
    const row = await repo.findUserById(dbOf(ctx, this.db), ctx.actor.id);
    if (row?.totpSecret) throw factorActive();
    if (!row?.totpPending) throw conflict('CONFLICT', '请先开始设置两步验证（获取二维码）');
    const algorithm = asAlgorithm(row.otpPendingAlgorithm);
    const secret = Buffer.from(this.sealer.open(row.totpPending, TOTP_PURPOSE), 'base64');
    const step = MATCH[algorithm](secret, code.trim(), ctx.now, null);
    if (step === null) throw new AppError(400, 'VALIDATION_FAILED', '验证码不正确，请核对手机时间后重试');
    const recoveryCodes = newRecoveryCodes();
    await withTx(ctx, this.db, async (tctx) => {
      await repo.activateTotp(tctx.tx, row.id, {
        sealedSecret: row.totpPending!,
        algorithm,
        tokenSerial: null,
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
        payload: { algorithm },
      });
    });
    return { recoveryCodes };
  }

  /** The caller's own second factor, as the account menu shows it. */
  async status(ctx: Ctx, session: SessionUser) {
    const db = dbOf(ctx, this.db);
    const row = await repo.findUserById(db, ctx.actor.id);
    if (!row) throw notFound('账号');
    const settings = await this.settingsOf(db, row.bodyId);
    const enrolled = row.totpSecret !== null;
    return {
      enrolled,
      algorithm: enrolled ? asAlgorithm(row.otpAlgorithm) : null,
      tokenSerial: enrolled ? row.otpTokenSerial : null,
      recoveryCodesLeft: enrolled ? row.recoveryCodes.length : 0,
      required: await this.isRequired(db, { bodyId: row.bodyId, roles: session.roles }),
      bodyAlgorithm: settings.otpAlgorithm,
    };
  }

  /**
   * 安全管理员: binds a vendor's 国密 hardware token (GM/T 0021 SM3, pre-seeded by the vendor, who hands
   * the seeds over in a seed file) to an account that has no factor. A code the token shows now proves
   * the seed and the token's clock; the seed is sealed like a TOTP secret. No recovery codes: a lost token
   * is reset by the 安全管理员. The account's sessions end, so its next sign-in asks for the token.
   */
  async bindToken(ctx: Ctx, userId: string, input: { serial: string; seed: string; code: string }) {
    if (ctx.actor.id === userId) throw forbidden('不能为自己绑定动态令牌');
    const db = dbOf(ctx, this.db);
    const target = await repo.findUserById(db, userId);
    if (!target) throw notFound('账号');
    await this.bodies.getBodyInScope(ctx, target.bodyId).catch((e: unknown) => {
      throw e instanceof AppError && e.status === 404 ? notFound('账号') : e;
    });
    if (target.totpSecret) throw conflict('CONFLICT', '该账号已设置两步验证；更换令牌请先重置两步验证');
    const seed = parseSm3Seed(input.seed);
    if (!seed) throw fieldError('seed', '须为 16–64 字节的十六进制令牌种子');
    if (await repo.findUserIdByTokenSerial(db, input.serial))
      throw conflict('DUPLICATE', `令牌 ${input.serial} 已绑定其他账号`);
    const step = matchSm3Otp(seed, input.code.trim(), ctx.now, null);
    if (step === null) throw fieldError('code', '与令牌种子不符，请核对种子、令牌序列号与令牌时间');
    await withTx(ctx, this.db, async (tctx) => {
      await repo.activateTotp(tctx.tx, userId, {
        sealedSecret: this.sealer.seal(seed.toString('base64'), TOTP_PURPOSE),
        algorithm: 'sm3',
        tokenSerial: input.serial,
        step,
        recoveryHashes: [],
      });
      await repo.deleteSessionsOfUser(tctx.tx, userId);
      await this.ledger.append(tctx, {
        action: 'user.otp_token_bound',
        entityType: 'user',
        entityId: userId,
        bodyId: target.bodyId,
        payload: { serial: input.serial },
      });
    });
  }

  /** A session that still owes a code may not replace the factor it owes it for; tokens may not either. */
  private async refuseWhileActive(db: DbOrTx, userId: string) {
    if ((await repo.findUserById(db, userId))?.totpSecret) throw factorActive();
  }

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
    return this.settingsOf(dbOf(ctx, this.db), ctx.actor.bodyId);
  }

  /** Saves the settings; an algorithm left out stays as it is. Accounts keep the factor they enrolled. */
  async saveSettings(
    ctx: Ctx,
    input: { totpForPrivileged: boolean; otpAlgorithm?: OtpAlgorithm; version: number; reason: string },
  ) {
    const before = await this.settings(ctx);
    const otpAlgorithm = input.otpAlgorithm ?? before.otpAlgorithm;
    return withTx(ctx, this.db, async (tctx) => {
      const row = await repo.saveAuthSettings(
        tctx.tx,
        ctx.actor.bodyId,
        { totpForPrivileged: input.totpForPrivileged, otpAlgorithm },
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
        payload: { totpForPrivileged: input.totpForPrivileged, otpAlgorithm, reason: input.reason },
      });
      return {
        totpForPrivileged: row.totpForPrivileged,
        otpAlgorithm: asAlgorithm(row.otpAlgorithm),
        version: row.version,
      };
    });
  }
}

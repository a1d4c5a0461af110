// H2 / A5 account administration under 三员分立: the 系统管理员 creates, disables and enables accounts
// but grants no role and never chooses a password (a new account gets a one-time initial password that
// must be replaced at its first login); the 安全管理员 assigns roles, unlocks and resets passwords. Every
// change is appended to the ledger in the same transaction, for the 审计管理员.
import { dbOf, withTx, type Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, conflict, forbidden, notFound } from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import * as repo from './repo.ts';
import {
  asRoles,
  initialPasswordExpiry,
  isInitialPasswordExpired,
  lastHolderProblem,
  roleProblems,
} from './rules.ts';
import { initialPassword } from './initial-password.ts';
import { AuthService } from './service.ts';
import type { Role } from '../access/index.ts';
import type { BodiesService, PeopleService } from '../bodies/index.ts';

type UserRow = Awaited<ReturnType<typeof repo.findUserById>> & {};

export interface AccountOptions {
  /** Days a one-time initial password works (INITIAL_PASSWORD_DAYS). */
  initialPasswordDays: number;
}

export class AccountService {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly bodies: BodiesService,
    private readonly people: PeopleService,
    private readonly options: AccountOptions,
  ) {}

  async listUsers(ctx: Ctx) {
    const { scope } = ctx.actor;
    const rows = await repo.listUsersInScope(
      dbOf(ctx, this.db),
      scope.bodyPath,
      scope.subordinates ? undefined : [scope.bodyId],
    );
    return rows.map(({ passwordChangedAt, ...r }) => ({
      ...r,
      roles: asRoles(r.roles),
      status: r.status as 'active' | 'disabled',
      ...this.initialPasswordState({ ...r, passwordChangedAt }, ctx.now),
    }));
  }

  /** Until when the account's initial password works, and whether that is past (null: a chosen one). */
  private initialPasswordState(
    account: { mustChangePassword: boolean; passwordChangedAt: string },
    now: Date,
  ) {
    const days = this.options.initialPasswordDays;
    return {
      initialPasswordExpiresAt: initialPasswordExpiry(account, days)?.toISOString() ?? null,
      initialPasswordExpired: isInitialPasswordExpired(account, now, days),
    };
  }

  /** A new account without roles, with a one-time initial password shown once in the answer. */
  async createUser(
    ctx: Ctx,
    input: {
      username: string;
      displayName: string;
      bodyId: string;
      personId?: string | null;
      roles?: Role[];
    },
  ) {
    if (input.roles?.length)
      throw forbidden('三员分立：系统管理员新建账号时不能授予角色；账号创建后由安全管理员分配角色');
    const body = await this.bodies.getBodyInScope(ctx, input.bodyId);
    if (input.personId) await this.people.assertInScope(ctx, input.personId);
    if (await repo.findUserByUsername(dbOf(ctx, this.db), input.username))
      throw conflict('DUPLICATE', `用户名 ${input.username} 已存在`);
    const password = initialPassword(input.username);
    const passwordHash = await AuthService.hashPassword(password);
    return withTx(ctx, this.db, async (tctx) => {
      const [created] = await repo.insertUser(tctx.tx, {
        username: input.username,
        displayName: input.displayName,
        bodyId: input.bodyId,
        personId: input.personId ?? null,
        roles: [],
        passwordHash,
        mustChangePassword: true,
        passwordChangedAt: ctx.now.toISOString(),
      });
      await this.ledger.append(tctx, {
        action: 'user.created',
        entityType: 'user',
        entityId: created!.id,
        bodyId: body.id,
        payload: { username: input.username, roles: [] },
      });
      return {
        ...created!,
        bodyName: body.name,
        roles: [],
        status: 'active' as const,
        initialPassword: password,
        ...this.initialPasswordState(created!, ctx.now),
      };
    });
  }

  /** Only the 安全管理员 assigns roles, and never a system role beside another role. */
  async assignRoles(ctx: Ctx, userId: string, roles: Role[], version: number, reason: string) {
    if (!ctx.actor.roles.includes('secadmin')) throw forbidden('三员分立：角色只能由安全管理员分配');
    if (ctx.actor.id === userId) throw forbidden('不能修改自己的角色');
    const [problem] = roleProblems(roles);
    if (problem)
      throw new AppError(
        400,
        problem.code === 'SEPARATION_OF_DUTIES' ? problem.code : 'VALIDATION_FAILED',
        problem.message,
      );
    const { target, body } = await this.targetInScope(ctx, userId);
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
    const { target } = await this.targetInScope(ctx, userId);
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

  /**
   * A new one-time initial password (forgotten or compromised password): every session of the account
   * ends and its lock is lifted; its API tokens, which are separate credentials, stay as they are.
   */
  async resetPassword(ctx: Ctx, userId: string) {
    if (ctx.actor.id === userId) throw forbidden('不能重置自己的密码，请使用「修改密码」');
    const { target } = await this.targetInScope(ctx, userId);
    const password = initialPassword(target.username);
    const hashed = await AuthService.hashPassword(password);
    await withTx(ctx, this.db, async (tctx) => {
      await repo.updatePassword(tctx.tx, userId, hashed, ctx.now, true);
      await repo.deleteSessionsOfUser(tctx.tx, userId);
      await repo.setLockedUntil(tctx.tx, userId, null);
      await repo.clearFailures(tctx.tx, target.username);
      await this.ledger.append(tctx, {
        action: 'user.password_reset',
        entityType: 'user',
        entityId: userId,
        bodyId: target.bodyId,
      });
    });
    return { initialPassword: password, expiresAt: this.expiryFromNow(ctx.now) };
  }

  /**
   * 系统管理员: a new one-time initial password for an account whose holder never set their own (theirs
   * expired, or was lost before use). It is the creation's password handed out again, so it stays the
   * system administrator's; once the holder has chosen a password only the 安全管理员 resets it.
   */
  async reissueInitialPassword(ctx: Ctx, userId: string) {
    if (ctx.actor.id === userId) throw forbidden('不能为自己重新生成初始密码');
    const { target } = await this.targetInScope(ctx, userId);
    if (!target.mustChangePassword)
      throw conflict('CONFLICT', '该账号已设置本人密码；如需重置密码，请由安全管理员办理');
    const expired = isInitialPasswordExpired(target, ctx.now, this.options.initialPasswordDays);
    const password = initialPassword(target.username);
    const hashed = await AuthService.hashPassword(password);
    await withTx(ctx, this.db, async (tctx) => {
      await repo.updatePassword(tctx.tx, userId, hashed, ctx.now, true);
      await repo.deleteSessionsOfUser(tctx.tx, userId);
      await this.ledger.append(tctx, {
        action: 'user.initial_password_reissued',
        entityType: 'user',
        entityId: userId,
        bodyId: target.bodyId,
        payload: { expired },
      });
    });
    return { initialPassword: password, expiresAt: this.expiryFromNow(ctx.now) };
  }

  private expiryFromNow(now: Date): string {
    return initialPasswordExpiry(
      { mustChangePassword: true, passwordChangedAt: now.toISOString() },
      this.options.initialPasswordDays,
    )!.toISOString();
  }

  /** Disables an account: its sessions end and its API tokens stop working until it is enabled again. */
  async disable(ctx: Ctx, userId: string, reason: string) {
    if (ctx.actor.id === userId) throw forbidden('不能停用自己的账号');
    const { target } = await this.targetInScope(ctx, userId);
    if (target.status === 'disabled') throw conflict('CONFLICT', '账号已是停用状态');
    await withTx(ctx, this.db, async (tctx) => {
      // Holding the row, so two administrators disabling the last two holders cannot both succeed.
      await repo.lockUserRow(tctx.tx, userId);
      const others = new Map<Role, number>();
      for (const role of asRoles(target.roles))
        others.set(role, await repo.countActiveHolders(tctx.tx, role, userId));
      const problem = lastHolderProblem(asRoles(target.roles), (r) => others.get(r) ?? 0);
      if (problem) throw new AppError(409, 'RULE_VIOLATION', problem);
      await repo.setUserStatus(tctx.tx, userId, 'disabled');
      await repo.deleteSessionsOfUser(tctx.tx, userId);
      await this.ledger.append(tctx, {
        action: 'user.disabled',
        entityType: 'user',
        entityId: userId,
        bodyId: target.bodyId,
        payload: { reason },
      });
    });
  }

  async enable(ctx: Ctx, userId: string, reason: string) {
    const { target } = await this.targetInScope(ctx, userId);
    if (target.status === 'active') throw conflict('CONFLICT', '账号已是启用状态');
    await withTx(ctx, this.db, async (tctx) => {
      await repo.setUserStatus(tctx.tx, userId, 'active');
      await this.ledger.append(tctx, {
        action: 'user.enabled',
        entityType: 'user',
        entityId: userId,
        bodyId: target.bodyId,
        payload: { reason },
      });
    });
  }

  /** The account, if its body is inside the caller's data scope (404 otherwise, as if it did not exist). */
  private async targetInScope(
    ctx: Ctx,
    userId: string,
  ): Promise<{ target: UserRow; body: { name: string } }> {
    const target = await repo.findUserById(dbOf(ctx, this.db), userId);
    if (!target) throw notFound('账号');
    const body = await this.bodies.getBodyInScope(ctx, target.bodyId).catch((e: unknown) => {
      throw e instanceof AppError && e.status === 404 ? notFound('账号') : e;
    });
    return { target, body };
  }
}

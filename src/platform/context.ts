// DESIGN §4 "one request context": who acts, from where, at which instant, and in which transaction.
// Built once per request by the access hook (or once per run by the CLI, a job or the demo) and passed
// to every service, so no service re-derives the caller, reads the wall clock or opens a second
// connection while its caller holds a transaction. Plain data: no module is imported here.
import { shanghaiDate, type Clock } from './clock.ts';
import type { Db, DbOrTx, Tx } from './db/client.ts';

/** The bodies a caller may read: their own, and those below it when a role supervises (A1, H2). */
export interface DataScope {
  bodyId: string;
  bodyPath: string;
  subordinates: boolean;
}

/** Who acts, as the ledger and the version history name them: an account, or nobody (id null). */
export interface Actor {
  readonly id: string | null;
  readonly name: string;
}

/** A signed-in account with its body, roles and data scope (resolved once, by the auth module). */
export interface UserActor extends Actor {
  readonly id: string;
  readonly bodyId: string;
  readonly bodyPath: string;
  readonly roles: readonly string[];
  /** The account's person record (执法人员), if it has one. */
  readonly personId: string | null;
  readonly scope: DataScope;
}

export interface Ctx<A extends Actor = UserActor> {
  readonly actor: A;
  readonly ip: string | null;
  /** The instant the request (or run) began, from the injectable clock: one "today" throughout. */
  readonly now: Date;
  /** The caller's transaction: a service called with it joins it instead of opening its own. */
  readonly tx?: Tx;
}

/** A context inside a transaction. */
export type TxCtx<A extends Actor = UserActor> = Ctx<A> & { readonly tx: Tx };

export const SYSTEM_ACTOR: Actor = { id: null, name: '系统' };
export const ANONYMOUS_ACTOR: Actor = { id: null, name: '匿名' };

/** The context of the system itself: scheduled jobs, the CLI, seeding. */
export function systemCtx(clock: Clock): Ctx<Actor> {
  return { actor: SYSTEM_ACTOR, ip: null, now: clock.now() };
}

export function isUserCtx(ctx: Ctx<Actor>): ctx is Ctx<UserActor> {
  return 'scope' in ctx.actor;
}

/** The calendar date of the context's instant in Asia/Shanghai (dates of legal effect). */
export function today(ctx: Ctx<Actor>): string {
  return shanghaiDate(ctx.now);
}

/** Where a read goes: the caller's transaction when there is one, else the pool. */
export function dbOf(ctx: Ctx<Actor>, db: Db): DbOrTx {
  return ctx.tx ?? db;
}

/**
 * Runs `fn` in the caller's transaction when the context carries one, else in a new one. PGlite has a
 * single connection: a service that asked the pool for another while its caller's transaction held
 * that connection would wait forever. Joining also means the inner writes commit or roll back with the
 * caller's.
 */
export function withTx<A extends Actor, T>(
  ctx: Ctx<A>,
  db: Db,
  fn: (ctx: TxCtx<A>) => Promise<T>,
): Promise<T> {
  if (ctx.tx) return fn(ctx as TxCtx<A>);
  return db.transaction((tx) => fn({ ...ctx, tx }));
}

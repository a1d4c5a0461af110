// All SQL of the auth module.
import { and, arrayContains, count, desc, eq, gt, inArray, isNull, like, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { containing } from '../../platform/db/like.ts';
import { bodyIdsUnder, bodyNameOf, bodyPathOf } from '../bodies/index.ts';
import { apiTokens, authSettings, loginFailures, sessions, users } from './schema.ts';

export async function findUserByUsername(db: DbOrTx, username: string) {
  const [row] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  return row;
}

export async function findUserById(db: DbOrTx, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

/** Loads an account and holds its row until the transaction ends (serialises login attempts per account). */
export async function lockUserRow(db: DbOrTx, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id)).for('update');
  return row!;
}

export async function countRecentFailures(db: DbOrTx, username: string, since: Date) {
  const [row] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.username, username), gt(loginFailures.at, since.toISOString())));
  return row?.n ?? 0;
}

export async function addFailure(db: DbOrTx, username: string, ip: string | null, at: Date) {
  await db.insert(loginFailures).values({ username, ip, at: at.toISOString() });
}

export async function clearFailures(db: DbOrTx, username: string) {
  await db.delete(loginFailures).where(eq(loginFailures.username, username));
}

export async function setLockedUntil(db: DbOrTx, userId: string, until: string | null) {
  await db.update(users).set({ lockedUntil: until }).where(eq(users.id, userId));
}

export async function insertSession(db: DbOrTx, values: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(values);
}

export async function deleteSession(db: DbOrTx, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(db: DbOrTx, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Every session of the account except the one behind `keepTokenHash` (the caller's own). */
export async function deleteOtherSessions(db: DbOrTx, userId: string, keepTokenHash: string) {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash)));
}

/**
 * The session behind a cookie, with the account and body the request acts as. It runs on every
 * authenticated request, so it is built once per database handle and named, so each connection parses
 * and plans it once.
 */
function sessionLookup(db: DbOrTx) {
  return db
    .select({
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      secondFactor: sessions.secondFactor,
      user: {
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        bodyId: users.bodyId,
        personId: users.personId,
        roles: users.roles,
        status: users.status,
        mustChangePassword: users.mustChangePassword,
      },
      bodyPath: bodyPathOf(users.bodyId),
      bodyName: bodyNameOf(users.bodyId),
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare('auth_session');
}
const sessionLookups = new WeakMap<DbOrTx, ReturnType<typeof sessionLookup>>();

export async function findSession(db: DbOrTx, tokenHash: string) {
  let lookup = sessionLookups.get(db);
  if (!lookup) sessionLookups.set(db, (lookup = sessionLookup(db)));
  const [row] = await lookup.execute({ tokenHash });
  return row;
}

export async function setSessionSecondFactor(db: DbOrTx, tokenHash: string, value: string | null) {
  await db.update(sessions).set({ secondFactor: value }).where(eq(sessions.tokenHash, tokenHash));
}

export async function touchSession(db: DbOrTx, tokenHash: string, at: Date) {
  await db.update(sessions).set({ lastSeenAt: at.toISOString() }).where(eq(sessions.tokenHash, tokenHash));
}

export function insertUser(db: DbOrTx, values: typeof users.$inferInsert) {
  return db.insert(users).values(values).returning();
}

export function updateUserRoles(db: DbOrTx, id: string, roles: string[], version: number) {
  return db
    .update(users)
    .set({ roles, version: version + 1 })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning();
}

/** Sets the password; `initial` marks a one-time password its holder must replace at the next login. */
export async function updatePassword(db: DbOrTx, id: string, hash: string, at: Date, initial = false) {
  await db
    .update(users)
    .set({ passwordHash: hash, passwordChangedAt: at.toISOString(), mustChangePassword: initial })
    .where(eq(users.id, id));
}

export async function setUserStatus(db: DbOrTx, id: string, status: 'active' | 'disabled') {
  await db.update(users).set({ status }).where(eq(users.id, id));
}

/** Active accounts other than `exceptId` holding `role`. */
export async function countActiveHolders(db: DbOrTx, role: string, exceptId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(arrayContains(users.roles, [role]), eq(users.status, 'active'), ne(users.id, exceptId)));
  return row?.n ?? 0;
}

/** Accounts of the bodies under `scopePath` (the caller's data scope). */
export function listUsersInScope(db: DbOrTx, scopePath: string, bodyIds?: string[]) {
  return db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      bodyId: users.bodyId,
      bodyName: bodyNameOf(users.bodyId),
      personId: users.personId,
      roles: users.roles,
      status: users.status,
      lockedUntil: users.lockedUntil,
      mustChangePassword: users.mustChangePassword,
      passwordChangedAt: users.passwordChangedAt,
      totpEnrolled: sql<boolean>`${users.totpSecret} is not null`,
      factorAlgorithm: sql<
        'totp' | 'sm3' | null
      >`case when ${users.totpSecret} is not null then ${users.otpAlgorithm} end`,
      factorTokenSerial: users.otpTokenSerial,
      version: users.version,
    })
    .from(users)
    .where(
      and(
        sql`${users.bodyId} in ${bodyIdsUnder(`${scopePath}%`)}`,
        bodyIds ? inArray(users.bodyId, bodyIds) : undefined,
      ),
    )
    .orderBy(bodyPathOf(users.bodyId), users.username);
}

export async function findApiToken(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({
      token: apiTokens,
      user: users,
      bodyPath: bodyPathOf(users.bodyId),
      bodyName: bodyNameOf(users.bodyId),
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row;
}

export async function touchApiToken(db: DbOrTx, id: string, at: Date) {
  await db.update(apiTokens).set({ lastUsedAt: at.toISOString() }).where(eq(apiTokens.id, id));
}

export function insertApiToken(db: DbOrTx, values: typeof apiTokens.$inferInsert) {
  return db.insert(apiTokens).values(values).returning();
}

export function listApiTokens(db: DbOrTx, userId: string) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
      createdAt: apiTokens.createdAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt));
}

export function revokeApiToken(db: DbOrTx, userId: string, id: string, at: Date) {
  return db
    .update(apiTokens)
    .set({ revokedAt: at.toISOString() })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning();
}

// ---- names for the audit log ----------------------------------------------------------------------

export function userNames(db: DbOrTx, ids: readonly string[]) {
  return db
    .select({ id: users.id, displayName: users.displayName, username: users.username })
    .from(users)
    .where(inArray(users.id, [...ids]));
}

export async function findUserIds(db: DbOrTx, text: string, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(or(like(users.username, containing(text)), like(users.displayName, containing(text))))
    .limit(limit);
  return rows.map((r) => r.id);
}

export function apiTokenNames(db: DbOrTx, ids: readonly string[]) {
  return db
    .select({ id: apiTokens.id, name: apiTokens.name })
    .from(apiTokens)
    .where(inArray(apiTokens.id, [...ids]));
}

// ---- the second factor ----------------------------------------------------------------------------

export async function findAuthSettings(db: DbOrTx, bodyId: string) {
  const [row] = await db.select().from(authSettings).where(eq(authSettings.bodyId, bodyId));
  return row;
}

export async function saveAuthSettings(
  db: DbOrTx,
  bodyId: string,
  values: { totpForPrivileged: boolean; otpAlgorithm: 'totp' | 'sm3' },
  version: number,
) {
  if (version === 0) {
    const [row] = await db
      .insert(authSettings)
      .values({ bodyId, ...values })
      .onConflictDoNothing()
      .returning();
    return row;
  }
  const [row] = await db
    .update(authSettings)
    .set({ ...values, version: version + 1 })
    .where(and(eq(authSettings.bodyId, bodyId), eq(authSettings.version, version)))
    .returning();
  return row;
}

export async function setTotpPending(
  db: DbOrTx,
  userId: string,
  sealed: string | null,
  algorithm: 'totp' | 'sm3' | null,
) {
  await db
    .update(users)
    .set({ totpPending: sealed, otpPendingAlgorithm: algorithm })
    .where(eq(users.id, userId));
}

/** The account's second factor from now on (its pending enrolment, if any, is dropped). */
export async function activateTotp(
  db: DbOrTx,
  userId: string,
  values: {
    sealedSecret: string;
    algorithm: 'totp' | 'sm3';
    tokenSerial: string | null;
    step: number;
    recoveryHashes: string[];
  },
) {
  await db
    .update(users)
    .set({
      totpSecret: values.sealedSecret,
      otpAlgorithm: values.algorithm,
      otpTokenSerial: values.tokenSerial,
      totpPending: null,
      otpPendingAlgorithm: null,
      totpLastStep: values.step,
      recoveryCodes: values.recoveryHashes,
    })
    .where(eq(users.id, userId));
}

/** The account holding the hardware token `serial`, if any (a token opens one account only). */
export async function findUserIdByTokenSerial(db: DbOrTx, serial: string) {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.otpTokenSerial, serial), sql`${users.totpSecret} is not null`));
  return row?.id;
}

/** Spends a time step; false when it (or a later one) was spent already (a code works once). */
export async function spendTotpStep(db: DbOrTx, userId: string, step: number) {
  const rows = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), sql`${users.totpLastStep} < ${step}`)))
    .returning({ id: users.id });
  return rows.length === 1;
}

/** Spends a recovery code by its hash; false when the account has no such unused code. */
export async function spendRecoveryCode(db: DbOrTx, userId: string, hash: string) {
  const rows = await db
    .update(users)
    .set({ recoveryCodes: sql`array_remove(${users.recoveryCodes}, ${hash})` })
    .where(and(eq(users.id, userId), arrayContains(users.recoveryCodes, [hash])))
    .returning({ id: users.id });
  return rows.length === 1;
}

export async function clearTotp(db: DbOrTx, userId: string) {
  await db
    .update(users)
    .set({
      totpSecret: null,
      totpPending: null,
      otpPendingAlgorithm: null,
      otpAlgorithm: 'totp',
      otpTokenSerial: null,
      totpLastStep: null,
      recoveryCodes: [],
    })
    .where(eq(users.id, userId));
}

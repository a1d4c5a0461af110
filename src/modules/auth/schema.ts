// H1–H2: accounts, sessions and failed-login tracking. Roles live on the account (A5).
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bodies, people } from '../bodies/schema.ts';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
    personId: uuid('person_id').references(() => people.id),
    roles: text('roles').array().notNull(),
    status: text('status').notNull().default('active'), // active | disabled
    // The password is a one-time initial password (new account, or reset): the holder's sessions may
    // only change it (H1, 三员: the administrator who handed it out never knows a usable password).
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'string' }),
    // The TOTP second factor (H1), sealed like the other keys (platform/crypto/sealing.ts); null = not
    // enrolled. `totpPending`: a secret being enrolled, until its first code is confirmed.
    totpSecret: text('totp_secret'),
    totpPending: text('totp_pending'),
    // The algorithm of `totpSecret` and of `totpPending`: 'totp' (RFC 6238, an authenticator app) or
    // 'sm3' (GM/T 0021-2012, a 国密 token; the secret is then the token's seed).
    otpAlgorithm: text('otp_algorithm').notNull().default('totp'),
    otpPendingAlgorithm: text('otp_pending_algorithm'),
    // The serial number of the hardware token bound by the 安全管理员 (null: a software authenticator).
    otpTokenSerial: text('otp_token_serial'),
    // The last time step whose code was accepted: a code works once.
    totpLastStep: integer('totp_last_step'),
    // SHA-256 of the unused recovery codes (shown once at enrolment).
    recoveryCodes: text('recovery_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, mode: 'string' })
      .notNull()
      .defaultNow(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_username_uq').on(t.username),
    // A hardware token opens one account (its serial, while bound).
    uniqueIndex('users_otp_token_serial_uq').on(t.otpTokenSerial),
    // 三员分立 (A5) held by the database too: a system role is an account's only role.
    check('users_otp_algorithm', sql`${t.otpAlgorithm} in ('totp', 'sm3')`),
    check(
      'users_system_role_alone',
      sql`not (${t.roles} && array['sysadmin', 'secadmin', 'auditor']::text[]) or cardinality(${t.roles}) = 1`,
    ),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    // SHA-256 of the cookie token: a leaked table does not give usable sessions.
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    // The second factor this session still owes: 'verify' (a code), 'enrol' (the body requires one the
    // account lacks); null when signed in fully. Such a session reaches only me, logout and the factor.
    secondFactor: text('second_factor'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const loginFailures = pgTable(
  'login_failures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    ip: text('ip'),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('login_failures_username_at_idx').on(t.username, t.at)],
);

/** H7: bearer tokens for integrations. Only the SHA-256 of the token is stored; it acts as its owner. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'string' }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

/**
 * H1: a body's sign-in settings. No row: the defaults — two-factor sign-in required of the three system
 * roles and the heads (主要负责人), optional for everyone else; codes by TOTP (authenticator apps).
 * `otpAlgorithm` 'sm3': the body issues 国密 tokens (GM/T 0021-2012 SM3), so enrolments use that.
 */
export const authSettings = pgTable(
  'auth_settings',
  {
    bodyId: uuid('body_id')
      .primaryKey()
      .references(() => bodies.id),
    totpForPrivileged: boolean('totp_for_privileged').notNull().default(true),
    otpAlgorithm: text('otp_algorithm').notNull().default('totp'),
    version: integer('version').notNull().default(1),
  },
  (t) => [check('auth_settings_otp_algorithm', sql`${t.otpAlgorithm} in ('totp', 'sm3')`)],
);

// Shared helpers of the HTTP tests: fresh identifiers with valid checksums, multipart bodies, clients
// with a chosen source IP (the login route is rate-limited per IP), demo ids, and direct SQL.
import { sealedPersonColumns } from '../helpers/sealed.ts';
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { systemCtx, type Actor, type Ctx } from '../../src/platform/context.ts';
import { userActorOf, type Role } from '../../src/modules/access/index.ts';
import { AuthService } from '../../src/modules/auth/service.ts';
import { DEMO_PASSWORD, type Client, type TestApp } from '../helpers/app.ts';
import { clientOf as appClient, sessionCookie } from '../helpers/client.ts';
import {
  DEMO_UNITS,
  demoBodyName,
  demoUnitName,
  type DemoBodyKey,
  type DemoUnitKey,
} from '../helpers/demo.ts';
import { newCertNumber, newCreditCode, newIdNumber, newName, randomDigits } from '../helpers/identifiers.ts';

export const ROLE_ACCOUNTS = {
  officer: 'officer1',
  unit_head: 'unithead1',
  reviewer: 'reviewer1',
  legal_head: 'legalhead1',
  deputy: 'deputy1',
  head: 'head1',
  publisher: 'publisher1',
  archivist: 'archivist1',
  sysadmin: 'sysadmin',
  secadmin: 'secadmin',
  auditor: 'auditor',
} as const;
export type RoleName = keyof typeof ROLE_ACCOUNTS;
export const ROLE_NAMES = Object.keys(ROLE_ACCOUNTS) as RoleName[];

// ---------------------------------------------------------------------------------------------------
// Identifiers

export { newCertNumber, newCreditCode, newIdNumber, newName } from '../helpers/identifiers.ts';

// ---------------------------------------------------------------------------------------------------
// Clients

let ipCounter = 1;
/** A fresh source address per call, so tests never share a rate-limit bucket. */
export const freshIp = () => {
  const n = ipCounter++;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

export const clientOf = (t: TestApp, cookie: string | null, csrf: string | null, ip = '127.0.0.1'): Client =>
  appClient(t.app, cookie, csrf, ip);

export function attemptLogin(t: TestApp, username: string, password: string, ip = freshIp()) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  });
}

/** Logs in from a chosen address and returns a client bound to it. */
export type IpClient = Client & { ip: string };

export async function loginFrom(
  t: TestApp,
  username: string,
  password = DEMO_PASSWORD,
  ip = freshIp(),
): Promise<IpClient> {
  const res = await attemptLogin(t, username, password, ip);
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  return { ...clientOf(t, sessionCookie(res), (res.json() as { csrfToken: string }).csrfToken, ip), ip };
}

// ---------------------------------------------------------------------------------------------------
// Database

/**
 * A statement straight on the test's database. A write made this way stands for a change the app made
 * itself, so the app's session cache is emptied as after any write request (a change from another process
 * reaches the cache only after SESSION_CACHE_SECONDS: test/api/session-cache.test.ts).
 */
export async function sql<T extends Record<string, unknown> = Record<string, unknown>>(
  t: TestApp,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const res = await t.services.database.pool.query(text, params);
  t.services.auth.forgetCachedSessions();
  return res.rows as T[];
}

export async function ledgerCount(t: TestApp): Promise<number> {
  const [row] = await sql<{ n: number }>(t, 'select count(*)::int as n from ledger_entries');
  return Number(row!.n);
}

export async function lastLedgerEntries(t: TestApp, n: number) {
  return sql<{
    seq: number;
    action: string;
    actor_id: string | null;
    actor_name: string;
    ip: string | null;
    entity_type: string;
    entity_id: string | null;
    body_id: string | null;
    payload: string;
  }>(
    t,
    'select seq, action, actor_id, actor_name, ip, entity_type, entity_id, body_id, payload from ledger_entries order by seq desc limit $1',
    [n],
  );
}

export interface DemoIds {
  province: string;
  city: string;
  district: string;
  brigade: string;
  /** The district's units by their key in the demo (handling, legal, office, licensing, leaders). */
  units: Record<DemoUnitKey, string>;
  /** username → person id */
  personOf: Record<string, string>;
  /** username → user id */
  userOf: Record<string, string>;
  /** certificate number → certificate id */
  certOf: Record<string, string>;
  /** username → certificate number */
  certNumberOf: Record<string, string>;
}

/** The ids of the demo tenant's records, found by the names the seed gave them (test/helpers/demo.ts). */
export async function demoIds(t: TestApp): Promise<DemoIds> {
  const bodies = await sql<{ id: string; name: string }>(t, 'select id, name from bodies');
  const bodyId = (key: DemoBodyKey) => bodies.find((b) => b.name === demoBodyName(key))!.id;
  const district = bodyId('district');
  const units = await sql<{ id: string; name: string }>(t, 'select id, name from units where body_id = $1', [
    district,
  ]);
  const unitId = (key: DemoUnitKey) => units.find((u) => u.name === demoUnitName(key))!.id;
  const users = await sql<{ id: string; username: string; person_id: string | null }>(
    t,
    'select id, username, person_id from users',
  );
  const certs = await sql<{ id: string; number: string; person_id: string }>(
    t,
    'select id, number, person_id from certificates',
  );
  return {
    province: bodyId('province'),
    city: bodyId('city'),
    district,
    brigade: bodyId('brigade'),
    units: Object.fromEntries(
      (Object.keys(DEMO_UNITS) as DemoUnitKey[]).map((key) => [key, unitId(key)]),
    ) as Record<DemoUnitKey, string>,
    personOf: Object.fromEntries(users.filter((u) => u.person_id).map((u) => [u.username, u.person_id!])),
    userOf: Object.fromEntries(users.map((u) => [u.username, u.id])),
    certOf: Object.fromEntries(certs.map((c) => [c.number, c.id])),
    certNumberOf: Object.fromEntries(
      users
        .filter((u) => u.person_id)
        .flatMap((u) => certs.filter((c) => c.person_id === u.person_id).map((c) => [u.username, c.number])),
    ),
  };
}

/** Inserts a body directly (as an operator of another tree would have), returning its id. */
export async function insertBodySql(
  t: TestApp,
  parentId: string,
  over: { name?: string; nature?: string; level?: string } = {},
) {
  const id = randomUUID();
  const [parent] = await sql<{ path: string }>(t, 'select path from bodies where id = $1', [parentId]);
  await sql(
    t,
    `insert into bodies (id, parent_id, path, level, name, short_name, credit_code, nature, body_type, legal_representative)
     values ($1, $2, $3, $4, $5, '测区', $6, $7, '卫生健康行政部门', '李四')`,
    [
      id,
      parentId,
      `${parent!.path}${id}/`,
      over.level ?? 'county',
      over.name ?? newName('兄弟区卫健委'),
      newCreditCode(),
      over.nature ?? '行政机关',
    ],
  );
  // Like the demo bodies: two-factor sign-in off, so its accounts sign in with the demo password alone.
  await sql(t, 'insert into auth_settings (body_id, totp_for_privileged) values ($1, false)', [id]);
  return id;
}

export async function insertPersonSql(
  t: TestApp,
  bodyId: string,
  over: { name?: string; idNumber?: string | null; phone?: string | null } = {},
) {
  const id = randomUUID();
  const sealed = sealedPersonColumns(
    t,
    id,
    over.idNumber === undefined ? newIdNumber() : over.idNumber,
    over.phone === undefined ? '13900001111' : over.phone,
  );
  await sql(
    t,
    `insert into people (id, body_id, name, gender, id_number, id_number_index, phone, post)
     values ($1, $2, $3, 'male', $4, $5, $6, '执法队员')`,
    [id, bodyId, over.name ?? newName('兄弟'), sealed.idNumber, sealed.idNumberIndex, sealed.phone],
  );
  return id;
}

/** Creates an account directly in SQL with the demo password. */
export async function insertUserSql(
  t: TestApp,
  bodyId: string,
  roles: string[],
  username = `u${randomDigits(8)}`,
) {
  const id = randomUUID();
  const hash = await AuthService.hashPassword(DEMO_PASSWORD);
  await sql(
    t,
    `insert into users (id, username, display_name, password_hash, body_id, roles) values ($1, $2, $3, $4, $5, $6)`,
    [id, username, `测试${username}`, hash, bodyId, roles],
  );
  return { id, username };
}

let demoHash: Promise<string> | undefined;
/**
 * Gives an account the demo password, as if its holder had replaced the one-time initial password at
 * the first login (which the password change tests exercise over HTTP).
 */
export async function useDemoPassword(t: TestApp, userId: string) {
  demoHash ??= AuthService.hashPassword(DEMO_PASSWORD);
  await sql(t, 'update users set password_hash = $2, must_change_password = false where id = $1', [
    userId,
    await demoHash,
  ]);
}

/**
 * A new account of `bodyId` with `roles`, made as 三员分立 requires: the system administrator creates it
 * (no roles, a one-time initial password), the security administrator assigns the roles; then it signs
 * in with the demo password. Returns the account as the role assignment answered.
 */
export async function createAccount(
  sysadmin: Client,
  secadmin: Client,
  t: TestApp,
  bodyId: string,
  roles: string[],
) {
  const username = `t${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const created = await sysadmin.post('/api/v1/users', { username, displayName: newName('账号'), bodyId });
  expect(created.statusCode, created.body).toBe(201);
  const { id, version } = created.json() as { id: string; version: number };
  const assigned = await secadmin.put(`/api/v1/users/${id}/roles`, {
    roles,
    version,
    reason: '测试开通账号',
  });
  expect(assigned.statusCode, assigned.body).toBe(200);
  await useDemoPassword(t, id);
  return assigned.json() as AccountOut;
}

export interface AccountOut {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  version: number;
  lockedUntil: string | null;
  status: string;
  mustChangePassword: boolean;
}

// ---------------------------------------------------------------------------------------------------
// API factories (as the system administrator)

export function bodyInput(parentId: string, over: Record<string, unknown> = {}) {
  return {
    parentId,
    name: newName('示范区某某卫生院'),
    shortName: '示区',
    level: 'county',
    creditCode: newCreditCode(),
    nature: '行政机关',
    fundingSource: '财政全额拨款',
    staffing: 12,
    bodyType: '卫生健康行政部门',
    duties: '负责辖区卫生监督。',
    legalRepresentative: '张三',
    address: '示范区健康路 1 号',
    complaintPhone: '0999-1234567',
    ...over,
  };
}

export async function createBody(sys: Client, parentId: string, over: Record<string, unknown> = {}) {
  const res = await sys.post('/api/v1/bodies', bodyInput(parentId, over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as BodyOut;
}

export interface BodyOut {
  id: string;
  parentId: string | null;
  name: string;
  creditCode: string;
  nature: string;
  version: number;
  delegatedById: string | null;
  delegationAgreementKey: string | null;
  delegationAgreementName: string | null;
  [k: string]: unknown;
}

export function personInput(bodyId: string, over: Record<string, unknown> = {}) {
  return {
    bodyId,
    unitId: null,
    name: newName('张'),
    gender: 'female',
    idNumber: newIdNumber(),
    phone: '13800138000',
    post: '执法队员',
    isReviewer: false,
    isLegalCounsel: false,
    legalQualificationNo: null,
    ...over,
  };
}

export async function createPerson(sys: Client, bodyId: string, over: Record<string, unknown> = {}) {
  const input = personInput(bodyId, over);
  const res = await sys.post('/api/v1/people', input);
  expect(res.statusCode, res.body).toBe(201);
  return { ...(res.json() as { id: string; version: number }), input };
}

export async function createCertificate(
  client: Client,
  personId: string,
  over: Record<string, unknown> = {},
) {
  const res = await client.post('/api/v1/certificates', {
    personId,
    number: newCertNumber(),
    categories: ['penalty', 'inspection'],
    region: '示范市示范区',
    issuer: '示范省人民政府',
    issuedOn: '2026-01-10',
    expiresOn: '2029-01-09',
    ...over,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as CertificateOut;
}

export interface CertificateOut {
  id: string;
  number: string;
  personId: string;
  status: string;
  valid: boolean;
  invalidReason: string | null;
  version: number;
  expiresOn: string;
  reviews: { year: number; passed: boolean; reviewedOn: string; note: string }[];
  [k: string]: unknown;
}

// ---------------------------------------------------------------------------------------------------
// Multipart

export function multipart(
  parts: { name: string; filename?: string; contentType?: string; content: Buffer | string }[],
) {
  const boundary = `----sxtest${randomDigits(12)}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.filename ? `Content-Type: ${p.contentType ?? 'application/octet-stream'}\r\n` : ''}\r\n`;
    chunks.push(
      Buffer.from(head),
      Buffer.isBuffer(p.content) ? p.content : Buffer.from(p.content),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export function expectError(res: LightMyRequestResponse, status: number, code: string) {
  expect({ status: res.statusCode, code: (res.json() as { code?: string }).code }, res.body).toEqual({
    status,
    code,
  });
}

export const randomId = () => randomUUID();

// ---------------------------------------------------------------------------------------------------
// Service contexts (for tests that call services directly)

/** The context of a demo account, as the access hook would build it for that account's request. */
export async function contextOf(t: TestApp, username: string, ip: string | null = null): Promise<Ctx> {
  const [row] = await sql<{
    id: string;
    displayName: string;
    bodyId: string;
    bodyPath: string;
    roles: Role[];
    personId: string | null;
  }>(
    t,
    `select u.id, u.display_name as "displayName", u.body_id as "bodyId", b.path as "bodyPath", u.roles, u.person_id as "personId"
       from users u join bodies b on b.id = u.body_id where u.username = $1`,
    [username],
  );
  if (!row) throw new Error(`no account ${username}`);
  return { actor: userActorOf(row), ip, now: t.services.clock.now() };
}

/** The system's own context (jobs, seeding) on the app's clock. */
export const systemContext = (t: TestApp): Ctx<Actor> => systemCtx(t.services.clock);

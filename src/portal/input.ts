// Parsing of what the public types into the portal. Query strings arrive as string | string[] | undefined
// (a repeated parameter becomes an array); everything is checked here so no raw value reaches SQL and a
// malformed one becomes a 400 page instead of a database error.

/** Longest certificate number the verification page will look up; longer input is refused, not truncated. */
export const MAX_NUMBER_LENGTH = 40;
/** Certificate numbers are letters, digits and hyphens (see certificateInput in the bodies module). */
const NUMBER_RE = /^[A-Za-z0-9-]+$/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_QUERY_LENGTH = 50;

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** A single query value; arrays (?a=1&a=2) are treated as malformed input. */
export function single(value: unknown): string | undefined | null {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : null;
}

/** Certificate number: trimmed and upper-cased like the staff side stores it. Empty → value ''. */
export function checkCertificateNumber(input: unknown): Checked<string> {
  const s = single(input);
  if (s === null) return { ok: false, message: '执法证号参数不正确，请只输入一个执法证号。' };
  const number = (s ?? '').trim().toUpperCase();
  if (number.length > MAX_NUMBER_LENGTH)
    return { ok: false, message: `执法证号过长：执法证号不超过 ${MAX_NUMBER_LENGTH} 位。` };
  if (number && !NUMBER_RE.test(number))
    return { ok: false, message: '执法证号格式不正确：执法证号只包含字母、数字和连字符（-）。' };
  return { ok: true, value: number };
}

export interface OfficerListQuery {
  q: string;
  bodyId: string;
  page: number;
}

export function checkOfficerQuery(query: Record<string, unknown>): Checked<OfficerListQuery> {
  const q = single(query.q);
  const body = single(query.body);
  const page = single(query.page);
  if (q === null || body === null || page === null) return { ok: false, message: '查询参数不正确。' };
  const text = (q ?? '').trim();
  if (text.length > MAX_QUERY_LENGTH)
    return { ok: false, message: `搜索内容过长：不超过 ${MAX_QUERY_LENGTH} 个字。` };
  const bodyId = (body ?? '').trim();
  if (bodyId && !UUID_RE.test(bodyId)) return { ok: false, message: '执法主体参数不正确。' };
  // A mistyped page number is not worth an error page: fall back to the first page.
  const n = page && /^\d{1,6}$/.test(page) ? Number(page) : 1;
  return { ok: true, value: { q: text, bodyId: bodyId.toLowerCase(), page: Math.max(1, n) } };
}

export function isUuid(s: string): boolean {
  return UUID_RE.test(s);
}

/** Catalogue codes as the catalogue API accepts them (see catalog/routes.ts), law codes included. */
const CODE_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

export interface DisclosureQuery {
  q: string;
  /** Lower-cased body id, or '' for the default body. */
  bodyId: string;
  /** Version number asked for (/laws/:code?version=N), or null for the version in force. */
  version: number | null;
}

/** Query of the 事前公开 pages: `q` search text, `body` the publishing body, `version` of a law. */
export function checkDisclosureQuery(query: Record<string, unknown>): Checked<DisclosureQuery> {
  const q = single(query.q);
  const body = single(query.body);
  const version = single(query.version);
  if (q === null || body === null || version === null)
    return { ok: false, message: '查询参数不正确：每个参数只能填写一次。' };
  const text = (q ?? '').trim();
  if (text.length > MAX_QUERY_LENGTH)
    return { ok: false, message: `搜索内容过长：不超过 ${MAX_QUERY_LENGTH} 个字。` };
  const bodyId = (body ?? '').trim();
  if (bodyId && !UUID_RE.test(bodyId)) return { ok: false, message: '执法主体参数不正确。' };
  const v = (version ?? '').trim();
  if (v && !/^[1-9]\d{0,5}$/.test(v)) return { ok: false, message: '版本号不正确：版本号应为正整数。' };
  return { ok: true, value: { q: text, bodyId: bodyId.toLowerCase(), version: v ? Number(v) : null } };
}

/** A catalogue or law code from the path; null when it cannot be a code (→ 400, not a lookup). */
export function checkCode(input: unknown): string | null {
  return typeof input === 'string' && CODE_RE.test(input) ? input : null;
}

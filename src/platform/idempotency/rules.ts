// Idempotent creates (issue 14, finding 8), after the IETF draft "The Idempotency-Key HTTP Header Field"
// (draft-ietf-httpapi-idempotency-key-header): a client that did not see the answer to a create sends the
// same request again under the same key and gets the first answer instead of a second record. These are
// the pure decisions; the store (store.ts) and the hook (hook.ts) carry them out.
import { createHmac } from 'node:crypto';
import { canonicalJson } from '../ledger/canonical.ts';

/** The request header, as Node presents it (lower case); the draft spells it `Idempotency-Key`. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const IDEMPOTENCY_HEADER_NAME = 'Idempotency-Key';
/** Set on an answer repeated from the store, so a client can tell a replay from a fresh create. */
export const REPLAYED_HEADER = 'idempotent-replayed';

/** How long a key is remembered (the draft asks the server to publish its expiry policy). */
export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
export const MAX_KEY_LENGTH = 255;

export const KEY_FORMAT_MESSAGE =
  `须为 1–${MAX_KEY_LENGTH} 个可见 ASCII 字符（不含空格），可按草案写成带双引号的字符串，` +
  '如 "8e03978e-40d5-43e8-bc93-6894a57f9324"；一次请求只能带一个';

const VISIBLE_ASCII = /^[\x21-\x7e]+$/;

/**
 * The key of a request: null when the header is absent, `{ error }` when it is malformed. The draft
 * makes the value an sf-string (RFC 8941: `"…"` with `\"` and `\\` escapes); a bare token is accepted
 * too, as most clients send one. Either way the key itself is 1–255 visible ASCII characters. Two
 * headers arrive joined by ", " and so fail the check (the draft allows one).
 */
export function parseIdempotencyKey(
  raw: string | string[] | undefined,
): { key: string } | { error: string } | null {
  if (raw === undefined) return null;
  if (Array.isArray(raw)) return { error: KEY_FORMAT_MESSAGE };
  const key = raw.startsWith('"') ? unquoteSfString(raw) : raw;
  if (key === null || key.length === 0 || key.length > MAX_KEY_LENGTH || !VISIBLE_ASCII.test(key))
    return { error: KEY_FORMAT_MESSAGE };
  return { key };
}

/** The content of an RFC 8941 sf-string, or null when `raw` is not exactly one. */
function unquoteSfString(raw: string): string | null {
  let out = '';
  for (let i = 1; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '"') return i === raw.length - 1 ? out : null;
    if (c === '\\') {
      const next = raw[++i];
      if (next !== '"' && next !== '\\') return null;
      out += next;
    } else if (c < ' ' || c > '~') return null;
    else out += c;
  }
  return null; // no closing quote
}

/**
 * What makes two requests "the same" (the draft's fingerprint): method, path with query, and the body
 * with its keys sorted, so a client re-serialising the same object in another order is still retrying.
 * Keyed (HMAC-SM3 under a key derived from the master key) because a body holds personal data: a plain
 * hash of a mostly guessable body would let a database reader test guesses of an ID number.
 */
export function requestFingerprint(key: Buffer, method: string, url: string, body: unknown): string {
  return createHmac('sm3', key)
    .update(`${method.toUpperCase()} ${url}\n`)
    .update(canonicalJson(body ?? null))
    .digest('base64url');
}

/**
 * Which outcomes a key remembers. 2xx: the point of it. Of the 4xx, only those that are a property of
 * the request itself, so repeating it can only repeat them: 400 (the request is malformed — schema,
 * field, input the database cannot hold) and 422 (the law or a rule refuses this request: the draft asks
 * the client to correct a refused request, which makes it another request with another key). Not stored,
 * so a retry runs again — safe, since nothing was written: 401/403 (about the caller, checked before),
 * 404 (a record not yet visible may appear), 409 (a version or uniqueness conflict is a race the retry
 * may have lost or won), 413/415/429 (transport and load) and every 5xx (a failure, never an answer).
 */
export function isRememberedStatus(status: number): boolean {
  return (status >= 200 && status < 300) || status === 400 || status === 422;
}

/** A key's record as the store holds it: `status` null while its request is in flight (or died). */
export interface KeyRecord {
  fingerprint: string;
  status: number | null;
  expiresAt: Date;
}

export type KeyDecision =
  /** No live record: run the request (the caller has just claimed the key). */
  | { kind: 'run' }
  /** Completed for this very request: answer with the stored response, write nothing. */
  | { kind: 'replay' }
  /** The key already names another request: 422. */
  | { kind: 'reused' };

/**
 * What to do with a request under a key whose record is `record`. A pending record (status null) is
 * run: the store takes it only under a row lock, and a pending record nobody holds is one whose request
 * wrote nothing (its writes and the record's completion commit together), so running it is safe.
 */
export function decide(record: KeyRecord | null, fingerprint: string, now: Date): KeyDecision {
  if (!record || record.expiresAt.getTime() <= now.getTime()) return { kind: 'run' };
  if (record.fingerprint !== fingerprint) return { kind: 'reused' };
  return record.status === null ? { kind: 'run' } : { kind: 'replay' };
}

// Input the database cannot hold is refused before any route sees it (H7, issue 14): PostgreSQL stores
// no NUL character in text or jsonb ("invalid byte sequence for encoding UTF8: 0x00"), and a lone UTF-16
// surrogate has no UTF-8 form at all (the driver would silently store U+FFFD instead). One hook checks
// every string — and every object key — of the path parameters, the query string and the parsed body of
// every route, API and portal alike, and answers 400 naming the first offending field; multipart fields
// are checked where they are read (`upload.ts`), with the same function.
import type { FastifyInstance } from 'fastify';
import { fieldError } from './errors.ts';

/** Why a string cannot be stored, or null when it can. */
// A high surrogate not followed by a low one, or a low one not preceded by a high one (no `u` flag, so
// the pattern sees UTF-16 code units).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function unstorableReason(s: string): string | null {
  if (s.includes('\u0000')) return '含有空字符（NUL），无法保存';
  if (LONE_SURROGATE.test(s)) return '含有不成对的代理字符（无效的 Unicode），无法保存';
  return null;
}

export interface UnstorableField {
  /** Dotted path to the value, e.g. `parties.0.name`; '' for the value itself. */
  path: string;
  message: string;
}

/**
 * The first string or object key in `value` that cannot be stored. Walks without recursion, so a body
 * nested thousands of levels deep costs no stack.
 */
export function findUnstorable(value: unknown): UnstorableField | null {
  const pending: { value: unknown; path: string }[] = [{ value, path: '' }];
  const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { value: v, path } = item;
    if (typeof v === 'string') {
      const message = unstorableReason(v);
      if (message) return { path, message };
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) pending.push({ value: v[i], path: join(path, i) });
    } else if (v && typeof v === 'object' && !Buffer.isBuffer(v)) {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        const message = unstorableReason(key);
        if (message) return { path: join(path, key.replace(/[^\p{L}\p{N}_-]/gu, '?')), message };
        pending.push({ value: child, path: join(path, key) });
      }
    }
  }
  return null;
}

/** Throws the 400 for the first unstorable value in `value`, naming it under `part`. */
export function assertStorable(value: unknown, part: string, whole = '请求体') {
  const found = findUnstorable(value);
  if (found) throw fieldError(`${part}${found.path || whole}`, found.message);
}

/** Every route: path parameters, query string and body are checked before validation. */
export function refuseUnstorableInput(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    assertStorable(request.params, '路径参数');
    assertStorable(request.query, '查询参数');
    assertStorable(request.body, '');
  });
}

import { describe, expect, it } from 'vitest';
import {
  decide,
  isRememberedStatus,
  KEY_FORMAT_MESSAGE,
  parseIdempotencyKey,
  requestFingerprint,
} from './rules.ts';

describe('parseIdempotencyKey', () => {
  it('reads a bare key and the draft quoted form (with its escapes) alike', () => {
    expect(parseIdempotencyKey(undefined)).toBeNull();
    expect(parseIdempotencyKey('abc')).toEqual({ key: 'abc' });
    expect(parseIdempotencyKey('"abc"')).toEqual({ key: 'abc' });
    expect(parseIdempotencyKey('"a\\"b\\\\c"')).toEqual({ key: 'a"b\\c' });
    expect(parseIdempotencyKey('k'.repeat(255))).toEqual({ key: 'k'.repeat(255) });
    expect(parseIdempotencyKey(`"${'k'.repeat(255)}"`)).toEqual({ key: 'k'.repeat(255) });
    expect(parseIdempotencyKey('!~')).toEqual({ key: '!~' });
  });

  it.each([
    ['empty', ''],
    ['empty quoted', '""'],
    ['256 characters', 'k'.repeat(256)],
    ['256 quoted', `"${'k'.repeat(256)}"`],
    ['a space', 'a b'],
    ['a space inside quotes', '"a b"'],
    ['non-ASCII', '案件'],
    ['a control character', 'a\tb'],
    ['DEL', 'a\x7fb'],
    ['no closing quote', '"abc'],
    ['a quote inside', '"a"b"'],
    ['a stray escape', '"a\\b"'],
    ['a trailing backslash', '"a\\'],
    ['two headers joined', 'a, b'],
    ['two quoted headers joined', '"a", "b"'],
  ])('refuses %s', (_, raw) => {
    expect(parseIdempotencyKey(raw)).toEqual({ error: KEY_FORMAT_MESSAGE });
  });

  it('refuses two header fields', () => {
    expect(parseIdempotencyKey(['a', 'b'])).toEqual({ error: KEY_FORMAT_MESSAGE });
  });
});

describe('requestFingerprint', () => {
  const key = Buffer.alloc(32, 7);
  const fp = (method: string, url: string, body: unknown, k = key) =>
    requestFingerprint(k, method, url, body);

  it('is the same for the same request, whatever the order of the body keys', () => {
    expect(fp('POST', '/a', { x: 1, y: { b: 2, a: [1, 2] } })).toBe(
      fp('post', '/a', { y: { a: [1, 2], b: 2 }, x: 1 }),
    );
    expect(fp('POST', '/a', undefined)).toBe(fp('POST', '/a', null));
  });

  it('differs with the method, the address, the body or the server key', () => {
    const base = fp('POST', '/a', { x: 1 });
    expect(fp('PUT', '/a', { x: 1 })).not.toBe(base);
    expect(fp('POST', '/b', { x: 1 })).not.toBe(base);
    expect(fp('POST', '/a?x=1', { x: 1 })).not.toBe(base);
    expect(fp('POST', '/a', { x: 2 })).not.toBe(base);
    expect(fp('POST', '/a', { x: [1, 2] })).not.toBe(fp('POST', '/a', { x: [2, 1] }));
    expect(fp('POST', '/a', { x: 1 }, Buffer.alloc(32, 8))).not.toBe(base);
  });
});

describe('isRememberedStatus', () => {
  it('keeps 2xx, 400 and 422 only', () => {
    const kept = [200, 201, 204, 299, 400, 422];
    const dropped = [301, 401, 403, 404, 408, 409, 413, 415, 423, 429, 500, 502, 503, 504];
    expect(kept.filter(isRememberedStatus)).toEqual(kept);
    expect(dropped.filter(isRememberedStatus)).toEqual([]);
  });
});

describe('decide', () => {
  const now = new Date('2026-12-07T02:00:00Z');
  const later = new Date(now.getTime() + 1000);
  const record = (fingerprint: string, status: number | null, expiresAt = later) => ({
    fingerprint,
    status,
    expiresAt,
  });

  it('runs an unknown, pending or expired key; replays a completed one; refuses another request', () => {
    expect(decide(null, 'f', now)).toEqual({ kind: 'run' });
    expect(decide(record('f', null), 'f', now)).toEqual({ kind: 'run' });
    expect(decide(record('f', 201), 'f', now)).toEqual({ kind: 'replay' });
    expect(decide(record('f', 400), 'f', now)).toEqual({ kind: 'replay' });
    expect(decide(record('g', 201), 'f', now)).toEqual({ kind: 'reused' });
    expect(decide(record('g', null), 'f', now)).toEqual({ kind: 'reused' });
    expect(decide(record('g', 201, now), 'f', now)).toEqual({ kind: 'run' });
    expect(decide(record('f', 201, now), 'f', now)).toEqual({ kind: 'run' });
  });
});

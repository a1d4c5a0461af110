// The session cache's own rules: entries expire after their time, a lookup that started before the cache
// was emptied is not kept (it may have read the state before a commit), forget drops one session, a time
// of 0 keeps nothing, and the number of sessions held is bounded.
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../access/index.ts';
import { SessionCache } from './session-cache.ts';

const user = (id: string): SessionUser => ({
  id,
  username: id,
  displayName: id,
  bodyId: 'b',
  bodyPath: '/b/',
  bodyName: 'B',
  personId: null,
  roles: ['officer'],
  csrfToken: 'c',
  tokenHash: id,
  mustChangePassword: false,
});
const entry = (id: string) => ({ user: user(id), lastSeenAt: '2026-12-07T02:00:00.000Z' });

function cacheAt(ttlMs: number) {
  let now = 1_000;
  const cache = new SessionCache(ttlMs, () => now);
  return { cache, advance: (ms: number) => (now += ms) };
}

describe('SessionCache', () => {
  it('keeps a session for its time and not a millisecond longer', () => {
    const { cache, advance } = cacheAt(2_000);
    cache.store(cache.begin(), 'a', entry('a'));
    advance(1_999);
    expect(cache.get('a')?.user.id).toBe('a');
    advance(1);
    expect(cache.get('a')).toBeUndefined();
  });

  it('does not keep a lookup that started before the cache was emptied', () => {
    const { cache } = cacheAt(2_000);
    const mark = cache.begin();
    cache.clear();
    cache.store(mark, 'a', entry('a'));
    expect(cache.get('a')).toBeUndefined();
    cache.store(cache.begin(), 'a', entry('a'));
    expect(cache.get('a')?.user.id).toBe('a');
  });

  it('empties on clear and drops one session on forget', () => {
    const { cache } = cacheAt(2_000);
    for (const id of ['a', 'b', 'c']) cache.store(cache.begin(), id, entry(id));
    cache.forget('b');
    expect([cache.get('a')?.user.id, cache.get('b'), cache.get('c')?.user.id]).toEqual(['a', undefined, 'c']);
    cache.clear();
    expect([cache.get('a'), cache.get('c')]).toEqual([undefined, undefined]);
  });

  it('keeps nothing with a time of 0', () => {
    const { cache } = cacheAt(0);
    cache.store(cache.begin(), 'a', entry('a'));
    expect(cache.get('a')).toBeUndefined();
  });

  it('holds at most 10,000 sessions', () => {
    const { cache } = cacheAt(60_000);
    for (let i = 0; i < 10_000; i++) cache.store(cache.begin(), `s${i}`, entry(`s${i}`));
    expect(cache.get('s0')?.user.id).toBe('s0');
    cache.store(cache.begin(), 'one-more', entry('one-more'));
    expect([cache.get('s0'), cache.get('s9999'), cache.get('one-more')?.user.id]).toEqual([
      undefined,
      undefined,
      'one-more',
    ]);
  });
});

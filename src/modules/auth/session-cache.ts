// H2: the sessions this process resolved in the last few seconds, so an authenticated request does not
// read its session, account, roles and body from the database every time (one round trip per request,
// the largest fixed cost of an authenticated read after the page's own query).
//
// It must not let a change to an account or a session be missed:
// - In this process a change takes effect at the very next request: every request that may write
//   (any method but GET/HEAD/OPTIONS) empties the cache before its answer is sent (auth/plugin.ts), after
//   its transaction committed. A lookup that started before that emptying is not stored (the generation
//   check below), so a read that saw the state before the commit cannot outlive it.
// - In another process of a PostgreSQL deployment (or after a write made straight in the database), an
//   entry lives at most `ttlMs` (SESSION_CACHE_SECONDS, 2 s by default; 0 turns the cache off): a logout,
//   a disabled account, a role or password change takes effect there within that time.
// Idleness is still checked on every request against the cached last-seen instant; a session whose
// last-seen instant is due to be written again is read from the database (which writes it).
import type { SessionUser } from '../access/index.ts';

export interface CachedSession {
  user: SessionUser;
  /** The session's last_seen_at as read. */
  lastSeenAt: string;
}

/** The most sessions held; past that the cache is emptied (a bound on memory, not an eviction policy). */
const MAX_ENTRIES = 10_000;

export class SessionCache {
  private readonly entries = new Map<string, CachedSession & { storedAt: number }>();
  private generation = 0;

  /** `monotonicMs`: an operational clock (not the business clock, which tests fix). */
  constructor(
    readonly ttlMs: number,
    private readonly monotonicMs: () => number = () => performance.now(),
  ) {}

  /** The session behind `tokenHash` if it was read less than `ttlMs` ago and nothing was written since. */
  get(tokenHash: string): CachedSession | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (this.monotonicMs() - entry.storedAt >= this.ttlMs) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry;
  }

  /** Marks the start of a database lookup; pass the mark to `store`. */
  begin(): number {
    return this.generation;
  }

  /** Keeps a session read since `mark`, unless the cache was emptied meanwhile (the read may be stale). */
  store(mark: number, tokenHash: string, session: CachedSession) {
    if (this.ttlMs <= 0 || mark !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(tokenHash, { ...session, storedAt: this.monotonicMs() });
  }

  forget(tokenHash: string) {
    this.entries.delete(tokenHash);
  }

  /** Empties the cache and voids every lookup in flight: called after anything may have been written. */
  clear() {
    this.entries.clear();
    this.generation++;
  }
}

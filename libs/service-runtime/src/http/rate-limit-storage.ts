import { type ThrottlerStorage } from '@nestjs/throttler';

/** What a storage answers (the package does not export the record's type from its entry point). */
type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

interface Counter {
  /** Start of the current fixed window (ms since the epoch, a multiple of the ttl). */
  start: number;
  ttl: number;
  current: number;
  previous: number;
  blockedUntil: number;
}

/**
 * Rate-limit counts in O(1) per request (issue 15). @nestjs/throttler's default storage keeps one timestamp per hit
 * and filters the whole list on every request: at a partner limit of thousands a minute that was a third of a catalog
 * request's CPU. This is the sliding-window counter (two fixed windows, the previous one weighted by how much of it
 * still overlaps the sliding window): the same limit and block semantics — the request after `limit` within the
 * window is refused, then the caller stays blocked for `blockDuration` — at most a few per cent more lenient at a
 * window's edge, and two numbers per caller instead of `limit`.
 */
export class SlidingWindowRateLimitStorage implements ThrottlerStorage {
  private readonly counters = new Map<string, Counter>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly now: () => number = Date.now,
    sweepEveryMs = 60_000,
  ) {
    this.sweeper = setInterval(() => this.sweep(), sweepEveryMs);
    this.sweeper.unref();
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    return this.hit(`${throttlerName}\u0000${key}`, ttl, limit, blockDuration);
  }

  hit(key: string, ttl: number, limit: number, blockDuration: number): ThrottlerStorageRecord {
    const now = this.now();
    const start = now - (now % ttl);
    let c = this.counters.get(key);
    if (!c) {
      c = { start, ttl, current: 0, previous: 0, blockedUntil: 0 };
      this.counters.set(key, c);
    } else if (c.start !== start) {
      c.previous = start - c.start === ttl ? c.current : 0;
      c.current = 0;
      c.start = start;
      c.ttl = ttl;
    }
    const timeToExpire = Math.ceil((start + ttl - now) / 1000);
    if (c.blockedUntil > now) {
      return { totalHits: limit + 1, timeToExpire, isBlocked: true, timeToBlockExpire: Math.ceil((c.blockedUntil - now) / 1000) };
    }
    const overlap = (ttl - (now - start)) / ttl;
    const counted = Math.floor(c.previous * overlap) + c.current;
    if (counted >= limit) {
      c.blockedUntil = now + blockDuration;
      return { totalHits: counted + 1, timeToExpire, isBlocked: true, timeToBlockExpire: Math.ceil(blockDuration / 1000) };
    }
    c.current++;
    return { totalHits: counted + 1, timeToExpire, isBlocked: false, timeToBlockExpire: 0 };
  }

  /** Callers idle for two windows count nothing any more: forgotten, so the map holds only recent callers. */
  sweep(): void {
    const now = this.now();
    for (const [key, c] of this.counters) {
      if (c.blockedUntil <= now && now - c.start >= 2 * c.ttl) this.counters.delete(key);
    }
  }

  get size(): number {
    return this.counters.size;
  }

  close(): void {
    clearInterval(this.sweeper);
  }
}

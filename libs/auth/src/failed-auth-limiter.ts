import { HttpException, HttpStatus } from '@nestjs/common';

export interface FailedAuthLimits {
  /** Failed authentications one client address may make per window before it gets 429. */
  perAddress: number;
  /** Failed authentications against one API key prefix (its key id) per window, from any address. */
  perKeyPrefix: number;
  windowSeconds: number;
}

export const DEFAULT_FAILED_AUTH_LIMITS: FailedAuthLimits = { perAddress: 60, perKeyPrefix: 20, windowSeconds: 60 };

/** 429 with the seconds to wait; the problem+json filter turns `retryAfterSeconds` into a Retry-After header. */
export class TooManyFailedAuthError extends HttpException {
  constructor(public readonly retryAfterSeconds: number) {
    super(
      { code: 'TOO_MANY_FAILED_AUTHENTICATIONS', detail: `too many failed authentications; retry in ${retryAfterSeconds} s` },
      HttpStatus.TOO_MANY_REQUESTS,
    );
    this.message = 'too many failed authentications';
  }
}

interface Window {
  count: number;
  resetsAt: number;
}

/** Upper bound on tracked addresses and prefixes, so a flood of forged ones cannot grow memory without limit. */
const MAX_TRACKED = 50_000;

/**
 * Counts failed authentications per client address and per API key prefix in fixed windows, in process memory
 * (each replica limits on its own: the bound is replicas × limit, still far below what guessing needs). Checked
 * before the API key is looked up, so a refused caller costs no database query.
 */
export class FailedAuthLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limits: FailedAuthLimits = DEFAULT_FAILED_AUTH_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws TooManyFailedAuthError when the address or the key prefix has used up its failures. */
  assertAllowed(address: string, keyPrefix?: string): void {
    const waits = [
      this.wait(`a:${address}`, this.limits.perAddress),
      keyPrefix ? this.wait(`k:${keyPrefix}`, this.limits.perKeyPrefix) : 0,
    ];
    const wait = Math.max(...waits);
    if (wait > 0) throw new TooManyFailedAuthError(wait);
  }

  recordFailure(address: string, keyPrefix?: string): void {
    this.bump(`a:${address}`);
    if (keyPrefix) this.bump(`k:${keyPrefix}`);
  }

  private wait(key: string, limit: number): number {
    const w = this.windows.get(key);
    if (!w || w.resetsAt <= this.now() || w.count < limit) return 0;
    return Math.max(1, Math.ceil((w.resetsAt - this.now()) / 1000));
  }

  private bump(key: string): void {
    const now = this.now();
    const w = this.windows.get(key);
    if (w && w.resetsAt > now) {
      w.count += 1;
      return;
    }
    if (this.windows.size >= MAX_TRACKED) this.evictExpired(now);
    this.windows.set(key, { count: 1, resetsAt: now + this.limits.windowSeconds * 1000 });
  }

  private evictExpired(now: number): void {
    for (const [k, w] of this.windows) if (w.resetsAt <= now) this.windows.delete(k);
    // Still full of live windows: drop the oldest entries (Map keeps insertion order).
    for (const k of this.windows.keys()) {
      if (this.windows.size < MAX_TRACKED) break;
      this.windows.delete(k);
    }
  }
}

/** The part of an API key that names it (`tik_<key id>`), never the secret part. */
export function apiKeyPrefix(apiKey: string): string {
  return apiKey.slice(0, 16);
}

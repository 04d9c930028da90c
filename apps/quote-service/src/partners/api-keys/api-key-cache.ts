import { type PartnerPrincipal } from '@tradein/auth';

/**
 * Live API keys already looked up, by key hash. Only used while the change listener is connected
 * (otherwise every lookup goes to PostgreSQL); entries also expire after `ttlMs` as a safety net.
 * A lookup that raced a change is not stored: `generation` moves on every invalidation, and a result
 * read before the move is dropped.
 */
export class ApiKeyCache {
  private readonly entries = new Map<string, { principal: PartnerPrincipal; expiresAt: number }>();
  private generation = 0;

  constructor(
    private readonly ttlMs = 60_000,
    private readonly maxEntries = 10_000,
  ) {}

  get(hash: string, now = Date.now()): PartnerPrincipal | undefined {
    const hit = this.entries.get(hash);
    if (!hit) return undefined;
    if (hit.expiresAt <= now) {
      this.entries.delete(hash);
      return undefined;
    }
    return hit.principal;
  }

  /** The generation to hand back to `set` with the result of a lookup started now. */
  begin(): number {
    return this.generation;
  }

  set(hash: string, principal: PartnerPrincipal, startedAt: number, now = Date.now()): void {
    if (startedAt !== this.generation) return;
    // Bounded: the oldest entry goes first (Map keeps insertion order).
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(hash, { principal, expiresAt: now + this.ttlMs });
  }

  /** Any key changed (revoked, rotated, deleted): forget all of them; keys are few and changes rare. */
  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}

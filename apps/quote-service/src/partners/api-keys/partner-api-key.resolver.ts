import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ApiKeyResolver, type PartnerPrincipal } from '@tradein/auth';
import { PgChangeListener } from '@tradein/messaging';
import { ApiKeyCache } from './api-key-cache';
import { hashApiKey, looksLikeApiKey } from './api-key-secret';

/**
 * Resolves `X-Api-Key` for the global auth guard: a live (unrevoked) key → its partner and program.
 * Every partner request needs it, so live keys are cached (issue 15: one query less per request), but
 * only while this replica LISTENs to key changes (`partner_api_key_changed`, notified by a trigger:
 * migration ApiKeyChangeNotify1764700000000): a revocation on any replica (or by hand in psql) drops
 * the cache when it commits. With the listener down, every lookup reads PostgreSQL.
 */
@Injectable()
export class PartnerApiKeyResolver implements ApiKeyResolver, OnModuleInit, OnApplicationShutdown {
  private readonly cache = new ApiKeyCache();
  private readonly changes: PgChangeListener;

  constructor(private readonly dataSource: DataSource) {
    this.changes = new PgChangeListener(dataSource, 'partner_api_key_changed', () => this.cache.clear());
  }

  async onModuleInit(): Promise<void> {
    await this.changes.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.changes.stop();
  }

  async resolve(apiKey: string): Promise<PartnerPrincipal | null> {
    if (!looksLikeApiKey(apiKey)) return null;
    const hash = hashApiKey(apiKey);
    const cached = this.changes.listening ? this.cache.get(hash) : undefined;
    if (cached) return cached;
    const generation = this.cache.begin();
    const rows: Array<{ id: string; partner_id: string; program_id: string | null }> = await this.dataSource.query(
      'SELECT id, partner_id, program_id FROM partner_api_key WHERE key_hash = $1 AND revoked_at IS NULL',
      [hash],
    );
    const row = rows[0];
    if (!row) return null;
    const principal: PartnerPrincipal = {
      kind: 'partner',
      role: 'partner',
      subject: `api-key:${row.id}`,
      partnerId: row.partner_id,
      keyId: row.id,
      ...(row.program_id ? { programId: row.program_id } : {}),
    };
    if (this.changes.listening) this.cache.set(hash, principal, generation);
    return principal;
  }

  /** In-process revocations call this right after their commit, so the very next request sees them. */
  forgetAll(): void {
    this.cache.clear();
  }
}

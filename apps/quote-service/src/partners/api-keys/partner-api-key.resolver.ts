import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { type PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { type ApiKeyResolver, type PartnerPrincipal } from '@tradein/auth';
import { childLogger } from '@tradein/observability';
import { ApiKeyCache } from './api-key-cache';
import { hashApiKey, looksLikeApiKey } from './api-key-secret';

/** Notified by a trigger on partner_api_key (migration ApiKeyChangeNotify1764700000000). */
const CHANNEL = 'partner_api_key_changed';
const RECONNECT_MS = 5000;

/**
 * Resolves `X-Api-Key` for the global auth guard: a live (unrevoked) key → its partner and program.
 * Every partner request needs it, so live keys are cached (issue 15: one query less per request), but
 * only while this replica LISTENs to key changes: a revocation on any replica (or by hand in psql)
 * drops the cache when it commits. With the listener down, every lookup reads PostgreSQL.
 */
@Injectable()
export class PartnerApiKeyResolver implements ApiKeyResolver, OnModuleInit, OnApplicationShutdown {
  private readonly log = childLogger('api-keys');
  private readonly cache = new ApiKeyCache();
  private listener?: Client;
  private listening = false;
  private stopped = false;
  private reconnect?: NodeJS.Timeout;

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnect);
    this.listening = false;
    await this.listener?.end().catch(() => undefined);
  }

  async resolve(apiKey: string): Promise<PartnerPrincipal | null> {
    if (!looksLikeApiKey(apiKey)) return null;
    const hash = hashApiKey(apiKey);
    const cached = this.listening ? this.cache.get(hash) : undefined;
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
    if (this.listening) this.cache.set(hash, principal, generation);
    return principal;
  }

  /** In-process revocations call this right after their commit, so the very next request sees them. */
  forgetAll(): void {
    this.cache.clear();
  }

  private async listen(): Promise<void> {
    const opts = this.dataSource.options as PostgresConnectionOptions;
    const client = new Client({
      connectionString: opts.url,
      host: opts.host,
      port: opts.port,
      user: opts.username,
      database: opts.database,
      password: typeof opts.password === 'string' ? opts.password : undefined,
    });
    client.on('notification', () => this.cache.clear());
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.cache.clear();
      this.listener = client;
      this.listening = true;
    } catch (err) {
      this.lost(client, err);
    }
  }

  /** Stop caching at once (a change could be missed), then try to listen again. */
  private lost(client: Client, err?: unknown): void {
    if (this.listener && this.listener !== client) return;
    this.listening = false;
    this.listener = undefined;
    this.cache.clear();
    client.end().catch(() => undefined);
    if (this.stopped || this.reconnect) return;
    if (err) this.log.warn({ err }, 'API key change listener lost; key lookups uncached until it is back');
    this.reconnect = setTimeout(() => {
      this.reconnect = undefined;
      if (!this.stopped) void this.listen();
    }, RECONNECT_MS);
    this.reconnect.unref();
  }
}

import { Client } from 'pg';
import { type DataSource } from 'typeorm';
import { type PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { childLogger } from '@tradein/observability';

const RECONNECT_MS = 5000;

/**
 * One PostgreSQL LISTEN connection of its own, for a replica that caches what a trigger notifies about (API keys,
 * the current price table: issue 15). `listening` says whether the cache may be used at all: a replica that is not
 * connected could miss a change, so it reads PostgreSQL instead. `onChange` runs on every notification and whenever
 * the connection is made or lost (a change may have been missed in between); then it tries again every 5 s.
 */
export class PgChangeListener {
  private readonly log = childLogger('change-listener');
  private client?: Client;
  private connected = false;
  private stopped = false;
  private reconnect?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly channel: string,
    private readonly onChange: () => void,
    private readonly reconnectMs = RECONNECT_MS,
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  }

  get listening(): boolean {
    return this.connected;
  }

  async start(): Promise<void> {
    const opts = this.dataSource.options as PostgresConnectionOptions;
    const client = new Client({
      connectionString: opts.url,
      host: opts.host,
      port: opts.port,
      user: opts.username,
      database: opts.database,
      password: typeof opts.password === 'string' ? opts.password : undefined,
    });
    client.on('notification', () => this.onChange());
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      this.onChange();
      this.client = client;
      this.connected = true;
    } catch (err) {
      this.lost(client, err);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnect);
    this.connected = false;
    await this.client?.end().catch(() => undefined);
  }

  /** Stop trusting the cache at once (a change could be missed), then try to listen again. */
  private lost(client: Client, err?: unknown): void {
    if (this.client && this.client !== client) return;
    this.connected = false;
    this.client = undefined;
    this.onChange();
    client.end().catch(() => undefined);
    if (this.stopped || this.reconnect) return;
    if (err) this.log.warn({ err, channel: this.channel }, 'change listener lost; reading PostgreSQL until it is back');
    this.reconnect = setTimeout(() => {
      this.reconnect = undefined;
      if (!this.stopped) void this.start();
    }, this.reconnectMs);
    this.reconnect.unref();
  }
}

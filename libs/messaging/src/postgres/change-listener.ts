import { Client } from 'pg';
import { type DataSource } from 'typeorm';
import { type PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { childLogger } from '@tradein/observability';

const RECONNECT_MS = 5000;

/**
 * One PostgreSQL LISTEN connection of its own: the outbox relay's wake-up (`outbox_event` commits), and replicas that
 * cache what a trigger notifies about (API keys, the current price table: issue 15). `listening` says whether a cache
 * may be used at all: a replica that is not connected could miss a change, so it reads PostgreSQL instead. `onChange`
 * runs on every notification and whenever the connection is made or lost (a change may have been missed in
 * between); a lost connection is tried again every 5 s.
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
    /** What the owner does without notifications, for the warning when the connection is lost. */
    private readonly meanwhile = 'reading PostgreSQL until it is back',
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
      if (this.stopped) {
        // Stopped while this (re)connect was under way: nobody listens any more.
        await client.end().catch(() => undefined);
        return;
      }
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
    if (err) this.log.warn({ err, channel: this.channel }, `LISTEN ${this.channel} lost; ${this.meanwhile}`);
    this.reconnect = setTimeout(() => {
      this.reconnect = undefined;
      if (!this.stopped) void this.start();
    }, this.reconnectMs);
    this.reconnect.unref();
  }
}

import { setTimeout as sleep } from 'node:timers/promises';
import { type Admin, type Kafka } from 'kafkajs';
import { Pool } from 'pg';
import { SERVICE_NAMES, type Service } from '../platform-client';
import { NamespaceGroups } from '../acceptance/consumer-groups';

/** One look at the platform's backlog: unread messages over every consumer group, unpublished outbox events. null: could not be read. */
export interface Sample {
  at: number;
  lag: number | null;
  pending: number | null;
}

/** Direct SQL on the run's own databases (test tooling on its own infrastructure, never a service's API). */
export class Databases {
  private readonly pools = new Map<Service, Pool>();

  constructor(url: (s: Service) => string) {
    for (const s of SERVICE_NAMES) {
      const pool = new Pool({ connectionString: url(s), max: 2, connectionTimeoutMillis: 3000, statement_timeout: 10_000 });
      // An idle client cut by the PostgreSQL restart must not take the run down.
      pool.on('error', () => undefined);
      this.pools.set(s, pool);
    }
  }

  async count(s: Service, sql: string, params: unknown[] = []): Promise<number> {
    const r = await this.pools.get(s)!.query<{ n: string }>(sql, params);
    return Number(r.rows[0]?.n ?? 0);
  }

  async rows<T extends Record<string, unknown>>(s: Service, sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pools.get(s)!.query<T>(sql, params)).rows;
  }

  async unpublished(): Promise<number> {
    const n = await Promise.all(
      SERVICE_NAMES.map((s) => this.count(s, 'SELECT count(*) AS n FROM outbox_event WHERE published_at IS NULL')),
    );
    return n.reduce((a, b) => a + b, 0);
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((p) => p.end().catch(() => undefined)));
  }
}

/**
 * Unread messages of the namespace's consumer groups, with a fresh admin client whenever the broker dropped the
 * last one. The groups' subscriptions are learnt once from their live members and kept across reconnects.
 */
export class LagReader {
  private admin?: Admin;
  private subscriptions = new Map<string, string[]>();

  constructor(
    private readonly kafka: Kafka,
    private readonly namespace: string,
  ) {}

  /** Learns each group's subscriptions from its live members (call once the services are up). */
  async discover(timeoutMs = 120_000): Promise<NamespaceGroups> {
    const deadline = Date.now() + timeoutMs;
    // A service is ready before its consumer has joined when the broker's coordinator is still loading: wait for every group.
    for (;;) {
      try {
        const groups = new NamespaceGroups(await this.connect(), this.namespace);
        this.subscriptions = new Map(await groups.discover(SERVICE_NAMES.length));
        return groups;
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await sleep(2000);
      }
    }
  }

  private async connect(): Promise<Admin> {
    if (this.admin) return this.admin;
    const admin = this.kafka.admin();
    await admin.connect();
    this.admin = admin;
    return admin;
  }

  async total(): Promise<number> {
    try {
      const admin = await this.connect();
      let behind = 0;
      const ends = new Map<string, Array<{ partition: number; high: string; low: string }>>();
      for (const [groupId, topics] of this.subscriptions) {
        for (const t of await admin.fetchOffsets({ groupId, topics })) {
          if (!ends.has(t.topic)) ends.set(t.topic, await admin.fetchTopicOffsets(t.topic));
          for (const end of ends.get(t.topic)!) {
            const at = Number(t.partitions.find((x) => x.partition === end.partition)?.offset ?? -1);
            behind += Math.max(0, Number(end.high) - (at < 0 ? Number(end.low) : at));
          }
        }
      }
      return behind;
    } catch (err) {
      await this.admin?.disconnect().catch(() => undefined);
      this.admin = undefined;
      throw err;
    }
  }

  async close(): Promise<void> {
    await this.admin?.disconnect().catch(() => undefined);
    this.admin = undefined;
  }
}

/** Samples lag and outbox backlog every `everyMs` until stopped; each read is bounded so a dead broker costs one sample. */
export class Monitor {
  readonly samples: Sample[] = [];
  private running = false;
  private loop?: Promise<void>;

  constructor(
    private readonly lag: LagReader,
    private readonly dbs: Databases,
    private readonly everyMs = 2000,
  ) {}

  start(): void {
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        const at = Date.now();
        const bounded = <T>(p: Promise<T>) =>
          Promise.race([
            p,
            sleep(8000).then(() => {
              throw new Error('timeout');
            }),
          ]).catch(() => null);
        const [lag, pending] = await Promise.all([bounded(this.lag.total()), bounded(this.dbs.unpublished())]);
        this.samples.push({ at, lag, pending });
        await sleep(Math.max(0, this.everyMs - (Date.now() - at)));
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }
}

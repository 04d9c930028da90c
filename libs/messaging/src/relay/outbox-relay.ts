import { type Span, SpanKind, trace } from '@opentelemetry/api';
import { type Producer } from 'kafkajs';
import { type DataSource, type EntityManager } from 'typeorm';
import { childLogger } from '@tradein/observability';
import { messagingMetrics } from '../messaging.metrics';
import { physicalTopic } from '../messaging.options';
import { OUTBOX_NOTIFY_CHANNEL } from '../outbox/outbox-lanes';
import { PgChangeListener } from '../postgres/change-listener';
import { prepared } from '../postgres/prepared-statements';
import { KAFKA, MESSAGING } from '../tracing/messaging-attributes';
import { contextFromHeaders, hasTrace, injectTraceHeaders, markSpanFailed, messagingTracer } from '../tracing/trace-context';

interface PendingRow {
  id: string;
  event_id: string;
  topic: string;
  message_key: string;
  envelope: Record<string, unknown>;
  headers: Record<string, string>;
}

export interface RelayOptions {
  topicNamespace?: string;
  batchSize?: number;
  pollMs?: number;
  /**
   * Lanes locked per pass (default: all 16). One pass publishes whatever is pending in the lanes no other relay
   * holds, in one sendBatch; with 4, a busy outbox took ~4 passes per wake-up and the hop's p99 doubled (issue 15).
   */
  lanesPerPass?: number;
  /** Test hook: runs after Kafka acknowledged a batch and before it is marked sent. */
  afterPublish?: (eventIds: string[]) => Promise<void> | void;
}

// The relay's statements, prepared on each connection (ADR 0024).
const LOCK_LANES = prepared(
  `SELECT l.lane FROM outbox_lane l
    WHERE EXISTS (SELECT 1 FROM outbox_event e WHERE e.lane = l.lane AND e.published_at IS NULL)
    ORDER BY random() LIMIT $1 FOR UPDATE OF l SKIP LOCKED`,
);
const READ_PENDING = prepared(
  `SELECT id, event_id, topic, message_key, envelope, headers FROM outbox_event
    WHERE lane = ANY($1::smallint[]) AND published_at IS NULL ORDER BY id LIMIT $2`,
);
const MARK_PUBLISHED = prepared('UPDATE outbox_event SET published_at = now() WHERE id = ANY($1::bigint[])');
/** Pending events in lanes this pass did not hold (another relay holds them, or they were committed since). */
const PENDING_ELSEWHERE = prepared(
  'SELECT EXISTS (SELECT 1 FROM outbox_event WHERE published_at IS NULL AND lane <> ALL($1::smallint[])) AS pending',
);
/** The first look again at lanes another relay held; doubled while they stay held, up to the poll interval. */
const HELD_RECHECK_MS = 50;
const PENDING_AND_LAG = prepared(
  'SELECT count(*) AS pending, extract(epoch FROM now() - min(created_at)) AS lag FROM outbox_event WHERE published_at IS NULL',
);

/**
 * Publishes committed outbox events to Kafka and marks them sent.
 *
 * Work is split into lanes (hash of the message key). A relay locks one lane row with
 * FOR UPDATE SKIP LOCKED, publishes that lane's pending events in id order and marks them in the
 * same transaction, so replicas share lanes but never one lane: per-key order survives two relays.
 * A crash after publishing and before the commit republishes the batch; consumers' inboxes absorb it.
 * The writers of its own process wake it after their commit (ADR 0025); other processes' commits, by NOTIFY;
 * polling is the fallback if a wake-up is lost.
 */
export class OutboxRelay {
  private readonly log = childLogger('outbox-relay');
  private listener?: PgChangeListener;
  private running = false;
  private wake?: () => void;
  /** A NOTIFY that arrived while draining: the next sleep is skipped so no committed work waits a poll. */
  private woken = false;
  private loop?: Promise<void>;
  private readonly batchSize: number;
  private readonly pollMs: number;
  private readonly lanesPerPass: number;
  private lastLagReport = 0;
  /** The last drain ended with events pending in lanes it could not lock. */
  private heldElsewhere = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: Producer,
    private readonly options: RelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.pollMs = options.pollMs ?? 1000;
    this.lanesPerPass = options.lanesPerPass ?? 16;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    // NOTIFY on commit wakes the relay at once; polling (pollMs) keeps it going while the LISTEN connection is down.
    this.listener = new PgChangeListener(this.dataSource, OUTBOX_NOTIFY_CHANNEL, () => this.notify(), undefined, 'relying on polling');
    await this.listener.start();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.notify();
    await this.loop;
    await this.listener?.stop();
    this.listener = undefined;
  }

  /**
   * Publishes what it can lock, pass after pass, until a pass leaves nothing behind; returns how many events it
   * published. A pass that locked every lane with pending work it could (fewer than `lanesPerPass`) and took fewer
   * rows than its batch left nothing behind, so no further transaction is spent to find the lanes empty: work
   * committed since sends its own NOTIFY, which starts the next drain (polling covers a lost one), and lanes another
   * relay held are that relay's to publish.
   */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const pass = await this.drainOneLane();
      total += pass.published;
      if (!pass.more) {
        this.heldElsewhere = pass.heldElsewhere;
        return total;
      }
    }
  }

  private async run(): Promise<void> {
    let backoffMs = 100;
    let heldRecheckMs = HELD_RECHECK_MS / 2;
    while (this.running) {
      try {
        await this.drain();
        await this.reportLag();
        backoffMs = 100;
        // Work left in lanes another relay held: that relay may have read them before it was committed, and only
        // this process's relay was woken for it (ADR 0025). Look again soon rather than at the next poll.
        heldRecheckMs = this.heldElsewhere ? Math.min(heldRecheckMs * 2, this.pollMs) : HELD_RECHECK_MS / 2;
        await this.sleepUntilWoken(this.heldElsewhere ? heldRecheckMs : this.pollMs);
      } catch (err) {
        // Broker or database trouble: back off (capped) and try again; nothing is lost, rows stay pending.
        this.log.warn({ err }, 'outbox relay pass failed; backing off');
        await this.sleepUntilWoken(backoffMs);
        backoffMs = Math.min(backoffMs * 2, 5000);
      }
    }
  }

  /**
   * One transaction: `more` when the pass was full (its batch of rows, or `lanesPerPass` lanes) and more work may be
   * waiting; otherwise `heldElsewhere` says whether events are pending in lanes it did not hold.
   */
  private async drainOneLane(): Promise<{ published: number; more: boolean; heldElsewhere: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const lanes: Array<{ lane: number }> = await manager.query(LOCK_LANES, [this.lanesPerPass]);
      const held = lanes.map((l) => l.lane);
      // Id order within the locked lanes keeps each key's order; other relays hold other lanes.
      const rows: PendingRow[] = held.length ? await manager.query(READ_PENDING, [held, this.batchSize]) : [];
      const more = lanes.length >= this.lanesPerPass || rows.length >= this.batchSize;
      if (rows.length) {
        await this.publish(rows);
        await this.options.afterPublish?.(rows.map((r) => r.event_id));
        await this.markSent(manager, rows);
      }
      if (more) return { published: rows.length, more, heldElsewhere: false };
      const [elsewhere]: Array<{ pending: boolean }> = await manager.query(PENDING_ELSEWHERE, [held]);
      return { published: rows.length, more, heldElsewhere: elsewhere?.pending ?? false };
    });
  }

  private async publish(rows: PendingRow[]): Promise<void> {
    const byTopic = new Map<string, PendingRow[]>();
    for (const row of rows) {
      const list = byTopic.get(row.topic);
      if (list) list.push(row);
      else byTopic.set(row.topic, [row]);
    }
    const spans: Span[] = [];
    const topicMessages = [...byTopic.entries()].map(([topic, list]) => {
      const physical = physicalTopic(topic, this.options.topicNamespace);
      return {
        topic: physical,
        messages: list.map((r) => {
          const { headers, span } = this.continueTrace(r, physical);
          if (span) spans.push(span);
          return {
            key: r.message_key,
            value: JSON.stringify(r.envelope),
            headers: {
              ...headers,
              'content-type': 'application/json',
              'event-type': String(r.envelope['type']),
              'event-id': r.event_id,
              'correlation-id': String(r.envelope['correlationId']),
            },
          };
        }),
      };
    });
    try {
      await this.producer.sendBatch({ topicMessages });
    } catch (err) {
      for (const span of spans) {
        markSpanFailed(span, err);
        span.end();
      }
      throw err;
    }
    for (const span of spans) span.end();
    for (const [topic, list] of byTopic) messagingMetrics.published.inc({ topic }, list.length);
    // One line per business event (quote created, parcel received, graded, paid, ...), in the service that
    // owns it, once Kafka has it: what a developer follows a trade-in by. A re-send after a crash logs again.
    for (const row of rows) {
      this.log.info(
        { eventType: row.envelope['type'], eventId: row.event_id, tradeInId: row.envelope['tradeInId'] },
        `${String(row.envelope['type'])} published`,
      );
    }
  }

  /**
   * A `send <topic>` span under the trace stored with the row (the writer's `create` span), ended when
   * Kafka acknowledges: the trace shows how long the event waited in the outbox. Its context replaces
   * the stored one in the message headers, so the consumer's span is its child. Rows written outside
   * any trace are sent with their headers as they are.
   */
  private continueTrace(row: PendingRow, physical: string): { headers: Record<string, string>; span?: Span } {
    const stored = contextFromHeaders(row.headers);
    if (!hasTrace(stored)) return { headers: row.headers };
    const span = messagingTracer().startSpan(
      `send ${row.topic}`,
      {
        kind: SpanKind.PRODUCER,
        attributes: {
          [MESSAGING.SYSTEM]: KAFKA,
          [MESSAGING.DESTINATION]: physical,
          [MESSAGING.OPERATION_TYPE]: 'send',
          [MESSAGING.OPERATION_NAME]: 'send',
          [MESSAGING.MESSAGE_ID]: row.event_id,
          [MESSAGING.KAFKA_KEY]: row.message_key,
        },
      },
      stored,
    );
    return { headers: { ...row.headers, ...injectTraceHeaders(trace.setSpan(stored, span)) }, span };
  }

  private async markSent(manager: EntityManager, rows: PendingRow[]): Promise<void> {
    await manager.query(MARK_PUBLISHED, [rows.map((r) => r.id)]);
  }

  private async reportLag(): Promise<void> {
    if (Date.now() - this.lastLagReport < 1000) return;
    this.lastLagReport = Date.now();
    const [row]: Array<{ pending: string; lag: string | null }> = await this.dataSource.query(PENDING_AND_LAG);
    messagingMetrics.relayPending.set(Number(row?.pending ?? 0));
    messagingMetrics.relayLag.set(Number(row?.lag ?? 0));
  }

  /** Committed work is waiting: the next pass starts now (or right after the one in progress). */
  notify(): void {
    if (this.wake) this.wake();
    else this.woken = true;
  }

  private sleepUntilWoken(ms: number): Promise<void> {
    if (this.woken || !this.running) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}

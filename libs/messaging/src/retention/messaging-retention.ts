import { type DataSource } from 'typeorm';
import { childLogger } from '@tradein/observability';
import { messagingMetrics } from '../messaging.metrics';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionOptions {
  /** How long a published outbox row is kept after it was published (default 7 days): "was it sent, and what?" */
  outboxRetentionMs: number;
  /**
   * How long an inbox row (an applied event) is kept (default 45 days). It must outlive every redelivery of its
   * event: the topics keep messages 7 days and the dead-letter topics 30 (k8s/README.md), and Kafka deletes a log
   * segment only once its newest message is that old, up to a segment's roll time (7 days) later. A replay from
   * either must still find the event applied.
   */
  inboxRetentionMs: number;
  /**
   * How long a trade-in's trace row is kept after its last event (default 90 days): a trade-in quiet for longer has
   * ended, and one that wakes up after that starts a new trace, nothing worse.
   */
  traceRetentionMs: number;
  /** Between passes (default 10 min); 0 or less: no timer (tests call `runOnce`). */
  intervalMs: number;
  /** Rows read (outbox) or deleted (inbox) per statement: each statement is its own short transaction. */
  batchSize: number;
  /** Statements per table per pass at most, so one pass after a long outage cannot hold the database for long. */
  maxBatchesPerPass: number;
}

export const DEFAULT_RETENTION: RetentionOptions = {
  outboxRetentionMs: 7 * DAY_MS,
  inboxRetentionMs: 45 * DAY_MS,
  traceRetentionMs: 90 * DAY_MS,
  intervalMs: 10 * 60 * 1000,
  batchSize: 1000,
  maxBatchesPerPass: 50,
};

export interface RetentionPass {
  outbox: number;
  inbox: number;
  traces: number;
}

/**
 * Deletes what the backbone no longer needs (ADR 0022): outbox rows published longer ago than the outbox retention,
 * inbox rows older than the inbox retention, and the trace rows of trade-ins quiet for longer than the trace
 * retention. Unpublished outbox rows are never deleted, whatever their age. Without it the outbox and the inbox grow
 * by every event for ever (≈ 1 KB per outbox row with its envelope).
 *
 * Each statement deletes one batch in its own transaction, so no pass holds locks or a snapshot for long; a pass
 * stops after `maxBatchesPerPass` batches per table and the next one goes on. Replicas may prune at the same time:
 * they delete the same old rows, and a row deleted twice is deleted once.
 */
export class MessagingRetention {
  private readonly log = childLogger('messaging-retention');
  private readonly options: RetentionOptions;
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopping = false;
  /** Where the next pass resumes the outbox walk when the last one ran out of batches before reaching the cutoff. */
  private outboxCursor = '0';
  /** Where the next pass resumes the sweep of the trace rows (by trade-in id); '' = from the start. */
  private traceCursor = '';

  /** `options` left undefined take the defaults. */
  constructor(
    private readonly dataSource: DataSource,
    options: Partial<RetentionOptions> = {},
  ) {
    const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<RetentionOptions>;
    this.options = { ...DEFAULT_RETENTION, ...given };
  }

  start(): void {
    if (this.timer || this.options.intervalMs <= 0) return;
    this.stopping = false;
    // Every table's series exists from the start, so "nothing deleted" reads 0, not "no data".
    for (const table of ['outbox_event', 'inbox_event', 'messaging_trade_in_trace']) messagingMetrics.retentionDeleted.inc({ table }, 0);
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runOnce()
        .then(() => messagingMetrics.retentionLastPass.set(Date.now() / 1000))
        .catch((err: unknown) => this.log.error({ err }, 'retention pass failed; the next one tries again'))
        .finally(() => (this.running = undefined));
    }, this.options.intervalMs);
    this.timer.unref();
  }

  /** No new pass starts; a pass in flight ends after its current batch. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One pass over the three tables, as of `now`; the rows deleted from each. */
  async runOnce(now: Date = new Date()): Promise<RetentionPass> {
    const before = (ms: number): Date => new Date(now.getTime() - ms);
    const outbox = await this.pruneOutbox(before(this.options.outboxRetentionMs));
    const inbox = await this.pruneInbox(before(this.options.inboxRetentionMs));
    const traces = await this.pruneTraces(before(this.options.traceRetentionMs));
    if (outbox + inbox + traces > 0) this.log.info({ outbox, inbox, traces }, 'retention pass deleted old backbone rows');
    return { outbox, inbox, traces };
  }

  /**
   * Walks the outbox from its oldest id through the primary key, a batch at a time, deleting the published rows of
   * the batch older than the cutoff; it stops at a batch holding a row created after the cutoff (rows after it are
   * newer still, give or take concurrent inserts, which the next pass sees). Old unpublished rows (a lane held up by
   * an incident) are stepped over, not deleted, and do not stop the walk; a walk out of batches resumes where it
   * stopped at the next pass, so rows behind a long stretch of them are reached too.
   */
  private async pruneOutbox(cutoff: Date): Promise<number> {
    let deleted = 0;
    let after = this.outboxCursor;
    for (let batch = 0; batch < this.options.maxBatchesPerPass && !this.stopping; batch++) {
      const [step]: Array<{ seen: number; deleted: number; last: string | null; reached_cutoff: boolean | null } | undefined> =
        await this.dataSource.query(
          `WITH head AS (
             SELECT id, created_at FROM outbox_event WHERE id > $1 ORDER BY id LIMIT $2
           ), gone AS (
             DELETE FROM outbox_event o USING head h
              WHERE o.id = h.id AND o.published_at IS NOT NULL AND o.published_at < $3
             RETURNING o.id
           )
           SELECT (SELECT count(*) FROM head)::int AS seen,
                  (SELECT count(*) FROM gone)::int AS deleted,
                  (SELECT max(id) FROM head)::text AS last,
                  (SELECT bool_or(created_at >= $3) FROM head) AS reached_cutoff`,
          [after, this.options.batchSize, cutoff],
        );
      if (!step) break;
      deleted += step.deleted;
      if (step.deleted) messagingMetrics.retentionDeleted.inc({ table: 'outbox_event' }, step.deleted);
      if (step.seen < this.options.batchSize || step.reached_cutoff || !step.last) {
        // The walk reached the cutoff or the end: the next pass starts again from the oldest row.
        this.outboxCursor = '0';
        return deleted;
      }
      after = step.last;
    }
    // Out of batches (a backlog, or many old unpublished rows stepped over): the next pass goes on from here.
    this.outboxCursor = after;
    return deleted;
  }

  /** Oldest first through `inbox_event_processed_idx`, a batch per statement, until a batch comes back short. */
  private async pruneInbox(cutoff: Date): Promise<number> {
    let deleted = 0;
    for (let batch = 0; batch < this.options.maxBatchesPerPass && !this.stopping; batch++) {
      const [step]: Array<{ deleted: number } | undefined> = await this.dataSource.query(
        `WITH gone AS (
           DELETE FROM inbox_event WHERE ctid = ANY(ARRAY(
             SELECT ctid FROM inbox_event WHERE processed_at < $1 ORDER BY processed_at LIMIT $2))
           RETURNING 1
         )
         SELECT count(*)::int AS deleted FROM gone`,
        [cutoff, this.options.batchSize],
      );
      const count = step?.deleted ?? 0;
      deleted += count;
      if (count) messagingMetrics.retentionDeleted.inc({ table: 'inbox_event' }, count);
      if (count < this.options.batchSize) break;
    }
    return deleted;
  }

  /**
   * Sweeps the trace rows (one per trade-in, written only when tracing records) through their primary key, a batch
   * per statement, deleting those not updated since the cutoff; the sweep resumes where the last pass stopped and
   * starts over once it reached the end. No index on `updated_at`: it would make every trace upsert a non-HOT update.
   */
  private async pruneTraces(cutoff: Date): Promise<number> {
    let deleted = 0;
    for (let batch = 0; batch < this.options.maxBatchesPerPass && !this.stopping; batch++) {
      const [step]: Array<{ seen: number; deleted: number; last: string | null } | undefined> = await this.dataSource.query(
        `WITH slice AS (
           SELECT trade_in_id FROM messaging_trade_in_trace WHERE trade_in_id > $1 ORDER BY trade_in_id LIMIT $2
         ), gone AS (
           DELETE FROM messaging_trade_in_trace t USING slice s
            WHERE t.trade_in_id = s.trade_in_id AND t.updated_at < $3
           RETURNING 1
         )
         SELECT (SELECT count(*) FROM slice)::int AS seen,
                (SELECT count(*) FROM gone)::int AS deleted,
                (SELECT max(trade_in_id) FROM slice) AS last`,
        [this.traceCursor, this.options.batchSize, cutoff],
      );
      if (!step) break;
      deleted += step.deleted;
      if (step.deleted) messagingMetrics.retentionDeleted.inc({ table: 'messaging_trade_in_trace' }, step.deleted);
      if (step.seen < this.options.batchSize || !step.last) {
        this.traceCursor = '';
        break;
      }
      this.traceCursor = step.last;
    }
    return deleted;
  }
}

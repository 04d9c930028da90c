import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TradeInExpired } from '@tradein/contracts';
import { newEvent, OutboxWriter } from '@tradein/messaging';
import { childLogger } from '@tradein/observability';
import { CLOCK, type Clock, PeriodicTask } from '@tradein/service-runtime';
import { QuoteConfig } from '../config/quote.config';
import { FinalOfferService } from '../offers/finalize/final-offer.service';
import { type Emit } from '../trade-in-record/emit';
import { TradeInRecorder } from '../trade-in-record/trade-in-recorder.service';
import { type TradeInEntity } from '../trade-in-record/trade-in.entity';

type DeadlineKind = 'QUOTE_EXPIRY' | 'SHIP_BY' | 'ANSWER_WINDOW';

/** Which trade-ins a deadline concerns, read from the trade-in's own columns (partial indexes). */
const DUE_SQL: Record<DeadlineKind, string> = {
  QUOTE_EXPIRY: `SELECT id FROM trade_in WHERE state = 'QUOTED' AND quote_expires_at <= $1 ORDER BY quote_expires_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
  SHIP_BY: `SELECT id FROM trade_in WHERE state = 'ACCEPTED' AND fulfilment = 'MAIL_IN' AND NOT received AND ship_by <= $1 ORDER BY ship_by LIMIT $2 FOR UPDATE SKIP LOCKED`,
  ANSWER_WINDOW: `SELECT id FROM trade_in WHERE state = 'COUNTER_OFFERED' AND respond_by <= $1 ORDER BY respond_by LIMIT $2 FOR UPDATE SKIP LOCKED`,
};

/**
 * Deadlines, durable and driven from the database: nothing is scheduled in memory, so a restart loses
 * nothing, and two replicas share the due rows with FOR UPDATE SKIP LOCKED (each row is handled once, in the
 * transaction that applies it). The clock is injected: tests move a ManualClock and call runDue().
 */
@Injectable()
export class DeadlineRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = childLogger('deadlines');
  private task?: PeriodicTask;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly recorder: TradeInRecorder,
    private readonly finalOffer: FinalOfferService,
    private readonly config: QuoteConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.task = new PeriodicTask('deadline-runner', this.config.DEADLINE_POLL_MS, () => this.runDue());
    this.task.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task?.stop();
  }

  /** Applies every deadline due at the clock's now; returns how many trade-ins each kind touched. */
  async runDue(batch = 50): Promise<Record<DeadlineKind, number>> {
    const done: Record<DeadlineKind, number> = { QUOTE_EXPIRY: 0, SHIP_BY: 0, ANSWER_WINDOW: 0 };
    for (const kind of Object.keys(DUE_SQL) as DeadlineKind[]) {
      for (;;) {
        const { seen, applied } = await this.dataSource.transaction(async (m) => {
          const rows: Array<{ id: string }> = await m.query(DUE_SQL[kind], [this.clock.now(), batch]);
          let ok = 0;
          for (const { id } of rows) {
            // One savepoint per trade-in: a row that fails is logged and retried next poll, while every
            // other due deadline still happens (one bad row must not stop all expiries).
            try {
              await m.transaction(async (row) => {
                const t = await this.recorder.lock(row, id);
                if (t) await this.apply(row, kind, t);
              });
              ok++;
            } catch (err) {
              this.log.error({ err, tradeInId: id, kind }, 'deadline could not be applied to this trade-in; will retry');
            }
          }
          return { seen: rows.length, applied: ok };
        });
        done[kind] += applied;
        if (seen < batch || applied === 0) break;
      }
    }
    return done;
  }

  private async apply(m: EntityManager, kind: DeadlineKind, t: TradeInEntity): Promise<void> {
    const emit: Emit = (definition, payload) =>
      this.outbox.append(m, newEvent(definition, { tradeInId: t.id, partnerId: t.partnerId, correlationId: t.correlationId }, payload));
    if (kind === 'QUOTE_EXPIRY') {
      await this.recorder.apply(m, t, { kind: 'QUOTE_EXPIRED' }, { cause: 'deadline:quote-expiry' });
    } else if (kind === 'SHIP_BY') {
      const r = await this.recorder.apply(m, t, { kind: 'SHIP_BY_PASSED' }, { cause: 'deadline:ship-by' });
      // intake voids the unused label on this event.
      if (r.outcome === 'APPLIED') await emit(TradeInExpired, { reason: 'SHIP_BY_PASSED', quoteId: t.quoteId });
    } else {
      await this.finalOffer.lapse(m, t, emit);
    }
  }
}

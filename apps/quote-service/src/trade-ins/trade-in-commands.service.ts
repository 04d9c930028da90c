import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Principal } from '@tradein/auth';
import { TradeInCancelled } from '@tradein/contracts';
import { newEvent, OutboxWriter } from '@tradein/messaging';
import { NotFoundError, withIdempotency } from '@tradein/service-runtime';
import { FinalOfferService } from '../offers/finalize/final-offer.service';
import { QuoteEntity } from '../trade-in-record/quote.entity';
import { callerScope, visibleTo } from '../shared/caller-scope';
import { isUuid } from '../shared/uuid';
import { type Emit } from '../trade-in-record/emit';
import { TradeInRecorder } from '../trade-in-record/trade-in-recorder.service';
import { type TradeInEntity } from '../trade-in-record/trade-in.entity';
import { TradeInTimelineEntity } from '../trade-in-record/trade-in-timeline.entity';
import { tradeInView } from '../trade-in-record/trade-in.view';

/** Partner commands on a trade-in: cancel before shipping, answer a revised offer. */
@Injectable()
export class TradeInCommandsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly recorder: TradeInRecorder,
    private readonly finalOffer: FinalOfferService,
  ) {}

  async cancel(p: Principal, id: string, reason: string, key: string | undefined) {
    return this.run(p, id, key, { op: 'cancel', reason }, async (m, t, emit) => {
      await this.recorder.apply(m, t, { kind: 'CANCELLED' }, { cause: 'api:cancel', detail: reason });
      await emit(TradeInCancelled, { reason });
    });
  }

  async answerRevisedOffer(p: Principal, id: string, answer: 'ACCEPT' | 'DECLINE', key: string | undefined) {
    return this.run(p, id, key, { op: 'answer', answer }, (m, t, emit) =>
      this.finalOffer.answer(m, t, answer, emit, {
        cause: answer === 'ACCEPT' ? 'api:accept-revised-offer' : 'api:decline-revised-offer',
        detail: p.subject,
      }),
    );
  }

  async appeal(p: Principal, id: string, reason: string, key: string | undefined) {
    const requestedBy = p.kind === 'staff' && p.role === 'ops' ? 'OPS' : 'PARTNER';
    return this.run(p, id, key, { op: 'appeal', reason }, async (m, t, emit) => {
      await this.finalOffer.appeal(m, t, requestedBy, reason, emit, { cause: 'api:appeal', detail: p.subject });
    });
  }

  private async run(
    p: Principal,
    id: string,
    key: string | undefined,
    body: object,
    work: (m: EntityManager, t: TradeInEntity, emit: Emit) => Promise<void>,
  ) {
    const scope = callerScope(p);
    if (!isUuid(id)) throw new NotFoundError('trade-in', id);
    const r = await withIdempotency(this.dataSource, { operation: 'trade-in', principal: p }, key, { id, ...body }, async (m) => {
      const t = await this.recorder.lock(m, id);
      if (!t || !visibleTo(scope, t)) throw new NotFoundError('trade-in', id);
      const emit: Emit = (definition, payload) =>
        this.outbox.append(m, newEvent(definition, { tradeInId: t.id, partnerId: t.partnerId, correlationId: t.correlationId }, payload));
      await work(m, t, emit);
      const quote = await m.findOneByOrFail(QuoteEntity, { id: t.quoteId });
      const timeline = await m.find(TradeInTimelineEntity, { where: { tradeInId: t.id }, order: { id: 'ASC' } });
      return { status: 200, body: tradeInView(t, quote, timeline) };
    });
    return r;
  }
}

import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock, NotFoundError } from '@tradein/service-runtime';
import { isUuid } from '../../shared/uuid';
import { WebhookAttemptEntity, WebhookDeliveryEntity } from '../webhook.entity';

const view = (d: WebhookDeliveryEntity) => ({
  id: d.id,
  tradeInId: d.tradeInId,
  eventType: d.eventType,
  status: d.status,
  attempts: d.attempts,
  lastStatusCode: d.lastStatusCode,
  lastError: d.lastError,
  nextAttemptAt: d.status === 'PENDING' ? d.nextAttemptAt.toISOString() : null,
  deliveredAt: d.deliveredAt?.toISOString() ?? null,
  replayOf: d.replayOf,
  createdAt: d.createdAt.toISOString(),
  body: JSON.parse(d.body) as unknown,
});

/** The delivery log (every attempt) and replays, scoped to one partner (undefined: ops, every partner). */
@Injectable()
export class WebhookDeliveriesService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(partnerId: string | undefined, status?: string) {
    const where = {
      ...(partnerId !== undefined ? { partnerId } : {}),
      ...(status ? { status: status as WebhookDeliveryEntity['status'] } : {}),
    };
    const rows = await this.dataSource.getRepository(WebhookDeliveryEntity).find({ where, order: { createdAt: 'DESC' }, take: 100 });
    return rows.map(view);
  }

  async get(partnerId: string | undefined, id: string) {
    const d = await this.find(partnerId, id);
    const attempts = await this.dataSource.getRepository(WebhookAttemptEntity).find({ where: { deliveryId: id }, order: { id: 'ASC' } });
    return {
      ...view(d),
      log: attempts.map((a) => ({ at: a.at.toISOString(), statusCode: a.statusCode, error: a.error, durationMs: a.durationMs })),
    };
  }

  /** A replay is a new delivery of the same body (signed afresh when sent), linked to the original. */
  async replay(partnerId: string | undefined, id: string) {
    const d = await this.find(partnerId, id);
    const now = this.clock.now();
    const copy = this.dataSource.getRepository(WebhookDeliveryEntity).create({
      id: randomUUID(),
      partnerId: d.partnerId,
      tradeInId: d.tradeInId,
      eventType: d.eventType,
      body: d.body,
      status: 'PENDING',
      attempts: 0,
      nextAttemptAt: now,
      lastStatusCode: null,
      lastError: null,
      deliveredAt: null,
      replayOf: d.id,
      createdAt: now,
      // The replay is sent in the trade-in's trace, like the original (ADR 0008).
      traceContext: d.traceContext,
    });
    await this.dataSource.getRepository(WebhookDeliveryEntity).insert(copy);
    return view(copy);
  }

  private async find(partnerId: string | undefined, id: string): Promise<WebhookDeliveryEntity> {
    const d = isUuid(id) ? await this.dataSource.getRepository(WebhookDeliveryEntity).findOneBy({ id }) : null;
    if (!d || (partnerId !== undefined && d.partnerId !== partnerId)) throw new NotFoundError('webhook delivery', id);
    return d;
  }
}

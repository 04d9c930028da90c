import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { jobTraceContext } from '@tradein/service-runtime';
import { type EntityManager } from 'typeorm';
import { CarrierLabelRequest, type LabelRequestKind } from '../label-request.entity';
import { type Shipment } from '../shipment.entity';

/**
 * Records, in the caller's transaction, a carrier call the LabelWorker will make. No carrier is called
 * here. One request per shipment and kind: a repeated ask changes nothing. The request keeps the trade-in's
 * trace context (ADR 0008) so the worker's call is a span of the trade-in's trace.
 */
@Injectable()
export class LabelRequests {
  /** The inbound label of a mail-in trade-in (its shipment is LABEL_PENDING until the worker records it). */
  async requestIssue(manager: EntityManager, tradeInId: string, causationId: string | null, at: Date): Promise<string> {
    const shipmentId = randomUUID();
    await this.insert(manager, 'ISSUE', shipmentId, tradeInId, null, causationId, at);
    return shipmentId;
  }

  /** Voiding an issued label (VOID_PENDING until the carrier confirms). */
  async requestVoid(
    manager: EntityManager,
    shipment: Pick<Shipment, 'id' | 'tradeInId'>,
    reason: string,
    causationId: string | null,
    at: Date,
  ): Promise<void> {
    if (!shipment.tradeInId) throw new Error(`shipment ${shipment.id}: only a trade-in's label is voided`);
    await this.insert(manager, 'VOID', shipment.id, shipment.tradeInId, reason.slice(0, 200), causationId, at);
  }

  private async insert(
    manager: EntityManager,
    kind: LabelRequestKind,
    shipmentId: string,
    tradeInId: string,
    reason: string | null,
    causationId: string | null,
    at: Date,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(CarrierLabelRequest)
      .values({
        id: randomUUID(),
        kind,
        shipmentId,
        tradeInId,
        status: 'PENDING',
        attempts: 0,
        nextAttemptAt: at,
        lastError: null,
        reason,
        causationId,
        createdAt: at,
        completedAt: null,
        traceContext: await jobTraceContext(manager, tradeInId),
      })
      .orIgnore()
      .execute();
  }
}

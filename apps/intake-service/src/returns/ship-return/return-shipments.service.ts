import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type NewEvent, ReturnShipped } from '@tradein/contracts';
import { IntakeCase } from '../../intake-cases/intake-case.entity';
import { canMove } from '../../intake-cases/intake-status';
import { caseEvent } from '../../intake-cases/case-event';
import { Shipment } from '../../shipments/shipment.entity';
import { ShipmentLabels } from '../../shipments/shipment-labels.service';

/**
 * Sends a device back to its owner on a label we pay for, insured for the quoted amount and tracked: the
 * device stays ours to account for until the carrier confirms delivery (return.delivered).
 */
@Injectable()
export class ReturnShipments {
  constructor(private readonly labels: ShipmentLabels) {}

  /** Returns the event to publish, or null when a return already exists (a redelivered decision). */
  async start(manager: EntityManager, c: IntakeCase, actor: string, at: Date, causationId?: string): Promise<NewEvent<object> | null> {
    if (await manager.getRepository(Shipment).existsBy({ tradeInId: c.tradeInId, purpose: 'RETURN' })) return null;
    if (!canMove(c.status, 'RETURNING')) throw new Error(`trade-in ${c.tradeInId} is ${c.status}: nothing to return`);
    const shipment = await this.labels.issueReturn(manager, c, at, actor);
    c.status = 'RETURNING';
    await manager.getRepository(IntakeCase).save(c);
    return caseEvent(
      c,
      ReturnShipped,
      {
        shipmentId: shipment.id,
        carrier: shipment.carrier,
        trackingNumber: shipment.trackingNumber,
        at: at.toISOString(),
      },
      at,
      causationId,
    );
  }
}

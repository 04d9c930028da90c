import { type EntityManager } from 'typeorm';
import { type EventEnvelope, type ShipmentLabelIssuedPayload } from '@tradein/contracts';
import { TradeInLabelEntity } from '../../trade-in-record/trade-in-label.entity';

/** Keeps the latest label intake issued for a trade-in (a re-issued label replaces the voided one). */
export async function keepLabel(m: EntityManager, e: EventEnvelope<ShipmentLabelIssuedPayload>): Promise<void> {
  const p = e.payload;
  await m.getRepository(TradeInLabelEntity).upsert(
    {
      tradeInId: e.tradeInId,
      shipmentId: p.shipmentId,
      carrier: p.carrier,
      trackingNumber: p.trackingNumber,
      labelFormat: p.labelFormat ?? null,
      label: p.label ?? null,
      issuedAt: new Date(p.at),
    },
    ['tradeInId'],
  );
}

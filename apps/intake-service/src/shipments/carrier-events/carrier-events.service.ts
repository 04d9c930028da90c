import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type NewEvent, ReturnDelivered, ShipmentDelivered, ShipmentException, ShipmentInTransit } from '@tradein/contracts';
import { OutboxWriter } from '@tradein/messaging';
import { CLOCK, type Clock } from '@tradein/service-runtime';
import { CustodyLog } from '../../custody/custody-log.service';
import { IntakeCase } from '../../intake-cases/intake-case.entity';
import { canMove } from '../../intake-cases/intake-status';
import { caseEvent } from '../../intake-cases/case-event';
import { moneyDto } from '../../shared/money-dto';
import { type CarrierScan } from '../carrier/carrier-adapter';
import { CarrierEvent } from '../carrier-event.entity';
import { Shipment } from '../shipment.entity';
import { applyScan } from '../shipment-status';

export interface ScanReport {
  applied: number;
  duplicates: number;
  unknownParcels: number;
}

/**
 * Applies carrier scans. Each scan is stored once (carrier + its event id), so repeats are harmless; the
 * parcel's status only moves forward (see applyScan), so late scans are harmless too. Milestones become
 * shipment or return events and custody records, in the same transaction.
 */
@Injectable()
export class CarrierEventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly custody: CustodyLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async apply(carrier: string, scans: readonly CarrierScan[]): Promise<ScanReport> {
    const report: ScanReport = { applied: 0, duplicates: 0, unknownParcels: 0 };
    // Oldest first, so a batch holding a whole journey announces it in order.
    const ordered = [...scans].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
    await this.dataSource.transaction(async (manager) => {
      for (const scan of ordered) {
        const outcome = await this.applyOne(manager, carrier, scan);
        report[outcome] += 1;
      }
    });
    return report;
  }

  private async applyOne(manager: EntityManager, carrier: string, scan: CarrierScan): Promise<keyof ScanReport> {
    const now = this.clock.now();
    const shipment = await manager.getRepository(Shipment).findOne({
      where: { carrier, trackingNumber: scan.trackingNumber },
      lock: { mode: 'pessimistic_write' },
    });
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(CarrierEvent)
      .values({
        id: randomUUID(),
        carrier,
        carrierEventId: scan.carrierEventId,
        trackingNumber: scan.trackingNumber,
        shipmentId: shipment?.id ?? null,
        status: scan.status,
        carrierCode: scan.carrierCode,
        occurredAt: scan.occurredAt,
        detail: scan.detail ?? null,
        receivedAt: now,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    if (!inserted.raw.length) return 'duplicates';
    // Kept for the record: a scan for a label we do not know (another platform's, or a typo at the carrier).
    if (!shipment) return 'unknownParcels';

    const { next, announce } = applyScan(
      { status: shipment.status, statusAt: shipment.statusAt ?? undefined, inTransitAnnounced: shipment.inTransitAnnounced },
      { status: scan.status, at: scan.occurredAt },
    );
    if (next.status === shipment.status && next.statusAt?.getTime() === shipment.statusAt?.getTime()) return 'applied';
    shipment.status = next.status;
    shipment.statusAt = next.statusAt ?? null;
    shipment.inTransitAnnounced = next.inTransitAnnounced;
    if (next.status === 'DELIVERED') shipment.deliveredAt = scan.occurredAt;
    await manager.getRepository(Shipment).save(shipment);
    if (announce && shipment.tradeInId) await this.announce(manager, shipment, scan, announce);
    return 'applied';
  }

  private async announce(
    manager: EntityManager,
    shipment: Shipment,
    scan: CarrierScan,
    milestone: 'IN_TRANSIT' | 'DELIVERED' | 'EXCEPTION',
  ): Promise<void> {
    const c = await manager
      .getRepository(IntakeCase)
      .findOne({ where: { tradeInId: shipment.tradeInId as string }, lock: { mode: 'pessimistic_write' } });
    if (!c) return;
    const at = scan.occurredAt;
    const base = {
      shipmentId: shipment.id,
      carrier: shipment.carrier,
      trackingNumber: shipment.trackingNumber,
      at: at.toISOString(),
      ...(scan.detail ? { detail: scan.detail } : {}),
    };
    const insured = { insuredValue: moneyDto(shipment.insuredAmountMinor, shipment.insuredCurrency) };
    const actor = `carrier:${shipment.carrier}`;
    const custody = {
      tradeInId: c.tradeInId,
      deviceKey: c.deviceKey,
      actor,
      shipmentId: shipment.id,
      at,
      detail: { carrierCode: scan.carrierCode, trackingNumber: shipment.trackingNumber },
    };
    const events: NewEvent<object>[] = [];

    if (shipment.purpose === 'INBOUND') {
      if (milestone === 'IN_TRANSIT') {
        events.push(caseEvent(c, ShipmentInTransit, { ...base, ...insured }, at));
        await this.custody.append(manager, {
          ...custody,
          action: 'CARRIER_IN_TRANSIT',
          locationType: 'CARRIER',
          locationId: shipment.carrier,
        });
        if (canMove(c.status, 'IN_TRANSIT')) c.status = 'IN_TRANSIT';
      } else if (milestone === 'DELIVERED') {
        events.push(caseEvent(c, ShipmentDelivered, { ...base, ...insured }, at));
        await this.custody.append(manager, {
          ...custody,
          action: 'CARRIER_DELIVERED',
          locationType: 'SITE',
          locationId: shipment.destinationId,
        });
        // The dock may have received the parcel before the carrier's delivery scan reached us: then it stays received.
        if (canMove(c.status, 'DELIVERED')) c.status = 'DELIVERED';
      } else {
        events.push(caseEvent(c, ShipmentException, { ...base, ...insured }, at));
        await this.custody.append(manager, {
          ...custody,
          action: 'CARRIER_EXCEPTION',
          locationType: 'CARRIER',
          locationId: shipment.carrier,
        });
      }
    } else if (shipment.purpose === 'RETURN') {
      if (milestone === 'DELIVERED') {
        const { detail: _detail, ...plain } = base;
        events.push(caseEvent(c, ReturnDelivered, plain, at));
        await this.custody.append(manager, { ...custody, action: 'RETURN_DELIVERED', locationType: 'OWNER', locationId: null });
        if (canMove(c.status, 'RETURNED')) c.status = 'RETURNED';
      } else if (milestone === 'EXCEPTION') {
        await this.custody.append(manager, {
          ...custody,
          action: 'CARRIER_EXCEPTION',
          locationType: 'CARRIER',
          locationId: shipment.carrier,
        });
      }
    }
    await manager.getRepository(IntakeCase).save(c);
    if (events.length) await this.outbox.append(manager, events);
  }
}

import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { IntakeConfig } from '../config/intake.config';
import { CustodyLog } from '../custody/custody-log';
import { type IntakeCase } from '../intake-cases/intake-case.entity';
import { CARRIER_ADAPTER, type CarrierAdapter, type LabelRequest } from './carrier/carrier-adapter';
import { type LabelAddress } from './carrier/zpl-label';
import { Shipment } from './shipment.entity';

/**
 * Issues labels through the carrier and records them. The sandbox renders locally, so calling it inside the
 * caller's transaction is safe; a remote carrier is idempotent on the reference, so a rolled-back attempt
 * that is retried gets the same label back rather than a second one.
 */
@Injectable()
export class ShipmentLabels {
  constructor(
    @Inject(CARRIER_ADAPTER) private readonly carrier: CarrierAdapter,
    private readonly config: IntakeConfig,
    private readonly custody: CustodyLog,
  ) {}

  siteAddress(siteId: string): LabelAddress {
    return { name: `Grading site ${siteId}`, lines: this.config.INTAKE_SITE_ADDRESS.split('|') };
  }

  /** The prepaid, insured inbound label of a mail-in trade-in; insured for the quoted amount. */
  async issueInbound(manager: EntityManager, c: IntakeCase, at: Date): Promise<Shipment> {
    const siteId = c.destinationSiteId ?? this.config.INTAKE_DEFAULT_SITE_ID;
    return this.issue(manager, {
      purpose: 'INBOUND', tradeInId: c.tradeInId, boxId: null, at, destinationType: 'SITE', destinationId: siteId,
      from: { name: `Seller ${c.sellerRef}`, lines: ['Address held by the partner'] },
      to: this.siteAddress(siteId),
      insured: { amountMinor: c.quotedAmountMinor, currency: c.quotedCurrency },
    }, { tradeInId: c.tradeInId, action: 'LABEL_ISSUED', actor: 'system', deviceKey: null });
  }

  /** A return to the owner, paid by us, insured for the quoted amount and tracked to delivery. */
  async issueReturn(manager: EntityManager, c: IntakeCase, at: Date, actor: string): Promise<Shipment> {
    return this.issue(manager, {
      purpose: 'RETURN', tradeInId: c.tradeInId, boxId: null, at, destinationType: 'OWNER', destinationId: null,
      from: c.locationType === 'STORE' && c.locationId ? { name: `Store ${c.locationId}`, lines: [] } : this.siteAddress(c.locationId ?? this.config.INTAKE_DEFAULT_SITE_ID),
      to: { name: `Owner ${c.sellerRef}`, lines: ['Address held by the partner'] },
      insured: { amountMinor: c.quotedAmountMinor, currency: c.quotedCurrency },
    }, { tradeInId: c.tradeInId, action: 'RETURN_SHIPPED', actor, deviceKey: c.deviceKey });
  }

  /** A store box to its grading site, insured for the sum of its devices' quoted amounts. */
  async issueBox(manager: EntityManager, box: { id: string; storeId: string; siteId: string }, insured: { amountMinor: string; currency: string }, at: Date): Promise<Shipment> {
    return this.issue(manager, {
      purpose: 'BOX', tradeInId: null, boxId: box.id, at, destinationType: 'SITE', destinationId: box.siteId,
      from: { name: `Store ${box.storeId}`, lines: [] },
      to: this.siteAddress(box.siteId),
      insured,
    });
  }

  async void(manager: EntityManager, shipment: Shipment, at: Date): Promise<void> {
    await this.carrier.voidLabel(shipment.trackingNumber);
    shipment.status = 'VOIDED';
    shipment.voidedAt = at;
    await manager.getRepository(Shipment).save(shipment);
  }

  private async issue(
    manager: EntityManager,
    s: {
      purpose: LabelRequest['purpose']; tradeInId: string | null; boxId: string | null; at: Date;
      destinationType: 'SITE' | 'OWNER'; destinationId: string | null; from: LabelAddress; to: LabelAddress;
      insured: { amountMinor: string; currency: string };
    },
    custody?: { tradeInId: string; action: 'LABEL_ISSUED' | 'RETURN_SHIPPED'; actor: string; deviceKey: string | null },
  ): Promise<Shipment> {
    const id = randomUUID();
    const label = await this.carrier.issueLabel({
      shipmentId: id, purpose: s.purpose, reference: s.tradeInId ?? s.boxId ?? id, from: s.from, to: s.to, insuredValue: s.insured,
    });
    const shipment = manager.getRepository(Shipment).create({
      id, purpose: s.purpose, tradeInId: s.tradeInId, boxId: s.boxId, carrier: label.carrier, trackingNumber: label.trackingNumber,
      status: 'LABEL_ISSUED', statusAt: null, inTransitAnnounced: false,
      insuredAmountMinor: s.insured.amountMinor, insuredCurrency: s.insured.currency,
      destinationType: s.destinationType, destinationId: s.destinationId, labelFormat: label.labelFormat, label: label.label,
      issuedAt: s.at, voidedAt: null, deliveredAt: null,
    });
    await manager.getRepository(Shipment).insert(shipment);
    if (custody) {
      await this.custody.append(manager, {
        ...custody, shipmentId: id, at: s.at,
        locationType: custody.action === 'RETURN_SHIPPED' ? 'CARRIER' : null,
        detail: { carrier: label.carrier, trackingNumber: label.trackingNumber },
      });
    }
    return shipment;
  }
}

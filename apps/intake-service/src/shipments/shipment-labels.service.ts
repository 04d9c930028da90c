import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { IntakeConfig } from '../config/intake.config';
import { CustodyLog } from '../custody/custody-log.service';
import { type IntakeCase } from '../intake-cases/intake-case.entity';
import { CARRIER_ADAPTER, type CarrierAdapter, type IssuedLabel, type LabelRequest } from './carrier/carrier-adapter';
import { type LabelAddress } from './carrier/zpl-label';
import { Shipment } from './shipment.entity';

/**
 * Issues labels through the carrier and records them. Inbound labels (mail-in) are not issued here inside
 * an event handler's transaction: the handler records a label request and the LabelWorker calls the carrier
 * outside any transaction (`inboundRequest`), then records the label (`recordIssued`). Returns and boxes
 * still call the carrier inline (`issueReturn`, `issueBox`); a remote carrier is idempotent on the
 * reference, so a rolled-back attempt that is retried gets the same label back rather than a second one.
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

  /** What the carrier is asked for a mail-in trade-in: a prepaid label insured for the quoted amount. */
  inboundRequest(c: IntakeCase, shipmentId: string): LabelRequest {
    const siteId = c.destinationSiteId ?? this.config.INTAKE_DEFAULT_SITE_ID;
    return {
      shipmentId,
      purpose: 'INBOUND',
      reference: c.tradeInId,
      from: { name: `Seller ${c.sellerRef}`, lines: ['Address held by the partner'] },
      to: this.siteAddress(siteId),
      insuredValue: { amountMinor: c.quotedAmountMinor, currency: c.quotedCurrency },
    };
  }

  /** Records an inbound label the carrier issued (by the label worker, in its own transaction). */
  async recordInbound(manager: EntityManager, c: IntakeCase, shipmentId: string, label: IssuedLabel, at: Date): Promise<Shipment> {
    const request = this.inboundRequest(c, shipmentId);
    return this.record(
      manager,
      {
        id: shipmentId,
        purpose: 'INBOUND',
        tradeInId: c.tradeInId,
        boxId: null,
        at,
        destinationType: 'SITE',
        destinationId: c.destinationSiteId ?? this.config.INTAKE_DEFAULT_SITE_ID,
        insured: request.insuredValue,
      },
      label,
      { tradeInId: c.tradeInId, action: 'LABEL_ISSUED', actor: 'system', deviceKey: null },
    );
  }

  /** A return to the owner, paid by us, insured for the quoted amount and tracked to delivery. */
  async issueReturn(manager: EntityManager, c: IntakeCase, at: Date, actor: string): Promise<Shipment> {
    return this.issue(
      manager,
      {
        purpose: 'RETURN',
        tradeInId: c.tradeInId,
        boxId: null,
        at,
        destinationType: 'OWNER',
        destinationId: null,
        from:
          c.locationType === 'STORE' && c.locationId
            ? { name: `Store ${c.locationId}`, lines: [] }
            : this.siteAddress(c.locationId ?? this.config.INTAKE_DEFAULT_SITE_ID),
        to: { name: `Owner ${c.sellerRef}`, lines: ['Address held by the partner'] },
        insured: { amountMinor: c.quotedAmountMinor, currency: c.quotedCurrency },
      },
      { tradeInId: c.tradeInId, action: 'RETURN_SHIPPED', actor, deviceKey: c.deviceKey },
    );
  }

  /** A store box to its grading site, insured for the sum of its devices' quoted amounts. */
  async issueBox(
    manager: EntityManager,
    box: { id: string; storeId: string; siteId: string },
    insured: { amountMinor: string; currency: string },
    at: Date,
  ): Promise<Shipment> {
    return this.issue(manager, {
      purpose: 'BOX',
      tradeInId: null,
      boxId: box.id,
      at,
      destinationType: 'SITE',
      destinationId: box.siteId,
      from: { name: `Store ${box.storeId}`, lines: [] },
      to: this.siteAddress(box.siteId),
      insured,
    });
  }

  /** Records a void the carrier confirmed (the label worker calls the carrier first). */
  async recordVoided(manager: EntityManager, shipment: Shipment, at: Date): Promise<void> {
    shipment.status = 'VOIDED';
    shipment.voidedAt = at;
    await manager.getRepository(Shipment).save(shipment);
  }

  private async issue(
    manager: EntityManager,
    s: {
      purpose: LabelRequest['purpose'];
      tradeInId: string | null;
      boxId: string | null;
      at: Date;
      destinationType: 'SITE' | 'OWNER';
      destinationId: string | null;
      from: LabelAddress;
      to: LabelAddress;
      insured: { amountMinor: string; currency: string };
    },
    custody?: { tradeInId: string; action: 'LABEL_ISSUED' | 'RETURN_SHIPPED'; actor: string; deviceKey: string | null },
  ): Promise<Shipment> {
    const id = randomUUID();
    const label = await this.carrier.issueLabel({
      shipmentId: id,
      purpose: s.purpose,
      reference: s.tradeInId ?? s.boxId ?? id,
      from: s.from,
      to: s.to,
      insuredValue: s.insured,
    });
    return this.record(manager, { ...s, id }, label, custody);
  }

  private async record(
    manager: EntityManager,
    s: {
      id: string;
      purpose: LabelRequest['purpose'];
      tradeInId: string | null;
      boxId: string | null;
      at: Date;
      destinationType: 'SITE' | 'OWNER';
      destinationId: string | null;
      insured: { amountMinor: string; currency: string };
    },
    label: IssuedLabel,
    custody?: { tradeInId: string; action: 'LABEL_ISSUED' | 'RETURN_SHIPPED'; actor: string; deviceKey: string | null },
  ): Promise<Shipment> {
    const id = s.id;
    const shipment = manager.getRepository(Shipment).create({
      id,
      purpose: s.purpose,
      tradeInId: s.tradeInId,
      boxId: s.boxId,
      carrier: label.carrier,
      trackingNumber: label.trackingNumber,
      status: 'LABEL_ISSUED',
      statusAt: null,
      inTransitAnnounced: false,
      insuredAmountMinor: s.insured.amountMinor,
      insuredCurrency: s.insured.currency,
      destinationType: s.destinationType,
      destinationId: s.destinationId,
      labelFormat: label.labelFormat,
      label: label.label,
      issuedAt: s.at,
      voidedAt: null,
      deliveredAt: null,
    });
    await manager.getRepository(Shipment).insert(shipment);
    if (custody) {
      await this.custody.append(manager, {
        ...custody,
        shipmentId: id,
        at: s.at,
        locationType: custody.action === 'RETURN_SHIPPED' ? 'CARRIER' : null,
        detail: { carrier: label.carrier, trackingNumber: label.trackingNumber },
      });
    }
    return shipment;
  }
}

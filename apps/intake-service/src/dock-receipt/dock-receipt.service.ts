import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { assertSiteAccess, type Principal } from '@tradein/auth';
import { EvidenceService } from '@tradein/evidence';
import { CLOCK, type Clock, ConflictError, InvalidFieldError, NotFoundError } from '@tradein/service-runtime';
import { readDevice } from '../identity/device-reading';
import { IdentityChecks } from '../receipts/identity-checks.service';
import { brandOfModelId } from '../identity/serial-number';
import { IntakeCase } from '../intake-cases/intake-case.entity';
import { CLOSED_BEFORE_ARRIVAL, RECEIVABLE_AT_DOCK } from '../intake-cases/intake-status';
import { ReceiptRecorder, type ReceiptOutcome } from '../receipts/receipt-recorder.service';
import { TradeInClosure } from '../intake-cases/trade-in-closure.entity';
import { Shipment } from '../shipments/shipment.entity';
import { type DockReceiptDto } from './dock-receipt.dto';

export interface ParcelView {
  tradeInId: string;
  trackingNumber: string;
  shipmentStatus: string;
  intakeStatus: string;
  quoted: { modelId: string; category: string };
  siteId: string | null;
}

/** A parcel scanned at a grading site's dock: found by its tracking number, opened, its device checked. */
@Injectable()
export class DockReceiptService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly checks: IdentityChecks,
    private readonly recorder: ReceiptRecorder,
    private readonly evidence: EvidenceService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async findParcel(principal: Principal, trackingNumber: string): Promise<ParcelView> {
    const { shipment, c } = await this.load(this.dataSource.manager, principal, trackingNumber, false);
    return {
      tradeInId: c.tradeInId,
      trackingNumber: shipment.trackingNumber,
      shipmentStatus: shipment.status,
      intakeStatus: c.status,
      quoted: { modelId: c.modelId, category: c.category },
      siteId: shipment.destinationId,
    };
  }

  async receive(manager: EntityManager, principal: Principal, dto: DockReceiptDto): Promise<ReceiptOutcome> {
    const { shipment, c } = await this.load(manager, principal, dto.trackingNumber, true);
    // The unboxing photos must be on the platform (POST /v1/evidence), not merely named.
    await this.evidence.requireUploaded(
      manager,
      dto.evidenceRefs.map((ref, i) => ({ field: `evidenceRefs[${i}]`, ref })),
    );
    const closure = await manager.getRepository(TradeInClosure).findOneBy({ tradeInId: c.tradeInId });
    const closedAs = CLOSED_BEFORE_ARRIVAL.includes(c.status) ? c.status : closure?.reason;
    const closed = closedAs !== undefined;
    if (!RECEIVABLE_AT_DOCK.includes(c.status) && !closed) {
      throw new ConflictError('NOT_RECEIVABLE', `trade-in ${c.tradeInId} is ${c.status}: its parcel cannot be received again`);
    }
    let reading = {};
    if (!dto.emptyParcel) {
      const read = readDevice({ imei: dto.imei, serialNumber: dto.serialNumber }, c.category, brandOfModelId(c.modelId));
      if (!read.ok) throw new InvalidFieldError(read.field, read.message);
      reading = read.reading;
    }
    const now = this.clock.now();
    const check = await this.checks.run(manager, c, {
      at: 'DOCK',
      reading,
      activationLock: dto.activationLock ?? false,
      mdmEnrolled: dto.mdmEnrolled ?? false,
      emptyParcel: dto.emptyParcel ?? false,
      now,
    });
    if (closed && check.verdict.kind === 'RECEIVED') {
      check.verdict = {
        kind: 'SUSPENDED',
        detectedModelId: check.verdict.detectedModelId,
        reasonCode: 'ARRIVED_AFTER_CLOSE',
        category: 'TRANSPORT_ISSUE',
        detail: `the parcel arrived after the trade-in was ${String(closedAs).toLowerCase()}`,
      };
    }
    return this.recorder.record(manager, c, {
      point: 'DOCK',
      location: { type: 'SITE', id: shipment.destinationId as string },
      check,
      evidenceRefs: dto.evidenceRefs,
      performedBy: principal.subject,
      at: now,
      shipmentId: shipment.id,
      parcelWeightGrams: dto.parcelWeightGrams,
      emptyParcel: dto.emptyParcel ?? false,
    });
  }

  private async load(
    manager: EntityManager,
    principal: Principal,
    trackingNumber: string,
    lock: boolean,
  ): Promise<{ shipment: Shipment; c: IntakeCase }> {
    const shipment = await manager.getRepository(Shipment).findOneBy({ trackingNumber, purpose: 'INBOUND' });
    if (!shipment || !shipment.tradeInId) throw new NotFoundError('parcel', trackingNumber);
    // A grader receives only parcels addressed to their own site.
    assertSiteAccess(principal, shipment.destinationId ?? '');
    const c = await manager.getRepository(IntakeCase).findOne({
      where: { tradeInId: shipment.tradeInId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!c) throw new NotFoundError('parcel', trackingNumber);
    return { shipment, c };
  }
}

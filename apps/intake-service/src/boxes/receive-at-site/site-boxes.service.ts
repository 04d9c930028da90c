import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { assertSiteAccess, type Principal } from '@tradein/auth';
import { DeviceQuarantined, StoreDeviceArrived } from '@tradein/contracts';
import { OutboxWriter } from '@tradein/messaging';
import { CLOCK, type Clock, ConflictError, NotFoundError } from '@tradein/service-runtime';
import { IntakeConfig } from '../../config/intake.config';
import { CustodyClosing } from '../../custody/close-custody/custody-closing.service';
import { CustodyLog } from '../../custody/custody-log.service';
import { DEVICE_STATUS_PROVIDER, type DeviceStatusProvider } from '../../device-status/device-status-provider';
import { deviceKeyFromInput } from '../../device-status/device-key-input';
import { IntakeCase } from '../../intake-cases/intake-case.entity';
import { caseEvent } from '../../intake-cases/case-event';
import { Shipment } from '../../shipments/shipment.entity';
import { BoxDiscrepancy } from '../box-discrepancy.entity';
import { BoxItem } from '../box-item.entity';
import { boxActionAllowed, reconcile } from '../box-rules';
import { type BoxView, boxView } from '../box-views';
import { Box } from '../box.entity';

export type ScanResult =
  | { result: 'ARRIVED'; tradeInId: string }
  | { result: 'QUARANTINED'; tradeInId: string; reasonCodes: string[] }
  | { result: 'ALREADY_SCANNED'; tradeInId: string }
  | { result: 'UNEXPECTED'; deviceKey: string };

const DAY_MS = 86_400_000;

/**
 * A store box at its grading site: received by its tracking number, each device scanned out of it (the
 * block list is checked again, since days may have passed since the store's check), then reconciled
 * against the manifest: what is missing or unexpected becomes a discrepancy.
 */
@Injectable()
export class SiteBoxesService {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly custody: CustodyLog,
    private readonly closing: CustodyClosing,
    private readonly config: IntakeConfig,
    @Inject(DEVICE_STATUS_PROVIDER) private readonly deviceStatus: DeviceStatusProvider,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async receive(m: EntityManager, p: Principal, siteId: string, trackingNumber: string): Promise<BoxView> {
    assertSiteAccess(p, siteId);
    const shipment = await m.getRepository(Shipment).findOneBy({ trackingNumber, purpose: 'BOX' });
    if (!shipment?.boxId) throw new NotFoundError('box with tracking number', trackingNumber);
    const box = await this.load(m, siteId, shipment.boxId);
    if (!boxActionAllowed(box.status, 'RECEIVE')) throw new ConflictError('BOX_STATE', `box ${box.id} is ${box.status}: cannot receive`);
    const now = this.clock.now();
    Object.assign(box, { status: 'RECEIVED', receivedAt: now, receivedBy: p.subject });
    await m.getRepository(Box).save(box);
    const items = await m.getRepository(BoxItem).findBy({ boxId: box.id });
    await this.custody.append(
      m,
      items.map((i) => ({
        tradeInId: i.tradeInId,
        deviceKey: i.deviceKey,
        action: 'BOX_RECEIVED_AT_SITE' as const,
        actor: p.subject,
        locationType: 'SITE' as const,
        locationId: siteId,
        boxId: box.id,
        shipmentId: shipment.id,
        at: now,
      })),
    );
    return boxView(box, items, trackingNumber);
  }

  async scan(
    m: EntityManager,
    p: Principal,
    siteId: string,
    boxId: string,
    input: { imei?: string; serialNumber?: string },
  ): Promise<ScanResult> {
    assertSiteAccess(p, siteId);
    const deviceKey = deviceKeyFromInput(input.imei, input.serialNumber);
    const box = await this.load(m, siteId, boxId);
    if (!boxActionAllowed(box.status, 'SCAN'))
      throw new ConflictError('BOX_STATE', `box ${boxId} is ${box.status}: receive it before scanning`);
    const now = this.clock.now();
    const listed = (box.manifest ?? []).find((l) => l.deviceKey === deviceKey);
    if (!listed) {
      await m
        .getRepository(BoxDiscrepancy)
        .insert({ id: randomUUID(), boxId, kind: 'UNEXPECTED', tradeInId: null, deviceKey, recordedBy: p.subject, recordedAt: now });
      return { result: 'UNEXPECTED', deviceKey };
    }
    const item = await m.getRepository(BoxItem).findOneByOrFail({ boxId, tradeInId: listed.tradeInId });
    if (item.arrivedAt) return { result: 'ALREADY_SCANNED', tradeInId: item.tradeInId };
    Object.assign(item, { arrivedAt: now, arrivedBy: p.subject });
    await m.getRepository(BoxItem).save(item);

    const c = await m
      .getRepository(IntakeCase)
      .findOneOrFail({ where: { tradeInId: item.tradeInId }, lock: { mode: 'pessimistic_write' } });
    Object.assign(c, { locationType: 'SITE', locationId: siteId });
    await this.custody.append(m, {
      tradeInId: c.tradeInId,
      deviceKey,
      action: 'UNPACKED_AT_SITE',
      actor: p.subject,
      locationType: 'SITE',
      locationId: siteId,
      boxId,
      at: now,
    });
    const status = await this.deviceStatus.check(deviceKey);
    if (status.status === 'BLOCKED' && c.status === 'RECEIVED') {
      const reasonCodes = status.reasons.filter((r) => r !== 'FINANCED_UNPAID').map((r) => `BLOCKLIST_${r}`);
      const holdUntil = new Date(now.getTime() + this.config.QUARANTINE_HOLD_DAYS * DAY_MS);
      Object.assign(c, { status: 'QUARANTINED', blockListStatus: 'BLOCKED', holdReasonCodes: reasonCodes, holdUntil });
      await m.getRepository(IntakeCase).save(c);
      await this.custody.append(m, {
        tradeInId: c.tradeInId,
        deviceKey,
        action: 'QUARANTINED',
        actor: p.subject,
        locationType: 'SITE',
        locationId: siteId,
        at: now,
        detail: { reasonCodes },
      });
      await this.outbox.append(
        m,
        caseEvent(
          c,
          DeviceQuarantined,
          {
            location: { type: 'SITE', id: siteId },
            identity: {
              ...(c.imei ? { imei: c.imei } : {}),
              ...(c.serialNumber ? { serialNumber: c.serialNumber } : {}),
              ...(c.detectedModelId ? { detectedModelId: c.detectedModelId } : {}),
              blockListStatus: 'BLOCKED',
              activationLock: c.activationLock ?? false,
              mdmEnrolled: c.mdmEnrolled ?? false,
              duplicateOpenTradeIn: c.duplicateOpenTradeIn ?? false,
            },
            reasonCodes,
            holdUntil: holdUntil.toISOString(),
          },
          now,
        ),
      );
      return { result: 'QUARANTINED', tradeInId: c.tradeInId, reasonCodes };
    }
    await m.getRepository(IntakeCase).save(c);
    await this.outbox.append(
      m,
      caseEvent(
        c,
        StoreDeviceArrived,
        {
          boxId,
          storeId: box.storeId,
          siteId,
          receivedAt: now.toISOString(),
          receivedBy: p.subject,
        },
        now,
      ),
    );
    // A store trade-in is usually finalized at the counter: its custody closes once it reached the site.
    await this.closing.closeIfDone(m, c, now);
    return { result: 'ARRIVED', tradeInId: c.tradeInId };
  }

  async reconcileBox(
    m: EntityManager,
    p: Principal,
    siteId: string,
    boxId: string,
  ): Promise<{ arrived: string[]; missing: string[]; unexpected: string[] }> {
    assertSiteAccess(p, siteId);
    const box = await this.load(m, siteId, boxId);
    if (!boxActionAllowed(box.status, 'RECONCILE')) throw new ConflictError('BOX_STATE', `box ${boxId} is ${box.status}: cannot reconcile`);
    const now = this.clock.now();
    const items = await m.getRepository(BoxItem).findBy({ boxId });
    const unexpected = await m.getRepository(BoxDiscrepancy).findBy({ boxId, kind: 'UNEXPECTED' });
    const r = reconcile(box.manifest ?? [], [
      ...items.filter((i) => i.arrivedAt).map((i) => i.deviceKey),
      ...unexpected.map((u) => u.deviceKey),
    ]);
    for (const line of r.missing) {
      await m.getRepository(BoxDiscrepancy).insert({
        id: randomUUID(),
        boxId,
        kind: 'MISSING',
        tradeInId: line.tradeInId,
        deviceKey: line.deviceKey,
        recordedBy: p.subject,
        recordedAt: now,
      });
      await this.custody.append(m, {
        tradeInId: line.tradeInId,
        deviceKey: line.deviceKey,
        action: 'MISSING_FROM_BOX',
        actor: p.subject,
        locationType: 'SITE',
        locationId: siteId,
        boxId,
        at: now,
      });
    }
    Object.assign(box, { status: 'RECONCILED', reconciledAt: now });
    await m.getRepository(Box).save(box);
    return { arrived: r.arrived.map((l) => l.tradeInId), missing: r.missing.map((l) => l.tradeInId), unexpected: [...r.unexpected] };
  }

  private async load(m: EntityManager, siteId: string, boxId: string): Promise<Box> {
    const box = await m.getRepository(Box).findOne({ where: { id: boxId }, lock: { mode: 'pessimistic_write' } });
    // A box addressed to another site is not visible from this one.
    if (!box || box.siteId !== siteId) throw new NotFoundError('box', boxId);
    return box;
  }
}

import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { assertStoreAccess, type Principal } from '@tradein/auth';
import { CLOCK, type Clock, ConflictError, NotFoundError } from '@tradein/service-runtime';
import { CustodyLog } from '../../custody/custody-log.service';
import { IntakeCase } from '../../intake-cases/intake-case.entity';
import { ShipmentLabels } from '../../shipments/shipment-labels.service';
import { Shipment } from '../../shipments/shipment.entity';
import { BoxItem } from '../box-item.entity';
import { boxActionAllowed } from '../box-rules';
import { type BoxView, boxView } from '../box-views';
import { Box } from '../box.entity';

/** A store packs received devices into a box, closes it and ships it with a manifest to a grading site. */
@Injectable()
export class StoreBoxesService {
  constructor(
    private readonly labels: ShipmentLabels,
    private readonly custody: CustodyLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async open(m: EntityManager, p: Principal, storeId: string, siteId: string): Promise<BoxView> {
    assertStoreAccess(p, storeId);
    const box = m.getRepository(Box).create({
      id: randomUUID(),
      storeId,
      siteId,
      status: 'OPEN',
      openedBy: p.subject,
      openedAt: this.clock.now(),
      closedAt: null,
      shippedAt: null,
      shippedBy: null,
      shipmentId: null,
      manifest: null,
      receivedAt: null,
      receivedBy: null,
      reconciledAt: null,
    });
    await m.getRepository(Box).insert(box);
    return boxView(box, []);
  }

  async get(m: EntityManager, p: Principal, storeId: string, boxId: string): Promise<BoxView> {
    const box = await this.load(m, p, storeId, boxId, false);
    return this.view(m, box);
  }

  async add(m: EntityManager, p: Principal, storeId: string, boxId: string, tradeInId: string): Promise<BoxView> {
    const box = await this.load(m, p, storeId, boxId, true);
    this.allow(box, 'ADD');
    const c = await m.getRepository(IntakeCase).findOne({ where: { tradeInId }, lock: { mode: 'pessimistic_write' } });
    if (!c || c.storeId !== storeId) throw new NotFoundError('trade-in', tradeInId);
    // Only a device taken in and checked at this counter travels in this store's box.
    if (c.status !== 'RECEIVED' || c.locationType !== 'STORE' || c.locationId !== storeId || !c.deviceKey) {
      throw new ConflictError(
        'NOT_PACKABLE',
        `trade-in ${tradeInId} is ${c.status}${c.locationId ? ` at ${c.locationType} ${c.locationId}` : ''}: only devices received at this store can be packed`,
      );
    }
    if (await m.getRepository(BoxItem).existsBy({ tradeInId }))
      throw new ConflictError('ALREADY_PACKED', `trade-in ${tradeInId} is already in a box`);
    const now = this.clock.now();
    await m.getRepository(BoxItem).insert({
      id: randomUUID(),
      boxId,
      tradeInId,
      deviceKey: c.deviceKey,
      addedBy: p.subject,
      addedAt: now,
      arrivedAt: null,
      arrivedBy: null,
    });
    await this.custody.append(m, {
      tradeInId,
      deviceKey: c.deviceKey,
      action: 'PACKED_IN_BOX',
      actor: p.subject,
      locationType: 'STORE',
      locationId: storeId,
      boxId,
      at: now,
    });
    return this.view(m, box);
  }

  async remove(m: EntityManager, p: Principal, storeId: string, boxId: string, tradeInId: string): Promise<BoxView> {
    const box = await this.load(m, p, storeId, boxId, true);
    this.allow(box, 'REMOVE');
    const item = await m.getRepository(BoxItem).findOneBy({ boxId, tradeInId });
    if (!item) throw new NotFoundError('box item', tradeInId);
    await m.getRepository(BoxItem).delete({ id: item.id });
    await this.custody.append(m, {
      tradeInId,
      deviceKey: item.deviceKey,
      action: 'REMOVED_FROM_BOX',
      actor: p.subject,
      locationType: 'STORE',
      locationId: storeId,
      boxId,
      at: this.clock.now(),
    });
    return this.view(m, box);
  }

  async close(m: EntityManager, p: Principal, storeId: string, boxId: string): Promise<BoxView> {
    const box = await this.load(m, p, storeId, boxId, true);
    this.allow(box, 'CLOSE');
    if (!(await m.getRepository(BoxItem).countBy({ boxId }))) throw new ConflictError('EMPTY_BOX', `box ${boxId} is empty`);
    box.status = 'CLOSED';
    box.closedAt = this.clock.now();
    await m.getRepository(Box).save(box);
    return this.view(m, box);
  }

  /** Freezes the manifest and issues the box's label, insured for the sum of its devices' quoted amounts. */
  async ship(m: EntityManager, p: Principal, storeId: string, boxId: string): Promise<BoxView & { label: string; labelFormat: string }> {
    const box = await this.load(m, p, storeId, boxId, true);
    this.allow(box, 'SHIP');
    const items = await m.getRepository(BoxItem).find({ where: { boxId }, order: { addedAt: 'ASC' } });
    const cases = await m.getRepository(IntakeCase).findBy({ tradeInId: In(items.map((i) => i.tradeInId)) });
    const currencies = new Set(cases.map((c) => c.quotedCurrency));
    if (currencies.size !== 1)
      throw new ConflictError('MIXED_CURRENCIES', `box ${boxId} holds devices quoted in ${[...currencies].join(', ')}`);
    const insured = {
      amountMinor: cases.reduce((sum, c) => sum + BigInt(c.quotedAmountMinor), 0n).toString(),
      currency: [...currencies][0],
    };
    const now = this.clock.now();
    const byId = new Map(cases.map((c) => [c.tradeInId, c]));
    box.manifest = items.map((i) => ({
      tradeInId: i.tradeInId,
      deviceKey: i.deviceKey,
      modelId: byId.get(i.tradeInId)?.modelId ?? 'unknown',
    }));
    const shipment = await this.labels.issueBox(m, box, insured, now);
    Object.assign(box, { status: 'SHIPPED', shippedAt: now, shippedBy: p.subject, shipmentId: shipment.id });
    await m.getRepository(Box).save(box);
    await this.custody.append(
      m,
      items.map((i) => ({
        tradeInId: i.tradeInId,
        deviceKey: i.deviceKey,
        action: 'BOX_SHIPPED' as const,
        actor: p.subject,
        locationType: 'CARRIER' as const,
        locationId: shipment.carrier,
        boxId,
        shipmentId: shipment.id,
        at: now,
        detail: { trackingNumber: shipment.trackingNumber, siteId: box.siteId },
      })),
    );
    return { ...boxView(box, items, shipment.trackingNumber), label: shipment.label, labelFormat: shipment.labelFormat };
  }

  private allow(box: Box, action: Parameters<typeof boxActionAllowed>[1]): void {
    if (!boxActionAllowed(box.status, action))
      throw new ConflictError('BOX_STATE', `box ${box.id} is ${box.status}: cannot ${action.toLowerCase()}`);
  }

  private async load(m: EntityManager, p: Principal, storeId: string, boxId: string, lock: boolean): Promise<Box> {
    assertStoreAccess(p, storeId);
    const box = await m
      .getRepository(Box)
      .findOne({ where: { id: boxId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!box || box.storeId !== storeId) throw new NotFoundError('box', boxId);
    return box;
  }

  private async view(m: EntityManager, box: Box): Promise<BoxView> {
    const items = await m.getRepository(BoxItem).find({ where: { boxId: box.id }, order: { addedAt: 'ASC' } });
    const shipment = box.shipmentId ? await m.getRepository(Shipment).findOneBy({ id: box.shipmentId }) : null;
    return boxView(box, items, shipment?.trackingNumber);
  }
}

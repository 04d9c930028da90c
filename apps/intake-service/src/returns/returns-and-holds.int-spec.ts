import { DeviceReceived, DeviceReleased, OfferDeclined, OfferFinalized, ReturnDelivered, ReturnShipped } from '@tradein/contracts';
import { type EventProbe, testPhoto, uploadEvidence } from '@tradein/testing';
import { IntakeCase } from '../intake-cases/intake-case.entity';
import { Shipment } from '../shipments/shipment.entity';
import {
  type IntakeTestService,
  accept,
  carrierScan,
  finalizedPayload,
  imeiFor,
  newTradeInId,
  publish,
  startIntake,
  until,
} from '../testing/intake-test-kit';

/** Declined devices go back on insured labels; held devices are released by ops; ops see their queues. */
describe('returns, hold releases and ops queues (PostgreSQL + Kafka)', () => {
  let svc: IntakeTestService;
  let probe: EventProbe;
  let grader: string;
  let ops: string;
  let photo: string;
  let serial = 200000;

  beforeAll(async () => {
    svc = await startIntake();
    probe = await svc.probe([DeviceReceived.topic, DeviceReleased.topic, ReturnShipped.topic, ReturnDelivered.topic]);
    grader = svc.token({ sub: 'grader-1', role: 'grader', siteId: 'SITE-1' });
    ops = svc.token({ sub: 'ops-1', role: 'ops' });
    photo = (await uploadEvidence(svc.app, grader, testPhoto('unboxing'))).body.ref;
  });
  afterAll(() => svc?.close());

  const caseOf = (tradeInId: string) => svc.dataSource.getRepository(IntakeCase).findOneByOrFail({ tradeInId });

  /** A mail-in parcel received at SITE-1 with the given dock findings. */
  async function received(
    over: { imei?: string; activationLock?: boolean; emptyParcel?: boolean } = {},
  ): Promise<{ tradeInId: string; outcome: string }> {
    const tradeInId = newTradeInId();
    await accept(svc, tradeInId, { quotedAmount: { amountMinor: '30000', currency: 'EUR' } });
    const tn = (await until(() => svc.dataSource.getRepository(Shipment).findOneBy({ tradeInId, purpose: 'INBOUND' }))).trackingNumber;
    const body = over.emptyParcel
      ? { trackingNumber: tn, parcelWeightGrams: 40, evidenceRefs: [photo], emptyParcel: true }
      : {
          trackingNumber: tn,
          parcelWeightGrams: 400,
          evidenceRefs: [photo],
          imei: over.imei ?? imeiFor('35875505', String(++serial)),
          activationLock: over.activationLock ?? false,
          mdmEnrolled: false,
        };
    const res = await svc.request<{ outcome: string }>('POST', '/v1/dock/receipts', { token: grader, body });
    expect(res.status).toBe(201);
    return { tradeInId, outcome: res.body.outcome };
  }

  it('ships a declined device back, insured and tracked, once, and follows it to delivery', async () => {
    const { tradeInId } = await received();
    await publish(svc, OfferDeclined, tradeInId, { quoteId: 'q-1', reason: 'CUSTOMER_DECLINED' });
    const shipped = await until(() => probe.of(ReturnShipped).find((e) => e.tradeInId === tradeInId), 'return.shipped');
    const ret = await svc.dataSource.getRepository(Shipment).findOneByOrFail({ tradeInId, purpose: 'RETURN' });
    expect(shipped.payload.trackingNumber).toBe(ret.trackingNumber);
    expect([ret.insuredAmountMinor, ret.insuredCurrency, ret.destinationType]).toEqual(['30000', 'EUR', 'OWNER']);
    expect(ret.label).toContain('INSURED RETURN');
    // The site prints it; another site's grader cannot.
    const printed = await svc.request('GET', `/v1/shipments/${ret.id}/label`, { token: grader });
    expect(printed.status).toBe(200);
    expect(printed.text).toBe(ret.label);
    const elsewhere = svc.token({ sub: 'grader-2', role: 'grader', siteId: 'SITE-2' });
    expect((await svc.request('GET', `/v1/shipments/${ret.id}/label`, { token: elsewhere })).status).toBe(404);
    expect((await caseOf(tradeInId)).status).toBe('RETURNING');

    // The same decision delivered again (another event id) ships nothing more.
    const inbox = async (): Promise<number> => (await svc.dataSource.query('SELECT count(*)::int AS n FROM inbox_event'))[0].n;
    const consumed = await inbox();
    await publish(svc, OfferDeclined, tradeInId, { quoteId: 'q-1', reason: 'CUSTOMER_DECLINED' });
    await until(async () => (await inbox()) > consumed, 'second decline consumed');
    expect(await svc.dataSource.getRepository(Shipment).countBy({ tradeInId, purpose: 'RETURN' })).toBe(1);

    const t = svc.clock.now();
    await carrierScan(svc, ret.trackingNumber, 'PICKED_UP', new Date(t.getTime() + 1000));
    // The sandbox carrier's own simulator (ops only) goes through the same signed path.
    expect(
      (
        await svc.request('POST', '/v1/sandbox-carrier/scans', {
          token: grader,
          body: { trackingNumber: ret.trackingNumber, code: 'DELIVERED' },
        })
      ).status,
    ).toBe(403);
    const sim = await svc.request('POST', '/v1/sandbox-carrier/scans', {
      token: ops,
      body: { trackingNumber: ret.trackingNumber, code: 'DELIVERED', occurredAt: new Date(t.getTime() + 86_400_000).toISOString() },
    });
    expect(sim.body).toEqual({ applied: 1, duplicates: 0, unknownParcels: 0 });
    const delivered = await until(() => probe.of(ReturnDelivered).find((e) => e.tradeInId === tradeInId), 'return.delivered');
    expect(delivered.payload.trackingNumber).toBe(ret.trackingNumber);
    expect((await caseOf(tradeInId)).status).toBe('RETURNED');
    const chain = (
      await svc.request<{ records: Array<{ action: string }> }>('GET', `/v1/trade-ins/${tradeInId}/custody`, { token: ops })
    ).body.records.map((r) => r.action);
    expect(chain).toEqual(['LABEL_ISSUED', 'RECEIVED_AT_SITE', 'RETURN_SHIPPED', 'RETURN_DELIVERED']);
  });

  it('closes custody when the offer is final, so the resold device can be traded in again without a duplicate flag', async () => {
    const imei = imeiFor('35875505', '313131');
    const first = await received({ imei });
    await publish(svc, OfferFinalized, first.tradeInId, finalizedPayload());
    await until(async () => (await caseOf(first.tradeInId)).status === 'CLOSED', 'custody closed');
    const chain = (
      await svc.request<{ records: Array<{ action: string }> }>('GET', `/v1/trade-ins/${first.tradeInId}/custody`, { token: ops })
    ).body.records.map((r) => r.action);
    expect(chain.at(-1)).toBe('CUSTODY_CLOSED');

    const again = await received({ imei });
    expect(again.outcome).toBe('RECEIVED');
    const [row] = await svc.dataSource.query('SELECT duplicate_open_trade_in FROM intake_cases WHERE trade_in_id = $1', [again.tradeInId]);
    expect(row.duplicate_open_trade_in).toBe(false);
  });

  it('lists a quarantined device for ops, who release it to its owner on an insured return', async () => {
    const { tradeInId, outcome } = await received({ activationLock: true });
    expect(outcome).toBe('QUARANTINED');
    const queue = await svc.request<{ items: Array<{ tradeInId: string; reasonCodes: string[]; holdEnded: boolean }> }>(
      'GET',
      '/v1/ops/queues/quarantined',
      { token: ops },
    );
    expect(queue.body.items.find((i) => i.tradeInId === tradeInId)).toMatchObject({ reasonCodes: ['ACTIVATION_LOCK'], holdEnded: false });
    expect((await svc.request('GET', '/v1/ops/queues/quarantined', { token: grader })).status).toBe(403);

    expect(
      (
        await svc.request('POST', `/v1/holds/${tradeInId}/release`, {
          token: grader,
          body: { to: 'TO_OWNER', reason: 'owner could not remove lock' },
        })
      ).status,
    ).toBe(403);
    const bad = await svc.request<{ errors: Array<{ field: string }> }>('POST', `/v1/holds/${tradeInId}/release`, {
      token: ops,
      body: { to: 'TO_MOON', reason: 'x' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.field).sort()).toEqual(['reason', 'to']);

    const res = await svc.request('POST', `/v1/holds/${tradeInId}/release`, {
      token: ops,
      body: { to: 'TO_OWNER', reason: 'owner could not remove lock' },
    });
    expect(res.body).toEqual({ tradeInId, status: 'RETURNING' });
    const released = await until(() => probe.of(DeviceReleased).find((e) => e.tradeInId === tradeInId), 'device.released');
    expect(released.payload).toEqual({ releasedTo: 'TO_OWNER', reason: 'owner could not remove lock' });
    await until(() => probe.of(ReturnShipped).find((e) => e.tradeInId === tradeInId), 'return.shipped');
  });

  it('releases a suspended device to grading, which is then received for grading', async () => {
    // A Nexus 5 in a parcel quoted as an iPhone 5s.
    const { tradeInId, outcome } = await received({ imei: imeiFor('35824005', '777777') });
    expect(outcome).toBe('SUSPENDED');
    const suspended = await svc.request<{ items: Array<{ tradeInId: string; reasonCode: string }> }>('GET', '/v1/ops/queues/suspended', {
      token: ops,
    });
    expect(suspended.body.items.find((i) => i.tradeInId === tradeInId)).toMatchObject({ reasonCode: 'DIFFERENT_DEVICE' });

    const res = await svc.request('POST', `/v1/holds/${tradeInId}/release`, {
      token: ops,
      body: { to: 'TO_GRADING', reason: 'customer confirmed the model change' },
    });
    expect(res.body).toEqual({ tradeInId, status: 'RECEIVED' });
    await until(() => probe.of(DeviceReleased).find((e) => e.tradeInId === tradeInId), 'device.released');
    const rec = await until(() => probe.of(DeviceReceived).find((e) => e.tradeInId === tradeInId), 'device.received after release');
    expect(rec.payload).toMatchObject({ location: { type: 'SITE', id: 'SITE-1' }, receivedBy: 'ops-1' });
    expect(
      (
        await svc.request<{ code: string }>('POST', `/v1/holds/${tradeInId}/release`, {
          token: ops,
          body: { to: 'TO_GRADING', reason: 'again' },
        })
      ).body.code,
    ).toBe('NOT_HELD');

    const empty = await received({ emptyParcel: true });
    expect(
      (
        await svc.request<{ code: string }>('POST', `/v1/holds/${empty.tradeInId}/release`, {
          token: ops,
          body: { to: 'TO_OWNER', reason: 'x y z' },
        })
      ).body.code,
    ).toBe('NO_DEVICE');
  });

  it('lists unshipped trade-ins near ship-by, carrier exceptions and boxes in transit too long', async () => {
    const soon = newTradeInId();
    const later = newTradeInId();
    const now = svc.clock.now().getTime();
    await accept(svc, soon, { shipBy: new Date(now + 2 * 86_400_000).toISOString() });
    await accept(svc, later, { shipBy: new Date(now + 20 * 86_400_000).toISOString() });
    const unshipped = (
      await svc.request<{ items: Array<{ tradeInId: string }> }>('GET', '/v1/ops/queues/unshipped', { token: ops })
    ).body.items.map((i) => i.tradeInId);
    expect(unshipped).toContain(soon);
    expect(unshipped).not.toContain(later);

    const tn = (await until(() => svc.dataSource.getRepository(Shipment).findOneBy({ tradeInId: later, purpose: 'INBOUND' })))
      .trackingNumber;
    await carrierScan(svc, tn, 'DAMAGED', new Date(now + 1000), { detail: 'box crushed' });
    const exceptions = await svc.request<{ items: Array<{ tradeInId: string; detail: string }> }>(
      'GET',
      '/v1/ops/queues/carrier-exceptions',
      { token: ops },
    );
    expect(exceptions.body.items.find((i) => i.tradeInId === later)).toMatchObject({ detail: 'box crushed' });

    const store = newTradeInId();
    const clerk = svc.token({ sub: 'clerk-1', role: 'store_staff', storeId: 'STORE-9', partnerId: 'partner-1' });
    await accept(svc, store, { fulfilment: 'STORE', storeId: 'STORE-9', payoutMethod: 'STORE_CREDIT' });
    const checks = { POWERS_ON: 'YES', SCREEN: 'INTACT', LOCKS: 'NONE', ACCESSORIES: 'COMPLETE' };
    expect(
      (
        await svc.request('POST', '/v1/stores/STORE-9/intakes', {
          token: clerk,
          body: { tradeInId: store, imei: imeiFor('35875505', '424242'), checks },
        })
      ).status,
    ).toBe(201);
    const box = (await svc.request<{ id: string }>('POST', '/v1/stores/STORE-9/boxes', { token: clerk, body: { siteId: 'SITE-1' } })).body
      .id;
    await svc.request('POST', `/v1/stores/STORE-9/boxes/${box}/items`, { token: clerk, body: { tradeInId: store } });
    await svc.request('POST', `/v1/stores/STORE-9/boxes/${box}/close`, { token: clerk });
    expect((await svc.request('POST', `/v1/stores/STORE-9/boxes/${box}/ship`, { token: clerk })).status).toBe(200);
    const inTransit = async () =>
      (await svc.request<{ items: Array<{ boxId: string }> }>('GET', '/v1/ops/queues/boxes-in-transit', { token: ops })).body.items.map(
        (i) => i.boxId,
      );
    expect(await inTransit()).not.toContain(box);
    svc.clock.advanceDays(4);
    expect(await inTransit()).toContain(box);

    expect((await svc.request('GET', '/v1/ops/queues/everything', { token: ops })).status).toBe(400);
  });
});

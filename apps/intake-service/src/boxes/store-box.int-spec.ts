import { DeviceQuarantined, OfferFinalized, StoreDeviceArrived } from '@tradein/contracts';
import { IntakeCase } from '../intake-cases/intake-case.entity';
import { type EventProbe } from '@tradein/testing';
import {
  type IntakeTestService,
  accept,
  finalizedPayload,
  imeiFor,
  newTradeInId,
  publish,
  startIntake,
  until,
} from '../testing/intake-test-kit';

const CHECKS = { POWERS_ON: 'YES', SCREEN: 'INTACT', LOCKS: 'NONE', ACCESSORIES: 'COMPLETE' };
const TAC_5S = '35875505';

/** A store box travels with its manifest; the site finds what arrived, what is missing and what was not expected. */
describe('store boxes (PostgreSQL + Kafka)', () => {
  let svc: IntakeTestService;
  let probe: EventProbe;
  let clerk: string;
  let otherClerk: string;
  let grader: string;
  let ops: string;

  beforeAll(async () => {
    svc = await startIntake();
    probe = await svc.probe([StoreDeviceArrived.topic, DeviceQuarantined.topic]);
    clerk = svc.token({ sub: 'clerk-1', role: 'store_staff', storeId: 'STORE-1', partnerId: 'partner-1' });
    otherClerk = svc.token({ sub: 'clerk-2', role: 'store_staff', storeId: 'STORE-2', partnerId: 'partner-1' });
    grader = svc.token({ sub: 'grader-1', role: 'grader', siteId: 'SITE-1' });
    ops = svc.token({ sub: 'ops-1', role: 'ops' });
  });
  afterAll(() => svc?.close());

  async function receivedInStore(serial: string, amountMinor: string): Promise<{ tradeInId: string; imei: string }> {
    const tradeInId = newTradeInId();
    const imei = imeiFor(TAC_5S, serial);
    await accept(svc, tradeInId, {
      fulfilment: 'STORE',
      storeId: 'STORE-1',
      payoutMethod: 'STORE_CREDIT',
      quotedAmount: { amountMinor, currency: 'EUR' },
    });
    const r = await svc.request('POST', '/v1/stores/STORE-1/intakes', { token: clerk, body: { tradeInId, imei, checks: CHECKS } });
    expect(r.status).toBe(201);
    return { tradeInId, imei };
  }

  it('packs, ships with a manifest, and reconciles at the site with discrepancies and a re-run block-list check', async () => {
    const a = await receivedInStore('100001', '10000');
    const b = await receivedInStore('100002', '20000');
    const c = await receivedInStore('100003', '30000');
    const d = await receivedInStore('100004', '5000');
    const waiting = newTradeInId();
    await accept(svc, waiting, { fulfilment: 'STORE', storeId: 'STORE-1', payoutMethod: 'STORE_CREDIT' });

    expect((await svc.request('POST', '/v1/stores/STORE-1/boxes', { token: otherClerk, body: { siteId: 'SITE-1' } })).status).toBe(403);
    const opened = await svc.request<{ id: string; status: string }>('POST', '/v1/stores/STORE-1/boxes', {
      token: clerk,
      body: { siteId: 'SITE-1' },
    });
    expect(opened.status).toBe(201);
    const boxId = opened.body.id;
    const base = `/v1/stores/STORE-1/boxes/${boxId}`;
    expect((await svc.request('GET', `/v1/stores/STORE-2/boxes/${boxId}`, { token: otherClerk })).status).toBe(404);
    // The counter lists its boxes from the server: another store's clerk cannot.
    const listed = await svc.request<{ total: number; items: Array<{ id: string; status: string; itemCount: number; siteId: string }> }>(
      'GET',
      '/v1/stores/STORE-1/boxes?status=OPEN',
      { token: clerk },
    );
    expect(listed.status).toBe(200);
    expect(listed.body.items).toContainEqual(expect.objectContaining({ id: boxId, status: 'OPEN', itemCount: 0, siteId: 'SITE-1' }));
    expect((await svc.request('GET', '/v1/stores/STORE-1/boxes', { token: otherClerk })).status).toBe(403);
    expect((await svc.request('GET', '/v1/stores/STORE-1/boxes?status=LOST', { token: clerk })).status).toBe(400);

    for (const t of [a, b, c, d])
      expect((await svc.request('POST', `${base}/items`, { token: clerk, body: { tradeInId: t.tradeInId } })).status).toBe(200);
    expect(
      (await svc.request<{ code: string }>('POST', `${base}/items`, { token: clerk, body: { tradeInId: a.tradeInId } })).body.code,
    ).toBe('ALREADY_PACKED');
    expect((await svc.request<{ code: string }>('POST', `${base}/items`, { token: clerk, body: { tradeInId: waiting } })).body.code).toBe(
      'NOT_PACKABLE',
    );
    expect((await svc.request('POST', `${base}/ship`, { token: clerk })).status).toBe(409);
    expect((await svc.request('POST', `${base}/items/${d.tradeInId}/removal`, { token: clerk })).status).toBe(200);
    expect((await svc.request('POST', `${base}/close`, { token: clerk })).status).toBe(200);
    const closed = await svc.request<{ items: Array<{ id: string; status: string; itemCount: number }> }>(
      'GET',
      '/v1/stores/STORE-1/boxes',
      {
        token: clerk,
      },
    );
    expect(closed.body.items.find((x) => x.id === boxId)).toMatchObject({ status: 'CLOSED', itemCount: 3 });

    // Store credit given at the counter: a's offer is final before it travels; custody stays open until the site.
    await publish(
      svc,
      OfferFinalized,
      a.tradeInId,
      finalizedPayload({ fulfilment: 'STORE', storeId: 'STORE-1', basis: 'STORE_AS_GIVEN', payoutMethod: 'STORE_CREDIT' }),
    );
    await until(
      async () => (await svc.dataSource.getRepository(IntakeCase).findOneByOrFail({ tradeInId: a.tradeInId })).finalizedAt,
      'finalized',
    );
    expect((await svc.dataSource.getRepository(IntakeCase).findOneByOrFail({ tradeInId: a.tradeInId })).status).toBe('RECEIVED');

    const shipped = await svc.request<{
      status: string;
      trackingNumber: string;
      manifest: Array<{ tradeInId: string; deviceKey: string }>;
      label: string;
    }>('POST', `${base}/ship`, { token: clerk });
    expect(shipped.status).toBe(200);
    expect(shipped.body.status).toBe('SHIPPED');
    // Packed at the same (manual) clock instant, so compare as sets.
    expect(shipped.body.manifest.map((l) => [l.tradeInId, l.deviceKey]).sort()).toEqual(
      [
        [a.tradeInId, `IMEI:${a.imei}`],
        [b.tradeInId, `IMEI:${b.imei}`],
        [c.tradeInId, `IMEI:${c.imei}`],
      ].sort(),
    );
    // Insured for the sum of its devices' quoted amounts: 100 + 200 + 300 EUR.
    expect(shipped.body.label).toContain('INSURED: EUR 600.00');
    expect((await svc.request('POST', `${base}/items`, { token: clerk, body: { tradeInId: d.tradeInId } })).status).toBe(409);

    // Between the store's check and the site's, c was reported stolen.
    expect(
      (await svc.request('POST', '/v1/block-list/entries', { token: ops, body: { imei: c.imei, status: 'STOLEN', reason: 'report 77' } }))
        .status,
    ).toBe(201);

    const tn = shipped.body.trackingNumber;
    const site = `/v1/sites/SITE-1/boxes/${boxId}`;
    const otherSite = svc.token({ sub: 'grader-2', role: 'grader', siteId: 'SITE-2' });
    expect((await svc.request('POST', '/v1/sites/SITE-1/boxes/receipts', { token: otherSite, body: { trackingNumber: tn } })).status).toBe(
      403,
    );
    expect((await svc.request('POST', '/v1/sites/SITE-2/boxes/receipts', { token: otherSite, body: { trackingNumber: tn } })).status).toBe(
      404,
    );
    expect((await svc.request('POST', `${site}/scans`, { token: grader, body: { imei: a.imei } })).status).toBe(409);
    expect((await svc.request('POST', '/v1/sites/SITE-1/boxes/receipts', { token: grader, body: { trackingNumber: tn } })).status).toBe(
      200,
    );

    expect((await svc.request('POST', `${site}/scans`, { token: grader, body: { imei: a.imei } })).body).toEqual({
      result: 'ARRIVED',
      tradeInId: a.tradeInId,
    });
    expect((await svc.request('POST', `${site}/scans`, { token: grader, body: { imei: a.imei } })).body).toEqual({
      result: 'ALREADY_SCANNED',
      tradeInId: a.tradeInId,
    });
    expect((await svc.request('POST', `${site}/scans`, { token: grader, body: { imei: c.imei } })).body).toMatchObject({
      result: 'QUARANTINED',
      reasonCodes: ['BLOCKLIST_STOLEN'],
    });
    const stranger = imeiFor(TAC_5S, '999999');
    expect((await svc.request('POST', `${site}/scans`, { token: grader, body: { imei: stranger } })).body).toEqual({
      result: 'UNEXPECTED',
      deviceKey: `IMEI:${stranger}`,
    });
    expect((await svc.request('POST', `${site}/scans`, { token: grader, body: { imei: '123' } })).status).toBe(400);

    const rec = await svc.request<{ arrived: string[]; missing: string[]; unexpected: string[] }>('POST', `${site}/reconciliation`, {
      token: grader,
    });
    expect({ ...rec.body, arrived: [...rec.body.arrived].sort() }).toEqual({
      arrived: [a.tradeInId, c.tradeInId].sort(),
      missing: [b.tradeInId],
      unexpected: [`IMEI:${stranger}`],
    });
    const disc = await svc.dataSource.query('SELECT kind, trade_in_id, device_key FROM box_discrepancies WHERE box_id = $1 ORDER BY kind', [
      boxId,
    ]);
    expect(disc).toEqual([
      { kind: 'MISSING', trade_in_id: b.tradeInId, device_key: `IMEI:${b.imei}` },
      { kind: 'UNEXPECTED', trade_in_id: null, device_key: `IMEI:${stranger}` },
    ]);

    const arrived = await until(() => probe.of(StoreDeviceArrived).find((e) => e.tradeInId === a.tradeInId), 'device-arrived');
    expect(arrived.payload).toMatchObject({ boxId, storeId: 'STORE-1', siteId: 'SITE-1', receivedBy: 'grader-1' });
    expect(probe.of(StoreDeviceArrived).filter((e) => e.tradeInId === c.tradeInId)).toHaveLength(0);
    await until(() => probe.of(DeviceQuarantined).find((e) => e.tradeInId === c.tradeInId), 'quarantined at site');

    const chain = async (tradeInId: string) =>
      (
        await svc.request<{ records: Array<{ action: string }> }>('GET', `/v1/trade-ins/${tradeInId}/custody`, { token: ops })
      ).body.records.map((r) => r.action);
    expect(await chain(a.tradeInId)).toEqual([
      'RECEIVED_AT_STORE',
      'PACKED_IN_BOX',
      'BOX_SHIPPED',
      'BOX_RECEIVED_AT_SITE',
      'UNPACKED_AT_SITE',
      'CUSTODY_CLOSED',
    ]);
    expect((await svc.dataSource.getRepository(IntakeCase).findOneByOrFail({ tradeInId: a.tradeInId })).status).toBe('CLOSED');
    expect(await chain(b.tradeInId)).toEqual([
      'RECEIVED_AT_STORE',
      'PACKED_IN_BOX',
      'BOX_SHIPPED',
      'BOX_RECEIVED_AT_SITE',
      'MISSING_FROM_BOX',
    ]);
    expect(await chain(c.tradeInId)).toEqual([
      'RECEIVED_AT_STORE',
      'PACKED_IN_BOX',
      'BOX_SHIPPED',
      'BOX_RECEIVED_AT_SITE',
      'UNPACKED_AT_SITE',
      'QUARANTINED',
    ]);
    expect(await chain(d.tradeInId)).toEqual(['RECEIVED_AT_STORE', 'PACKED_IN_BOX', 'REMOVED_FROM_BOX']);
    // The device's own history can be read across trade-ins by its IMEI.
    const byImei = await svc.request<{ records: Array<{ tradeInId: string }> }>('GET', `/v1/custody?imei=${a.imei}`, { token: ops });
    expect(byImei.body.records).toHaveLength(6);
    expect((await svc.request('GET', `/v1/custody?imei=${a.imei}`, { token: grader })).status).toBe(403);
  });
});

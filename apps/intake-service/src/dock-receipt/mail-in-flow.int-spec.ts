import {
  DeviceReceived,
  DeviceSuspended,
  ShipmentDelivered,
  ShipmentInTransit,
  ShipmentLabelIssued,
  ShipmentLabelVoided,
  QuoteAccepted,
  TradeInCancelled,
  TradeInExpired,
} from '@tradein/contracts';
import { type EventProbe, testPhoto, uploadEvidence } from '@tradein/testing';
import { IntakeCase } from '../intake-cases/intake-case.entity';
import { SandboxCarrierAdapter } from '../shipments/carrier/sandbox-carrier.adapter';
import { Shipment } from '../shipments/shipment.entity';
import {
  type IntakeTestService,
  TEST_CARRIER_SECRET,
  accept,
  acceptedPayload,
  carrierScan,
  imeiFor,
  newTradeInId,
  publish,
  startIntake,
  until,
} from '../testing/intake-test-kit';

/** Mail-in: label on acceptance, carrier scans, dock receipt with identity checks, suspensions, voided labels. */
describe('mail-in flow (PostgreSQL + Kafka)', () => {
  let svc: IntakeTestService;
  let probe: EventProbe;
  let grader: string;
  /** An unboxing photo uploaded to intake (dock receipts cite only uploaded evidence). */
  let photo: string;

  beforeAll(async () => {
    svc = await startIntake();
    probe = await svc.probe();
    grader = svc.token({ sub: 'grader-7', role: 'grader', siteId: 'SITE-1' });
    photo = (await uploadEvidence(svc.app, grader, testPhoto('unboxing'))).body.ref;
  });
  afterAll(() => svc?.close());

  const shipmentOf = (tradeInId: string) => svc.dataSource.getRepository(Shipment).findOneByOrFail({ tradeInId, purpose: 'INBOUND' });
  const caseOf = (tradeInId: string) => svc.dataSource.getRepository(IntakeCase).findOneByOrFail({ tradeInId });
  const count = async (table: string): Promise<number> =>
    Number((await svc.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  it('issues an insured ZPL label on quote.accepted and follows the parcel to the dock', async () => {
    const tradeInId = newTradeInId();
    const c = await accept(svc, tradeInId, { quotedAmount: { amountMinor: '45000', currency: 'EUR' } });
    expect(c.status).toBe('AWAITING_PARCEL');
    const issued = await until(() => probe.of(ShipmentLabelIssued).find((e) => e.tradeInId === tradeInId), 'label-issued');
    expect(issued.payload.insuredValue).toEqual({ amountMinor: '45000', currency: 'EUR' });
    expect(issued.payload.labelFormat).toBe('ZPL');
    expect(issued.payload.label).toContain(`^FD${issued.payload.trackingNumber}^FS`);
    expect(issued.payload.label).toContain('INSURED: EUR 450.00');
    const tn = issued.payload.trackingNumber;

    const t0 = svc.clock.now();
    expect((await carrierScan(svc, tn, 'PICKED_UP', new Date(t0.getTime() + 60_000))).status).toBe(202);
    await until(() => probe.of(ShipmentInTransit).find((e) => e.tradeInId === tradeInId), 'in-transit');
    expect((await caseOf(tradeInId)).status).toBe('IN_TRANSIT');

    const delivery = await carrierScan(svc, tn, 'DELIVERED', new Date(t0.getTime() + 3_600_000), { eventId: 'deliv-1' });
    expect(delivery.body).toEqual({ applied: 1, duplicates: 0, unknownParcels: 0 });
    // The same scan again, and a late transit scan after delivery: both harmless.
    expect((await carrierScan(svc, tn, 'DELIVERED', new Date(t0.getTime() + 3_600_000), { eventId: 'deliv-1' })).body).toEqual({
      applied: 0,
      duplicates: 1,
      unknownParcels: 0,
    });
    await carrierScan(svc, tn, 'IN_TRANSIT', new Date(t0.getTime() + 120_000));
    expect((await shipmentOf(tradeInId)).status).toBe('DELIVERED');
    await until(() => probe.of(ShipmentDelivered).find((e) => e.tradeInId === tradeInId), 'delivered');

    const parcel = await svc.request<{ tradeInId: string; quoted: { modelId: string } }>('GET', `/v1/dock/parcels/${tn}`, {
      token: grader,
    });
    expect(parcel.status).toBe(200);
    expect(parcel.body).toMatchObject({ tradeInId, quoted: { modelId: 'apple-iphone-5s' }, shipmentStatus: 'DELIVERED' });

    const res = await svc.request<{ outcome: string; identity: { imei: string; detectedModelId: string } }>('POST', '/v1/dock/receipts', {
      token: grader,
      body: {
        trackingNumber: tn,
        parcelWeightGrams: 412,
        evidenceRefs: [photo],
        imei: '35-875505-123456-2',
        activationLock: false,
        mdmEnrolled: false,
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ outcome: 'RECEIVED', identity: { imei: '358755051234562', detectedModelId: 'apple-iphone-5s' } });
    const received = await until(() => probe.of(DeviceReceived).find((e) => e.tradeInId === tradeInId), 'device.received');
    expect(received.payload).toMatchObject({
      location: { type: 'SITE', id: 'SITE-1' },
      receivedBy: 'grader-7',
      evidenceRefs: [photo],
      identity: { imei: '358755051234562', blockListStatus: 'CLEAR', activationLock: false, duplicateOpenTradeIn: false },
    });
    // Correlated with the acceptance that started the story.
    expect(received.correlationId).toBe(c.correlationId);

    const custody = await svc.request<{ records: Array<{ action: string; actor: string }> }>('GET', `/v1/trade-ins/${tradeInId}/custody`, {
      token: grader,
    });
    expect(custody.body.records.map((r) => r.action)).toEqual([
      'LABEL_ISSUED',
      'CARRIER_IN_TRANSIT',
      'CARRIER_DELIVERED',
      'RECEIVED_AT_SITE',
    ]);
    expect(custody.body.records[3].actor).toBe('grader-7');

    // Received once: a second receipt of the same parcel is a conflict.
    const again = await svc.request('POST', '/v1/dock/receipts', {
      token: grader,
      body: {
        trackingNumber: tn,
        parcelWeightGrams: 412,
        evidenceRefs: [photo],
        imei: '358755051234562',
        activationLock: false,
        mdmEnrolled: false,
      },
    });
    expect(again.status).toBe(409);
  });

  it('issues one label however often the acceptance is delivered', async () => {
    const tradeInId = newTradeInId();
    await accept(svc, tradeInId);
    const inbox = async (): Promise<number> => (await svc.dataSource.query('SELECT count(*)::int AS n FROM inbox_event'))[0].n;
    const consumed = await inbox();
    await publish(svc, QuoteAccepted, tradeInId, acceptedPayload());
    await until(async () => (await inbox()) > consumed, 'second acceptance consumed');
    await until(() => probe.of(ShipmentLabelIssued).some((e) => e.tradeInId === tradeInId), 'label-issued');
    expect(await svc.dataSource.getRepository(Shipment).countBy({ tradeInId })).toBe(1);
    expect(probe.of(ShipmentLabelIssued).filter((e) => e.tradeInId === tradeInId)).toHaveLength(1);
  });

  it('suspends a parcel holding a different device than quoted, with the reason', async () => {
    const tradeInId = newTradeInId();
    await accept(svc, tradeInId);
    const tn = (await until(() => svc.dataSource.getRepository(Shipment).findOneBy({ tradeInId }))).trackingNumber;
    const res = await svc.request<{ outcome: string; reasonCodes: string[] }>('POST', '/v1/dock/receipts', {
      token: grader,
      // A Nexus 5 (TAC 35824005) in a parcel quoted as an iPhone 5s.
      body: {
        trackingNumber: tn,
        parcelWeightGrams: 300,
        evidenceRefs: [photo],
        imei: '358240054242425',
        activationLock: false,
        mdmEnrolled: false,
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ outcome: 'SUSPENDED', reasonCodes: ['DIFFERENT_DEVICE'] });
    const ev = await until(() => probe.of(DeviceSuspended).find((e) => e.tradeInId === tradeInId), 'suspended');
    expect(ev.payload).toMatchObject({
      reasonCode: 'DIFFERENT_DEVICE',
      category: 'DEVICE_MISMATCH',
      detail: 'received google-nexus-5, quoted apple-iphone-5s',
    });
    expect((await caseOf(tradeInId)).status).toBe('SUSPENDED');
  });

  it('receives a device whose TAC the table does not know as MODEL_UNVERIFIED, and learns TACs the quote names', async () => {
    const unknown = newTradeInId();
    await accept(svc, unknown, { device: { modelId: 'apple-iphone-16', category: 'smartphone' } });
    const tn = (await until(() => svc.dataSource.getRepository(Shipment).findOneBy({ tradeInId: unknown }))).trackingNumber;
    const res = await svc.request<{ outcome: string; reasonCodes: string[]; identity: { detectedModelId?: string } }>(
      'POST',
      '/v1/dock/receipts',
      {
        token: grader,
        body: {
          trackingNumber: tn,
          parcelWeightGrams: 300,
          evidenceRefs: [photo],
          imei: '490154203237518',
          activationLock: false,
          mdmEnrolled: false,
        },
      },
    );
    expect(res.body).toMatchObject({ outcome: 'RECEIVED', reasonCodes: ['MODEL_UNVERIFIED'] });
    expect(res.body.identity.detectedModelId).toBeUndefined();

    // A quote that named the device's TAC teaches the table, and the model is then confirmed.
    const named = newTradeInId();
    await accept(svc, named, { device: { modelId: 'apple-iphone-16', category: 'smartphone', tac: '35672638' } });
    const [row] = await svc.dataSource.query('SELECT model_id, source FROM tac_models WHERE tac = $1', ['35672638']);
    expect(row).toEqual({ model_id: 'apple-iphone-16', source: 'CATALOG' });
    const tn2 = (await until(() => svc.dataSource.getRepository(Shipment).findOneBy({ tradeInId: named }))).trackingNumber;
    const res2 = await svc.request<{ outcome: string; identity: { detectedModelId?: string } }>('POST', '/v1/dock/receipts', {
      token: grader,
      body: {
        trackingNumber: tn2,
        parcelWeightGrams: 300,
        evidenceRefs: [photo],
        imei: imeiFor('35672638', '000123'),
        activationLock: false,
        mdmEnrolled: false,
      },
    });
    expect(res2.body).toMatchObject({ outcome: 'RECEIVED', identity: { detectedModelId: 'apple-iphone-16' } });
  });

  it("receives a console by its serial number, checked against the brand's format", async () => {
    const tradeInId = newTradeInId();
    await accept(svc, tradeInId, { device: { modelId: 'nintendo-switch-oled', category: 'console' } });
    const tn = (await until(() => svc.dataSource.getRepository(Shipment).findOneBy({ tradeInId }))).trackingNumber;
    const body = { trackingNumber: tn, parcelWeightGrams: 900, evidenceRefs: [photo], activationLock: false, mdmEnrolled: false };
    const bad = await svc.request<{ errors: Array<{ field: string; reason: string }> }>('POST', '/v1/dock/receipts', {
      token: grader,
      body: { ...body, serialNumber: 'XAW1001234' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { field: 'serialNumber', reason: 'serialNumber must be a nintendo serial number: X, two letters, then 11 digits' },
    ]);
    const ok = await svc.request<{ outcome: string; identity: { serialNumber: string } }>('POST', '/v1/dock/receipts', {
      token: grader,
      body: { ...body, serialNumber: 'xaw 100 1234 5678' },
    });
    expect(ok.body).toMatchObject({ outcome: 'RECEIVED', identity: { serialNumber: 'XAW10012345678' } });
  });

  it('suspends an empty parcel as a transport issue, keeping its weight as evidence', async () => {
    const tradeInId = newTradeInId();
    await accept(svc, tradeInId);
    const tn = (await until(() => svc.dataSource.getRepository(Shipment).findOneBy({ tradeInId }))).trackingNumber;
    const res = await svc.request<{ outcome: string }>('POST', '/v1/dock/receipts', {
      token: grader,
      body: { trackingNumber: tn, parcelWeightGrams: 35, evidenceRefs: [photo], emptyParcel: true },
    });
    expect(res.body).toMatchObject({ outcome: 'SUSPENDED' });
    const ev = await until(() => probe.of(DeviceSuspended).find((e) => e.tradeInId === tradeInId), 'suspended');
    expect(ev.payload).toMatchObject({ reasonCode: 'EMPTY_PARCEL', category: 'TRANSPORT_ISSUE', evidenceRefs: [photo] });
    const [receipt] = await svc.dataSource.query('SELECT parcel_weight_grams, empty_parcel FROM device_receipts WHERE trade_in_id = $1', [
      tradeInId,
    ]);
    expect(receipt).toEqual({ parcel_weight_grams: 35, empty_parcel: true });
  });

  it('answers bad input with 4xx naming the field, and writes nothing', async () => {
    const tradeInId = newTradeInId();
    await accept(svc, tradeInId);
    const tn = (await until(() => svc.dataSource.getRepository(Shipment).findOneBy({ tradeInId }))).trackingNumber;
    const before = {
      receipts: await count('device_receipts'),
      custody: await count('custody_records'),
      outbox: await count('outbox_event'),
    };
    const base = { trackingNumber: tn, parcelWeightGrams: 300, evidenceRefs: [photo], activationLock: false, mdmEnrolled: false };

    const badCheck = await svc.request<{ code: string; errors: Array<{ field: string; reason: string }> }>('POST', '/v1/dock/receipts', {
      token: grader,
      body: { ...base, imei: '358755051234563' },
    });
    expect(badCheck.status).toBe(400);
    expect(badCheck.headers['content-type']).toContain('application/problem+json');
    expect(badCheck.body.errors).toEqual([{ field: 'imei', reason: 'imei check digit does not match (Luhn over the first 14 digits)' }]);

    const noImei = await svc.request<{ errors: Array<{ field: string }> }>('POST', '/v1/dock/receipts', { token: grader, body: base });
    expect(noImei.status).toBe(400);
    expect(noImei.body.errors[0].field).toBe('imei');

    const noEvidence = await svc.request<{ errors: Array<{ field: string }> }>('POST', '/v1/dock/receipts', {
      token: grader,
      body: { ...base, imei: '358755051234562', evidenceRefs: [] },
    });
    expect(noEvidence.status).toBe(400);
    expect(noEvidence.body.errors[0].field).toBe('evidenceRefs');

    const unknownField = await svc.request('POST', '/v1/dock/receipts', {
      token: grader,
      body: { ...base, imei: '358755051234562', colour: 'red' },
    });
    expect(unknownField.status).toBe(400);

    const unknownParcel = await svc.request('POST', '/v1/dock/receipts', {
      token: grader,
      body: { ...base, trackingNumber: 'SBX0000000000000', imei: '358755051234562' },
    });
    expect(unknownParcel.status).toBe(404);

    expect({
      receipts: await count('device_receipts'),
      custody: await count('custody_records'),
      outbox: await count('outbox_event'),
    }).toEqual(before);
    expect((await caseOf(tradeInId)).status).toBe('AWAITING_PARCEL');
  });

  it('lets only graders of the addressed site (or ops) receive a parcel', async () => {
    const tradeInId = newTradeInId();
    await accept(svc, tradeInId);
    const tn = (await until(() => svc.dataSource.getRepository(Shipment).findOneBy({ tradeInId }))).trackingNumber;
    const otherSite = svc.token({ sub: 'grader-9', role: 'grader', siteId: 'SITE-2' });
    const store = svc.token({ sub: 'clerk-1', role: 'store_staff', storeId: 'STORE-1', partnerId: 'partner-1' });
    expect((await svc.request('GET', `/v1/dock/parcels/${tn}`, { token: otherSite })).status).toBe(403);
    expect((await svc.request('GET', `/v1/dock/parcels/${tn}`, { token: store })).status).toBe(403);
    expect((await svc.request('GET', `/v1/dock/parcels/${tn}`)).status).toBe(401);
    expect((await svc.request('GET', `/v1/dock/parcels/${tn}`, { token: svc.token({ sub: 'ops-1', role: 'ops' }) })).status).toBe(200);
  });

  it('refuses unsigned, wrongly signed or stale carrier webhooks and records nothing', async () => {
    const before = await count('carrier_events');
    const wrong = await carrierScan(svc, 'SBX0000000000000', 'DELIVERED', svc.clock.now(), {
      secret: 'not-the-carrier-secret-0000000000000',
    });
    expect(wrong.status).toBe(401);
    const unsigned = await svc.request('POST', '/v1/carrier-events', { body: { events: [] } });
    expect(unsigned.status).toBe(401);
    // Correctly signed, but ten minutes old: a replay.
    const old = new SandboxCarrierAdapter(TEST_CARRIER_SECRET).signedWebhook(
      [{ eventId: 'old-1', trackingNumber: 'SBX0000000000000', code: 'DELIVERED', occurredAt: svc.clock.now().toISOString() }],
      new Date(svc.clock.now().getTime() - 600_000),
    );
    const stale = await svc.request<{ detail: string }>('POST', '/v1/carrier-events', {
      headers: { ...old.headers, 'content-type': 'application/json' },
      body: old.body,
    });
    expect(stale.status).toBe(401);
    expect(stale.body.detail).toContain('STALE');
    expect(await count('carrier_events')).toBe(before);
    const metrics = await svc.request('GET', '/metrics');
    expect(metrics.text).toMatch(/intake_carrier_scans_total\{[^}]*result="rejected_signature"[^}]*\} [1-9]/);
  });

  it('voids the unused label when the trade-in expires', async () => {
    const tradeInId = newTradeInId();
    await accept(svc, tradeInId);
    await until(() => svc.dataSource.getRepository(Shipment).findOneBy({ tradeInId }));
    await publish(svc, TradeInExpired, tradeInId, { reason: 'SHIP_BY_PASSED', quoteId: 'q-1' });
    const voided = await until(() => probe.of(ShipmentLabelVoided).find((e) => e.tradeInId === tradeInId), 'label-voided');
    expect(voided.payload.trackingNumber).toBe((await shipmentOf(tradeInId)).trackingNumber);
    expect((await shipmentOf(tradeInId)).status).toBe('VOIDED');
    expect((await caseOf(tradeInId)).status).toBe('EXPIRED');

    // The customer sent it anyway: it is held for ops with the reason, not turned away.
    const late = await svc.request<{ outcome: string; reasonCodes: string[] }>('POST', '/v1/dock/receipts', {
      token: grader,
      body: {
        trackingNumber: voided.payload.trackingNumber,
        parcelWeightGrams: 300,
        evidenceRefs: [photo],
        imei: imeiFor('35875505', '654321'),
        activationLock: false,
        mdmEnrolled: false,
      },
    });
    expect(late.body).toMatchObject({ outcome: 'SUSPENDED', reasonCodes: ['ARRIVED_AFTER_CLOSE'] });
    expect((await caseOf(tradeInId)).status).toBe('SUSPENDED');
  });

  it('holds a parcel already in transit when its trade-in is cancelled, instead of grading it', async () => {
    const tradeInId = newTradeInId();
    await accept(svc, tradeInId);
    const tn = (await until(() => svc.dataSource.getRepository(Shipment).findOneBy({ tradeInId }))).trackingNumber;
    await carrierScan(svc, tn, 'PICKED_UP', svc.clock.now());
    await publish(svc, TradeInCancelled, tradeInId, { reason: 'partner cancelled' });
    await until(
      async () => (await svc.dataSource.query('SELECT 1 FROM trade_in_closures WHERE trade_in_id = $1', [tradeInId])).length === 1,
      'closure kept',
    );
    expect((await caseOf(tradeInId)).status).toBe('IN_TRANSIT');
    const res = await svc.request<{ outcome: string; reasonCodes: string[] }>('POST', '/v1/dock/receipts', {
      token: grader,
      body: {
        trackingNumber: tn,
        parcelWeightGrams: 300,
        evidenceRefs: [photo],
        imei: imeiFor('35875505', '565656'),
        activationLock: false,
        mdmEnrolled: false,
      },
    });
    expect(res.body).toMatchObject({ outcome: 'SUSPENDED', reasonCodes: ['ARRIVED_AFTER_CLOSE'] });
  });

  it('opens an expired case with no label when the expiry overtook the acceptance', async () => {
    const tradeInId = newTradeInId();
    await publish(svc, TradeInExpired, tradeInId, { reason: 'SHIP_BY_PASSED', quoteId: 'q-1' });
    await until(
      async () => (await svc.dataSource.query('SELECT 1 FROM trade_in_closures WHERE trade_in_id = $1', [tradeInId])).length === 1,
      'closure',
    );
    const c = await accept(svc, tradeInId);
    expect(c.status).toBe('EXPIRED');
    expect(await svc.dataSource.getRepository(Shipment).countBy({ tradeInId })).toBe(0);
  });
});

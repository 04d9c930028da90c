import { DeviceQuarantined, DeviceReceived, TradeInCancelled } from '@tradein/contracts';
import { type EventProbe } from '@tradein/testing';
import { IntakeCase } from '../intake-cases/intake-case.entity';
import { type IntakeTestService, accept, newTradeInId, publish, startIntake, until } from '../testing/intake-test-kit';

const CHECKS = { POWERS_ON: 'YES', SCREEN: 'CRACKED', LOCKS: 'NONE', ACCESSORIES: 'PARTIAL' };

/** Store intake: IMEI → model from TAC first, mandatory guided checks, block list, store-bound tokens. */
describe('store intake (PostgreSQL + Kafka)', () => {
  let svc: IntakeTestService;
  let probe: EventProbe;
  let clerk1: string;
  let clerk2: string;
  let ops: string;

  beforeAll(async () => {
    svc = await startIntake();
    probe = await svc.probe([DeviceReceived.topic, DeviceQuarantined.topic]);
    clerk1 = svc.token({ sub: 'clerk-1', role: 'store_staff', storeId: 'STORE-1', partnerId: 'partner-1' });
    clerk2 = svc.token({ sub: 'clerk-2', role: 'store_staff', storeId: 'STORE-2', partnerId: 'partner-1' });
    ops = svc.token({ sub: 'ops-1', role: 'ops' });
  });
  afterAll(() => svc?.close());

  const acceptInStore = (tradeInId: string, modelId = 'apple-iphone-5s') =>
    accept(svc, tradeInId, {
      fulfilment: 'STORE',
      storeId: 'STORE-1',
      payoutMethod: 'STORE_CREDIT',
      device: { modelId, category: 'smartphone' },
    });
  const written = async () => {
    const [r] = await svc.dataSource
      .query(`SELECT (SELECT count(*) FROM device_receipts)::int AS receipts, (SELECT count(*) FROM store_checks)::int AS checks,
      (SELECT count(*) FROM custody_records)::int AS custody, (SELECT count(*) FROM outbox_event)::int AS outbox`);
    return r as Record<string, number>;
  };
  const intake = (storeId: string, token: string, body: object) =>
    svc.request<{ code?: string; outcome?: string; errors?: Array<{ field: string; reason: string }> }>(
      'POST',
      `/v1/stores/${storeId}/intakes`,
      { token, body },
    );

  it('takes a handset in: model confirmed from its TAC, checks recorded with who did them', async () => {
    const tradeInId = newTradeInId();
    const c = await acceptInStore(tradeInId);
    expect(c.status).toBe('AWAITING_STORE_INTAKE');
    const res = await intake('STORE-1', clerk1, { tradeInId, imei: '358755051234562', checks: CHECKS, evidenceRefs: ['photo:counter-1'] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ outcome: 'RECEIVED' });

    const ev = await until(() => probe.of(DeviceReceived).find((e) => e.tradeInId === tradeInId), 'device.received');
    expect(ev.payload).toMatchObject({
      location: { type: 'STORE', id: 'STORE-1' },
      receivedBy: 'clerk-1',
      storeChecks: CHECKS,
      device: { modelId: 'apple-iphone-5s', tac: '35875505' },
      identity: { imei: '358755051234562', detectedModelId: 'apple-iphone-5s' },
    });
    const checks = await svc.dataSource.query('SELECT code, result, performed_by FROM store_checks WHERE trade_in_id = $1 ORDER BY code', [
      tradeInId,
    ]);
    expect(checks).toEqual([
      { code: 'ACCESSORIES', result: 'PARTIAL', performed_by: 'clerk-1' },
      { code: 'LOCKS', result: 'NONE', performed_by: 'clerk-1' },
      { code: 'POWERS_ON', result: 'YES', performed_by: 'clerk-1' },
      { code: 'SCREEN', result: 'CRACKED', performed_by: 'clerk-1' },
    ]);
    const custody = await svc.request<{ records: Array<{ action: string; location: unknown }> }>(
      'GET',
      `/v1/trade-ins/${tradeInId}/custody`,
      { token: clerk1 },
    );
    expect(custody.body.records).toMatchObject([{ action: 'RECEIVED_AT_STORE', location: { type: 'STORE', id: 'STORE-1' } }]);
    // Another store's clerk cannot read it.
    expect((await svc.request('GET', `/v1/trade-ins/${tradeInId}/custody`, { token: clerk2 })).status).toBe(404);
  });

  it('a clerk of another store cannot act for this store, and nothing is written', async () => {
    const tradeInId = newTradeInId();
    await acceptInStore(tradeInId);
    const before = await written();
    expect((await intake('STORE-1', clerk2, { tradeInId, imei: '358755051234562', checks: CHECKS })).status).toBe(403);
    expect((await intake('STORE-2', clerk2, { tradeInId, imei: '358755051234562', checks: CHECKS })).status).toBe(404);
    const grader = svc.token({ sub: 'g', role: 'grader', siteId: 'SITE-1' });
    expect((await intake('STORE-1', grader, { tradeInId, imei: '358755051234562', checks: CHECKS })).status).toBe(403);
    expect(await written()).toEqual(before);
    expect((await svc.dataSource.getRepository(IntakeCase).findOneByOrFail({ tradeInId })).status).toBe('AWAITING_STORE_INTAKE');
  });

  it('reports a wrong model before anything else, then missing checks, then locks; each writes nothing', async () => {
    const tradeInId = newTradeInId();
    await acceptInStore(tradeInId);
    const before = await written();

    // A Nexus 5 quoted as an iPhone 5s, with no checks at all: the model is what is reported.
    const wrong = await intake('STORE-1', clerk1, { tradeInId, imei: '358240054242425', checks: {} });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ code: 'DEVICE_MISMATCH', errors: [{ field: 'imei' }] });

    const skipped = await intake('STORE-1', clerk1, {
      tradeInId,
      imei: '358755051234562',
      checks: { POWERS_ON: 'YES', LOCKS: 'NONE', ACCESSORIES: 'NONE' },
    });
    expect(skipped.status).toBe(400);
    expect(skipped.body.errors).toEqual([{ field: 'checks.SCREEN', reason: 'check SCREEN is mandatory' }]);

    const locked = await intake('STORE-1', clerk1, { tradeInId, imei: '358755051234562', checks: { ...CHECKS, LOCKS: 'ACTIVATION_LOCK' } });
    expect(locked.status).toBe(422);
    expect(locked.body).toMatchObject({ code: 'ACTIVATION_LOCK_ON' });

    const badImei = await intake('STORE-1', clerk1, { tradeInId, imei: '3587550512345', checks: CHECKS });
    expect(badImei.status).toBe(400);
    expect(badImei.body.errors).toEqual([{ field: 'imei', reason: 'imei must be 15 digits (or 16 for an IMEISV)' }]);

    expect(await written()).toEqual(before);
  });

  it('quarantines a block-listed handset for 28 days; the listing and its removal are audited', async () => {
    const tradeInId = newTradeInId();
    await acceptInStore(tradeInId, 'apple-iphone-6');
    const listed = await svc.request<{ id: string }>('POST', '/v1/block-list/entries', {
      token: ops,
      body: { imei: '359254069876548', status: 'STOLEN', reason: 'police report 2026-123' },
    });
    expect(listed.status).toBe(201);
    expect(
      (
        await svc.request('POST', '/v1/block-list/entries', {
          token: clerk1,
          body: { imei: '359254069876548', status: 'LOST', reason: 'x' },
        })
      ).status,
    ).toBe(403);

    const res = await intake('STORE-1', clerk1, { tradeInId, imei: '359254069876548', checks: CHECKS });
    expect(res.body).toMatchObject({ outcome: 'QUARANTINED', reasonCodes: ['BLOCKLIST_STOLEN'] });
    const ev = await until(() => probe.of(DeviceQuarantined).find((e) => e.tradeInId === tradeInId), 'device.quarantined');
    const expectedHold = new Date(svc.clock.now().getTime() + 28 * 86_400_000).toISOString();
    expect(ev.payload).toMatchObject({
      location: { type: 'STORE', id: 'STORE-1' },
      reasonCodes: ['BLOCKLIST_STOLEN'],
      holdUntil: expectedHold,
    });

    const removed = await svc.request('POST', `/v1/block-list/entries/${listed.body.id}/removal`, {
      token: ops,
      body: { reason: 'recovered by owner' },
    });
    expect(removed.status).toBe(200);
    const status = await svc.request<{ status: string; audit: Array<{ action: string; actor: string; reason: string }> }>(
      'GET',
      '/v1/block-list/status?imei=359254069876548',
      { token: ops },
    );
    expect(status.body.status).toBe('CLEAR');
    expect(status.body.audit.map((a) => [a.action, a.actor, a.reason])).toEqual([
      ['ADDED', 'ops-1', 'police report 2026-123'],
      ['REMOVED', 'ops-1', 'recovered by owner'],
    ]);
    await expect(svc.dataSource.query('DELETE FROM device_status_audit')).rejects.toThrow(/append-only/);
  });

  it('flags the same IMEI already received on another open trade-in', async () => {
    const first = newTradeInId();
    const second = newTradeInId();
    await acceptInStore(first, 'apple-iphone-6s');
    await acceptInStore(second, 'apple-iphone-6s');
    expect((await intake('STORE-1', clerk1, { tradeInId: first, imei: '353258070000010', checks: CHECKS })).body).toMatchObject({
      outcome: 'RECEIVED',
    });
    const dup = await intake('STORE-1', clerk1, { tradeInId: second, imei: '353258070000010', checks: CHECKS });
    expect(dup.body).toMatchObject({ outcome: 'QUARANTINED', reasonCodes: ['DUPLICATE_OPEN_TRADE_IN'] });
  });

  it('a trade-in cancelled before intake cannot be taken in, and its cancellation is on record', async () => {
    const tradeInId = newTradeInId();
    await acceptInStore(tradeInId);
    await publish(svc, TradeInCancelled, tradeInId, { reason: 'customer changed mind' });
    await until(
      async () => (await svc.dataSource.getRepository(IntakeCase).findOneByOrFail({ tradeInId })).status === 'CANCELLED',
      'cancelled',
    );
    const res = await intake('STORE-1', clerk1, { tradeInId, imei: '358755051234562', checks: CHECKS });
    expect(res.status).toBe(409);
    const custody = await svc.request<{ records: Array<{ action: string; detail: { reason: string } }> }>(
      'GET',
      `/v1/trade-ins/${tradeInId}/custody`,
      { token: ops },
    );
    expect(custody.body.records).toMatchObject([{ action: 'CANCELLED', detail: { reason: 'cancelled: customer changed mind' } }]);
  });

  it('lets ops extend the TAC table, so a new model is recognised', async () => {
    const tradeInId = newTradeInId();
    await acceptInStore(tradeInId, 'fairphone-5');
    const imei = '490154203237518';
    expect((await intake('STORE-1', clerk1, { tradeInId, imei, checks: CHECKS })).body).toMatchObject({ code: 'TAC_UNKNOWN' });
    const put = await svc.request('PUT', '/v1/tac-models/49015420', {
      token: ops,
      body: { modelId: 'fairphone-5', brand: 'Fairphone', name: 'Fairphone 5', category: 'smartphone' },
    });
    expect(put.status).toBe(200);
    expect(
      (
        await svc.request('PUT', '/v1/tac-models/4901542', {
          token: ops,
          body: { modelId: 'x', brand: 'x', name: 'x', category: 'smartphone' },
        })
      ).status,
    ).toBe(400);
    expect((await intake('STORE-1', clerk1, { tradeInId, imei, checks: CHECKS })).body).toMatchObject({ outcome: 'RECEIVED' });
  });
});

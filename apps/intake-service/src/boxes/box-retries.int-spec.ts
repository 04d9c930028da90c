import { BoxItem } from './box-item.entity';
import { DeviceReceipt } from '../intake-cases/device-receipt.entity';
import { type IntakeTestService, accept, imeiFor, newTradeInId, startIntake } from '../testing/intake-test-kit';

const CHECKS = { POWERS_ON: 'YES', SCREEN: 'INTACT', LOCKS: 'NONE', ACCESSORIES: 'COMPLETE' };

/**
 * The console retries a command whose answer was lost (store Wi-Fi, a dock scanner walking out of range) with the
 * same Idempotency-Key: the retry has no second effect and gets the first answer, not "already done".
 */
describe('store intakes, box packing and box scans retried with an Idempotency-Key (PostgreSQL + Kafka)', () => {
  let svc: IntakeTestService;
  let clerk: string;
  let grader: string;

  beforeAll(async () => {
    svc = await startIntake();
    clerk = svc.token({ sub: 'clerk-9', role: 'store_staff', storeId: 'STORE-9', partnerId: 'partner-1' });
    grader = svc.token({ sub: 'grader-9', role: 'grader', siteId: 'SITE-1' });
  });
  afterAll(() => svc?.close());

  const twice = async <T>(method: 'POST', url: string, token: string, body: unknown, key: string) => {
    const first = await svc.request<T>(method, url, { token, body, headers: { 'idempotency-key': key } });
    const retry = await svc.request<T>(method, url, { token, body, headers: { 'idempotency-key': key } });
    return { first, retry };
  };

  it('takes a device in, packs it, ships it and scans it at the site once each, whatever the retries', async () => {
    const tradeInId = newTradeInId();
    const imei = imeiFor('35875505', '818181');
    await accept(svc, tradeInId, { fulfilment: 'STORE', storeId: 'STORE-9', payoutMethod: 'STORE_CREDIT' });

    const intake = await twice('POST', '/v1/stores/STORE-9/intakes', clerk, { tradeInId, imei, checks: CHECKS }, `intake-${tradeInId}`);
    expect(intake.first.status).toBe(201);
    expect(intake.retry.status).toBe(201);
    expect(intake.retry.body).toEqual(intake.first.body);
    expect(await svc.dataSource.getRepository(DeviceReceipt).countBy({ tradeInId })).toBe(1);

    const opened = await svc.request<{ id: string }>('POST', '/v1/stores/STORE-9/boxes', { token: clerk, body: { siteId: 'SITE-1' } });
    const base = `/v1/stores/STORE-9/boxes/${opened.body.id}`;
    const packed = await twice<{ items: unknown[] }>('POST', `${base}/items`, clerk, { tradeInId }, `pack-${tradeInId}`);
    expect(packed.first.status).toBe(200);
    expect(packed.retry.status).toBe(200);
    expect(packed.retry.body).toEqual(packed.first.body);
    expect(await svc.dataSource.getRepository(BoxItem).countBy({ tradeInId })).toBe(1);
    // Without a key the same scan is a second packing attempt, refused.
    expect((await svc.request<{ code: string }>('POST', `${base}/items`, { token: clerk, body: { tradeInId } })).body.code).toBe(
      'ALREADY_PACKED',
    );
    // The key belongs to that request: another device with the same key is refused, not packed.
    const reused = await svc.request<{ code: string }>('POST', `${base}/items`, {
      token: clerk,
      body: { tradeInId: newTradeInId() },
      headers: { 'idempotency-key': `pack-${tradeInId}` },
    });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');

    expect((await svc.request('POST', `${base}/close`, { token: clerk })).status).toBe(200);
    const shipped = await svc.request<{ trackingNumber: string }>('POST', `${base}/ship`, { token: clerk });
    expect(shipped.status).toBe(200);

    const received = await twice<{ id: string; status: string }>(
      'POST',
      '/v1/sites/SITE-1/boxes/receipts',
      grader,
      { trackingNumber: shipped.body.trackingNumber },
      `box-${opened.body.id}`,
    );
    expect(received.first.status).toBe(200);
    expect(received.retry.body).toEqual(received.first.body);

    const site = `/v1/sites/SITE-1/boxes/${opened.body.id}`;
    const scanned = await twice<{ result: string }>('POST', `${site}/scans`, grader, { imei }, `scan-${imei}`);
    expect(scanned.first.body).toEqual({ result: 'ARRIVED', tradeInId });
    // The retry is told ARRIVED, as the first time, not ALREADY_SCANNED.
    expect(scanned.retry.body).toEqual({ result: 'ARRIVED', tradeInId });
    const custody = await svc.dataSource.query(
      `SELECT count(*)::int AS n FROM custody_records WHERE trade_in_id = $1 AND action = 'UNPACKED_AT_SITE'`,
      [tradeInId],
    );
    expect(custody[0].n).toBe(1);
    expect((await svc.request<{ result: string }>('POST', `${site}/scans`, { token: grader, body: { imei } })).body.result).toBe(
      'ALREADY_SCANNED',
    );
  });
});

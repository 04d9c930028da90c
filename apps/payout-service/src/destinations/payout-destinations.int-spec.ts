import { type OutputCapture, type TestService, captureOutput } from '@tradein/testing';
import { type PayoutConfig } from '../config/payout.config';
import { PayoutWorker } from '../payouts/attempt-payouts/payout-worker';
import {
  finalizedEvent,
  publishFinalized,
  startPayoutService,
  testProviders,
  type TestProviders,
  waitForValue,
} from '../testing/payout-test-kit';

const IBAN = 'FR1420041010050500013M02606';
const IBAN_PAPER = 'FR14 2004 1010 0505 0001 3M02 606';
const US_ACCOUNT = '000123456789';
const GB_ACCOUNT = '55779911';

describe('payout destinations (bank details encrypted, masked, validated)', () => {
  let svc: TestService<PayoutConfig>;
  let providers: TestProviders;
  let partner: string;
  let ops: string;
  let output: OutputCapture;
  const bodies: string[] = [];

  beforeAll(async () => {
    output = captureOutput();
    providers = testProviders();
    // debug: the most talkative the service gets, so the no-IBAN check covers every log line it writes.
    svc = await startPayoutService(providers, { LOG_LEVEL: 'debug' });
    partner = svc.token({ sub: 'acme-app', role: 'partner', partnerId: 'acme' });
    ops = svc.token({ sub: 'ops-1', role: 'ops' });
  });
  afterAll(async () => {
    output.restore();
    await svc.close();
  });

  async function post(body: unknown, token = partner) {
    const res = await svc.request<Record<string, unknown>>('POST', '/v1/payout-destinations', { token, body });
    bodies.push(res.text);
    return res;
  }

  async function destinationCount(): Promise<number> {
    const [{ n }]: Array<{ n: number }> = await svc.dataSource.query('SELECT count(*)::int AS n FROM payout_destination');
    return n;
  }

  it('registers an IBAN: answers a reference and the masked form, stores only ciphertext', async () => {
    const res = await post({ scheme: 'IBAN', currency: 'EUR', holderName: 'Ada Lovelace', iban: IBAN_PAPER, sellerRef: 'seller-1' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      destinationRef: expect.stringMatching(/^pd_/),
      scheme: 'IBAN',
      currency: 'EUR',
      masked: 'FR14 **** 2606',
      partnerId: 'acme',
      sellerRef: 'seller-1',
    });
    const [row]: Array<Record<string, string>> = await svc.dataSource.query('SELECT * FROM payout_destination WHERE id = $1', [
      res.body['destinationRef'],
    ]);
    expect(JSON.stringify(row)).not.toContain('20041010050500013M02606');
    expect(JSON.stringify(row)).not.toContain('Ada Lovelace');
    expect(row['sealed_details']).toMatch(/^v1:test:/);
  });

  it('reads a destination back masked, and only for its own partner', async () => {
    const reg = await post({ scheme: 'IBAN', currency: 'EUR', holderName: 'Ada', iban: IBAN });
    const ref = String(reg.body['destinationRef']);
    const mine = await svc.request('GET', `/v1/payout-destinations/${ref}`, { token: partner });
    bodies.push(mine.text);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ destinationRef: ref, masked: 'FR14 **** 2606', scheme: 'IBAN' });
    const rival = svc.token({ sub: 'rival-app', role: 'partner', partnerId: 'rival' });
    expect((await svc.request('GET', `/v1/payout-destinations/${ref}`, { token: rival })).status).toBe(404);
    expect((await svc.request('GET', `/v1/payout-destinations/${ref}`, { token: ops })).status).toBe(200);
  });

  it('registers US and GB accounts for store staff', async () => {
    const staff = svc.token({ sub: 'clerk-1', role: 'store_staff', storeId: 'store-7', partnerId: 'telco' });
    const us = await post(
      { scheme: 'US_ACH', currency: 'USD', holderName: 'Grace Hopper', routingNumber: '021000021', accountNumber: US_ACCOUNT },
      staff,
    );
    expect(us.status).toBe(201);
    expect(us.body['masked']).toBe('ACH 021000021 ****6789');
    const gb = await post(
      { scheme: 'GB_FPS', currency: 'GBP', holderName: 'Alan Turing', sortCode: '20-00-00', accountNumber: GB_ACCOUNT },
      staff,
    );
    expect(gb.status).toBe(201);
    expect(gb.body).toMatchObject({ masked: '20-00-00 ****9911', partnerId: 'telco' });
  });

  it.each([
    ['an IBAN failing mod-97', { scheme: 'IBAN', currency: 'EUR', holderName: 'X', iban: 'FR1420041010050500013M02607' }, 'iban', 'mod-97'],
    ['a currency the account cannot receive', { scheme: 'IBAN', currency: 'GBP', holderName: 'X', iban: IBAN }, 'currency', 'paid in EUR'],
    [
      'a routing number failing its checksum',
      { scheme: 'US_ACH', currency: 'USD', holderName: 'X', routingNumber: '021000022', accountNumber: '1234' },
      'routingNumber',
      'ABA',
    ],
    [
      'a field of another scheme',
      { scheme: 'GB_FPS', currency: 'GBP', holderName: 'X', sortCode: '200000', accountNumber: GB_ACCOUNT, iban: IBAN },
      'iban',
      'not used',
    ],
    ['an unknown currency', { scheme: 'IBAN', currency: 'EURO', holderName: 'X', iban: IBAN }, 'currency', ''],
    ['an unknown field', { scheme: 'IBAN', currency: 'EUR', holderName: 'X', iban: IBAN, bic: 'DEUTDEFF' }, 'bic', ''],
  ])('refuses %s with 400 problem+json naming the field, writing nothing', async (_what, body, field, reason) => {
    const before = await destinationCount();
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(String(res.headers['content-type'])).toContain('application/problem+json');
    const errors = res.body['errors'] as Array<{ field: string; reason: string }>;
    expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, reason: expect.stringContaining(reason) })]));
    expect(await destinationCount()).toBe(before);
  });

  it('needs a token and a role that may register', async () => {
    expect(
      (await svc.request('POST', '/v1/payout-destinations', { body: { scheme: 'IBAN', currency: 'EUR', holderName: 'X', iban: IBAN } }))
        .status,
    ).toBe(401);
    const grader = svc.token({ sub: 'g-1', role: 'grader', siteId: 'site-1' });
    expect((await post({ scheme: 'IBAN', currency: 'EUR', holderName: 'X', iban: IBAN }, grader)).status).toBe(403);
  });

  it('the same Idempotency-Key registers once', async () => {
    const body = { scheme: 'IBAN', currency: 'EUR', holderName: 'Ada', iban: 'DE89370400440532013000' };
    const headers = { 'idempotency-key': 'register-dest-0001' };
    const a = await svc.request<{ destinationRef: string }>('POST', '/v1/payout-destinations', { token: partner, body, headers });
    const b = await svc.request<{ destinationRef: string }>('POST', '/v1/payout-destinations', { token: partner, body, headers });
    bodies.push(a.text, b.text);
    expect(a.body.destinationRef).toBe(b.body.destinationRef);
  });

  it('pays into the sealed account and shows it masked; another partner cannot use the reference', async () => {
    const reg = await post({ scheme: 'IBAN', currency: 'EUR', holderName: 'Ada', iban: IBAN });
    const ref = String(reg.body['destinationRef']);
    const mine = finalizedEvent({ destinationRef: ref, amountMinor: '1500' });
    const theirs = finalizedEvent({ destinationRef: ref, amountMinor: '1500', partnerId: 'rival' });
    await publishFinalized(svc, mine);
    await publishFinalized(svc, theirs);
    const rows = await waitForValue(
      async () => {
        const r: Array<{ id: string; trade_in_id: string; status: string; hold_reasons: string[] }> = await svc.dataSource.query(
          'SELECT id, trade_in_id, status, hold_reasons FROM payout WHERE trade_in_id = ANY($1)',
          [[mine.tradeInId, theirs.tradeInId]],
        );
        return r.length === 2 ? r : undefined;
      },
      { what: 'two payouts' },
    );
    expect(rows.find((r) => r.trade_in_id === theirs.tradeInId)).toMatchObject({ status: 'HELD', hold_reasons: ['DESTINATION_MISSING'] });
    await svc.app.get(PayoutWorker).runOnce(100);
    const paid = rows.find((r) => r.trade_in_id === mine.tradeInId)!;
    const view = await svc.request('GET', `/v1/payouts/${paid.id}`, { token: ops });
    bodies.push(view.text);
    expect(view.body).toMatchObject({ status: 'PAID', destination: { ref, masked: 'FR14 **** 2606' } });
    const list = await svc.request('GET', '/v1/payouts?status=HELD', { token: ops });
    bodies.push(list.text);
    expect((await providers.bank.paymentsByPayout()).get(paid.id)).toBe(1);
  });

  it('no response and no log line contains a full account number', async () => {
    await new Promise((r) => setTimeout(r, 200));
    const everything = [...bodies, output.text()].join('\n');
    // The capture really sees the service's own log lines (one per request).
    expect(output.text()).toContain('request completed');
    expect(bodies.length).toBeGreaterThan(10);
    for (const secret of [IBAN, '20041010050500013M02606', 'DE89370400440532013000', US_ACCOUNT, GB_ACCOUNT]) {
      expect(everything).not.toContain(secret);
    }
  });
});

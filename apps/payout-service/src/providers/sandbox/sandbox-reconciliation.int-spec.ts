import { type TestService } from '@tradein/testing';
import { type PayoutConfig } from '../../config/payout.config';
import { PayoutWorker } from '../../payouts/attempt-payouts/payout-worker';
import {
  finalizedEvent,
  publishFinalized,
  startPayoutService,
  testProviders,
  type TestProviders,
  waitForValue,
} from '../../testing/payout-test-kit';
import { type SandboxPaymentView } from './list-sandbox-payments/sandbox-payments.dto';
import { SandboxPaymentStore } from './sandbox-payment-store';

interface Detail {
  id: string;
  status: string;
  attemptHistory: Array<{ attemptNo: number; status: string }>;
}

/**
 * The platform against a provider that would expose a double send: the sandboxes' book outlives their
 * instances, so "paid once" is checked on the provider's side, across what a restart forgets.
 */
describe('reconciliation against the durable sandbox provider (PostgreSQL + Kafka)', () => {
  let svc: TestService<PayoutConfig>;
  let providers: TestProviders;
  let worker: PayoutWorker;
  let ops: string;

  beforeAll(async () => {
    providers = testProviders();
    svc = await startPayoutService(providers);
    worker = svc.app.get(PayoutWorker);
    ops = svc.token({ sub: 'ops-1', role: 'ops' });
  });
  afterAll(() => svc.close());

  const recorded = async (tradeInId: string) =>
    waitForValue(
      async () => {
        const rows: Array<{ id: string }> = await svc.dataSource.query('SELECT id FROM payout WHERE trade_in_id = $1', [tradeInId]);
        return rows[0]?.id;
      },
      { what: `payout of ${tradeInId}` },
    );
  const detail = async (id: string) => (await svc.request<Detail>('GET', `/v1/payouts/${id}`, { token: ops })).body;
  const sandboxPayments = async (query: string) => {
    const res = await svc.request<{ items: SandboxPaymentView[] }>('GET', `/v1/ops/sandbox-provider/payments?${query}`, { token: ops });
    expect(res.status).toBe(200);
    return res.body.items;
  };

  it('a timeout after the provider paid: after a restart of the providers the lease runs out, lookup finds it PAID, no second payment', async () => {
    const event = finalizedEvent({ method: 'GIFT_CARD', amountMinor: '4200' });
    await publishFinalized(svc, event);
    const id = await recorded(event.tradeInId);
    providers.giftCards.configure({ timeoutRate: 1 });
    await worker.runOnce(100);
    expect((await detail(id)).status).toBe('SUBMITTED');
    // The provider's book already says PAID; our attempt does not know.
    expect((await sandboxPayments(`tradeInId=${event.tradeInId}`)).map((p) => p.status)).toEqual(['PAID']);

    providers.restart(); // new instances, nothing in memory (and no timeouts configured)
    svc.clock.advance(61_000);
    await worker.runOnce(100);
    const paid = await detail(id);
    expect(paid.status).toBe('PAID');
    expect(paid.attemptHistory).toEqual([expect.objectContaining({ attemptNo: 1, status: 'PAID' })]);
    const items = await sandboxPayments(`tradeInId=${event.tradeInId}`);
    expect(items).toEqual([
      expect.objectContaining({
        provider: 'sandbox-gift-cards',
        idempotencyKey: `payout:${id}:1`,
        payoutId: id,
        method: 'GIFT_CARD',
        amount: { amountMinor: '4200', currency: 'EUR' },
        status: 'PAID',
        providerReference: expect.stringMatching(/^sandbox-gift-cards-\d+$/),
      }),
    ]);
    expect(await sandboxPayments(`idempotencyKey=${encodeURIComponent(`payout:${id}:1`)}`)).toEqual(items);
  });

  it('killed while the provider held the request (PROCESSING): after restart and lease, the same key settles once', async () => {
    const event = finalizedEvent({ method: 'GIFT_CARD', amountMinor: '3100' });
    await publishFinalized(svc, event);
    const id = await recorded(event.tradeInId);
    // The worker commits the attempt, the provider receives the request, then the process dies (nothing answered, nothing recorded).
    const [claimed] = await worker.claim(100);
    expect(claimed?.payout.id).toBe(id);
    await new SandboxPaymentStore(svc.dataSource).receive(
      {
        provider: 'sandbox-gift-cards',
        idempotencyKey: claimed!.attempt.idempotencyKey,
        payoutId: id,
        method: 'GIFT_CARD',
        amountMinor: 3100n,
        currency: 'EUR',
        destinationRef: `gift-card:${event.payload.sellerRef}`,
      },
      svc.clock.now(),
    );
    expect((await sandboxPayments(`payoutId=${id}`)).map((p) => p.status)).toEqual(['PROCESSING']);

    providers.restart();
    svc.clock.advance(61_000);
    await worker.runOnce(100);
    expect((await detail(id)).status).toBe('PAID');
    expect((await sandboxPayments(`payoutId=${id}`)).map((p) => [p.status, p.amount.amountMinor])).toEqual([['PAID', '3100']]);
    expect((await providers.giftCards.paymentsByPayout()).get(id)).toBe(1);
  });

  it('is for ops only and checks its filters', async () => {
    const partner = svc.token({ sub: 'acme-app', role: 'partner', partnerId: 'acme' });
    expect((await svc.request('GET', '/v1/ops/sandbox-provider/payments', { token: partner })).status).toBe(403);
    expect((await svc.request('GET', '/v1/ops/sandbox-provider/payments?payoutId=nope', { token: ops })).status).toBe(400);
    expect(await sandboxPayments('tradeInId=never-finalized')).toEqual([]);
  });
});

import { type ProviderPaymentRequest, ProviderTimeoutError } from '../payout-provider';
import { SandboxPayoutProvider } from './sandbox-payout-provider';
import { seededRandom } from './seeded-random';

const request = (over: Partial<ProviderPaymentRequest> = {}): ProviderPaymentRequest => ({
  idempotencyKey: 'po_1:1', payoutId: 'po_1', method: 'BANK_TRANSFER', amountMinor: 1000n, currency: 'EUR',
  destination: { kind: 'GIFT_CARD', recipientRef: 'seller-1' }, ...over,
});
const behaviour = { latencyMs: 0, failureRate: 0, timeoutRate: 0 };

describe('SandboxPayoutProvider', () => {
  it('pays once per idempotency key and replays the same answer', async () => {
    const p = new SandboxPayoutProvider('sb', behaviour);
    const first = await p.submit(request());
    const again = await p.submit(request());
    expect(first).toEqual({ status: 'PAID', providerReference: 'sb-1' });
    expect(again).toEqual(first);
    expect(p.paymentsByPayout().get('po_1')).toBe(1);
  });

  it('pays again only under a new key', async () => {
    const p = new SandboxPayoutProvider('sb', behaviour);
    await p.submit(request());
    await p.submit(request({ idempotencyKey: 'po_1:2' }));
    expect(p.paymentsByPayout().get('po_1')).toBe(2);
  });

  it('refuses a key reused for a different payment', async () => {
    const p = new SandboxPayoutProvider('sb', behaviour);
    await p.submit(request());
    expect(await p.submit(request({ amountMinor: 999n }))).toEqual({ status: 'FAILED', reasonCode: 'IDEMPOTENCY_KEY_REUSED', retryable: false });
  });

  it('on a timeout has still paid: lookup tells, and a resubmit with the key does not pay twice', async () => {
    const p = new SandboxPayoutProvider('sb', { ...behaviour, timeoutRate: 1 });
    await expect(p.submit(request())).rejects.toBeInstanceOf(ProviderTimeoutError);
    expect(await p.lookup('po_1:1')).toEqual({ status: 'PAID', providerReference: 'sb-1' });
    expect(await p.submit(request())).toEqual({ status: 'PAID', providerReference: 'sb-1' });
    expect(p.paymentsByPayout().get('po_1')).toBe(1);
  });

  it('answers NOT_FOUND for a key it never saw', async () => {
    expect(await new SandboxPayoutProvider('sb', behaviour).lookup('nope')).toEqual({ status: 'NOT_FOUND' });
  });

  it('declines about the configured share of payments', async () => {
    const p = new SandboxPayoutProvider('sb', { ...behaviour, failureRate: 0.3 }, seededRandom(7));
    let failed = 0;
    for (let i = 0; i < 2000; i++) {
      const o = await p.submit(request({ idempotencyKey: `k${i}`, payoutId: `po_${i}` }));
      if (o.status === 'FAILED') failed++;
    }
    expect(failed / 2000).toBeGreaterThan(0.25);
    expect(failed / 2000).toBeLessThan(0.35);
  });

  it('waits the configured latency', async () => {
    const p = new SandboxPayoutProvider('sb', { ...behaviour, latencyMs: 30 });
    const start = Date.now();
    await p.submit(request());
    expect(Date.now() - start).toBeGreaterThanOrEqual(25);
  });
});

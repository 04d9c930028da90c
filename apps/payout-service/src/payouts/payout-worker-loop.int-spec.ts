import { PayoutCompleted } from '@tradein/contracts';
import { type TestService } from '@tradein/testing';
import { type PayoutConfig } from '../config/payout.config';
import {
  finalizedEvent,
  publishFinalized,
  startPayoutService,
  testProviders,
  type TestProviders,
  waitForValue,
} from '../testing/payout-test-kit';

describe('payout worker running on its own (as deployed)', () => {
  let svc: TestService<PayoutConfig>;
  let providers: TestProviders;

  beforeAll(async () => {
    providers = testProviders();
    svc = await startPayoutService(providers, { PAYOUT_WORKER_ENABLED: 'true', PAYOUT_WORKER_INTERVAL_MS: '200' });
  });
  afterAll(() => svc.close());

  it('pays finalized trade-ins end to end: event in, provider paid once, payout.completed out; zero amounts settle without a provider', async () => {
    const probe = await svc.probe([PayoutCompleted.topic]);
    const gift = finalizedEvent({ method: 'GIFT_CARD', amountMinor: '4200', currency: 'JPY' });
    const zero = finalizedEvent({ method: 'GIFT_CARD', amountMinor: '0' });
    await publishFinalized(svc, gift);
    await publishFinalized(svc, zero);
    const done = await waitForValue(
      () => {
        const mine = probe.of(PayoutCompleted).filter((e) => [gift.tradeInId, zero.tradeInId].includes(e.tradeInId));
        return mine.length === 2 ? mine : undefined;
      },
      { what: 'two payout.completed', timeoutMs: 30_000 },
    );
    const paid = done.find((e) => e.tradeInId === gift.tradeInId)!;
    expect(paid.payload).toMatchObject({ amount: { amountMinor: '4200', currency: 'JPY' }, method: 'GIFT_CARD' });
    expect((await providers.giftCards.paymentsByPayout()).get(paid.payload.payoutId)).toBe(1);
    const free = done.find((e) => e.tradeInId === zero.tradeInId)!;
    expect(free.payload.providerReference).toBe('nothing-to-pay');
    expect((await providers.giftCards.paymentsByPayout()).get(free.payload.payoutId)).toBeUndefined();
  });
});

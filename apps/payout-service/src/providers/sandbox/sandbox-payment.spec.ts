import { type ProviderPaymentRequest } from '../payout-provider';
import { answerOf, destinationRef, sameTerms, type SandboxPayment, termsOf } from './sandbox-payment';

const request = (over: Partial<ProviderPaymentRequest> = {}): ProviderPaymentRequest => ({
  idempotencyKey: 'payout:po_1:1',
  payoutId: 'po_1',
  method: 'GIFT_CARD',
  amountMinor: 1000n,
  currency: 'EUR',
  destination: { kind: 'GIFT_CARD', recipientRef: 'seller-1' },
  ...over,
});

describe('sandbox payment terms', () => {
  it('keeps bank details masked, never in clear', () => {
    const ref = destinationRef({
      kind: 'BANK_ACCOUNT',
      holderName: 'Ada Lovelace',
      details: { scheme: 'IBAN', iban: 'FR1420041010050500013M02606' },
    });
    expect(ref).toBe('bank:FR14 **** 2606');
    expect(ref).not.toMatch(/Ada|20041010/);
    expect(destinationRef({ kind: 'PARTNER_WALLET', partnerId: 'acme', walletRef: 'w-9' })).toBe('wallet:acme/w-9');
  });

  it('a key means one payment: another amount, currency, destination or payout is a different payment', () => {
    const base = termsOf('sb', request());
    expect(sameTerms(base, termsOf('sb', request()))).toBe(true);
    expect(sameTerms(base, termsOf('sb', request({ amountMinor: 999n })))).toBe(false);
    expect(sameTerms(base, termsOf('sb', request({ currency: 'GBP' })))).toBe(false);
    expect(sameTerms(base, termsOf('sb', request({ destination: { kind: 'GIFT_CARD', recipientRef: 'seller-2' } })))).toBe(false);
    expect(sameTerms(base, termsOf('sb', request({ payoutId: 'po_2' })))).toBe(false);
  });

  it('answers a settled payment as the provider interface says; a processing one has no answer yet', () => {
    const p: SandboxPayment = {
      ...termsOf('sb', request()),
      id: '7',
      status: 'PAID',
      providerReference: 'sb-7',
      declineCode: null,
      createdAt: new Date(),
      settledAt: new Date(),
    };
    expect(answerOf(p)).toEqual({ status: 'PAID', providerReference: 'sb-7' });
    expect(answerOf({ ...p, status: 'DECLINED', providerReference: null, declineCode: 'SANDBOX_DECLINED' })).toEqual({
      status: 'FAILED',
      reasonCode: 'SANDBOX_DECLINED',
      retryable: true,
    });
    expect(() => answerOf({ ...p, status: 'PROCESSING', providerReference: null, settledAt: null })).toThrow(/processing/);
  });
});

import { randomUUID } from 'node:crypto';
import { type EventEnvelope, type OfferFinalizedPayload } from '@tradein/contracts';
import { finalizedOfferCommand } from './finalized-offer.command';

function event(amount: string, bonus: string, bonusCurrency: 'EUR' | 'GBP' = 'EUR'): EventEnvelope<OfferFinalizedPayload> {
  return {
    eventId: randomUUID(),
    type: 'tradein.offer.finalized',
    version: 1,
    occurredAt: '2026-11-26T10:00:00.000Z',
    tradeInId: 'ti-1',
    partnerId: 'acme',
    correlationId: randomUUID(),
    causationId: null,
    producer: 'quote-service',
    payload: {
      quoteId: 'q-1',
      device: { modelId: 'm', category: 'smartphone' },
      market: 'FR',
      fulfilment: 'MAIL_IN',
      quotedAmount: { amountMinor: amount, currency: 'EUR' },
      finalAmount: { amountMinor: amount, currency: 'EUR' },
      bonusAmount: { amountMinor: bonus, currency: bonusCurrency },
      payoutMethod: 'BANK_TRANSFER',
      payoutDestinationRef: 'pd_1',
      sellerRef: 'seller-1',
      basis: 'AS_QUOTED',
    },
  };
}

describe('finalizedOfferCommand', () => {
  it('turns the event into a command with bigint amounts', () => {
    const r = finalizedOfferCommand(event('25000', '5000'));
    expect(r).toMatchObject({
      ok: true,
      value: {
        amountMinor: 25000n,
        bonusMinor: 5000n,
        currency: 'EUR',
        destinationRef: 'pd_1',
        storeId: null,
        finalizedAt: new Date('2026-11-26T10:00:00.000Z'),
      },
    });
  });

  it('refuses negative amounts, naming the field', () => {
    expect(finalizedOfferCommand(event('-1', '0'))).toEqual({
      ok: false,
      errors: [{ field: 'payload.finalAmount.amountMinor', reason: 'must not be negative' }],
    });
  });

  it('refuses a bonus in another currency or above the final amount', () => {
    expect(finalizedOfferCommand(event('100', '10', 'GBP'))).toMatchObject({
      ok: false,
      errors: [{ field: 'payload.bonusAmount.currency' }],
    });
    expect(finalizedOfferCommand(event('100', '101'))).toMatchObject({ ok: false, errors: [{ field: 'payload.bonusAmount.amountMinor' }] });
  });
});

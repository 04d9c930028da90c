import { randomUUID } from 'node:crypto';
import { type FinalizedOfferCommand } from '../payouts/record-finalized-offer/finalized-offer.command';

/** A finalized-offer command as the handler would build it, for tests that load many trade-ins directly. */
export function finalizedCommand(o: Partial<FinalizedOfferCommand> = {}): FinalizedOfferCommand {
  return {
    eventId: randomUUID(),
    correlationId: randomUUID(),
    tradeInId: `ti-${randomUUID().slice(0, 12)}`,
    partnerId: 'acme',
    sellerRef: `seller-${randomUUID().slice(0, 8)}`,
    storeId: null,
    programId: null,
    method: 'GIFT_CARD',
    destinationRef: null,
    currency: 'EUR',
    amountMinor: 10_000n,
    bonusMinor: 0n,
    finalizedAt: new Date('2026-01-15T09:00:00.000Z'),
    ...o,
  };
}

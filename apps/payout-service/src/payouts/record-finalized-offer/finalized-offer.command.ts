import { type CurrencyCode, type EventEnvelope, type OfferFinalizedPayload, type PayoutMethod } from '@tradein/contracts';
import { type Checked, type FieldError } from '../../destinations/bank-details/field-error';

/** What payout-service needs from tradein.offer.finalized, checked beyond the contract's own rules. */
export interface FinalizedOfferCommand {
  eventId: string;
  correlationId: string;
  tradeInId: string;
  partnerId: string;
  sellerRef: string;
  storeId: string | null;
  programId: string | null;
  method: PayoutMethod;
  destinationRef: string | null;
  currency: CurrencyCode;
  amountMinor: bigint;
  bonusMinor: bigint;
  finalizedAt: Date;
}

/**
 * The contract allows any integer amount; paying one needs more: no negative amounts, the bonus in the
 * same currency and not above the final amount (it is a part of it).
 */
export function finalizedOfferCommand(event: EventEnvelope<OfferFinalizedPayload>): Checked<FinalizedOfferCommand> {
  const p = event.payload;
  const errors: FieldError[] = [];
  const amountMinor = BigInt(p.finalAmount.amountMinor);
  const bonusMinor = BigInt(p.bonusAmount.amountMinor);
  if (amountMinor < 0n) errors.push({ field: 'payload.finalAmount.amountMinor', reason: 'must not be negative' });
  if (bonusMinor < 0n) errors.push({ field: 'payload.bonusAmount.amountMinor', reason: 'must not be negative' });
  if (p.bonusAmount.currency !== p.finalAmount.currency) {
    errors.push({ field: 'payload.bonusAmount.currency', reason: `must be the final amount's currency ${p.finalAmount.currency}` });
  } else if (amountMinor >= 0n && bonusMinor > amountMinor) {
    errors.push({ field: 'payload.bonusAmount.amountMinor', reason: 'must not exceed the final amount it is part of' });
  }
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      eventId: event.eventId,
      correlationId: event.correlationId,
      tradeInId: event.tradeInId,
      partnerId: event.partnerId,
      sellerRef: p.sellerRef,
      storeId: p.storeId ?? null,
      programId: p.programId ?? null,
      method: p.payoutMethod,
      destinationRef: p.payoutDestinationRef ?? null,
      currency: p.finalAmount.currency,
      amountMinor,
      bonusMinor,
      finalizedAt: new Date(event.occurredAt),
    },
  };
}

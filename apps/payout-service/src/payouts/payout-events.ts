import { type NewEvent, PayoutCompleted, PayoutFailed, PayoutHeld } from '@tradein/contracts';
import { newEvent } from '@tradein/messaging';
import { type PayoutEntity } from './payout.entity';

type PayoutRef = Pick<PayoutEntity, 'id' | 'tradeInId' | 'partnerId' | 'correlationId' | 'method' | 'amountMinor' | 'currency'>;

const ids = (p: PayoutRef, causationId?: string) => ({
  tradeInId: p.tradeInId,
  partnerId: p.partnerId,
  correlationId: p.correlationId,
  causationId,
});

export function payoutCompleted(p: PayoutRef, providerReference: string, paidAt: Date, causationId?: string): NewEvent<object> {
  return newEvent(PayoutCompleted, ids(p, causationId), {
    payoutId: p.id,
    amount: { amountMinor: p.amountMinor.toString(), currency: p.currency },
    method: p.method,
    providerReference,
    paidAt: paidAt.toISOString(),
  });
}

export function payoutFailed(p: PayoutRef, reasonCode: string, attempts: number, willRetry: boolean): NewEvent<object> {
  return newEvent(PayoutFailed, ids(p), {
    payoutId: p.id,
    method: p.method,
    reasonCode: reasonCode.slice(0, 64),
    attempts: Math.max(1, attempts),
    willRetry,
  });
}

export function payoutHeld(p: PayoutRef, reasonCode: string, causationId?: string): NewEvent<object> {
  return newEvent(PayoutHeld, ids(p, causationId), { payoutId: p.id, reasonCode });
}

import { type PayoutFacts } from '../ledger/posting-rules';
import { type PayoutEntity } from './payout.entity';

export function payoutFacts(p: PayoutEntity): PayoutFacts {
  return {
    payoutId: p.id,
    partnerId: p.partnerId,
    method: p.method,
    currency: p.currency,
    amountMinor: p.amountMinor,
    bonusMinor: p.bonusMinor,
  };
}

import { type CurrencyCode, type MoneyDto, type PayoutMethod } from '@tradein/contracts';
import { type EntityManager, In } from 'typeorm';
import { PayoutDestinationEntity } from '../destinations/payout-destination.entity';
import { type PayoutStatus } from './payout-status';
import { type PayoutEntity } from './payout.entity';

/** A payout as the API shows it: money as strings, the destination only masked. */
export interface PayoutView {
  id: string;
  tradeInId: string;
  partnerId: string;
  sellerRef: string;
  storeId: string | null;
  programId: string | null;
  method: PayoutMethod;
  destination: { ref: string; masked: string | null } | null;
  amount: MoneyDto;
  bonus: MoneyDto;
  status: PayoutStatus;
  holdReasons: string[];
  attempts: number;
  nextAttemptAt: string | null;
  providerReference: string | null;
  lastFailureCode: string | null;
  finalizedAt: string;
  dueAt: string;
  paidAt: string | null;
  overdue: boolean;
}

const money = (amountMinor: bigint, currency: CurrencyCode): MoneyDto => ({ amountMinor: amountMinor.toString(), currency });

export function toPayoutView(p: PayoutEntity, masked: string | null, now: Date): PayoutView {
  return {
    id: p.id,
    tradeInId: p.tradeInId,
    partnerId: p.partnerId,
    sellerRef: p.sellerRef,
    storeId: p.storeId,
    programId: p.programId,
    method: p.method,
    destination: p.destinationRef ? { ref: p.destinationRef, masked } : null,
    amount: money(p.amountMinor, p.currency),
    bonus: money(p.bonusMinor, p.currency),
    status: p.status,
    holdReasons: p.holdReasons,
    attempts: p.attemptCount,
    nextAttemptAt: p.nextAttemptAt?.toISOString() ?? null,
    providerReference: p.providerReference,
    lastFailureCode: p.lastFailureCode,
    finalizedAt: p.finalizedAt.toISOString(),
    dueAt: p.dueAt.toISOString(),
    paidAt: p.paidAt?.toISOString() ?? null,
    overdue: p.status !== 'PAID' && p.status !== 'CANCELLED' && p.dueAt.getTime() < now.getTime(),
  };
}

/** Views for many payouts with one query for their masked destinations. */
export async function toPayoutViews(manager: EntityManager, payouts: PayoutEntity[], now: Date): Promise<PayoutView[]> {
  const refs = [...new Set(payouts.map((p) => p.destinationRef).filter((r): r is string => r !== null))];
  const destinations = refs.length
    ? await manager.find(PayoutDestinationEntity, { where: { id: In(refs) }, select: { id: true, masked: true } })
    : [];
  const masked = new Map(destinations.map((d) => [d.id, d.masked]));
  return payouts.map((p) => toPayoutView(p, p.destinationRef ? (masked.get(p.destinationRef) ?? null) : null, now));
}

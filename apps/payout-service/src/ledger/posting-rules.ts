import { type CurrencyCode, type PayoutMethod } from '@tradein/contracts';
import { LEDGER_ACCOUNTS as A } from './ledger-accounts';

export const JOURNAL_KINDS = ['OFFER_FINALIZED', 'PAYOUT_PAID', 'PAYOUT_CANCELLED'] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

export interface LedgerLine {
  account: string;
  /** Debit positive, credit negative, minor units of the entry's currency. */
  amountMinor: bigint;
}

/** One balanced journal entry, always about one payout and in one currency. */
export interface JournalEntry {
  payoutId: string;
  kind: JournalKind;
  currency: CurrencyCode;
  lines: LedgerLine[];
}

/** What the posting rules need to know about a payout. */
export interface PayoutFacts {
  payoutId: string;
  partnerId: string;
  method: PayoutMethod;
  currency: CurrencyCode;
  amountMinor: bigint;
  bonusMinor: bigint;
}

function entry(payoutId: string, kind: JournalKind, currency: CurrencyCode, lines: LedgerLine[]): JournalEntry {
  // A zero line says nothing and would only make reports noisy.
  return { payoutId, kind, currency, lines: lines.filter((l) => l.amountMinor !== 0n) };
}

/** The liability to the seller appears when the offer is final; the partner's bonus becomes its debt. */
export function postOfferFinalized(p: PayoutFacts): JournalEntry {
  return entry(p.payoutId, 'OFFER_FINALIZED', p.currency, [
    { account: A.tradeInCost, amountMinor: p.amountMinor - p.bonusMinor },
    { account: A.partnerBonusReceivable(p.partnerId), amountMinor: p.bonusMinor },
    { account: A.sellerPayable, amountMinor: -p.amountMinor },
  ]);
}

/** Where the money went when the seller was paid, by method. */
export function creditAccountForPayment(p: PayoutFacts, provider: string): string {
  switch (p.method) {
    case 'STORE_CREDIT':
      return A.storeCreditPayable(p.partnerId);
    case 'PARTNER_CREDIT':
      return A.partnerCreditPayable(p.partnerId);
    case 'BANK_TRANSFER':
    case 'GIFT_CARD':
      return A.providerClearing(provider);
  }
}

export function postPayoutPaid(p: PayoutFacts, provider: string): JournalEntry {
  return entry(p.payoutId, 'PAYOUT_PAID', p.currency, [
    { account: A.sellerPayable, amountMinor: p.amountMinor },
    { account: creditAccountForPayment(p, provider), amountMinor: -p.amountMinor },
  ]);
}

/** A cancelled (or refused) payout reverses its finalization entry exactly. */
export function postPayoutCancelled(p: PayoutFacts): JournalEntry {
  const finalized = postOfferFinalized(p);
  return entry(
    p.payoutId,
    'PAYOUT_CANCELLED',
    p.currency,
    finalized.lines.map((l) => ({ account: l.account, amountMinor: -l.amountMinor })),
  );
}

export function entrySum(e: JournalEntry): bigint {
  return e.lines.reduce((sum, l) => sum + l.amountMinor, 0n);
}

import { type CurrencyCode, type PayoutMethod } from '@tradein/contracts';
import { maskBankDetails } from '../../destinations/bank-details/bank-details';
import { type ProviderDestination, type ProviderOutcome, type ProviderPaymentRequest } from '../payout-provider';

export const SANDBOX_PAYMENT_STATUSES = ['PROCESSING', 'PAID', 'DECLINED'] as const;
export type SandboxPaymentStatus = (typeof SANDBOX_PAYMENT_STATUSES)[number];

/** What a request asks the provider to do; a key reused for a different one of these is refused. */
export interface SandboxPaymentTerms {
  provider: string;
  idempotencyKey: string;
  payoutId: string;
  method: PayoutMethod;
  amountMinor: bigint;
  currency: CurrencyCode;
  destinationRef: string;
}

/** One payment in a sandbox provider's book (table sandbox_payment). */
export interface SandboxPayment extends SandboxPaymentTerms {
  id: string;
  status: SandboxPaymentStatus;
  providerReference: string | null;
  declineCode: string | null;
  createdAt: Date;
  settledAt: Date | null;
}

export const KEY_REUSED = { status: 'FAILED', reasonCode: 'IDEMPOTENCY_KEY_REUSED', retryable: false } as const;
export const DECLINED_CODE = 'SANDBOX_DECLINED';

/**
 * Where the money goes, as the sandbox keeps it: never bank details in clear (the masked form, as the
 * destination registration shows it), the wallet or gift-card recipient otherwise.
 */
export function destinationRef(d: ProviderDestination): string {
  switch (d.kind) {
    case 'BANK_ACCOUNT':
      return `bank:${maskBankDetails(d.details)}`;
    case 'PARTNER_WALLET':
      return `wallet:${d.partnerId}/${d.walletRef}`;
    case 'GIFT_CARD':
      return `gift-card:${d.recipientRef}`;
  }
}

export function termsOf(provider: string, r: ProviderPaymentRequest): SandboxPaymentTerms {
  return {
    provider,
    idempotencyKey: r.idempotencyKey,
    payoutId: r.payoutId,
    method: r.method,
    amountMinor: r.amountMinor,
    currency: r.currency,
    destinationRef: destinationRef(r.destination),
  };
}

/** Same key, same payment? Real providers refuse a key reused with other content instead of replaying it. */
export function sameTerms(a: SandboxPaymentTerms, b: SandboxPaymentTerms): boolean {
  return (
    a.payoutId === b.payoutId &&
    a.method === b.method &&
    a.amountMinor === b.amountMinor &&
    a.currency === b.currency &&
    a.destinationRef === b.destinationRef
  );
}

/** What the provider answers about a settled payment (a lookup, or a replayed submit). */
export function answerOf(p: SandboxPayment): ProviderOutcome {
  switch (p.status) {
    case 'PAID':
      return { status: 'PAID', providerReference: p.providerReference ?? '' };
    case 'DECLINED':
      return { status: 'FAILED', reasonCode: p.declineCode ?? DECLINED_CODE, retryable: true };
    case 'PROCESSING':
      throw new Error(`sandbox payment ${p.id} is still processing`);
  }
}

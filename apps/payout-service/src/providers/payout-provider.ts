import { type CurrencyCode, type PayoutMethod } from '@tradein/contracts';
import { type BankDetails } from '../destinations/bank-details/bank-details';

/** Where the money goes, as a provider needs it (bank details only ever decrypted for this call). */
export type ProviderDestination =
  | { kind: 'BANK_ACCOUNT'; holderName: string; details: BankDetails }
  | { kind: 'PARTNER_WALLET'; partnerId: string; walletRef: string }
  | { kind: 'GIFT_CARD'; recipientRef: string };

export interface ProviderPaymentRequest {
  /** The provider executes one payment per key, whatever happens to our process. */
  idempotencyKey: string;
  payoutId: string;
  method: PayoutMethod;
  amountMinor: bigint;
  currency: CurrencyCode;
  destination: ProviderDestination;
}

export type ProviderOutcome = { status: 'PAID'; providerReference: string } | { status: 'FAILED'; reasonCode: string; retryable: boolean };

export type ProviderLookup = ProviderOutcome | { status: 'NOT_FOUND' };

/** The call's result is unknown: the provider may or may not have paid. Reconcile, never re-pay blindly. */
export class ProviderTimeoutError extends Error {
  constructor(provider: string) {
    super(`${provider} did not answer in time`);
    this.name = 'ProviderTimeoutError';
  }
}

/**
 * One interface for every way of paying: bank transfer rails, gift-card issuers and the partner credit
 * adapters (a partner's own wallet, e.g. a console store balance).
 */
export interface PayoutProvider {
  readonly name: string;
  submit(request: ProviderPaymentRequest): Promise<ProviderOutcome>;
  /** What became of a key: answers NOT_FOUND only when the provider never received it. */
  lookup(idempotencyKey: string): Promise<ProviderLookup>;
}

/** Credit in a partner's own wallet goes through the same contract. */
export type PartnerCreditAdapter = PayoutProvider;

import { type CurrencyCode } from '@tradein/contracts';
import { type Checked, type FieldError } from './field-error';
import { normalizeSortCode, checkGbAccount } from './gb-bank-account';
import { checkIban, normalizeIban } from './iban';
import { EURO_IBAN_COUNTRIES } from './iban-registry.constant';
import { checkUsAccount } from './us-bank-account';

export const BANK_SCHEMES = ['IBAN', 'US_ACH', 'GB_FPS'] as const;
export type BankScheme = (typeof BANK_SCHEMES)[number];

/** Bank details as the seller typed them; the whole object is what gets encrypted once normalized. */
export type BankDetails =
  | { scheme: 'IBAN'; iban: string }
  | { scheme: 'US_ACH'; routingNumber: string; accountNumber: string }
  | { scheme: 'GB_FPS'; sortCode: string; accountNumber: string };

/** What a payout destination is: checked, normalized details plus the safe-to-show masked form. */
export interface ValidBankDetails {
  details: BankDetails;
  currency: CurrencyCode;
  /** Shown in responses and logs instead of the details; never enough to pay into. */
  masked: string;
  /** Stable identity of the account (fed to an HMAC for the per-destination limits). */
  accountIdentity: string;
}

function currencyOf(details: BankDetails): CurrencyCode | { unsupported: string } {
  switch (details.scheme) {
    case 'US_ACH':
      return 'USD';
    case 'GB_FPS':
      return 'GBP';
    case 'IBAN': {
      const country = details.iban.slice(0, 2);
      if (country === 'GB') return 'GBP';
      if (EURO_IBAN_COUNTRIES.has(country)) return 'EUR';
      return { unsupported: country };
    }
  }
}

export function maskBankDetails(details: BankDetails): string {
  switch (details.scheme) {
    case 'IBAN':
      // Country and check digits identify nothing; the last four let a seller recognise their account.
      return `${details.iban.slice(0, 4)} **** ${details.iban.slice(-4)}`;
    case 'US_ACH':
      return `ACH ${details.routingNumber} ****${details.accountNumber.slice(-4)}`;
    case 'GB_FPS': {
      const s = details.sortCode;
      return `${s.slice(0, 2)}-${s.slice(2, 4)}-${s.slice(4, 6)} ****${details.accountNumber.slice(-4)}`;
    }
  }
}

function normalize(details: BankDetails): BankDetails {
  switch (details.scheme) {
    case 'IBAN':
      return { scheme: 'IBAN', iban: normalizeIban(details.iban) };
    case 'US_ACH':
      return { scheme: 'US_ACH', routingNumber: details.routingNumber.trim(), accountNumber: details.accountNumber.trim() };
    case 'GB_FPS':
      return { scheme: 'GB_FPS', sortCode: normalizeSortCode(details.sortCode), accountNumber: details.accountNumber.trim() };
  }
}

function schemeErrors(details: BankDetails): FieldError[] {
  switch (details.scheme) {
    case 'IBAN':
      return checkIban(details.iban);
    case 'US_ACH':
      return checkUsAccount(details.routingNumber, details.accountNumber);
    case 'GB_FPS':
      return checkGbAccount(details.sortCode, details.accountNumber);
  }
}

/**
 * Checks the details for their scheme and that the account can receive the stated currency
 * (a GB account is paid in GBP, a euro-area IBAN in EUR, a US account in USD).
 */
export function checkBankDetails(input: BankDetails, currency: CurrencyCode): Checked<ValidBankDetails> {
  const details = normalize(input);
  const errors = schemeErrors(details);
  if (errors.length) return { ok: false, errors };
  const accountCurrency = currencyOf(details);
  if (typeof accountCurrency !== 'string') {
    return {
      ok: false,
      errors: [{ field: 'iban', reason: `accounts in ${accountCurrency.unsupported} are not in a supported payout market` }],
    };
  }
  if (accountCurrency !== currency) {
    return { ok: false, errors: [{ field: 'currency', reason: `this account is paid in ${accountCurrency}, not ${currency}` }] };
  }
  const accountIdentity =
    details.scheme === 'IBAN'
      ? details.iban
      : details.scheme === 'US_ACH'
        ? `${details.routingNumber}/${details.accountNumber}`
        : `${details.sortCode}/${details.accountNumber}`;
  return {
    ok: true,
    value: { details, currency, masked: maskBankDetails(details), accountIdentity: `${details.scheme}:${accountIdentity}` },
  };
}

import { type CurrencyCode } from '@tradein/contracts';

/**
 * Offers are quoted in whole units of the currency (whole euros, pounds, dollars) and in tens of yen:
 * customers compare offers, and cents of precision promise an accuracy grading cannot deliver.
 * Values are in minor units (JPY has none, ISO 4217).
 */
export const OFFER_STEP_MINOR: Readonly<Record<CurrencyCode, bigint>> = { EUR: 100n, GBP: 100n, USD: 100n, JPY: 10n };

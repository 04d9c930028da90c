/** Money as the services send it: integer minor units as a decimal string and an ISO 4217 code. */
export interface Money {
  amountMinor: string;
  currency: string;
}

/**
 * Formats minor units without ever going through a float: the decimal string is built from the digits
 * and handed to Intl.NumberFormat, which accepts exact decimal strings. The number of minor digits
 * comes from Intl itself, so JPY (no minor unit) shows no decimals.
 */
export function formatMoney(money: Money, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minorToDecimal(money.amountMinor, digits) as unknown as number);
}

/** "22000", 2 → "220.00"; "-5", 2 → "-0.05"; "1500", 0 → "1500". */
export function minorToDecimal(amountMinor: string, digits: number): string {
  if (!/^-?\d+$/.test(amountMinor)) throw new Error(`amountMinor must be an integer string, got ${amountMinor}`);
  const negative = amountMinor.startsWith('-');
  const abs = negative ? amountMinor.slice(1) : amountMinor;
  if (digits === 0) return (negative ? '-' : '') + abs;
  const padded = abs.padStart(digits + 1, '0');
  return `${negative ? '-' : ''}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/** The locale used for a market's money: the UI language with the market's region (fr-FR, ja-JP, en-GB). */
export function moneyLocale(language: string, market: string | undefined): string {
  return market ? `${language}-${market}` : language;
}

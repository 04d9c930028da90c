/** Money as the API sends it: integer minor units as a decimal string, and an ISO currency. */
export interface Money {
  amountMinor: string;
  currency: string;
}

/** The locale money is shown in for each market (the shopper's language decides the words, the market the format). */
export const MARKET_LOCALES: Readonly<Record<string, string>> = {
  FR: 'fr-FR',
  DE: 'de-DE',
  ES: 'es-ES',
  IT: 'it-IT',
  GB: 'en-GB',
  US: 'en-US',
  JP: 'ja-JP',
};

/**
 * Formats minor units without ever going through a float: the minor units become an exact decimal string
 * (Intl knows each currency's digits: 2 for EUR, 0 for JPY) which Intl.NumberFormat formats as is.
 */
export function formatMoney(m: Money, market: string): string {
  const fmt = new Intl.NumberFormat(MARKET_LOCALES[market] ?? 'en-GB', { style: 'currency', currency: m.currency });
  const digits = fmt.resolvedOptions().maximumFractionDigits ?? 2;
  const minor = BigInt(m.amountMinor);
  const negative = minor < 0n;
  const abs = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
  const decimal = digits ? `${abs.slice(0, -digits)}.${abs.slice(-digits)}` : abs;
  return fmt.format(`${negative ? '-' : ''}${decimal}` as Intl.StringNumericLiteral);
}

export function formatDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));
}

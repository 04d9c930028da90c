import { type CurrencyCode, type Market } from '@tradein/contracts';

/** One base price: top-condition value of a model variant in a market, integer minor units. */
export interface PriceTableRow {
  readonly modelId: string;
  readonly variantId: string;
  readonly market: Market;
  readonly currency: CurrencyCode;
  readonly amountMinor: bigint;
}

export interface PriceTableProblem {
  /** 1-based line of the upload (CSV: the header is line 1; JSON: the row's position in `rows`). */
  readonly line: number;
  readonly field: string;
  readonly reason: string;
}

export type PriceTableParse =
  { readonly ok: true; readonly rows: readonly PriceTableRow[] } | { readonly ok: false; readonly problems: readonly PriceTableProblem[] };

/** Upload limits: a whole catalog is a few thousand rows; a bigger upload is a mistake or an attack. */
export const MAX_PRICE_TABLE_ROWS = 20_000;

/** Absurdly high base prices (a misplaced decimal point) are rejected: 20 000 units, 3 000 000 yen. */
export const MAX_BASE_PRICE_MINOR: Readonly<Record<CurrencyCode, bigint>> = {
  EUR: 2_000_000n,
  GBP: 2_000_000n,
  USD: 2_000_000n,
  JPY: 3_000_000n,
};

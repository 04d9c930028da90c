import { type CurrencyCode } from '@tradein/contracts';

export interface CurrencyBalance {
  currency: CurrencyCode;
  /** Sum of every line in the currency: zero when the books balance. */
  sumMinor: bigint;
  lineCount: number;
}

export interface LedgerInvariant {
  balanced: boolean;
  currencies: CurrencyBalance[];
  /** Journal entries whose own lines do not sum to zero (should never exist). */
  unbalancedEntryIds: string[];
}

export function ledgerInvariant(currencies: CurrencyBalance[], unbalancedEntryIds: string[]): LedgerInvariant {
  return {
    balanced: unbalancedEntryIds.length === 0 && currencies.every((c) => c.sumMinor === 0n),
    currencies: [...currencies].sort((a, b) => a.currency.localeCompare(b.currency)),
    unbalancedEntryIds,
  };
}

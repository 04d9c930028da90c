import { MARKETS, type Market } from '@tradein/contracts';
import { type CatalogModel } from '../../catalog/catalog.model';
import { applyBasisPoints, MARKET_CURRENCY, roundDownToStep } from '../../shared/minor-units';
import { OFFER_STEP_MINOR } from '../engine/currency-rounding';
import { type PriceTableRow } from './price-table-row';

/**
 * Converts a euro-cent reference value to each market's minor units, in basis points of a euro cent:
 * a market factor (southern EU resale prices run lower) times an exchange rate (GBP 0.86, USD 1.08, JPY 160 per euro,
 * so 1.6 yen per euro cent). Only the first, seeded table is derived this way; later tables are uploaded by ops.
 */
export const SEED_MARKET_BP: Readonly<Record<Market, bigint>> = {
  FR: 10_000n,
  DE: 10_000n,
  ES: 9_700n,
  IT: 9_700n,
  GB: 8_600n,
  US: 10_800n,
  JP: 16_000n,
};

export function seedPriceTableRows(catalog: readonly CatalogModel[]): PriceTableRow[] {
  return catalog.flatMap((model) =>
    model.variants.flatMap((variant) =>
      MARKETS.map((market) => {
        const currency = MARKET_CURRENCY[market];
        const variantCents = applyBasisPoints(BigInt(model.referenceValueEurCents), BigInt(variant.priceBp));
        const amountMinor = roundDownToStep(applyBasisPoints(variantCents, SEED_MARKET_BP[market]), OFFER_STEP_MINOR[currency]);
        return { modelId: model.id, variantId: variant.id, market, currency, amountMinor };
      }),
    ),
  );
}

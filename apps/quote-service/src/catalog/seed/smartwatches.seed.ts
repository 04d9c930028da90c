import { type CatalogModel, type CatalogVariant } from '../catalog.model';
import { watchVariants } from './variant-builders';

const watch = (
  id: string,
  brand: string,
  name: string,
  releaseDate: string,
  referenceValueEurCents: number,
  variants: CatalogVariant[],
): CatalogModel => ({
  id,
  brand,
  name,
  category: 'smartwatch',
  releaseDate,
  tacCodes: [],
  includedAccessories: ['charger'],
  referenceValueEurCents,
  variants,
});

export const SMARTWATCHES: readonly CatalogModel[] = [
  watch('apple-watch-ultra-3', 'Apple', 'Apple Watch Ultra 3', '2025-09', 52_000, [
    { id: '49mm-gps-cellular', edition: '49 mm', connectivity: 'gps-cellular', priceBp: 10_000 },
  ]),
  watch('apple-watch-ultra-2', 'Apple', 'Apple Watch Ultra 2', '2023-09', 38_000, [
    { id: '49mm-gps-cellular', edition: '49 mm', connectivity: 'gps-cellular', priceBp: 10_000 },
  ]),
  watch('apple-watch-ultra', 'Apple', 'Apple Watch Ultra', '2022-09', 26_000, [
    { id: '49mm-gps-cellular', edition: '49 mm', connectivity: 'gps-cellular', priceBp: 10_000 },
  ]),
  watch('apple-watch-series-10', 'Apple', 'Apple Watch Series 10', '2024-09', 22_000, watchVariants([42, 46])),
  watch('apple-watch-series-9', 'Apple', 'Apple Watch Series 9', '2023-09', 16_000, watchVariants([41, 45])),
  watch('apple-watch-se-2', 'Apple', 'Apple Watch SE (2nd generation)', '2022-09', 9_000, watchVariants([40, 44])),
  watch('samsung-galaxy-watch-ultra', 'Samsung', 'Galaxy Watch Ultra', '2024-07', 24_000, [
    { id: '47mm-lte', edition: '47 mm', connectivity: 'gps-cellular', priceBp: 10_000 },
  ]),
  watch('samsung-galaxy-watch7', 'Samsung', 'Galaxy Watch7', '2024-07', 12_000, watchVariants([40, 44])),
  watch('samsung-galaxy-watch6-classic', 'Samsung', 'Galaxy Watch6 Classic', '2023-08', 10_000, watchVariants([43, 47])),
  watch('google-pixel-watch-3', 'Google', 'Pixel Watch 3', '2024-09', 14_000, watchVariants([41, 45])),
  watch('garmin-fenix-8', 'Garmin', 'fēnix 8 AMOLED', '2024-08', 40_000, watchVariants([43, 47, 51], false)),
  watch('garmin-forerunner-965', 'Garmin', 'Forerunner 965', '2023-03', 22_000, watchVariants([47], false)),
];

import { type CatalogModel } from '../catalog.model';
import { storageConnectivityVariants } from './variant-builders';

const tablet = (
  id: string,
  brand: string,
  name: string,
  releaseDate: string,
  referenceValueEurCents: number,
  capacitiesGb: number[],
): CatalogModel => ({
  id,
  brand,
  name,
  category: 'tablet',
  releaseDate,
  tacCodes: [],
  includedAccessories: ['charger'],
  referenceValueEurCents,
  variants: storageConnectivityVariants(capacitiesGb),
});

export const TABLETS: readonly CatalogModel[] = [
  tablet('apple-ipad-pro-13-m4', 'Apple', 'iPad Pro 13-inch (M4)', '2024-05', 82_000, [256, 512, 1024, 2048]),
  tablet('apple-ipad-pro-11-m4', 'Apple', 'iPad Pro 11-inch (M4)', '2024-05', 64_000, [256, 512, 1024, 2048]),
  tablet('apple-ipad-air-11-m2', 'Apple', 'iPad Air 11-inch (M2)', '2024-05', 40_000, [128, 256, 512, 1024]),
  tablet('apple-ipad-10', 'Apple', 'iPad (10th generation)', '2022-10', 20_000, [64, 256]),
  tablet('apple-ipad-mini-a17-pro', 'Apple', 'iPad mini (A17 Pro)', '2024-10', 32_000, [128, 256, 512]),
  tablet('samsung-galaxy-tab-s10-ultra', 'Samsung', 'Galaxy Tab S10 Ultra', '2024-10', 60_000, [256, 512, 1024]),
  tablet('samsung-galaxy-tab-s9', 'Samsung', 'Galaxy Tab S9', '2023-08', 36_000, [128, 256]),
  tablet('microsoft-surface-pro-11', 'Microsoft', 'Surface Pro (11th Edition)', '2024-06', 52_000, [256, 512, 1024]),
];

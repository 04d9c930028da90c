import { type CatalogModel } from '../catalog.model';
import { storageVariants } from './variant-builders';

const phone = (
  id: string, brand: string, name: string, releaseDate: string, referenceValueEurCents: number, capacitiesGb: number[],
): CatalogModel => ({
  id, brand, name, category: 'smartphone', releaseDate, tacCodes: [], includedAccessories: [],
  referenceValueEurCents, variants: storageVariants(capacitiesGb),
});

/** Smartphones: reference values are top-condition trade-in values for the smallest capacity. */
export const SMARTPHONES: readonly CatalogModel[] = [
  phone('apple-iphone-17-pro-max', 'Apple', 'iPhone 17 Pro Max', '2025-09', 98_000, [256, 512, 1024, 2048]),
  phone('apple-iphone-17-pro', 'Apple', 'iPhone 17 Pro', '2025-09', 88_000, [256, 512, 1024]),
  phone('apple-iphone-air', 'Apple', 'iPhone Air', '2025-09', 76_000, [256, 512, 1024]),
  phone('apple-iphone-17', 'Apple', 'iPhone 17', '2025-09', 62_000, [256, 512]),
  phone('apple-iphone-16-pro-max', 'Apple', 'iPhone 16 Pro Max', '2024-09', 78_000, [256, 512, 1024]),
  phone('apple-iphone-16-pro', 'Apple', 'iPhone 16 Pro', '2024-09', 68_000, [128, 256, 512, 1024]),
  phone('apple-iphone-16', 'Apple', 'iPhone 16', '2024-09', 50_000, [128, 256, 512]),
  phone('apple-iphone-16e', 'Apple', 'iPhone 16e', '2025-02', 40_000, [128, 256, 512]),
  phone('apple-iphone-15-pro-max', 'Apple', 'iPhone 15 Pro Max', '2023-09', 62_000, [256, 512, 1024]),
  phone('apple-iphone-15-pro', 'Apple', 'iPhone 15 Pro', '2023-09', 52_000, [128, 256, 512, 1024]),
  phone('apple-iphone-15', 'Apple', 'iPhone 15', '2023-09', 38_000, [128, 256, 512]),
  phone('apple-iphone-14-pro', 'Apple', 'iPhone 14 Pro', '2022-09', 40_000, [128, 256, 512, 1024]),
  phone('apple-iphone-14', 'Apple', 'iPhone 14', '2022-09', 28_000, [128, 256, 512]),
  phone('apple-iphone-13', 'Apple', 'iPhone 13', '2021-09', 22_000, [128, 256, 512]),
  phone('apple-iphone-13-mini', 'Apple', 'iPhone 13 mini', '2021-09', 18_000, [128, 256, 512]),
  phone('apple-iphone-12', 'Apple', 'iPhone 12', '2020-10', 14_000, [64, 128, 256]),
  phone('apple-iphone-se-3', 'Apple', 'iPhone SE (3rd generation)', '2022-03', 11_000, [64, 128, 256]),
  phone('samsung-galaxy-s25-ultra', 'Samsung', 'Galaxy S25 Ultra', '2025-02', 72_000, [256, 512, 1024]),
  phone('samsung-galaxy-s25', 'Samsung', 'Galaxy S25', '2025-02', 42_000, [128, 256, 512]),
  phone('samsung-galaxy-s24-ultra', 'Samsung', 'Galaxy S24 Ultra', '2024-01', 52_000, [256, 512, 1024]),
  phone('samsung-galaxy-s24', 'Samsung', 'Galaxy S24', '2024-01', 30_000, [128, 256, 512]),
  phone('samsung-galaxy-s23', 'Samsung', 'Galaxy S23', '2023-02', 22_000, [128, 256, 512]),
  phone('samsung-galaxy-z-fold6', 'Samsung', 'Galaxy Z Fold6', '2024-07', 70_000, [256, 512, 1024]),
  phone('samsung-galaxy-z-flip6', 'Samsung', 'Galaxy Z Flip6', '2024-07', 38_000, [256, 512]),
  phone('samsung-galaxy-a55', 'Samsung', 'Galaxy A55 5G', '2024-03', 14_000, [128, 256]),
  phone('google-pixel-9-pro', 'Google', 'Pixel 9 Pro', '2024-08', 48_000, [128, 256, 512, 1024]),
  phone('google-pixel-9', 'Google', 'Pixel 9', '2024-08', 34_000, [128, 256]),
  phone('google-pixel-8', 'Google', 'Pixel 8', '2023-10', 22_000, [128, 256]),
  phone('google-pixel-8a', 'Google', 'Pixel 8a', '2024-05', 18_000, [128, 256]),
  phone('oneplus-12', 'OnePlus', 'OnePlus 12', '2024-01', 30_000, [256, 512]),
  phone('xiaomi-14', 'Xiaomi', 'Xiaomi 14', '2024-02', 28_000, [256, 512]),
  phone('fairphone-5', 'Fairphone', 'Fairphone 5', '2023-09', 20_000, [256]),
];

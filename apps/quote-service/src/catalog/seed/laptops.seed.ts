import { type CatalogModel, type CatalogVariant } from '../catalog.model';
import { editionVariants } from './variant-builders';

const laptop = (
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
  category: 'laptop',
  releaseDate,
  tacCodes: [],
  includedAccessories: ['charger'],
  referenceValueEurCents,
  variants,
});

export const LAPTOPS: readonly CatalogModel[] = [
  laptop(
    'apple-macbook-air-13-m3',
    'Apple',
    'MacBook Air 13-inch (M3)',
    '2024-03',
    62_000,
    editionVariants([
      ['8gb-256gb', '8 GB / 256 GB', 10_000, 256],
      ['16gb-512gb', '16 GB / 512 GB', 12_800, 512],
      ['24gb-1tb', '24 GB / 1 TB', 15_500, 1024],
    ]),
  ),
  laptop(
    'apple-macbook-air-13-m2',
    'Apple',
    'MacBook Air 13-inch (M2)',
    '2022-07',
    48_000,
    editionVariants([
      ['8gb-256gb', '8 GB / 256 GB', 10_000, 256],
      ['16gb-512gb', '16 GB / 512 GB', 12_800, 512],
    ]),
  ),
  laptop(
    'apple-macbook-air-13-m1',
    'Apple',
    'MacBook Air 13-inch (M1)',
    '2020-11',
    34_000,
    editionVariants([
      ['8gb-256gb', '8 GB / 256 GB', 10_000, 256],
      ['16gb-512gb', '16 GB / 512 GB', 13_000, 512],
    ]),
  ),
  laptop(
    'apple-macbook-pro-14-m4',
    'Apple',
    'MacBook Pro 14-inch (M4)',
    '2024-11',
    110_000,
    editionVariants([
      ['16gb-512gb', 'M4 16 GB / 512 GB', 10_000, 512],
      ['m4pro-24gb-512gb', 'M4 Pro 24 GB / 512 GB', 13_500, 512],
      ['m4max-36gb-1tb', 'M4 Max 36 GB / 1 TB', 22_000, 1024],
    ]),
  ),
  laptop(
    'apple-macbook-pro-14-m3',
    'Apple',
    'MacBook Pro 14-inch (M3)',
    '2023-11',
    88_000,
    editionVariants([
      ['8gb-512gb', 'M3 8 GB / 512 GB', 10_000, 512],
      ['m3pro-18gb-512gb', 'M3 Pro 18 GB / 512 GB', 13_500, 512],
    ]),
  ),
  laptop(
    'apple-macbook-pro-16-m3-pro',
    'Apple',
    'MacBook Pro 16-inch (M3 Pro)',
    '2023-11',
    130_000,
    editionVariants([
      ['18gb-512gb', 'M3 Pro 18 GB / 512 GB', 10_000, 512],
      ['m3max-36gb-1tb', 'M3 Max 36 GB / 1 TB', 14_500, 1024],
    ]),
  ),
  laptop(
    'dell-xps-13-9340',
    'Dell',
    'XPS 13 (9340)',
    '2024-03',
    52_000,
    editionVariants([
      ['16gb-512gb', 'Core Ultra 7 16 GB / 512 GB', 10_000, 512],
      ['32gb-1tb', 'Core Ultra 7 32 GB / 1 TB', 12_500, 1024],
    ]),
  ),
  laptop(
    'lenovo-thinkpad-x1-carbon-g12',
    'Lenovo',
    'ThinkPad X1 Carbon Gen 12',
    '2024-03',
    70_000,
    editionVariants([
      ['16gb-512gb', 'Core Ultra 5 16 GB / 512 GB', 10_000, 512],
      ['32gb-1tb', 'Core Ultra 7 32 GB / 1 TB', 12_800, 1024],
    ]),
  ),
  laptop(
    'microsoft-surface-laptop-7-13',
    'Microsoft',
    'Surface Laptop (7th Edition) 13.8-inch',
    '2024-06',
    56_000,
    editionVariants([
      ['16gb-256gb', 'Snapdragon X Plus 16 GB / 256 GB', 10_000, 256],
      ['16gb-512gb', 'Snapdragon X Elite 16 GB / 512 GB', 12_000, 512],
    ]),
  ),
  laptop(
    'hp-spectre-x360-14-2024',
    'HP',
    'Spectre x360 14 (2024)',
    '2024-02',
    58_000,
    editionVariants([
      ['16gb-1tb', 'Core Ultra 7 16 GB / 1 TB', 10_000, 1024],
      ['32gb-2tb', 'Core Ultra 7 32 GB / 2 TB', 12_000, 2048],
    ]),
  ),
];

import { type CatalogModel, type CatalogVariant } from '../catalog.model';
import { editionVariants, storageVariants } from './variant-builders';

const console_ = (
  id: string,
  brand: string,
  name: string,
  releaseDate: string,
  referenceValueEurCents: number,
  variants: CatalogVariant[],
  includedAccessories: string[],
): CatalogModel => ({
  id,
  brand,
  name,
  category: 'console',
  releaseDate,
  tacCodes: [],
  includedAccessories,
  referenceValueEurCents,
  variants,
});

const PLAYSTATION_BOX = ['controller', 'power-cable', 'hdmi-cable'];
const XBOX_BOX = ['controller', 'power-cable', 'hdmi-cable'];

/** Home and handheld consoles; the value assumes the controllers and cables that came in the box. */
export const CONSOLES: readonly CatalogModel[] = [
  console_('sony-playstation-5-pro', 'Sony', 'PlayStation 5 Pro', '2024-11', 52_000, storageVariants([2048]), PLAYSTATION_BOX),
  console_(
    'sony-playstation-5-slim',
    'Sony',
    'PlayStation 5 Slim',
    '2023-11',
    30_000,
    editionVariants([
      ['disc', 'Disc edition', 10_000, 1024],
      ['digital', 'Digital edition', 8_600, 1024],
    ]),
    PLAYSTATION_BOX,
  ),
  console_(
    'sony-playstation-5',
    'Sony',
    'PlayStation 5',
    '2020-11',
    26_000,
    editionVariants([
      ['disc', 'Disc edition', 10_000, 825],
      ['digital', 'Digital edition', 8_500, 825],
    ]),
    PLAYSTATION_BOX,
  ),
  console_('sony-playstation-4-pro', 'Sony', 'PlayStation 4 Pro', '2016-11', 9_000, storageVariants([1024]), PLAYSTATION_BOX),
  console_(
    'sony-playstation-portal',
    'Sony',
    'PlayStation Portal',
    '2023-11',
    11_000,
    editionVariants([['standard', 'Standard', 10_000]]),
    ['usb-c-cable'],
  ),
  console_(
    'microsoft-xbox-series-x',
    'Microsoft',
    'Xbox Series X',
    '2020-11',
    26_000,
    editionVariants([
      ['1tb-disc', 'Disc edition', 10_000, 1024],
      ['1tb-digital', 'Digital edition (white)', 9_000, 1024],
      ['2tb-galaxy', '2 TB Galaxy Black', 12_500, 2048],
    ]),
    XBOX_BOX,
  ),
  console_('microsoft-xbox-series-s', 'Microsoft', 'Xbox Series S', '2020-11', 14_000, storageVariants([512, 1024], 1_800), XBOX_BOX),
  console_(
    'nintendo-switch-2',
    'Nintendo',
    'Nintendo Switch 2',
    '2025-06',
    32_000,
    editionVariants([
      ['standard', 'Standard', 10_000, 256],
      ['mario-kart-world-bundle', 'Mario Kart World bundle', 10_800, 256],
    ]),
    ['joy-con-pair', 'dock', 'ac-adapter', 'hdmi-cable', 'joy-con-grip'],
  ),
  console_('nintendo-switch-oled', 'Nintendo', 'Nintendo Switch – OLED Model', '2021-10', 17_000, storageVariants([64]), [
    'joy-con-pair',
    'dock',
    'ac-adapter',
    'hdmi-cable',
    'joy-con-grip',
  ]),
  console_('nintendo-switch', 'Nintendo', 'Nintendo Switch', '2017-03', 11_000, storageVariants([32]), [
    'joy-con-pair',
    'dock',
    'ac-adapter',
    'hdmi-cable',
    'joy-con-grip',
  ]),
  console_('nintendo-switch-lite', 'Nintendo', 'Nintendo Switch Lite', '2019-09', 8_000, storageVariants([32]), ['ac-adapter']),
  console_('valve-steam-deck-oled', 'Valve', 'Steam Deck OLED', '2023-11', 36_000, storageVariants([512, 1024], 1_500), [
    'power-supply',
    'carrying-case',
  ]),
];

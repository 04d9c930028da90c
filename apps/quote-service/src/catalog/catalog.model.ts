import { type DeviceCategory } from '@tradein/contracts';

export type Connectivity = 'wifi' | 'cellular' | 'gps' | 'gps-cellular';

/** One sellable configuration of a model: what changes its price (storage, connectivity, edition). */
export interface CatalogVariant {
  readonly id: string;
  readonly storageGb?: number;
  readonly connectivity?: Connectivity;
  readonly edition?: string;
  /** Price uplift over the model's reference variant, in basis points (10 000 = same price). */
  readonly priceBp: number;
}

export interface CatalogModel {
  readonly id: string;
  readonly brand: string;
  readonly name: string;
  readonly category: DeviceCategory;
  /** Month of release, `YYYY-MM`. */
  readonly releaseDate: string;
  /**
   * 8-digit GSMA type allocation codes. Seeded empty where no verified code is at hand: ops extend the TAC
   * table, and a device without one is identified by its serial number.
   */
  readonly tacCodes: readonly string[];
  /** What comes in the box and counts for the value (consoles: controllers, cables). */
  readonly includedAccessories: readonly string[];
  /** Top-condition trade-in value of the reference variant in euro cents; seeds the first price table. */
  readonly referenceValueEurCents: number;
  readonly variants: readonly CatalogVariant[];
}

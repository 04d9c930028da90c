import { type CatalogVariant, type Connectivity } from '../catalog.model';

/**
 * Storage ladders: each step up is worth a fixed uplift over the smallest capacity, in basis points.
 * (Resale spreads between capacities are roughly 8–15 % a step for phones and tablets.)
 */
export function storageVariants(capacitiesGb: readonly number[], stepBp = 1_200): CatalogVariant[] {
  return capacitiesGb.map((gb, i) => ({ id: `${gb}gb`, storageGb: gb, priceBp: 10_000 + i * stepBp }));
}

/** Storage × connectivity (tablets): cellular adds a fixed uplift. */
export function storageConnectivityVariants(capacitiesGb: readonly number[], cellularBp = 1_000, stepBp = 1_200): CatalogVariant[] {
  const connectivities: Array<[Connectivity, number]> = [
    ['wifi', 0],
    ['cellular', cellularBp],
  ];
  return capacitiesGb.flatMap((gb, i) =>
    connectivities.map(([connectivity, extra]) => ({
      id: `${gb}gb-${connectivity}`,
      storageGb: gb,
      connectivity,
      priceBp: 10_000 + i * stepBp + extra,
    })),
  );
}

/** Watches: case size × GPS / GPS + cellular. */
export function watchVariants(caseSizesMm: readonly number[], withCellular = true): CatalogVariant[] {
  return caseSizesMm.flatMap((mm, i) => {
    const gps: CatalogVariant = { id: `${mm}mm-gps`, edition: `${mm} mm`, connectivity: 'gps', priceBp: 10_000 + i * 800 };
    if (!withCellular) return [gps];
    return [gps, { id: `${mm}mm-gps-cellular`, edition: `${mm} mm`, connectivity: 'gps-cellular', priceBp: 11_200 + i * 800 }];
  });
}

/** Editions with their own uplift (console disc / digital, laptop chip and memory configurations). */
export function editionVariants(
  editions: ReadonlyArray<[id: string, label: string, priceBp: number, storageGb?: number]>,
): CatalogVariant[] {
  return editions.map(([id, edition, priceBp, storageGb]) => ({ id, edition, priceBp, ...(storageGb ? { storageGb } : {}) }));
}

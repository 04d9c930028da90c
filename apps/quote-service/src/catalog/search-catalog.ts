import { type DeviceCategory } from '@tradein/contracts';
import { type CatalogModel } from './catalog.model';

export interface CatalogQuery {
  readonly category?: DeviceCategory;
  readonly brand?: string;
  /** Free text over brand and name, every word must match (case and accents ignored). */
  readonly q?: string;
  readonly tac?: string;
}

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Catalog browsing: filter, then newest first (what sellers look for), then by name for a stable order. */
export function searchCatalog(models: readonly CatalogModel[], query: CatalogQuery): CatalogModel[] {
  const words = query.q ? fold(query.q).split(/\s+/).filter(Boolean) : [];
  return models
    .filter((m) => !query.category || m.category === query.category)
    .filter((m) => !query.brand || fold(m.brand) === fold(query.brand))
    .filter((m) => !query.tac || m.tacCodes.includes(query.tac))
    .filter((m) => {
      const text = fold(`${m.brand} ${m.name} ${m.id}`);
      return words.every((w) => text.includes(w));
    })
    .sort((a, b) => b.releaseDate.localeCompare(a.releaseDate) || a.name.localeCompare(b.name));
}

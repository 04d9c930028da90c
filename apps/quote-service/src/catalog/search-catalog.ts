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

interface IndexedModel {
  model: CatalogModel;
  brand: string;
  text: string;
}

const byName = new Intl.Collator();
/** Per catalog (an immutable list shipped with the service): its models newest first, folded once, not per request. */
const indexes = new WeakMap<readonly CatalogModel[], readonly IndexedModel[]>();

function indexOf(models: readonly CatalogModel[]): readonly IndexedModel[] {
  let index = indexes.get(models);
  if (!index) {
    index = [...models]
      .sort((a, b) => b.releaseDate.localeCompare(a.releaseDate) || byName.compare(a.name, b.name))
      .map((model) => ({ model, brand: fold(model.brand), text: fold(`${model.brand} ${model.name} ${model.id}`) }));
    indexes.set(models, index);
  }
  return index;
}

/** Catalog browsing: filter, then newest first (what sellers look for), then by name for a stable order. */
export function searchCatalog(models: readonly CatalogModel[], query: CatalogQuery): CatalogModel[] {
  const words = query.q ? fold(query.q).split(/\s+/).filter(Boolean) : [];
  const brand = query.brand ? fold(query.brand) : undefined;
  const found: CatalogModel[] = [];
  for (const m of indexOf(models)) {
    if (query.category && m.model.category !== query.category) continue;
    if (brand !== undefined && m.brand !== brand) continue;
    if (query.tac && !m.model.tacCodes.includes(query.tac)) continue;
    if (words.every((w) => m.text.includes(w))) found.push(m.model);
  }
  return found;
}

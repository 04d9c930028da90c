import { CATALOG_SEED } from './seed/catalog.seed';
import { searchCatalog } from './search-catalog';

describe('searchCatalog', () => {
  it('filters by category, newest first', () => {
    const consoles = searchCatalog(CATALOG_SEED, { category: 'console' });
    expect(consoles.every((m) => m.category === 'console')).toBe(true);
    expect(consoles[0].releaseDate >= consoles.at(-1)!.releaseDate).toBe(true);
  });
  it('matches every word, ignoring case and accents', () => {
    expect(searchCatalog(CATALOG_SEED, { q: 'iphone 15 PRO' }).map((m) => m.id)).toEqual([
      'apple-iphone-15-pro',
      'apple-iphone-15-pro-max',
    ]);
    expect(searchCatalog(CATALOG_SEED, { q: 'fenix' }).map((m) => m.id)).toEqual(['garmin-fenix-8']);
  });
  it('filters by brand', () => {
    const nintendo = searchCatalog(CATALOG_SEED, { brand: 'nintendo' });
    expect(nintendo.length).toBe(4);
    expect(nintendo.every((m) => m.brand === 'Nintendo')).toBe(true);
  });
  it('finds nothing for an unknown model', () => {
    expect(searchCatalog(CATALOG_SEED, { q: 'nokia 3310' })).toEqual([]);
  });
});

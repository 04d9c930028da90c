import { type StoredPage, storePage } from './stored-page';

/**
 * Catalog pages already serialised (and gzipped), by what they depend on: the query and, when priced, the price-table version
 * (a version never changes once written). Browsing is the widget's and the console's busiest read and the page is
 * about 13 KB of JSON: built once, then served as the same string (issue 15: ≈ 1.1 ms of CPU per request before).
 * Bounded: free-text queries cannot grow it without limit; the least recently used page goes first.
 */
export class CatalogAnswers {
  private readonly pages = new Map<string, StoredPage>();

  constructor(private readonly maxPages = 500) {}

  /** The stored page for `key`, built by `build` on a miss. */
  get(key: readonly unknown[], build: () => unknown): StoredPage {
    const k = JSON.stringify(key);
    const hit = this.pages.get(k);
    if (hit !== undefined) {
      this.pages.delete(k);
      this.pages.set(k, hit);
      return hit;
    }
    const page = storePage(JSON.stringify(build()));
    if (this.pages.size >= this.maxPages) this.pages.delete(this.pages.keys().next().value as string);
    this.pages.set(k, page);
    return page;
  }

  get size(): number {
    return this.pages.size;
  }
}

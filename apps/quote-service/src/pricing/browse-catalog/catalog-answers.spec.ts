import { gunzipSync } from 'node:zlib';
import { CatalogAnswers } from './catalog-answers';

const text = (page: { identity: Buffer }) => page.identity.toString('utf8');

describe('CatalogAnswers', () => {
  it('builds a page once per key and serves the same stored bytes after', () => {
    const answers = new CatalogAnswers();
    let builds = 0;
    const build = () => ({ items: [{ id: 'm', price: { amountMinor: '100', currency: 'EUR' } }], n: ++builds });
    const first = answers.get([3, 'FR', 'smartphone'], build);
    expect(answers.get([3, 'FR', 'smartphone'], build)).toBe(first);
    expect(JSON.parse(text(first))).toEqual({ items: [{ id: 'm', price: { amountMinor: '100', currency: 'EUR' } }], n: 1 });
    expect(gunzipSync(first.gzip).equals(first.identity)).toBe(true);
    expect(builds).toBe(1);
  });

  it('keeps a new price-table version apart from the old one, each with its own validator', () => {
    const answers = new CatalogAnswers();
    const v3 = answers.get([3, 'FR'], () => ({ v: 3 }));
    const v4 = answers.get([4, 'FR'], () => ({ v: 4 }));
    expect([text(v3), text(v4)]).toEqual(['{"v":3}', '{"v":4}']);
    expect(v3.etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(v4.etag).not.toBe(v3.etag);
  });

  it('stays bounded, dropping the least recently used page', () => {
    const answers = new CatalogAnswers(2);
    answers.get(['a'], () => 'a');
    answers.get(['b'], () => 'b');
    answers.get(['a'], () => 'never built');
    answers.get(['c'], () => 'c');
    expect(answers.size).toBe(2);
    expect(text(answers.get(['a'], () => 'rebuilt'))).toBe('"a"');
    expect(text(answers.get(['b'], () => 'rebuilt'))).toBe('"rebuilt"');
  });
});

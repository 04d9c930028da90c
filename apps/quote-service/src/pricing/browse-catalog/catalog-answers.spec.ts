import { CatalogAnswers } from './catalog-answers';

describe('CatalogAnswers', () => {
  it('builds a page once per key and serves the same serialised string after', () => {
    const answers = new CatalogAnswers();
    let builds = 0;
    const build = () => ({ items: [{ id: 'm', price: { amountMinor: '100', currency: 'EUR' } }], n: ++builds });
    const first = answers.get([3, 'FR', 'smartphone'], build);
    expect(answers.get([3, 'FR', 'smartphone'], build)).toBe(first);
    expect(JSON.parse(first)).toEqual({ items: [{ id: 'm', price: { amountMinor: '100', currency: 'EUR' } }], n: 1 });
    expect(builds).toBe(1);
  });

  it('keeps a new price-table version apart from the old one', () => {
    const answers = new CatalogAnswers();
    expect(answers.get([3, 'FR'], () => ({ v: 3 }))).toBe('{"v":3}');
    expect(answers.get([4, 'FR'], () => ({ v: 4 }))).toBe('{"v":4}');
  });

  it('stays bounded, dropping the least recently used page', () => {
    const answers = new CatalogAnswers(2);
    answers.get(['a'], () => 'a');
    answers.get(['b'], () => 'b');
    answers.get(['a'], () => 'never built');
    answers.get(['c'], () => 'c');
    expect(answers.size).toBe(2);
    expect(answers.get(['a'], () => 'rebuilt')).toBe('"a"');
    expect(answers.get(['b'], () => 'rebuilt')).toBe('"rebuilt"');
  });
});

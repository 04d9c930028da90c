import { diffPrices, parsePriceCsv, type PriceRow } from './price-diff';

const row = (modelId: string, amountMinor: string, market = 'FR', currency = 'EUR'): PriceRow => ({
  modelId,
  variantId: '128gb',
  market,
  currency,
  amountMinor,
});

describe('parsePriceCsv', () => {
  it('reads rows and names bad lines', () => {
    const r = parsePriceCsv('model_id,variant_id,market,currency,amount_minor\na,128gb,FR,EUR,22000\nb,128gb,FR,EUR,12.5\n\nc,128gb,FR\n');
    expect(r.rows).toEqual([row('a', '22000')]);
    expect(r.problems).toEqual([
      { line: 3, reason: 'amount_minor must be a whole number of minor units' },
      { line: 5, reason: 'five columns expected' },
    ]);
  });
  it('refuses a wrong header', () => {
    expect(parsePriceCsv('a,b\n').problems[0]!.line).toBe(1);
  });
});

describe('diffPrices', () => {
  it('lists added, changed (with the delta) and removed rows', () => {
    const changes = diffPrices([row('a', '100'), row('b', '200'), row('c', '300')], [row('a', '100'), row('b', '150'), row('d', '50')]);
    expect(changes).toEqual([
      { kind: 'changed', row: row('b', '150'), before: row('b', '200'), deltaMinor: '-50' },
      { kind: 'removed', row: row('c', '300') },
      { kind: 'added', row: row('d', '50') },
    ]);
  });
});

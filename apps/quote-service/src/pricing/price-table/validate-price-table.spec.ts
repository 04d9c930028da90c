import { CATALOG_SEED } from '../../catalog/seed/catalog.seed';
import { readCsv } from './csv-lines';
import { parsePriceTableCsv, parsePriceTableJson } from './validate-price-table';

const HEADER = 'model_id,variant_id,market,currency,amount_minor';

describe('readCsv', () => {
  it('reads quoted fields, escaped quotes, CRLF and blank lines with their line numbers', () => {
    const r = readCsv('a,b\r\n"x, y","say ""hi"""\n\nlast,1\n');
    expect(r).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['x, y', 'say "hi"'] },
        { line: 4, fields: ['last', '1'] },
      ],
    });
  });
  it('reports an unterminated quote', () => {
    expect(readCsv('a\n"oops\n')).toMatchObject({ ok: false, reason: 'unterminated quoted field' });
  });
});

describe('parsePriceTableCsv', () => {
  it('accepts a valid table', () => {
    const r = parsePriceTableCsv(`${HEADER}\napple-iphone-16,128gb,FR,EUR,51000\napple-iphone-16,128gb,JP,JPY,81000\n`, CATALOG_SEED);
    expect(r).toEqual({
      ok: true,
      rows: [
        { modelId: 'apple-iphone-16', variantId: '128gb', market: 'FR', currency: 'EUR', amountMinor: 51_000n },
        { modelId: 'apple-iphone-16', variantId: '128gb', market: 'JP', currency: 'JPY', amountMinor: 81_000n },
      ],
    });
  });

  it('rejects the whole table, naming each bad line and the reason', () => {
    const csv = [
      HEADER,
      'apple-iphone-16,128gb,FR,EUR,51000',
      'apple-iphone-99,128gb,FR,EUR,51000',
      'apple-iphone-16,64gb,FR,EUR,51000',
      'apple-iphone-16,128gb,GB,EUR,51000',
      'apple-iphone-16,128gb,DE,EUR,-5',
      'apple-iphone-16,128gb,ES,EUR,12.50',
      'apple-iphone-16,128gb,IT,EUR,999999999',
      'apple-iphone-16,128gb,FR,EUR,52000',
      'apple-iphone-16,128gb,XX,EUR,1',
      'apple-iphone-16,128gb',
    ].join('\n');
    const r = parsePriceTableCsv(csv, CATALOG_SEED);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'model_id'],
      [4, 'variant_id'],
      [5, 'currency'],
      [6, 'amount_minor'],
      [7, 'amount_minor'],
      [8, 'amount_minor'],
      [9, 'row'],
      [10, 'market'],
      [11, 'row'],
    ]);
    expect(r.problems.find((p) => p.line === 5)!.reason).toBe('market GB trades in GBP, not EUR');
    expect(r.problems.find((p) => p.line === 9)!.reason).toMatch(/duplicates line 2/);
  });

  it('rejects a wrong header and an empty body', () => {
    expect(parsePriceTableCsv('model,variant\n', CATALOG_SEED)).toMatchObject({ ok: false, problems: [{ line: 1, field: 'header' }] });
    expect(parsePriceTableCsv(`${HEADER}\n`, CATALOG_SEED)).toMatchObject({ ok: false, problems: [{ field: 'rows' }] });
    expect(parsePriceTableCsv('', CATALOG_SEED)).toMatchObject({ ok: false });
  });
});

describe('parsePriceTableJson', () => {
  it('accepts rows with string or safe-integer amounts', () => {
    const r = parsePriceTableJson(
      {
        rows: [
          { modelId: 'nintendo-switch-2', variantId: 'standard', market: 'US', currency: 'USD', amountMinor: '34000' },
          { modelId: 'nintendo-switch-2', variantId: 'standard', market: 'GB', currency: 'GBP', amountMinor: 27000 },
        ],
      },
      CATALOG_SEED,
    );
    expect(r.ok && r.rows.map((x) => x.amountMinor)).toEqual([34_000n, 27_000n]);
  });
  it('rejects unknown fields, non-objects and a missing rows array', () => {
    expect(
      parsePriceTableJson(
        { rows: [{ modelId: 'nintendo-switch-2', variantId: 'standard', market: 'US', currency: 'USD', amountMinor: '1', extra: 1 }] },
        CATALOG_SEED,
      ),
    ).toMatchObject({ ok: false, problems: [{ line: 1, field: 'extra' }] });
    expect(parsePriceTableJson({ rows: [42] }, CATALOG_SEED)).toMatchObject({ ok: false, problems: [{ line: 1, field: 'row' }] });
    expect(parsePriceTableJson({}, CATALOG_SEED)).toMatchObject({ ok: false, problems: [{ field: 'rows' }] });
    expect(parsePriceTableJson({ rows: [], note: 'x' }, CATALOG_SEED)).toMatchObject({ ok: false, problems: [{ field: 'note' }] });
  });
  it('rejects floating-point amounts', () => {
    expect(
      parsePriceTableJson(
        { rows: [{ modelId: 'nintendo-switch-2', variantId: 'standard', market: 'US', currency: 'USD', amountMinor: 340.5 }] },
        CATALOG_SEED,
      ),
    ).toMatchObject({ ok: false, problems: [{ field: 'amount_minor' }] });
  });
});

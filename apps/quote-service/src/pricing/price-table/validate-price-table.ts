import { CURRENCIES, MARKETS, type CurrencyCode, type Market } from '@tradein/contracts';
import { type CatalogModel } from '../../catalog/catalog.model';
import { MARKET_CURRENCY } from '../../shared/minor-units';
import { readCsv } from './csv-lines';
import {
  MAX_BASE_PRICE_MINOR,
  MAX_PRICE_TABLE_ROWS,
  type PriceTableParse,
  type PriceTableProblem,
  type PriceTableRow,
} from './price-table-row';

export const PRICE_TABLE_CSV_HEADER = ['model_id', 'variant_id', 'market', 'currency', 'amount_minor'] as const;

interface RawRow {
  readonly line: number;
  readonly modelId: unknown;
  readonly variantId: unknown;
  readonly market: unknown;
  readonly currency: unknown;
  readonly amountMinor: unknown;
}

/** Parses and validates a CSV upload as a whole: any bad row rejects the table, every problem is reported. */
export function parsePriceTableCsv(text: string, catalog: readonly CatalogModel[]): PriceTableParse {
  const csv = readCsv(text);
  if (!csv.ok) return { ok: false, problems: [{ line: csv.line, field: 'csv', reason: csv.reason }] };
  const [header, ...body] = csv.records;
  if (!header) return { ok: false, problems: [{ line: 1, field: 'csv', reason: 'empty upload' }] };
  const normalised = header.fields.map((f) => f.trim().toLowerCase());
  if (normalised.join(',') !== PRICE_TABLE_CSV_HEADER.join(',')) {
    return { ok: false, problems: [{ line: header.line, field: 'header', reason: `must be ${PRICE_TABLE_CSV_HEADER.join(',')}` }] };
  }
  const problems: PriceTableProblem[] = [];
  const raws: RawRow[] = [];
  for (const record of body) {
    if (record.fields.length !== PRICE_TABLE_CSV_HEADER.length) {
      problems.push({
        line: record.line,
        field: 'row',
        reason: `has ${record.fields.length} fields, expected ${PRICE_TABLE_CSV_HEADER.length}`,
      });
      continue;
    }
    const [modelId, variantId, market, currency, amountMinor] = record.fields.map((f) => f.trim());
    raws.push({ line: record.line, modelId, variantId, market, currency, amountMinor });
  }
  return validateRows(raws, catalog, problems);
}

/** Parses a JSON upload `{ "rows": [{ modelId, variantId, market, currency, amountMinor }] }`. */
export function parsePriceTableJson(body: unknown, catalog: readonly CatalogModel[]): PriceTableParse {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { rows?: unknown }).rows)) {
    return { ok: false, problems: [{ line: 0, field: 'rows', reason: 'must be an array of price rows' }] };
  }
  const extra = Object.keys(body).filter((k) => k !== 'rows');
  if (extra.length) return { ok: false, problems: [{ line: 0, field: extra[0], reason: 'is not a known field' }] };
  const problems: PriceTableProblem[] = [];
  const raws: RawRow[] = [];
  (body as { rows: unknown[] }).rows.forEach((row, i) => {
    const line = i + 1;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      problems.push({ line, field: 'row', reason: 'must be an object' });
      return;
    }
    const r = row as Record<string, unknown>;
    const unknownKey = Object.keys(r).find((k) => !['modelId', 'variantId', 'market', 'currency', 'amountMinor'].includes(k));
    if (unknownKey) problems.push({ line, field: unknownKey, reason: 'is not a known field' });
    raws.push({ line, modelId: r.modelId, variantId: r.variantId, market: r.market, currency: r.currency, amountMinor: r.amountMinor });
  });
  return validateRows(raws, catalog, problems);
}

function validateRows(raws: readonly RawRow[], catalog: readonly CatalogModel[], problems: PriceTableProblem[]): PriceTableParse {
  if (raws.length + problems.length === 0) problems.push({ line: 0, field: 'rows', reason: 'a price table needs at least one row' });
  if (raws.length > MAX_PRICE_TABLE_ROWS) {
    return { ok: false, problems: [{ line: 0, field: 'rows', reason: `at most ${MAX_PRICE_TABLE_ROWS} rows` }] };
  }
  const models = new Map(catalog.map((m) => [m.id, m]));
  const seen = new Map<string, number>();
  const rows: PriceTableRow[] = [];
  for (const raw of raws) {
    const before = problems.length;
    const bad = (field: string, reason: string): void => {
      problems.push({ line: raw.line, field, reason });
    };
    const model = typeof raw.modelId === 'string' ? models.get(raw.modelId) : undefined;
    if (!model) bad('model_id', `unknown model ${JSON.stringify(raw.modelId)}`);
    else if (typeof raw.variantId !== 'string' || !model.variants.some((v) => v.id === raw.variantId)) {
      bad('variant_id', `unknown variant ${JSON.stringify(raw.variantId)} of ${model.id}`);
    }
    const market = MARKETS.find((m) => m === raw.market);
    if (!market) bad('market', `must be one of ${MARKETS.join(', ')}`);
    const currency = CURRENCIES.find((c) => c === raw.currency);
    if (!currency) bad('currency', `must be one of ${CURRENCIES.join(', ')}`);
    else if (market && MARKET_CURRENCY[market] !== currency)
      bad('currency', `market ${market} trades in ${MARKET_CURRENCY[market]}, not ${currency}`);
    const amount = parseAmount(raw.amountMinor, currency);
    if (typeof amount === 'string') bad('amount_minor', amount);
    if (problems.length > before || !model || !market || !currency || typeof amount !== 'bigint') continue;

    const key = `${model.id}|${raw.variantId as string}|${market}`;
    const first = seen.get(key);
    if (first !== undefined) {
      bad('row', `duplicates line ${first} (${model.id} ${raw.variantId as string} ${market})`);
      continue;
    }
    seen.set(key, raw.line);
    rows.push({
      modelId: model.id,
      variantId: raw.variantId as string,
      market: market as Market,
      currency: currency as CurrencyCode,
      amountMinor: amount,
    });
  }
  if (problems.length) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  return { ok: true, rows };
}

function parseAmount(value: unknown, currency: CurrencyCode | undefined): bigint | string {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || !/^-?\d{1,19}$/.test(text)) return 'must be an integer number of minor units';
  const amount = BigInt(text);
  if (amount <= 0n) return 'must be positive';
  if (currency && amount > MAX_BASE_PRICE_MINOR[currency])
    return `exceeds the plausible maximum ${MAX_BASE_PRICE_MINOR[currency]} for ${currency}`;
  return amount;
}

/** One price row: model × variant × market → amount in minor units of the market's currency. */
export interface PriceRow {
  modelId: string;
  variantId: string;
  market: string;
  currency: string;
  amountMinor: string;
}

export type PriceChange =
  | { kind: 'added'; row: PriceRow }
  | { kind: 'removed'; row: PriceRow }
  | { kind: 'changed'; row: PriceRow; before: PriceRow; deltaMinor: string };

export interface ParsedCsv {
  rows: PriceRow[];
  problems: Array<{ line: number; reason: string }>;
}

const HEADER = ['model_id', 'variant_id', 'market', 'currency', 'amount_minor'];

/**
 * Reads the CSV the price-table endpoint takes, only far enough to show the diff; the server validates the
 * table as a whole again (catalog ids, market currencies) when it is activated.
 */
export function parsePriceCsv(text: string): ParsedCsv {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim().toLowerCase());
  if (HEADER.some((h, i) => header[i] !== h)) return { rows: [], problems: [{ line: 1, reason: `header must be ${HEADER.join(',')}` }] };
  const rows: PriceRow[] = [];
  const problems: ParsedCsv['problems'] = [];
  lines.slice(1).forEach((raw, i) => {
    if (!raw.trim()) return;
    const [modelId, variantId, market, currency, amountMinor] = raw.split(',').map((c) => c.trim());
    if (!modelId || !variantId || !market || !currency || !amountMinor) problems.push({ line: i + 2, reason: 'five columns expected' });
    else if (!/^\d+$/.test(amountMinor)) problems.push({ line: i + 2, reason: 'amount_minor must be a whole number of minor units' });
    else rows.push({ modelId, variantId, market, currency, amountMinor });
  });
  return { rows, problems };
}

const keyOf = (r: PriceRow) => `${r.modelId}|${r.variantId}|${r.market}`;

/** The upload replaces the whole table: rows it lacks are removed, the others added or changed. */
export function diffPrices(current: PriceRow[], next: PriceRow[]): PriceChange[] {
  const before = new Map(current.map((r) => [keyOf(r), r]));
  const after = new Map(next.map((r) => [keyOf(r), r]));
  const changes: PriceChange[] = [];
  for (const [k, row] of after) {
    const old = before.get(k);
    if (!old) changes.push({ kind: 'added', row });
    else if (old.amountMinor !== row.amountMinor || old.currency !== row.currency) {
      changes.push({ kind: 'changed', row, before: old, deltaMinor: (BigInt(row.amountMinor) - BigInt(old.amountMinor)).toString() });
    }
  }
  for (const [k, row] of before) if (!after.has(k)) changes.push({ kind: 'removed', row });
  return changes.sort((a, b) => keyOf(a.row).localeCompare(keyOf(b.row)));
}

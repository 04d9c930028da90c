import { answered, type Money, type PayoutView, type StockItemView, type TradeInFlows } from '../platform-client';
import { type Tracked, money } from './tracked';

export interface Summary {
  byState: Record<string, number>;
  /** This run's payouts: per currency, how many and how much, by status. */
  payouts: Record<string, { count: number; paid: number; paidMinor: string; byMethod: Record<string, number> }>;
  /** Every ledger account of the platform, summed per account kind and currency (all runs, not only this one). */
  ledger: Record<string, Record<string, string>>;
  ledgerBalanced: boolean;
  /** This run's devices in sellable stock, per marketplace grade. */
  stockByGrade: Record<string, number>;
  stocked: number;
  storeDiscrepancies: Array<{ tradeInId: string; amount: Money }>;
  /** Cross-checks between the services' own views; each names what disagreed. */
  inconsistencies: string[];
}

type StockItem = Pick<StockItemView, 'tradeInId' | 'marketplaceGrade' | 'cosmeticGrade'>;

async function allStock(f: TradeInFlows): Promise<StockItem[]> {
  const items: StockItem[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await answered(
      f.client.grading({ token: f.actors.ops }).GET('/v1/stock', { params: { query: { limit: 500, offset } } }),
      200,
      `GET grading-service /v1/stock?limit=500&offset=${offset}`,
    );
    items.push(...page.items);
    if (page.items.length < 500) return items;
  }
}

/** Reads back what the run produced from each service's public API. */
export async function summarize(f: TradeInFlows, tracked: Tracked[]): Promise<Summary> {
  const mine = tracked.filter((t) => t.tradeInId);
  const views = await Promise.all(mine.map((t) => f.tradeIn(t.tradeInId!)));
  const byState: Record<string, number> = {};
  for (const v of views) byState[v.state] = (byState[v.state] ?? 0) + 1;

  const payouts: Summary['payouts'] = {};
  const perTradeIn = new Map<string, PayoutView[]>(
    await Promise.all(mine.map(async (t) => [t.tradeInId!, await f.payoutsOf(t.tradeInId!)] as const)),
  );
  const allPayouts = [...perTradeIn.values()].flat();
  for (const p of allPayouts) {
    const c = (payouts[p.amount.currency] ??= { count: 0, paid: 0, paidMinor: '0', byMethod: {} });
    c.count++;
    c.byMethod[p.method] = (c.byMethod[p.method] ?? 0) + 1;
    if (p.status === 'PAID') {
      c.paid++;
      c.paidMinor = String(BigInt(c.paidMinor) + BigInt(p.amount.amountMinor));
    }
  }

  const balances = await answered(
    f.client.payout({ token: f.actors.ops }).GET('/v1/ledger/balances'),
    200,
    'GET payout-service /v1/ledger/balances',
  );
  const ledger: Summary['ledger'] = {};
  for (const b of balances) {
    const kind = b.account.split(':')[0]!;
    const row = (ledger[b.currency] ??= {});
    row[kind] = String(BigInt(row[kind] ?? '0') + BigInt(b.balanceMinor));
  }
  const invariant = await f.ledgerInvariant();

  const ids = new Set(mine.map((t) => t.tradeInId!));
  const stock = (await allStock(f)).filter((i) => ids.has(i.tradeInId));
  const stockByGrade: Record<string, number> = {};
  for (const i of stock) stockByGrade[i.marketplaceGrade] = (stockByGrade[i.marketplaceGrade] ?? 0) + 1;

  const storeDiscrepancies = views
    .filter((v) => v.storeDiscrepancy && BigInt(v.storeDiscrepancy.amountMinor) > 0n)
    .map((v) => ({ tradeInId: v.id, amount: v.storeDiscrepancy! }));

  const completed = views.filter((v) => v.state === 'COMPLETED').map((v) => v.id);
  const inconsistencies: string[] = [];
  const paidCount = Object.values(payouts).reduce((n, c) => n + c.paid, 0);
  if (paidCount !== completed.length) inconsistencies.push(`${paidCount} payouts PAID but ${completed.length} trade-ins COMPLETED`);
  if (stock.length !== completed.length)
    inconsistencies.push(`${stock.length} devices in stock but ${completed.length} trade-ins COMPLETED`);
  for (const id of completed)
    if (!perTradeIn.get(id)?.some((p) => p.status === 'PAID')) inconsistencies.push(`trade-in ${id} COMPLETED without a PAID payout`);
  if (!invariant.balanced) inconsistencies.push(`ledger unbalanced: entries ${invariant.unbalancedEntryIds.join(', ')}`);

  return {
    byState,
    payouts,
    ledger,
    ledgerBalanced: invariant.balanced,
    stockByGrade,
    stocked: stock.length,
    storeDiscrepancies,
    inconsistencies,
  };
}

export function printSummary(s: Summary, log: (line: string) => void): void {
  log('');
  log('== trade-ins of this run, per state');
  for (const [state, n] of Object.entries(s.byState).sort()) log(`   ${state.padEnd(14)} ${n}`);
  log('== payouts of this run, per currency');
  for (const [currency, c] of Object.entries(s.payouts).sort()) {
    const methods = Object.entries(c.byMethod)
      .map(([m, n]) => `${m} ${n}`)
      .join(', ');
    log(`   ${currency}  ${c.count} payouts, ${c.paid} paid, ${money({ amountMinor: c.paidMinor, currency })} paid  (${methods})`);
  }
  log(`== ledger, all trade-ins on this platform, per currency (balanced: ${s.ledgerBalanced ? 'yes' : 'NO'})`);
  for (const [currency, accounts] of Object.entries(s.ledger).sort()) {
    log(
      `   ${currency}  ${Object.entries(accounts)
        .sort()
        .map(([k, v]) => `${k} ${money({ amountMinor: v, currency })}`)
        .join(', ')}`,
    );
  }
  log(`== stock from this run, per marketplace grade (${s.stocked} devices)`);
  for (const [grade, n] of Object.entries(s.stockByGrade).sort()) log(`   ${grade.padEnd(14)} ${n}`);
  if (s.storeDiscrepancies.length) {
    log('== store discrepancies (graded worse than the store declared; the customer kept the store credit)');
    for (const d of s.storeDiscrepancies) log(`   ${d.tradeInId}  ${money(d.amount)}`);
  }
  for (const i of s.inconsistencies) log(`!! ${i}`);
}

import { type Kafka } from 'kafkajs';
import { type Money, type TradeInFlows, type TradeInView } from '../platform-client';
import { type Tracked } from '../demo/tracked';
import { type Databases } from './monitor';

/** What the checks found: one line per violation (0 lost, 0 stuck, paid once...), and the figures for the report. */
export interface CheckResult {
  byOutcome: Record<string, number>;
  violations: string[];
  deadLetters: Array<{ topic: string; reason: string; error: string; key: string }>;
  figures: Record<string, string | number>;
}

interface PayoutDetail {
  id: string;
  status: string;
  amount: Money;
  method: string;
  attemptHistory: Array<{ attemptNo: number; status: string }>;
}
interface BookRow {
  provider: string;
  status: string;
  currency: string;
  n: string;
  total: string;
}

/** Runs tasks with at most `n` at a time. */
export async function pool<T>(items: T[], n: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(n, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
    }),
  );
}

/** Everything the platform says about one trade-in, read through the public APIs. */
export interface TradeInFacts {
  view: TradeInView;
  payouts: PayoutDetail[];
  custody: string[];
  providerPaid: Array<{ payoutId: string; amount: Money; idempotencyKey: string }>;
  providerProcessing: number;
}

export async function factsOf(f: TradeInFlows, id: string): Promise<TradeInFacts> {
  const ops = f.actors.ops;
  const view = await f.tradeIn(id);
  const list = await f.payoutsOf(id);
  const payouts = await Promise.all(
    list.map((p) => f.client.req<PayoutDetail>('payout-service', 'GET', `/v1/payouts/${p.id}`, 200, { token: ops })),
  );
  const custody = (await f.custodyOf(id)).records.map((r) => r.action);
  const book = list.length
    ? (
        await f.client.req<{ items: Array<{ payoutId: string; status: string; amount: Money; idempotencyKey: string }> }>(
          'payout-service',
          'GET',
          `/v1/ops/sandbox-provider/payments?limit=1000&tradeInId=${id}`,
          200,
          { token: ops },
        )
      ).items
    : [];
  return {
    view,
    payouts,
    custody,
    providerPaid: book
      .filter((x) => x.status === 'PAID')
      .map((x) => ({ payoutId: x.payoutId, amount: x.amount, idempotencyKey: x.idempotencyKey })),
    providerProcessing: book.filter((x) => x.status === 'PROCESSING').length,
  };
}

const PROVIDER_METHODS = new Set(['BANK_TRANSFER', 'GIFT_CARD', 'PARTNER_CREDIT']);

/** The checks of one trade-in against its scenario; returns its violations. */
export function checkTradeIn(t: Tracked, x: TradeInFacts): string[] {
  const v: string[] = [];
  const tag = `#${t.no} ${t.tradeInId} (${t.scenario.name})`;
  if (x.view.state !== t.scenario.expect) v.push(`${tag}: ${x.view.state}, expected ${t.scenario.expect}`);
  const applied = x.view.timeline.filter((e) => e.outcome === 'APPLIED').map((e) => e.to);
  const twice = applied.filter((s, i) => applied.indexOf(s) !== i);
  if (twice.length) v.push(`${tag}: timeline applied ${twice.join(', ')} twice`);
  const paid = x.payouts.filter((p) => p.status === 'PAID');
  if (x.view.state === 'COMPLETED') {
    if (x.payouts.length !== 1 || paid.length !== 1)
      v.push(`${tag}: ${x.payouts.length} payout(s), ${paid.length} PAID (expected exactly one, PAID)`);
    const p = paid[0];
    const final = x.view.offer?.amount;
    if (p && final && (p.amount.amountMinor !== final.amountMinor || p.amount.currency !== final.currency)) {
      v.push(`${tag}: paid ${p.amount.amountMinor} ${p.amount.currency}, final offer ${final.amountMinor} ${final.currency}`);
    }
    // Store credit was given at the till: recorded PAID without any provider attempt.
    if (p && p.method !== 'STORE_CREDIT' && p.attemptHistory.filter((a) => a.status === 'PAID').length !== 1)
      v.push(`${tag}: ${p.attemptHistory.filter((a) => a.status === 'PAID').length} PAID attempts`);
    if (p && PROVIDER_METHODS.has(p.method)) {
      if (x.providerPaid.length !== 1) v.push(`${tag}: the provider's book holds ${x.providerPaid.length} payments (expected exactly one)`);
      else if (x.providerPaid[0]!.amount.amountMinor !== p.amount.amountMinor || x.providerPaid[0]!.payoutId !== p.id)
        v.push(`${tag}: the provider paid ${JSON.stringify(x.providerPaid[0])} for payout ${p.id} of ${p.amount.amountMinor}`);
    } else if (x.providerPaid.length) {
      v.push(`${tag}: ${p?.method} payout but the provider's book holds ${x.providerPaid.length} payments`);
    }
    if (x.custody.at(-1) !== 'CUSTODY_CLOSED') v.push(`${tag}: custody chain does not end closed: ${x.custody.join(' > ')}`);
  } else if (paid.length || x.providerPaid.length) {
    v.push(`${tag}: ${x.view.state} but ${paid.length} payout(s) PAID and ${x.providerPaid.length} provider payment(s)`);
  }
  if (x.providerProcessing) v.push(`${tag}: ${x.providerProcessing} provider payment(s) still PROCESSING`);
  return v;
}

/** Custody chains: every trade-in of a scenario must have its scenario's chain, the same records in the same order, each once. */
export function checkCustody(
  tracked: Tracked[],
  facts: Map<string, TradeInFacts>,
): { violations: string[]; chains: Record<string, string> } {
  const byScenario = new Map<string, Map<string, number>>();
  for (const t of tracked) {
    const x = facts.get(t.tradeInId ?? '');
    if (!x) continue;
    const chain = x.custody.join(' > ');
    const m = byScenario.get(t.scenario.name) ?? new Map<string, number>();
    m.set(chain, (m.get(chain) ?? 0) + 1);
    byScenario.set(t.scenario.name, m);
  }
  const chains: Record<string, string> = {};
  const violations: string[] = [];
  for (const [scenario, m] of byScenario) {
    const [usual] = [...m.entries()].sort((a, b) => b[1] - a[1])[0]!;
    chains[scenario] = usual;
    const steps = usual.split(' > ');
    if (new Set(steps).size !== steps.length) violations.push(`custody of "${scenario}" repeats a record: ${usual}`);
    for (const t of tracked) {
      if (t.scenario.name !== scenario) continue;
      const c = facts.get(t.tradeInId ?? '')?.custody.join(' > ');
      if (c !== undefined && c !== usual) violations.push(`#${t.no} ${t.tradeInId} custody ${c} differs from its scenario's ${usual}`);
    }
  }
  return { violations, chains };
}

/** Every message of every dead-letter topic of the namespace, with the reason its headers give. */
export async function deadLetters(kafka: Kafka, namespace: string, timeoutMs = 30_000): Promise<CheckResult['deadLetters']> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${namespace}.`) && t.endsWith('.dlt'));
    const counts = new Map<string, number>();
    for (const t of topics) {
      const n = (await admin.fetchTopicOffsets(t)).reduce((s, p) => s + Number(p.high) - Number(p.low), 0);
      if (n) counts.set(t, n);
    }
    if (!counts.size) return [];
    const out: CheckResult['deadLetters'] = [];
    const consumer = kafka.consumer({ groupId: `chaos-dlt-reader-${Date.now()}` });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [...counts.keys()], fromBeginning: true });
      const want = [...counts.values()].reduce((a, b) => a + b, 0);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        void consumer.run({
          eachMessage: async ({ topic, message }) => {
            const h = (k: string) => message.headers?.[k]?.toString() ?? '';
            out.push({ topic, reason: h('dlt-reason'), error: h('dlt-error').slice(0, 300), key: message.key?.toString() ?? '' });
            if (out.length >= want) {
              clearTimeout(timer);
              resolve();
            }
          },
        });
      });
    } finally {
      await consumer.disconnect();
    }
    return out;
  } finally {
    await admin.disconnect();
  }
}

/** Ledger against the provider: zero per currency, nothing owed to sellers, provider clearing = what the provider's book paid. */
export async function checkLedger(f: TradeInFlows, dbs: Databases): Promise<{ violations: string[]; figures: Record<string, string> }> {
  const ops = f.actors.ops;
  const violations: string[] = [];
  const figures: Record<string, string> = {};
  const invariant = await f.ledgerInvariant();
  if (!invariant.balanced) violations.push(`ledger unbalanced: entries ${invariant.unbalancedEntryIds.slice(0, 10).join(', ')}`);
  const balances = await f.client.req<Array<{ account: string; currency: string; balanceMinor: string }>>(
    'payout-service',
    'GET',
    '/v1/ledger/balances',
    200,
    { token: ops },
  );
  const perCurrency = new Map<string, bigint>();
  // Money that left through a provider: bank transfers and gift cards clear through provider_clearing:<provider>,
  // partner credit through the partner's wallet (partner_credit_payable:<partner>, the sandbox-partner-wallet book).
  const moneyOut = new Map<string, bigint>();
  for (const b of balances) {
    perCurrency.set(b.currency, (perCurrency.get(b.currency) ?? 0n) + BigInt(b.balanceMinor));
    if (b.account.startsWith('seller_payable') && BigInt(b.balanceMinor) !== 0n)
      violations.push(`seller_payable ${b.currency} is ${b.balanceMinor}: a seller is owed money`);
    if (b.account.startsWith('provider_clearing:') || b.account.startsWith('partner_credit_payable:')) {
      moneyOut.set(b.currency, (moneyOut.get(b.currency) ?? 0n) - BigInt(b.balanceMinor));
    }
  }
  for (const [c, sum] of perCurrency) {
    figures[`ledger sum ${c}`] = String(sum);
    if (sum !== 0n) violations.push(`the ledger sums to ${sum} in ${c}, not 0`);
  }
  const book = await dbs.rows<BookRow & Record<string, unknown>>(
    'payout-service',
    `SELECT provider, status, currency, count(*)::text AS n, sum(amount_minor)::text AS total FROM sandbox_payment GROUP BY provider, status, currency ORDER BY 1, 2, 3`,
  );
  const paid = new Map<string, bigint>();
  for (const r of book) {
    const c = r.currency.trim();
    if (r.status === 'PROCESSING') violations.push(`the provider ${r.provider} still has ${r.n} payment(s) PROCESSING`);
    if (r.status === 'PAID') paid.set(c, (paid.get(c) ?? 0n) + BigInt(r.total));
    figures[`provider book: ${r.provider} ${r.status} ${c}`] = `${r.n} payments, ${r.total}`;
  }
  for (const c of [...new Set([...paid.keys(), ...moneyOut.keys()])].sort()) {
    const p = paid.get(c) ?? 0n;
    const l = moneyOut.get(c) ?? 0n;
    figures[`ledger paid out through providers ${c}`] = String(l);
    if (p !== l) violations.push(`${c}: the provider's book paid ${p}, the ledger paid out ${l} through providers`);
  }
  return { violations, figures };
}

/** Stock holds exactly the devices of the COMPLETED trade-ins of this run, each once. */
export async function checkStock(f: TradeInFlows, completed: Set<string>): Promise<string[]> {
  const items: string[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await f.client.req<{ items: Array<{ tradeInId: string }> }>(
      'grading-service',
      'GET',
      `/v1/stock?limit=500&offset=${offset}`,
      200,
      { token: f.actors.ops },
    );
    items.push(...page.items.map((i) => i.tradeInId));
    if (page.items.length < 500) break;
  }
  const v: string[] = [];
  const seen = new Set<string>();
  for (const id of items) {
    if (seen.has(id)) v.push(`stock holds ${id} twice`);
    seen.add(id);
    if (!completed.has(id)) v.push(`stock holds ${id}, which is not a completed trade-in`);
  }
  for (const id of completed) if (!seen.has(id)) v.push(`completed trade-in ${id} is not in stock`);
  return v;
}

import { type Money, type QuoteRequest, TradeInFlows, type Wait, imeiFor } from '../platform-client';
import { keepLogs } from './logs';
import { type Platform, startPlatform } from './platform';

/**
 * One platform with a partner (API key), the quoted iPhone's TAC known to intake, and short worker intervals, for
 * acceptance files that run mail-in trade-ins through deadlines and holds. The clock only ever moves forward and is
 * shared by every trade-in of the file: each test drives its own trade-ins to where it wants them before moving it.
 */

export const SITE = 'SITE-1'; // intake's INTAKE_DEFAULT_SITE_ID: where inbound labels are addressed
export const MODEL = 'apple-iphone-13';
export const VARIANT = '128gb';
export const TAC = '35390811';
export const DAY_MS = 86_400_000;
/** Answers to the smartphone questionnaire, best option everywhere: what a partner declares for a device in top condition. */
export const BEST = { functional: 'works', screen: 'flawless', body: 'flawless', battery: '80_or_more', locks: 'none' } as const;

const WAIT: Wait = { timeoutMs: 60_000, intervalMs: 400 };

export interface MailInPlatform {
  p: Platform;
  f: TradeInFlows;
  ops: string;
  apiKey: string;
  /** A fresh valid IMEI on the quoted model's TAC (serials are unique within the file). */
  nextImei(): string;
  /** What the partner would be quoted today for the model with these answers (a quote nobody accepts). */
  priceFor(answers: Record<string, string>): Promise<Money>;
  /** Quotes and accepts as MAIL_IN, ships, and receives the device at the dock (outcome RECEIVED). */
  deviceAtSite(o: Partial<QuoteRequest> & { imei?: string }): Promise<{ tradeInId: string; quoted: Money; imei: string }>;
  /** No payout, no stock and a balanced ledger for a trade-in that must never be paid. */
  expectNeverPaid(tradeInId: string): Promise<void>;
  close(suite: string): Promise<void>;
}

export async function startMailInPlatform(): Promise<MailInPlatform> {
  const p = await startPlatform({
    // Deadlines are checked every half second, so a passed deadline is applied right after the clock moves.
    'quote-service': { PARTNER_RATE_LIMIT_PER_MINUTE: '5000', DEADLINE_POLL_MS: '500' },
    'payout-service': { SANDBOX_FAILURE_RATE: '0', SANDBOX_TIMEOUT_RATE: '0', SANDBOX_LATENCY_MS: '10', PAYOUT_WORKER_INTERVAL_MS: '500' },
    'intake-service': { INTAKE_LABEL_WORKER_INTERVAL_MS: '300' },
  });
  const ops = p.token({ sub: 'ops-olga', role: 'ops' });
  const grader = p.token({ sub: 'grader-gus', role: 'grader', siteId: SITE });
  const partnerId = `acc-partner-${Date.now().toString(36)}`;
  await p.client.req('quote-service', 'POST', '/v1/partners', 201, { token: ops, body: { id: partnerId, name: 'Acceptance Partner' } });
  const { apiKey } = await p.client.req<{ apiKey: string }>('quote-service', 'POST', `/v1/partners/${partnerId}/api-keys`, 201, {
    token: ops,
    body: {},
  });
  await p.client.req('intake-service', 'PUT', `/v1/tac-models/${TAC}`, 200, {
    token: ops,
    body: { modelId: MODEL, brand: 'Apple', name: 'iPhone 13', category: 'smartphone' },
  });
  const f = new TradeInFlows(p.client, { ops, grader, apiKey }, WAIT);
  let serial = 200_000;

  return {
    p,
    f,
    ops,
    apiKey,
    nextImei: () => imeiFor(TAC, ++serial),
    async priceFor(answers) {
      const q = await p.client.req<{ amount: Money }>('quote-service', 'POST', '/v1/quotes', 201, {
        apiKey,
        body: { modelId: MODEL, variantId: VARIANT, market: 'FR', answers },
      });
      return q.amount;
    },
    async deviceAtSite(o) {
      const imei = o.imei ?? imeiFor(TAC, ++serial);
      const { tradeInId, quoted } = await f.quoteAndAccept({
        modelId: MODEL,
        variantId: VARIANT,
        market: 'FR',
        payout: { method: 'GIFT_CARD' },
        ...o,
      });
      const trackingNumber = await f.shipToSite(tradeInId);
      const receipt = await f.dockReceipt(trackingNumber, { imei });
      if (receipt.outcome !== 'RECEIVED') throw new Error(`dock receipt of ${tradeInId}: ${JSON.stringify(receipt)}`);
      await f.stateOf(tradeInId, 'RECEIVED');
      return { tradeInId, quoted, imei };
    },
    async expectNeverPaid(tradeInId) {
      await p.settle(); // every event in flight consumed first, so an absence means something
      expect(await f.payoutsOf(tradeInId)).toEqual([]);
      expect(await f.stockItemOf(tradeInId)).toBeUndefined();
      expect(await f.ledgerInvariant()).toMatchObject({ balanced: true, unbalancedEntryIds: [] });
    },
    async close(suite) {
      keepLogs(p, suite);
      await p.close();
    },
  };
}

import { runDemo } from '../demo/demo';
import { MAIL_IN, STORE_BOX } from '../demo/scenarios';
import { seedDemo } from '../start/seed';
import { type Platform, startPlatform } from './platform';
import { keepLogs, withLogs } from './logs';

/**
 * `npm run demo` against the four services as processes: the same seeding `npm start` does (scripts/start/seed.ts),
 * then one round of every scenario; every trade-in must reach its expected state and the services' own views
 * (trade-in states, payouts, ledger, stock) must agree with each other.
 */
describe('acceptance: the demo traffic (npm start seeding + npm run demo, one round)', () => {
  let p: Platform;

  beforeAll(async () => {
    p = await startPlatform({
      'quote-service': { PARTNER_RATE_LIMIT_PER_MINUTE: '6000', RATE_LIMIT_PER_MINUTE: '6000', DEADLINE_POLL_MS: '500' },
      'intake-service': { RATE_LIMIT_PER_MINUTE: '6000' },
      'grading-service': { RATE_LIMIT_PER_MINUTE: '6000' },
      'payout-service': { RATE_LIMIT_PER_MINUTE: '6000', PAYOUT_WORKER_INTERVAL_MS: '500' },
    });
  }, 180_000);

  afterAll(async () => {
    keepLogs(p, 'demo');
    await p?.close();
  }, 60_000);

  it(
    'seeds idempotently, then drives every scenario to its expected state with consistent payouts, ledger and stock',
    () =>
      withLogs(p, async () => {
        const seeded = await seedDemo({ client: p.client, sign: (c) => p.token(c) });
        expect(seeded.apiKeyIssued).toBe(true);
        // A second `npm start` keeps the partner and the key it printed.
        const again = await seedDemo({ client: p.client, sign: (c) => p.token(c), previousApiKey: seeded.apiKey });
        expect(again).toMatchObject({ apiKey: seeded.apiKey, apiKeyIssued: false, partnerId: seeded.partnerId });
        // A key that no longer works is replaced.
        const replaced = await seedDemo({ client: p.client, sign: (c) => p.token(c), previousApiKey: 'tik_000000000000_not-a-key' });
        expect(replaced.apiKeyIssued).toBe(true);

        const lines: string[] = [];
        const result = await runDemo({
          client: p.client,
          apiKey: replaced.apiKey,
          tokens: replaced.tokens,
          storeId: replaced.storeId,
          siteId: replaced.siteId,
          rounds: 1,
          concurrency: 4,
          stepTimeoutMs: 60_000,
          settleTimeoutMs: 90_000,
          log: (l) => lines.push(l),
        });
        if (result.exitCode !== 0) console.log(lines.join('\n'));
        expect(result.stuck.map((t) => `${t.scenario.name}: ${t.error ?? t.state}`)).toEqual([]);
        expect(result.exitCode).toBe(0);

        const s = result.summary;
        const completed = [...MAIL_IN, ...STORE_BOX].filter((x) => x.expect === 'COMPLETED').length;
        expect(s.byState).toEqual({ COMPLETED: completed, RETURNED: 1, QUARANTINED: 1, EXPIRED: 1, SUSPENDED: 1 });
        expect(s.inconsistencies).toEqual([]);
        const paid = Object.values(s.payouts).reduce((n, c) => n + c.paid, 0);
        expect(paid).toBe(completed);
        expect(Object.keys(s.payouts).sort()).toEqual(['EUR', 'GBP', 'USD']);
        expect(s.payouts['EUR']!.byMethod).toMatchObject({ BANK_TRANSFER: 1, STORE_CREDIT: STORE_BOX.length });
        expect(s.stocked).toBe(completed);
        expect(Object.values(s.stockByGrade).reduce((n, c) => n + c, 0)).toBe(completed);
        expect(s.ledgerBalanced).toBe(true);
        // On a fresh platform the ledger holds only this run: what it cost equals what was paid, per currency.
        for (const [currency, c] of Object.entries(s.payouts)) expect(s.ledger[currency]!['trade_in_cost']).toBe(c.paidMinor);
        expect(s.storeDiscrepancies).toHaveLength(1);
        expect(lines.some((l) => l.includes("moving every service's clock"))).toBe(true);
        expect(lines.at(-1)).toContain(`all ${MAIL_IN.length + STORE_BOX.length} trade-ins reached their expected state`);
      }),
    240_000,
  );

  it(
    'exits 1 and names the trade-ins that did not reach their state (here: deadlines never passed)',
    () =>
      withLogs(p, async () => {
        const seeded = await seedDemo({ client: p.client, sign: (c) => p.token(c) });
        const lines: string[] = [];
        const result = await runDemo({
          client: p.client,
          apiKey: seeded.apiKey,
          tokens: seeded.tokens,
          storeId: seeded.storeId,
          siteId: seeded.siteId,
          rounds: 1,
          concurrency: 4,
          stepTimeoutMs: 60_000,
          settleTimeoutMs: 90_000,
          passDeadlines: false,
          deadlineSettleTimeoutMs: 3_000,
          log: (l) => lines.push(l),
        });
        expect(result.exitCode).toBe(1);
        const waitingForDeadline = [...MAIL_IN, ...STORE_BOX]
          .filter((x) => x.name.includes('expires') || x.name.includes('silence'))
          .map((x) => x.name);
        expect(waitingForDeadline).toHaveLength(2);
        expect(result.stuck.map((t) => t.scenario.name).sort()).toEqual([...waitingForDeadline].sort());
        const report = lines.slice(lines.findIndex((l) => l.includes('did not reach their expected state')));
        for (const t of result.stuck) expect(report.join('\n')).toContain(t.tradeInId!.slice(0, 8));
        expect(report.join('\n')).toMatch(/expected EXPIRED, is ACCEPTED/);
      }),
    240_000,
  );
});

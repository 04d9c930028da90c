import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { type Platform, startPlatform } from '../acceptance/platform';
import { TradeInFlows, imeiFor, until } from '../platform-client';

/**
 * The console's live tier: the four real services (each its own process, fresh databases, one fresh Kafka
 * topic namespace, the object store of the test infrastructure) as scripts/acceptance/platform.ts starts
 * them, a partner, a store clerk, a grader and ops, and one mail-in trade-in whose payout waits on a hold
 * (a velocity rule holds every payout) for ops to release in the browser. Then Playwright's "live" project
 * runs against the production build served by `vite preview`, whose /api/<service> proxies point at these
 * services; this process hands the specs the URLs and tokens in a JSON file and stops everything after.
 *   node -r @swc-node/register scripts/console/live-platform.ts [-- extra playwright args]
 */

const ROOT = join(__dirname, '../..');
const SITE = 'SITE-1';
const STORE = 'STORE-LIVE-1';
const TAC = '35390811';

export interface LiveFixture {
  urls: Record<'quote' | 'intake' | 'grading' | 'payout', string>;
  tokens: { storeStaff: string; grader: string; ops: string };
  storeId: string;
  siteId: string;
  partnerId: string;
  /** A fresh IMEI for the counter trade-in the browser drives. */
  imei: string;
  held: { tradeInId: string; payoutId: string };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function heldPayout(p: Platform, f: TradeInFlows): Promise<LiveFixture['held']> {
  const imei = imeiFor(TAC, 700_000 + Math.floor(Math.random() * 99_000));
  const { tradeInId } = await f.quoteAndAccept({
    modelId: 'apple-iphone-13',
    variantId: '128gb',
    market: 'FR',
    payout: { method: 'GIFT_CARD' },
  });
  const tracking = await f.shipToSite(tradeInId);
  const receipt = await f.dockReceipt(tracking, { imei });
  if (receipt.outcome !== 'RECEIVED') throw new Error(`dock receipt of the held trade-in: ${JSON.stringify(receipt)}`);
  await f.grade(tradeInId, { imei, cosmeticGrade: 'A', battery: 92, defects: [] });
  const payout = await until(
    async () => (await f.payoutsOf(tradeInId)).find((x) => x.status === 'HELD'),
    `a held payout for ${tradeInId}`,
    f.wait,
  );
  void p;
  return { tradeInId, payoutId: payout.id };
}

/** What each service logged (warnings and errors at the test log level), kept next to the Playwright results. */
function dumpLogs(p: Platform): void {
  const dir = join(ROOT, 'tmp/console-e2e');
  mkdirSync(dir, { recursive: true });
  for (const s of ['quote-service', 'intake-service', 'grading-service', 'payout-service'] as const) {
    const text = p.logs(s);
    writeFileSync(join(dir, `live-${s}.log`), text);
    process.stderr.write(`--- ${s} (last lines; all in tmp/console-e2e/live-${s}.log)\n${text.split('\n').slice(-15).join('\n')}\n`);
  }
}

async function main(): Promise<number> {
  const p = await startPlatform({
    'payout-service': {
      // Every payout is held (at most 0 per seller and hour), so ops has one to release from the console.
      PAYOUT_VELOCITY_RULES: JSON.stringify({ '*': [{ scope: 'SELLER', windowHours: 1, maxCount: 0 }] }),
      SANDBOX_FAILURE_RATE: '0',
      SANDBOX_TIMEOUT_RATE: '0',
      SANDBOX_LATENCY_MS: '10',
      PAYOUT_WORKER_INTERVAL_MS: '500',
    },
  });
  try {
    const ops = p.token({ sub: 'ops-olga', role: 'ops' });
    const grader = p.token({ sub: 'grader-gus', role: 'grader', siteId: SITE });
    const partnerId = `console-live-${Date.now().toString(36)}`;
    await p.client.req('quote-service', 'POST', '/v1/partners', 201, { token: ops, body: { id: partnerId, name: 'Console Live Telco' } });
    const apiKey = (
      await p.client.req<{ apiKey: string }>('quote-service', 'POST', `/v1/partners/${partnerId}/api-keys`, 201, { token: ops, body: {} })
    ).apiKey;
    await p.client.req('intake-service', 'PUT', `/v1/tac-models/${TAC}`, [200, 201], {
      token: ops,
      body: { modelId: 'apple-iphone-13', brand: 'Apple', name: 'iPhone 13', category: 'smartphone' },
    });
    const storeStaff = p.token({ sub: 'clerk-clara', role: 'store_staff', storeId: STORE, partnerId });
    const f = new TradeInFlows(p.client, { ops, grader, apiKey }, { timeoutMs: 60_000, intervalMs: 300 });
    const held = await heldPayout(p, f);

    const dir = join(ROOT, 'tmp/console-e2e');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'live.json');
    const fixture: LiveFixture = {
      urls: {
        quote: p.url('quote-service'),
        intake: p.url('intake-service'),
        grading: p.url('grading-service'),
        payout: p.url('payout-service'),
      },
      tokens: { storeStaff, grader, ops },
      storeId: STORE,
      siteId: SITE,
      partnerId,
      imei: imeiFor(TAC, 800_000 + Math.floor(Math.random() * 99_000)),
      held,
    };
    writeFileSync(file, JSON.stringify(fixture, null, 2));
    const port = (u: string) => new URL(u).port;
    const env = {
      ...process.env,
      CONSOLE_LIVE_FILE: file,
      CONSOLE_E2E_PORT: String(await freePort()),
      QUOTE_PORT: port(fixture.urls.quote),
      INTAKE_PORT: port(fixture.urls.intake),
      GRADING_PORT: port(fixture.urls.grading),
      PAYOUT_PORT: port(fixture.urls.payout),
    };
    const args = [
      'node_modules/@playwright/test/cli.js',
      'test',
      '--config',
      'apps/console/playwright.config.ts',
      '--project=live',
      ...process.argv.slice(2),
    ];
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit' });
    const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
    if (code !== 0) dumpLogs(p);
    return code;
  } catch (err) {
    dumpLogs(p);
    throw err;
  } finally {
    await p.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);

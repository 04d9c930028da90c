import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type TokenClaims, signStaffToken, signWidgetToken } from '@tradein/auth';
import { SERVICES, type ServiceName, freePort } from '@tradein/testing';
import { startPlatform } from '../acceptance/platform';
import { seedDemo } from '../start/seed';
import { startControlServer } from './control-server';
import { type WidgetE2eState } from './e2e-state';

/**
 * The platform for the widget's browser tier (scripts/tiers/run/40-widget.sh): the four services as
 * processes on fresh databases and a fresh topic namespace (the acceptance harness), seeded like `npm start`
 * (partner, API key, TAC rows, the shop origin), and the demo shop on its own origin. Writes the state file
 * the Playwright specs read, then runs until SIGTERM.
 */
const ROOT = join(__dirname, '../..');

async function main(statePath: string): Promise<void> {
  // A secret of this run, so the tests can mint an already expired widget session.
  const jwtSecret = randomBytes(32).toString('hex');
  const auth = { jwtSecret, issuer: 'tradein-platform', audience: 'tradein-api' };
  const env = { AUTH_JWT_SECRET: jwtSecret };
  const p = await startPlatform({
    'quote-service': { ...env, PARTNER_RATE_LIMIT_PER_MINUTE: '5000', RATE_LIMIT_PER_MINUTE: '5000', DEADLINE_POLL_MS: '500' },
    'intake-service': { ...env, INTAKE_LABEL_WORKER_INTERVAL_MS: '300', RATE_LIMIT_PER_MINUTE: '5000' },
    'grading-service': { ...env, RATE_LIMIT_PER_MINUTE: '5000' },
    'payout-service': {
      ...env,
      SANDBOX_FAILURE_RATE: '0',
      SANDBOX_TIMEOUT_RATE: '0',
      SANDBOX_LATENCY_MS: '10',
      PAYOUT_WORKER_INTERVAL_MS: '500',
    },
  });
  const running: { shop?: ChildProcess } = {};
  const stop = async () => {
    running.shop?.kill('SIGTERM');
    // Each service's own output, for reading after a failed run (CI keeps .infra/logs).
    for (const svc of SERVICES) writeFileSync(join(ROOT, `.infra/logs/widget-e2e-${svc}.log`), p.logs(svc));
    await p.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());

  const sign = (claims: TokenClaims) => signStaffToken(claims, auth, 3 * 3600);
  const shopPort = await freePort();
  const shopOrigin = `http://127.0.0.1:${shopPort}`;
  const seeded = await seedDemo({ client: p.client, sign, widgetOrigins: [shopOrigin] });

  running.shop = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'scripts/demo-shop/server.ts')], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      DEMO_SHOP_PORT: String(shopPort),
      QUOTE_URL: p.url('quote-service'),
      DEMO_API_KEY: seeded.apiKey,
      SWC_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
    },
  });
  for (let i = 0; ; i++) {
    if (
      await fetch(`${shopOrigin}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 120) throw new Error('the demo shop did not start');
    await sleep(250);
  }

  const controlPort = await freePort();
  const control = await startControlServer(
    p.client,
    { ops: seeded.tokens.ops, grader: seeded.tokens.grader, apiKey: seeded.apiKey },
    controlPort,
  );
  process.on('exit', () => control.close());

  const short = (s: ServiceName) => s.replace(/-service$/, '') as 'quote';
  const state: WidgetE2eState = {
    shopUrl: shopOrigin,
    controlUrl: `http://127.0.0.1:${controlPort}`,
    urls: Object.fromEntries(SERVICES.map((s) => [short(s), p.url(s)])) as WidgetE2eState['urls'],
    partnerId: seeded.partnerId,
    apiKey: seeded.apiKey,
    ops: seeded.tokens.ops,
    grader: seeded.tokens.grader,
    expiredSession: signWidgetToken({ sessionId: 'expired-e2e', partnerId: seeded.partnerId, market: 'FR', origin: shopOrigin }, auth, -60),
    jwtSecret,
  };
  mkdirSync(dirname(statePath), { recursive: true });
  writeFileSync(`${statePath}.tmp`, JSON.stringify(state, null, 2));
  // Written whole, then renamed: the tier script waits for the file to exist.
  renameSync(`${statePath}.tmp`, statePath);
  console.log(`[widget-e2e] platform ready: shop ${shopOrigin}, quote ${p.url('quote-service')}`);
}

main(process.argv[2] ?? join(ROOT, '.infra/widget-e2e/platform.json')).catch((err: unknown) => {
  console.error(`[widget-e2e] ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});

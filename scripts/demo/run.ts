import { parseArgs } from 'node:util';
import { PlatformClient } from '../platform-client';
import { DEMO_CONFIG_PATH, readDemoConfig, tokenSigner } from '../start/demo-config';
import { runDemo } from './demo';

/**
 * `npm run demo [-- --rounds 2 --concurrency 4]`, with the platform up (`npm start`): reads the demo partner's
 * API key, the staff tokens and the URLs from .infra/demo.json; tokens that have expired are signed again
 * with the development secret.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '2' }, concurrency: { type: 'string', default: '4' } } });
  const config = readDemoConfig();
  if (!config)
    throw new Error(`${DEMO_CONFIG_PATH} not found: start the platform first (npm start), which seeds the demo partner and writes it`);
  let tokens = config.tokens;
  if (Date.parse(config.tokensExpireAt) < Date.now() + 3600_000) {
    const sign = tokenSigner();
    tokens = {
      ops: sign({ sub: 'demo-ops', role: 'ops' }),
      grader: sign({ sub: 'demo-grader', role: 'grader', siteId: config.siteId }),
      storeStaff: sign({ sub: 'demo-clerk', role: 'store_staff', storeId: config.storeId, partnerId: config.partnerId }),
    };
  }
  const client = new PlatformClient((s) => config.urls[s]);
  const result = await runDemo({
    client,
    apiKey: config.apiKey,
    tokens,
    storeId: config.storeId,
    siteId: config.siteId,
    rounds: Number(values.rounds),
    concurrency: Number(values.concurrency),
  });
  return result.exitCode;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`[demo] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);

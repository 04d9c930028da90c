import { PlatformClient } from '../platform-client';
import { TOKEN_TTL_SECONDS, DEMO_CONFIG_PATH, localUrls, readDemoConfig, tokenSigner, writeDemoConfig } from './demo-config';
import { DEFAULT_SITE_ID } from './demo-fixtures';
import { seedDemo } from './seed';

/**
 * Called by scripts/start.sh once the services are ready: seeds the demo partner, store and site, writes
 * .infra/demo.json for `npm run demo` and prints the API key and staff tokens.
 */
async function main(): Promise<void> {
  const urls = localUrls();
  const client = new PlatformClient((s) => urls[s]);
  const previous = readDemoConfig();
  const seeded = await seedDemo({
    client,
    sign: tokenSigner(),
    previousApiKey: previous?.apiKey,
    siteId: process.env['INTAKE_DEFAULT_SITE_ID'] ?? DEFAULT_SITE_ID,
  });
  const { apiKeyIssued, ...rest } = seeded;
  writeDemoConfig({ urls, ...rest, tokensExpireAt: new Date(Date.now() + TOKEN_TTL_SECONDS * 1000).toISOString() });
  const line = (label: string, value: string) => console.log(`  ${label.padEnd(34)} ${value}`);
  console.log('');
  line(`partner ${seeded.partnerId} API key${apiKeyIssued ? ' (new)' : ''}`, seeded.apiKey);
  line(`ops token`, seeded.tokens.ops);
  line(`store_staff token (${seeded.storeId})`, seeded.tokens.storeStaff);
  line(`grader token (${seeded.siteId})`, seeded.tokens.grader);
  console.log(`\n  (tokens valid ${TOKEN_TTL_SECONDS / 3600} h; all of it saved in ${DEMO_CONFIG_PATH.replace(`${process.cwd()}/`, '')})`);
}

main().catch((err: unknown) => {
  console.error(`[seed] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

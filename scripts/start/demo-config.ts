import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type TokenClaims, signStaffToken } from '@tradein/auth';
import { type Service } from '../platform-client';

/** What `npm start` hands to `npm run demo` (and to a person trying the API): .infra/demo.json, git-ignored. */
export interface DemoConfig {
  urls: Record<Service, string>;
  partnerId: string;
  /** Shown once by quote-service and stored hashed there: this file is the only copy. */
  apiKey: string;
  storeId: string;
  siteId: string;
  tokens: { ops: string; grader: string; storeStaff: string };
  tokensExpireAt: string;
}

export const ROOT = join(__dirname, '../..');
export const DEMO_CONFIG_PATH = join(ROOT, '.infra/demo.json');
export const DEV_SECRET_PATH = join(ROOT, '.infra/dev-jwt-secret');
export const TOKEN_TTL_SECONDS = 12 * 3600;

export function readDemoConfig(path = DEMO_CONFIG_PATH): DemoConfig | undefined {
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8')) as DemoConfig;
}

export function writeDemoConfig(config: DemoConfig, path = DEMO_CONFIG_PATH): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}

/** Signs staff tokens the way the services verify them (the development secret `npm start` generated). */
export function tokenSigner(
  secret = process.env['AUTH_JWT_SECRET'] ?? readFileSync(DEV_SECRET_PATH, 'utf8').trim(),
  ttlSeconds = TOKEN_TTL_SECONDS,
) {
  return (claims: TokenClaims): string =>
    signStaffToken(claims, { jwtSecret: secret, issuer: 'tradein-platform', audience: 'tradein-api' }, ttlSeconds);
}

/** Service URLs from the same settings scripts/start.sh uses. */
export function localUrls(env: NodeJS.ProcessEnv = process.env): Record<Service, string> {
  const port = (name: string, fallback: number) => env[`${name}_PORT`] ?? String(fallback);
  return {
    'quote-service': `http://127.0.0.1:${port('QUOTE', 3001)}`,
    'intake-service': `http://127.0.0.1:${port('INTAKE', 3002)}`,
    'grading-service': `http://127.0.0.1:${port('GRADING', 3003)}`,
    'payout-service': `http://127.0.0.1:${port('PAYOUT', 3004)}`,
  };
}

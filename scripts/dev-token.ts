import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type TokenClaims, signStaffToken } from '@tradein/auth';

/**
 * Mints a development token with the secret `npm start` generated (.infra/dev-jwt-secret) and prints only
 * the token, so `TOKEN=$(npm run token -- ops)` works (the repository's .npmrc keeps npm's banner out).
 *   npm run token -- ops
 *   npm run token -- grader SITE-LYON
 *   npm run token -- store_staff STORE-042 PARTNER-ID
 *   npm run token -- partner PARTNER-ID
 * A token the services would refuse later (a store without its partner, a grader without a site) is refused here.
 */
const USAGE = 'usage: npm run token -- ops | grader SITE | store_staff STORE PARTNER | partner PARTNER';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function claimsOf(args: string[]): TokenClaims {
  const [role, a, b] = args;
  switch (role) {
    case 'ops':
      return { sub: 'dev-ops', role };
    case 'grader':
      if (!a) fail(`a grader token needs its grading site\n${USAGE}`);
      return { sub: 'dev-grader', role, siteId: a };
    case 'store_staff':
      if (!a || !b) fail(`a store_staff token needs its store and its partner (the store's trade-ins belong to that partner)\n${USAGE}`);
      return { sub: 'dev-store-staff', role, storeId: a, partnerId: b };
    case 'partner':
      if (!a) fail(`a partner token needs its partner\n${USAGE}`);
      return { sub: 'dev-partner', role, partnerId: a };
    default:
      return fail(USAGE);
  }
}

function secret(): string {
  const fromEnv = process.env['AUTH_JWT_SECRET'];
  if (fromEnv) return fromEnv;
  try {
    return readFileSync(join(__dirname, '../.infra/dev-jwt-secret'), 'utf8');
  } catch {
    return fail('no AUTH_JWT_SECRET and no .infra/dev-jwt-secret: run npm start once (it generates the development secret)');
  }
}

const claims = claimsOf(process.argv.slice(2));
process.stdout.write(`${signStaffToken(claims, { jwtSecret: secret(), issuer: 'tradein-platform', audience: 'tradein-api' }, 8 * 3600)}\n`);

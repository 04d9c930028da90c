import { type Role, signStaffToken } from '@tradein/auth';

/**
 * Mints a development staff token with the secret `npm start` generated (.infra/dev-jwt-secret).
 *   npm run token -- ops
 *   npm run token -- grader SITE-LYON
 *   npm run token -- store_staff STORE-042 PARTNER-ID
 *   npm run token -- partner PARTNER-ID
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [role, a, b] = process.argv.slice(2) as [Role | undefined, string | undefined, string | undefined];
if (!role || !['ops', 'grader', 'store_staff', 'partner'].includes(role)) {
  console.error('usage: npm run token -- ops | grader SITE | store_staff STORE PARTNER | partner PARTNER');
  process.exit(2);
}
const secret = process.env['AUTH_JWT_SECRET'] ?? readFileSync(join(__dirname, '../.infra/dev-jwt-secret'), 'utf8');
const claims = role === 'grader' ? { sub: `dev-grader`, role, siteId: a }
  : role === 'store_staff' ? { sub: 'dev-store-staff', role, storeId: a, partnerId: b }
  : role === 'partner' ? { sub: 'dev-partner', role, partnerId: a }
  : { sub: 'dev-ops', role };
console.log(signStaffToken(claims, { jwtSecret: secret, issuer: 'tradein-platform', audience: 'tradein-api' }, 8 * 3600));

import { SERVICES, type ServiceName } from '@tradein/testing';
import { type Platform, startPlatform } from '../acceptance/platform';
import { type Operation, hostileRequests, operationsOf } from './hostile-requests';

/**
 * Issue 14, as an attacker would: every route of every service (enumerated from the running service's own
 * OpenAPI document) gets every class of bad input with every credential kind, and must answer a 4xx
 * problem+json — never a 5xx, never another content type. Then known secrets are pushed through every route by
 * every path (URL, query, headers, Idempotency-Key, body) and no service's log may contain any of them.
 */
const PARTNER = 'hostile-partner';
const SECRETS = {
  iban: 'FR7630006000011234567890189',
  email: 'leak.canary@example.com',
  name: 'Canary Leakname',
  idempotencyKey: 'CanaryIdemKey-7f3a9c21',
};
const LIMITS = { RATE_LIMIT_PER_MINUTE: '100000', AUTH_FAILURES_PER_ADDRESS: '100000', AUTH_FAILURES_PER_KEY: '100000', LOG_LEVEL: 'info' };

interface Answer {
  status: number;
  type: string;
}

describe('hostile input and secrets against every route of the four services (real PostgreSQL and Kafka)', () => {
  let platform: Platform;
  let operations: Map<ServiceName, Operation[]>;
  let credentials: Record<string, Record<string, string>>;
  let apiKey: string;

  beforeAll(async () => {
    platform = await startPlatform(
      Object.fromEntries(SERVICES.map((s) => [s, s === 'quote-service' ? { ...LIMITS, PARTNER_RATE_LIMIT_PER_MINUTE: '100000' } : LIMITS])),
    );
    const ops = platform.token({ sub: 'hostile-ops', role: 'ops' });
    await platform.client.req('quote-service', 'POST', '/v1/partners', 201, { token: ops, body: { id: PARTNER, name: 'Hostile partner' } });
    apiKey = (
      await platform.client.req<{ apiKey: string }>('quote-service', 'POST', `/v1/partners/${PARTNER}/api-keys`, 201, {
        token: ops,
        body: {},
      })
    ).apiKey;
    credentials = {
      'api-key': { 'x-api-key': apiKey },
      ops: { authorization: `Bearer ${ops}` },
      store_staff: {
        authorization: `Bearer ${platform.token({ sub: 'hostile-clerk', role: 'store_staff', storeId: 'STORE-H1', partnerId: PARTNER })}`,
      },
      grader: { authorization: `Bearer ${platform.token({ sub: 'hostile-grader', role: 'grader', siteId: 'SITE-1' })}` },
    };
    operations = new Map();
    for (const s of SERVICES) {
      const doc = (await (await fetch(`${platform.url(s)}/docs/openapi.json`)).json()) as Parameters<typeof operationsOf>[0];
      operations.set(s, operationsOf(doc));
    }
  }, 180_000);
  afterAll(async () => {
    await platform?.close();
  });

  async function send(service: ServiceName, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
    const res = await fetch(`${platform.url(service)}${path}`, { method, headers, body });
    await res.arrayBuffer();
    return { status: res.status, type: res.headers.get('content-type') ?? '' };
  }

  it('finds the routes of every service in its own document', () => {
    for (const s of SERVICES) expect(operations.get(s)!.length).toBeGreaterThan(5);
  });

  it('answers every input class on every route with a 4xx problem+json, whoever calls', async () => {
    const violations: string[] = [];
    const counts: Record<string, number> = {};
    for (const service of SERVICES) {
      for (const op of operations.get(service)!) {
        for (const [credential, auth] of Object.entries(credentials)) {
          for (const r of hostileRequests(op)) {
            const a = await send(service, r.method, r.path, { ...auth, ...r.headers }, r.body);
            counts[service] = (counts[service] ?? 0) + 1;
            const problem = a.type.startsWith('application/problem+json');
            if (a.status >= 500 || (a.status >= 400 && !problem)) {
              violations.push(`${service} ${r.method} ${op.path} as ${credential}, ${r.kind}: ${a.status} ${a.type}`);
            }
          }
        }
      }
    }
    console.log(`hostile input: requests per service ${JSON.stringify(counts)}`);
    expect(violations).toEqual([]);
  }, 600_000);

  it('keeps IBANs, e-mails, names, API keys, tokens and idempotency keys out of every log line', async () => {
    const s = SECRETS;
    const body = JSON.stringify({
      iban: s.iban,
      email: s.email,
      name: s.name,
      customer: { name: s.name, email: s.email },
      bankAccount: { iban: s.iban, holderName: s.name },
    });
    for (const service of SERVICES) {
      for (const op of operations.get(service)!) {
        const path = op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(s.email));
        const query = `?email=${encodeURIComponent(s.email)}&iban=${s.iban}&name=${encodeURIComponent(s.name)}&apiKey=${apiKey}`;
        for (const auth of Object.values(credentials)) {
          await send(
            service,
            op.method,
            `${path}${query}`,
            {
              ...auth,
              'x-customer-email': s.email,
              'x-iban': s.iban,
              'idempotency-key': s.idempotencyKey,
              'x-forwarded-for': '203.0.113.9',
              ...(op.method === 'GET' || op.method === 'DELETE' ? {} : { 'content-type': 'application/json' }),
            },
            op.method === 'GET' || op.method === 'DELETE' ? undefined : body,
          );
        }
        // Bad credentials are logged as failures: the forged key and token must not be either.
        await send(service, op.method, path, { 'x-api-key': `${apiKey.slice(0, 16)}_forged-${s.idempotencyKey}` });
        await send(service, op.method, path, { authorization: `Bearer ${credentials['ops']!['authorization']!.slice(7)}x` });
      }
    }
    await platform.settle().catch(() => undefined);
    const secrets = [
      ...Object.values(s),
      apiKey,
      apiKey.slice(16),
      ...Object.values(credentials).map((h) => Object.values(h)[0]!.replace(/^Bearer /, '')),
    ];
    const leaks: string[] = [];
    for (const service of SERVICES) {
      const lines = platform.logs(service).split('\n');
      for (const secret of secrets) {
        const hit = lines.find((l) => l.includes(secret) || l.includes(encodeURIComponent(secret)));
        if (hit) leaks.push(`${service}: ${secret.slice(0, 12)}… in ${hit.slice(0, 300)}`);
      }
      expect(lines.length).toBeGreaterThan(10);
    }
    expect(leaks).toEqual([]);
  }, 600_000);
});

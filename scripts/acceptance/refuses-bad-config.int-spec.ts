import { createKafka } from '@tradein/messaging';
import {
  SERVICES,
  type ServiceName,
  createNamespace,
  createTestDatabase,
  deleteNamespace,
  freePort,
  spawnService,
  testInfra,
  waitUntilReady,
} from '@tradein/testing';

/** A service with a missing or malformed setting must not start, and must say which setting. */
describe.each(SERVICES)('%s with a bad configuration', (name) => {
  it('exits non-zero and names every bad setting', async () => {
    const svc = spawnService(name, {
      NODE_ENV: 'production',
      PORT: 'eighty',
      KAFKA_BROKERS: 'not a broker list',
      LOG_LEVEL: 'chatty',
      // AUTH_JWT_SECRET and DATABASE_URL deliberately missing
    });
    const code = await svc.exited;
    expect(code).not.toBe(0);
    const out = svc.output();
    expect(out).toContain('refuses to start');
    for (const setting of ['PORT', 'KAFKA_BROKERS', 'LOG_LEVEL', 'AUTH_JWT_SECRET', 'DATABASE_URL']) expect(out).toContain(setting);
  });
});

const KEY32 = Buffer.alloc(32, 7).toString('base64');
/** Evidence photos (intake, grading): production needs credentials of its own for the object store. */
const OBJECT_STORE = {
  S3_ENDPOINT: 'http://127.0.0.1:19000',
  S3_ACCESS_KEY_ID: 'production-like-key',
  S3_SECRET_ACCESS_KEY: 'production-like-secret-0000',
};
/** Each service's development fallbacks, one at a time over otherwise valid production settings. */
const PRODUCTION: Record<ServiceName, Record<string, string>> = {
  'quote-service': { QUOTE_SECRET_KEY: 'q'.repeat(40) },
  'intake-service': {
    ...OBJECT_STORE,
    CARRIER_WEBHOOK_SECRET: 'c'.repeat(40),
    INTAKE_SANDBOX_SCANS: 'disabled',
    INTAKE_SANDBOX_CARRIER_IN_PRODUCTION: 'true',
  },
  'grading-service': { ...OBJECT_STORE },
  'payout-service': {
    PAYOUT_BANK_DETAILS_KEYS: `k1:${KEY32}`,
    PAYOUT_FINGERPRINT_KEY: Buffer.alloc(32, 9).toString('base64'),
    PAYOUT_SANDBOX_IN_PRODUCTION: 'true',
  },
};
const FALLBACKS: Array<[ServiceName, string, Record<string, string | undefined>]> = [
  ...SERVICES.map((s): [ServiceName, string, Record<string, string>] => [s, 'CLOCK_CONTROL', { CLOCK_CONTROL: 'enabled' }]),
  ['quote-service', 'QUOTE_SECRET_KEY', { QUOTE_SECRET_KEY: undefined }],
  ['intake-service', 'CARRIER_WEBHOOK_SECRET', { CARRIER_WEBHOOK_SECRET: undefined }],
  ['intake-service', 'INTAKE_SANDBOX_SCANS', { INTAKE_SANDBOX_SCANS: 'enabled' }],
  ['intake-service', 'INTAKE_SANDBOX_CARRIER_IN_PRODUCTION', { INTAKE_SANDBOX_CARRIER_IN_PRODUCTION: 'false' }],
  ['payout-service', 'PAYOUT_BANK_DETAILS_KEYS', { PAYOUT_BANK_DETAILS_KEYS: undefined }],
  ['payout-service', 'PAYOUT_BANK_DETAILS_KEYS', { PAYOUT_BANK_DETAILS_KEYS: 'dev:ZGV2LW9ubHkta2V5LW5ldmVyLWluLXByb2R1Y3Rpb24=' }],
  ['payout-service', 'PAYOUT_FINGERPRINT_KEY', { PAYOUT_FINGERPRINT_KEY: 'ZGV2LW9ubHktZmluZ2VycHJpbnQta2V5LW5vdC1wcm9k' }],
  ['payout-service', 'PAYOUT_SANDBOX_IN_PRODUCTION', { PAYOUT_SANDBOX_IN_PRODUCTION: 'false' }],
];

describe('production refuses development shortcuts, naming the setting', () => {
  const kafka = createKafka('refuses-config', testInfra().brokers);
  let namespace: string;
  const dbs = new Map<ServiceName, { url: string; drop: () => Promise<void> }>();
  beforeAll(async () => {
    namespace = await createNamespace(kafka);
    for (const s of SERVICES) dbs.set(s, await createTestDatabase(`prod_${s.replace(/-service$/, '')}`));
  });
  afterAll(async () => {
    await Promise.all([...dbs.values()].map((d) => d.drop().catch(() => undefined)));
    await deleteNamespace(kafka, namespace).catch(() => undefined);
  });

  async function productionEnv(name: ServiceName): Promise<Record<string, string>> {
    return {
      NODE_ENV: 'production',
      PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
      AUTH_JWT_SECRET: 'p'.repeat(40),
      KAFKA_BROKERS: testInfra().brokers.join(','),
      KAFKA_TOPIC_NAMESPACE: namespace,
      [`${name.replace(/-service$/, '').toUpperCase()}_DATABASE_URL`]: dbs.get(name)!.url,
      ...PRODUCTION[name],
    };
  }

  it.each(SERVICES)('%s starts with the production settings these cases start from', async (name) => {
    const env = await productionEnv(name);
    const svc = spawnService(name, env);
    try {
      await waitUntilReady(svc, Number(env['PORT']));
    } finally {
      svc.child.kill('SIGKILL');
      await svc.exited;
    }
  });

  it.each(FALLBACKS)('%s refuses %s', async (name, setting, change) => {
    const env: Record<string, string | undefined> = { ...(await productionEnv(name)), ...change };
    const svc = spawnService(name, env);
    const code = await svc.exited;
    expect(code).not.toBe(0);
    expect(svc.output()).toContain(setting);
  });
});

import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { withDatabase } from '@tradein/service-runtime';
import { migrate } from './migrate';
import { migrationsOf, ROOT, serviceNames } from './service-discovery';

const server = process.env['DATABASE_URL'] ?? `postgres://postgres@127.0.0.1:${process.env['PG_PORT'] ?? '55432'}/postgres`;
const db = `test_migrate_${randomBytes(4).toString('hex')}`;

afterAll(async () => {
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
  await admin.end();
});

it('replicas starting together migrate one after the other: every migration runs exactly once', async () => {
  const env = { PORT: '3001', AUTH_JWT_SECRET: 's'.repeat(32), QUOTE_DATABASE_URL: withDatabase(server, db), KAFKA_BROKERS: '127.0.0.1:1' };
  const runs = await Promise.all([migrate('quote-service', env), migrate('quote-service', env), migrate('quote-service', env)]);
  const expected = [
    'MessagingTables1764000000000',
    'TradeInTraceTable1764300000000',
    'DeadLetterTable1765000000000',
    'DeadLetterCode1765000000001',
    'InboxRetentionIndex1765300000000',
    'IdempotencyTable1764000000001',
    ...migrationsOf('quote-service').map((m) => m.name),
  ];
  expect(runs.flat().sort()).toEqual(expected.sort());
  expect(runs.filter((r) => r.length === 0)).toHaveLength(2);

  const c = new Client({ connectionString: withDatabase(server, db) });
  await c.connect();
  const rows = (await c.query<{ name: string }>('SELECT name FROM typeorm_migrations')).rows.map((r) => r.name);
  await c.end();
  expect(rows.sort()).toEqual(expected.sort());
});

it("payout-service: the migrate step creates the sandbox providers' book (they keep idempotency keys across restarts)", async () => {
  const payoutDb = `${db}_payout`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${payoutDb}"`);
  try {
    const env = {
      PORT: '3004',
      AUTH_JWT_SECRET: 's'.repeat(32),
      PAYOUT_DATABASE_URL: withDatabase(server, payoutDb),
      KAFKA_BROKERS: '127.0.0.1:1',
    };
    const ran = await migrate('payout-service', env);
    expect(ran).toEqual(expect.arrayContaining(['PayoutSchema1764150000000', 'SandboxPayments1764420000000']));
    expect(ran).toEqual(expect.arrayContaining(migrationsOf('payout-service').map((m) => m.name)));
    const c = new Client({ connectionString: withDatabase(server, payoutDb) });
    await c.connect();
    const constraints = (
      await c.query<{ conname: string }>(`SELECT conname FROM pg_constraint WHERE conrelid = 'sandbox_payment'::regclass`)
    ).rows.map((r) => r.conname);
    await c.end();
    expect(constraints).toContain('sandbox_payment_one_per_key');
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${payoutDb}" WITH (FORCE)`);
    await admin.end();
  }
});

it.each(serviceNames())('%s: the migrate step finds exactly the migrations the service boots with', (svc) => {
  const src = join(ROOT, 'apps', svc, 'src');
  // The app's code, less the migration files themselves (an index.ts listing them counts).
  const files = (d: string): string[] =>
    readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]));
  const appCode = files(src)
    .filter((f) => f.endsWith('.ts') && !/spec\.ts$/.test(f) && !/\/migrations\/\d{13}-/.test(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const found = migrationsOf(svc).map((m) => m.name);
  expect(found.length).toBeGreaterThan(0);
  // Each discovered class is listed by the app (its app.module or an exported list), so none runs at boot only.
  for (const name of found) expect(appCode).toMatch(new RegExp(`\\b${name}\\b`));
});

it('each DB-queued job table gets its trace context column (ADR 0008), discovered and run like any migration', () => {
  expect(migrationsOf('intake-service').map((m) => m.name)).toContain('LabelRequestTraceContext1764310000000');
  expect(migrationsOf('payout-service').map((m) => m.name)).toContain('PayoutTraceContext1764310000000');
  expect(migrationsOf('quote-service').map((m) => m.name)).toContain('WebhookDeliveryTraceContext1764310000000');
});

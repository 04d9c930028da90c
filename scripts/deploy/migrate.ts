/**
 * Migrate-only entry for one service (docs/adr/0006-migrations-in-kubernetes.md): the Kubernetes
 * initContainer runs it with the service's own settings before the service starts.
 *
 *   SERVICE=payout node -r @swc-node/register scripts/deploy/migrate.ts
 *
 * Creates the database if missing (as the service does at boot), then runs the pending migrations
 * (the shared messaging and idempotency tables first, then the service's own, exactly the list the
 * service's boot uses) while holding a PostgreSQL advisory lock, so replicas starting together
 * migrate one after the other. TypeORM 0.3 has no migration lock of its own.
 */
import 'reflect-metadata';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, type QueryRunner } from 'typeorm';
import { ensureDatabase, loadConfig, typeOrmOptions } from '@tradein/service-runtime';
import { configClassOf, migrationsOf } from './service-discovery';

/** pg_advisory_lock key: any constant shared by every migrate run on a database. */
export const MIGRATION_LOCK_KEY = 7_406_300_106;

/** How long a replica waits for another's migrations before it gives up (the initContainer then fails and restarts). */
const LOCK_WAIT_MS = 10 * 60_000;

/**
 * Takes the migration lock by polling `pg_try_advisory_lock` rather than waiting inside `pg_advisory_lock`: a session
 * blocked in a statement keeps that statement's snapshot, and `CREATE INDEX CONCURRENTLY` (ADR 0022) waits for every
 * older snapshot in the database, so the replica holding the lock would wait for the replicas waiting for it.
 */
async function takeMigrationLock(lock: QueryRunner): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    const [row]: Array<{ locked: boolean }> = await lock.query('SELECT pg_try_advisory_lock($1) AS locked', [MIGRATION_LOCK_KEY]);
    if (row?.locked) return;
    if (Date.now() > deadline) throw new Error(`another replica held the migration lock for over ${LOCK_WAIT_MS / 60_000} minutes`);
    await sleep(250);
  }
}

export async function migrate(service: string, env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const config = loadConfig(configClassOf(service), service, env);
  await ensureDatabase(config.DATABASE_URL);
  const ds = new DataSource({ ...typeOrmOptions(config, [], migrationsOf(service)), migrationsRun: false });
  await ds.initialize();
  const lock = ds.createQueryRunner();
  try {
    await lock.connect();
    await takeMigrationLock(lock);
    const ran = await ds.runMigrations({ transaction: 'each' });
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    return ran.map((m) => m.name);
  } finally {
    await lock.release();
    await ds.destroy();
  }
}

if (require.main === module) {
  const name = (process.env['SERVICE'] ?? '').replace(/-service$/, '');
  if (!name) {
    console.error('migrate: set SERVICE to quote, intake, grading or payout');
    process.exit(64);
  }
  migrate(`${name}-service`).then(
    (ran) => console.log(JSON.stringify({ service: `${name}-service`, migrated: ran })),
    (err: unknown) => {
      console.error(`${name}-service: migration failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}

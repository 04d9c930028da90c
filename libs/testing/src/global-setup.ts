import { Client } from 'pg';
import { Kafka, logLevel } from 'kafkajs';
import { testInfra } from './test-infra';

/**
 * Integration tests need the real PostgreSQL and Kafka that `npm run infra:up` starts.
 * Fail fast with a clear message instead of letting every test time out.
 */
export default async function globalSetup(): Promise<void> {
  const { databaseUrl, brokers } = testInfra();
  const pg = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await pg.connect();
    await pg.query('SELECT 1');
  } catch (err) {
    throw new Error(`integration tests need PostgreSQL at ${databaseUrl} (run npm run infra:up): ${String(err)}`);
  } finally {
    await pg.end().catch(() => undefined);
  }
  const admin = new Kafka({ clientId: 'test-global-setup', brokers, logLevel: logLevel.NOTHING, retry: { retries: 3 } }).admin();
  try {
    await admin.connect();
    await admin.describeCluster();
  } catch (err) {
    throw new Error(`integration tests need Kafka at ${brokers.join(',')} (run npm run infra:up): ${String(err)}`);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

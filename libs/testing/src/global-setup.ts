import { Client } from 'pg';
import { Kafka, logLevel } from 'kafkajs';
import { createS3Client, ensureBucket, loadEvidenceSettings } from '@tradein/evidence';
import { testInfra } from './test-infra';

/**
 * Integration tests need the real PostgreSQL, Kafka and S3 object store that `npm run infra:up` starts.
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
  // Evidence uploads go to the real object store; the bucket is created here too, so a store started
  // by hand (or an external S3_ENDPOINT) works without the infra script.
  const s3 = loadEvidenceSettings({ ...process.env, NODE_ENV: 'test' });
  try {
    await ensureBucket(createS3Client(s3), s3.S3_BUCKET);
  } catch (err) {
    throw new Error(`integration tests need the S3 object store at ${s3.S3_ENDPOINT} (run npm run infra:up): ${String(err)}`);
  }
}

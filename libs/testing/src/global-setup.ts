import { Client } from 'pg';
import { Kafka, logLevel } from 'kafkajs';
import { CreateBucketCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
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
  // Evidence uploads go to the real object store; the bucket is created here too, so a store started by
  // hand works without the infra script. Jest loads this file without the workspace's path aliases, so it
  // speaks S3 directly instead of through @tradein/evidence (same settings and defaults).
  const env = process.env;
  // The SDK's notice about Node 22 would otherwise repeat in every test worker's output.
  env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
  const endpoint = env['S3_ENDPOINT'] || `http://127.0.0.1:${env['S3_PORT'] ?? '19000'}`;
  const bucket = env['S3_BUCKET'] || 'tradein-evidence';
  const s3 = new S3Client({
    endpoint,
    region: env['S3_REGION'] || 'us-east-1',
    forcePathStyle: env['S3_FORCE_PATH_STYLE'] !== 'false',
    maxAttempts: 2,
    credentials: {
      accessKeyId: env['S3_ACCESS_KEY_ID'] || 'tradein-dev',
      secretAccessKey: env['S3_SECRET_ACCESS_KEY'] || 'tradein-dev-secret-key',
    },
  });
  try {
    await s3.send(new HeadBucketCommand({ Bucket: bucket })).catch(() => s3.send(new CreateBucketCommand({ Bucket: bucket })));
  } catch (err) {
    throw new Error(`integration tests need the S3 object store at ${endpoint} (run npm run infra:up): ${String(err)}`);
  } finally {
    s3.destroy();
  }
}

import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { type Producer, Partitioners } from 'kafkajs';
import { Client } from 'pg';
import { QuoteAccepted, type QuoteAcceptedPayload } from '@tradein/contracts';
import { createKafka, physicalTopic } from '@tradein/messaging';
import {
  ROOT,
  TEST_JWT_SECRET,
  productionNodeOptions,
  createNamespace,
  createTestDatabase,
  deleteNamespace,
  envelopeFor,
  freePort,
  testInfra,
  waitFor,
  waitUntilReady,
} from '@tradein/testing';
import { assemble } from './assemble';
import { buildService } from './build-service';
import { connectionRefused, holdRequest } from './raw-http';

/**
 * The production build really runs, laid out as docker/Dockerfile lays it: grading-service built
 * (what `nx run grading-service:build` runs) and assembled into a folder outside the workspace (so
 * nothing resolves from the workspace's node_modules), its pruned production dependencies installed
 * with `npm ci --omit=dev`, started with NODE_ENV=production against the real PostgreSQL and Kafka,
 * then stopped with SIGTERM while HTTP requests and events are in flight.
 * TRADEIN_BUILT_DIR=<folder> runs the tests against an assembled folder prepared beforehand instead.
 */
const SERVICE = 'grading-service';
const GRACE_MS = 6000;
const run = promisify(execFile);
const { brokers } = testInfra();
const kafka = createKafka('built-service-test', brokers);

let workDir: string | undefined;
let outDir: string;
let namespace: string;
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let port: number;
let child: ChildProcess;
let output = '';
let exited: Promise<number | null>;
/** The test's event publisher runs until this turns false (afterAll too, should the test fail). */
let publishing = false;

const payload = (n: number): QuoteAcceptedPayload => ({
  quoteId: `q-${n}`,
  device: { modelId: 'iphone-13', category: 'smartphone' },
  market: 'FR',
  quotedAmount: { amountMinor: '30000', currency: 'EUR' },
  priceTableVersion: 1,
  fulfilment: 'MAIL_IN',
  shipBy: '2030-01-01T00:00:00.000Z',
  payoutMethod: 'BANK_TRANSFER',
  revisedOfferPolicy: 'ASK',
  sellerRef: `seller-${n}`,
  declaredCondition: { screen: 'FLAWLESS' },
});

beforeAll(async () => {
  const prebuilt = process.env['TRADEIN_BUILT_DIR'];
  if (prebuilt) {
    outDir = prebuilt;
  } else {
    workDir = await mkdtemp(join(tmpdir(), 'tradein-build-'));
    outDir = join(workDir, 'app');
    await buildService(SERVICE, join(workDir, 'dist', SERVICE));
    await assemble([join(workDir, 'dist', SERVICE)], outDir);
    await run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: outDir,
      timeout: 240_000,
    });
  }
  [namespace, db, port] = await Promise.all([createNamespace(kafka), createTestDatabase('built_grading'), freePort()]);
  // As docker/entrypoint.sh starts it, with the image's NODE_OPTIONS.
  child = spawn(process.execPath, [`apps/${SERVICE}/src/main.js`], {
    cwd: outDir,
    env: {
      NODE_OPTIONS: productionNodeOptions(ROOT),
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      NODE_ENV: 'production',
      PORT: String(port),
      GRADING_DATABASE_URL: db.url,
      KAFKA_BROKERS: brokers.join(','),
      KAFKA_TOPIC_NAMESPACE: namespace,
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
      // Production refuses the local store's dev keys; nothing here uploads evidence, so a closed port will do.
      S3_ENDPOINT: 'http://127.0.0.1:9',
      S3_ACCESS_KEY_ID: 'built-test-key',
      S3_SECRET_ACCESS_KEY: 'built-test-secret-0123456789',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  await waitUntilReady({ name: SERVICE, child, output: () => output, exited }, port, 90_000);
}, 300_000);

afterAll(async () => {
  publishing = false;
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await db?.drop().catch(() => undefined);
  if (namespace) await deleteNamespace(kafka, namespace).catch(() => undefined);
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('the production build of grading-service', () => {
  it('holds only this service compiled to JavaScript and the production packages it requires', () => {
    expect(existsSync(join(outDir, 'apps', SERVICE, 'src', 'main.js'))).toBe(true);
    expect(readdirSync(join(outDir, 'apps'))).toEqual([SERVICE]);
    const sources = readdirSync(outDir, { recursive: true })
      .map(String)
      .filter((f) => !f.startsWith('node_modules'));
    expect(sources.filter((f) => f.endsWith('.ts') || f.includes('spec.'))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(outDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(['@nestjs/core', 'kafkajs', 'pg', 'typeorm']));
    for (const tool of ['typescript', '@swc/core', '@swc-node/register', 'jest', 'nx']) {
      expect(pkg.dependencies[tool]).toBeUndefined();
      expect(existsSync(join(outDir, 'node_modules', tool))).toBe(false);
    }
  });

  it('answers live, ready and metrics with NODE_ENV=production', async () => {
    for (const path of ['/health/live', '/health/ready', '/metrics']) {
      expect((await fetch(`http://127.0.0.1:${port}${path}`)).status).toBe(200);
    }
  });

  it('creates the topics from the build (the compose topics job: node scripts/infra/create-topics.js)', async () => {
    const ns = `${namespace}x`;
    const { stdout } = await run(process.execPath, ['scripts/infra/create-topics.js'], {
      cwd: outDir,
      env: { PATH: process.env['PATH'], KAFKA_BROKERS: brokers.join(','), KAFKA_TOPIC_NAMESPACE: ns, KAFKA_TOPIC_PARTITIONS: '1' },
    });
    expect(stdout).toMatch(/topics present/);
    const admin = kafka.admin();
    await admin.connect();
    try {
      expect(await admin.listTopics()).toContain(physicalTopic(QuoteAccepted.topic, ns));
    } finally {
      await admin.disconnect();
    }
    await deleteNamespace(kafka, ns);
  });

  it('on SIGTERM stops taking connections, finishes requests in flight, commits what it consumed, closes everything and exits 0', async () => {
    const topic = physicalTopic(QuoteAccepted.topic, namespace);
    const groupId = physicalTopic(SERVICE, namespace);
    const inboxConsumer = `${groupId}/QuoteAcceptedHandler.handle`;
    const pg = new Client({ connectionString: db.url });
    pg.on('error', () => undefined);
    await pg.connect();
    const processed = async (): Promise<number> =>
      Number((await pg.query<{ n: string }>('SELECT count(*) AS n FROM inbox_event WHERE consumer = $1', [inboxConsumer])).rows[0]!.n);

    // Events keep arriving in bursts during the whole shutdown, faster than they are applied: the
    // consumer is in the middle of a batch when it stops (what kafkajs commits after each batch).
    const producer: Producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: false });
    await producer.connect();
    let published = 0;
    publishing = true;
    const publisher = (async () => {
      while (publishing) {
        const burst = Array.from({ length: 20 }, (_, i) => published + i);
        await producer.send({
          topic,
          messages: burst.map((n) => ({
            key: `ti-${n}`,
            value: JSON.stringify(envelopeFor(QuoteAccepted, { tradeInId: `ti-${n}`, partnerId: 'p-1' }, payload(n))),
          })),
        });
        published += burst.length;
        await sleep(20);
      }
    })();
    await waitFor(async () => (await processed()) >= 5, { timeoutMs: 30_000, what: 'the first events applied' });

    const finishes = await holdRequest(port, '/v1/marketplace-grade-mappings');
    const hangs = await holdRequest(port, '/v1/marketplace-grade-mappings');
    await sleep(200);
    const signalledAt = Date.now();
    child.kill('SIGTERM');

    await waitFor(() => connectionRefused(port), { timeoutMs: 3000, intervalMs: 50, what: 'new connections refused' });
    finishes.finish();
    const answered = await finishes.ended;
    const code = await exited;
    const stoppedAfterMs = Date.now() - signalledAt;
    const held = await hangs.ended;
    publishing = false;
    await publisher;
    await producer.disconnect();

    expect(answered.status).toBeGreaterThanOrEqual(200);
    expect(held.status).toBeUndefined();
    expect(held.endedAt - signalledAt).toBeGreaterThanOrEqual(GRACE_MS / 2 - 100);
    expect(code).toBe(0);
    expect(stoppedAfterMs).toBeLessThan(GRACE_MS);

    // Every event it applied has its offset committed (nothing applied twice by the next replica), and
    // what it had not reached is still there for the next one.
    const done = await processed();
    const admin = kafka.admin();
    await admin.connect();
    const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
    await admin.disconnect();
    await pg.end();
    expect(Number(offsets!.partitions[0]!.offset)).toBe(done);
    expect(done).toBeLessThan(published);

    const steps = [
      'shutdown: started',
      'shutdown: http server closed',
      'shutdown: consumers stopped',
      'shutdown: relay stopped',
      'shutdown: database closed',
      'shutdown: complete',
    ];
    expect(steps.filter((s) => !output.includes(s))).toEqual([]);
    const at = steps.map((s) => output.indexOf(s));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  }, 60_000);
});

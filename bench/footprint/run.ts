/**
 * Footprint of each service's production build (scripts/build, as its image runs it): time from spawn to
 * the first 200 of /health/ready, and resident memory once idle. Each service starts alone on a fresh
 * database (migrations included in the start) and a shared fresh topic namespace.
 *
 *   npm run bench:footprint        (BENCH_IDLE_SECONDS: how long a service idles before RSS is read, 10)
 */
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { createKafka } from '@tradein/messaging';
import { createNamespace, createTestDatabase, deleteNamespace, freePort, testInfra } from '@tradein/testing';
import { envInt, fmt, machineLines, writePerfSection } from '../lib/report';
import { type BuildableService, buildProduction, rssMiB, startBuilt } from '../lib/services';

const SERVICES: BuildableService[] = ['quote-service', 'intake-service', 'grading-service', 'payout-service'];
const IDLE_SECONDS = envInt('BENCH_IDLE_SECONDS', 10);
const READY_TARGET_MS = 3000;
const RSS_TARGET_MIB = 150;
const SECRET = 'bench-footprint-secret-bench-footprint-secret-01';

interface Footprint {
  service: BuildableService;
  readyMs: number;
  /** Ready again with the database already migrated: the start of a replica or a restart. */
  restartReadyMs: number;
  rss: number;
  heapUsed: number;
}

async function main(): Promise<void> {
  const infra = testInfra();
  const kafka = createKafka('bench-footprint', infra.brokers);
  const namespace = await createNamespace(kafka, undefined, 3);
  const loadBefore = os.loadavg();
  const results: Footprint[] = [];
  try {
    for (const service of SERVICES) {
      await buildProduction(service);
      const db = await createTestDatabase(`bench_fp_${service.replace(/-service$/, '')}`);
      const short = service.replace(/-service$/, '').toUpperCase();
      const env = {
        LOG_LEVEL: 'info',
        AUTH_JWT_SECRET: SECRET,
        KAFKA_BROKERS: infra.brokers.join(','),
        KAFKA_TOPIC_NAMESPACE: namespace,
        [`${short}_DATABASE_URL`]: db.url,
      };
      try {
        const first = await startBuilt(service, await freePort(), env);
        await first.stop();
        const svc = await startBuilt(service, await freePort(), env);
        await sleep(IDLE_SECONDS * 1000);
        const rss = rssMiB(svc.child.pid ?? 0);
        // Prometheus default metrics, when the service exposes them on its port (METRICS_PORT may move them).
        const metrics = await fetch(`http://127.0.0.1:${svc.port}/metrics`).then(
          (r) => r.text(),
          () => '',
        );
        const heapUsed = Number(/^nodejs_heap_size_used_bytes\s+([\d.e+]+)/m.exec(metrics)?.[1] ?? NaN) / 2 ** 20;
        await svc.stop();
        results.push({ service, readyMs: first.readyMs, restartReadyMs: svc.readyMs, rss, heapUsed });
        console.log(
          `${service}: ready ${fmt(first.readyMs)} ms (restart ${fmt(svc.readyMs)} ms), idle RSS ${fmt(rss, 1)} MiB, heap used ${fmt(heapUsed, 1)} MiB`,
        );
      } finally {
        await db.drop().catch(() => undefined);
      }
    }
  } finally {
    await deleteNamespace(kafka, namespace).catch(() => undefined);
  }
  const ok = (b: boolean): string => (b ? 'yes' : '**no**');
  const table = [
    `| service | ready after start, fresh database (ms) | ready after restart (ms) | ≤ ${READY_TARGET_MS} ms | idle RSS (MiB) | ≤ ${RSS_TARGET_MIB} MB | JS heap used (MiB) |`,
    '|---|---:|---:|---|---:|---|---:|',
    ...results.map(
      (r) =>
        `| ${r.service} | ${fmt(r.readyMs)} | ${fmt(r.restartReadyMs)} | ${ok(Math.max(r.readyMs, r.restartReadyMs) <= READY_TARGET_MS)} | ${fmt(r.rss, 1)} | ${ok(r.rss * 1.048576 <= RSS_TARGET_MIB)} | ${fmt(r.heapUsed, 1)} |`,
    ),
  ].join('\n');
  console.log(`\n${table}\n`);
  const section = [
    '### Results',
    '',
    'Reproduce: `npm run infra:up && npm run bench:footprint` (see bench/README.md).',
    '',
    ...machineLines(loadBefore, [
      `- production builds (scripts/build), \`node apps/<service>/src/main.js\`, NODE_ENV=production, LOG_LEVEL=info, messaging on; ready = spawn → first 200 of /health/ready (database and Kafka checked); RSS read from /proc after ${IDLE_SECONDS} s idle`,
      "- start-up time is CPU-bound (module loading) and grows with the machine's load: compare it with the load average above",
    ]),
    '',
    table,
  ].join('\n');
  writePerfSection('footprint', 'Footprint (production builds)', section);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

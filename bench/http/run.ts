/**
 * HTTP benchmark of quote-service's production build against ceilings measured in the same run:
 *   - a bare fastify hello (own process)              ← GET /health/live through the service's stack
 *   - GET /health/live                                 ← GET /v1/catalog/models (partner API key)
 *   - a bare Nest hello on fastify (own process)       ← the same catalog request: what is ours above the framework
 *   - pgbench replaying one quote's statements         ← POST /v1/quotes (closed loop), then an open loop at
 *     (bench/quotes/quote-create.sql, same server)       half the pgbench rate for p99
 * Load: autocannon for closed loops (bench/lib/load.ts), vegeta for open loops (bench/lib/vegeta.ts). See bench/http/README.md.
 *
 *   npm run bench:http
 *   BENCH_SECONDS=5 npm run bench:http
 *   BENCH_PROFILE=1 npm run bench:http     # also --cpu-prof the service under quote load (where the time goes)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { createKafka } from '@tradein/messaging';
import { createNamespace, createTestDatabase, deleteNamespace, freePort, testInfra, uniqueSuffix } from '@tradein/testing';
import { type LoadRequest, type LoadResult, closedLoop } from '../lib/load';
import { vegetaOpenLoop } from '../lib/vegeta';
import { pgbench } from '../lib/pgbench';
import { summariseProfiles } from '../lib/profile';
import { ROOT, envInt, fmt, machineLines, pgServerVersion, ratio, writePerfSection } from '../lib/report';
import { type BuiltService, buildProduction, cpuMs, startBuilt } from '../lib/services';
import { readMachineCpu, reapedChildrenMs } from '../lib/machine-cpu';
import { databaseCommits } from '../lib/commits';
import { benchOpsToken, catalogRequest, partnerKey, quoteRequest, quoteServiceBenchEnv } from '../lib/quote-service-bench';

const SECONDS = envInt('BENCH_SECONDS', 8);
const WARMUP = envInt('BENCH_WARMUP_SECONDS', 2);
const CONNECTIONS = envInt('BENCH_CONNECTIONS', 50);
const QUOTE_CONNECTIONS = envInt('BENCH_QUOTE_CONNECTIONS', 32);
const PG_CLIENTS = envInt('BENCH_PGBENCH_CLIENTS', 10);
const LOG_LEVEL = process.env['BENCH_LOG_LEVEL'] ?? 'info';
const PROFILE = process.env['BENCH_PROFILE'] === '1';
interface Row extends LoadResult {
  name: string;
  /** CPU time the serving process used per request, in µs (independent of how busy the shared machine is). */
  cpuUs: number;
  /** CPU time the local PostgreSQL server used per request, in µs. */
  pgUs: number;
}

/** CPU per request of the serving process and of PostgreSQL, over `work`. */
async function withCpu<T extends { requests: number }>(pid: number, work: () => Promise<T>): Promise<T & { cpuUs: number; pgUs: number }> {
  const [cpuBefore, pgBefore] = [cpuMs(pid), readMachineCpu().postgres];
  const result = await work();
  const per = (ms: number): number => (ms * 1000) / Math.max(1, result.requests);
  return { ...result, cpuUs: per(cpuMs(pid) - cpuBefore), pgUs: per(readMachineCpu().postgres - pgBefore) };
}

/** One request that must succeed before it is measured: a setup mistake fails loudly instead of benchmarking 4xx. */
async function check(port: number, r: LoadRequest): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${port}${r.path}`, {
    method: r.method,
    body: r.body,
    headers: { ...r.headers, ...(r.uniqueHeader ? { [r.uniqueHeader]: `check-${uniqueSuffix()}` } : {}) },
  });
  if (!res.ok) throw new Error(`${r.method} ${r.path}: ${res.status} ${(await res.text()).slice(0, 300)}`);
}

async function measure(name: string, pid: number, port: number, r: LoadRequest, connections = CONNECTIONS): Promise<Row> {
  await check(port, r);
  await closedLoop(port, r, connections, WARMUP);
  const row = { name, ...(await withCpu(pid, () => closedLoop(port, r, connections, SECONDS))) };
  console.log(
    `${name}: ${fmt(row.rps)} req/s, p50 ${fmt(row.p50, 1)} ms, p99 ${fmt(row.p99, 1)} ms, ${fmt(row.cpuUs)} µs CPU/req, non-2xx ${row.non2xx}, errors ${row.errors}`,
  );
  // A closed loop measures one answer; 429s (a partner key past the config's ceiling of 100,000 a minute, reached at
  // ≈ 10,000 requests/s with the warm-up) or 5xx would be cheaper answers than the route's, and the ratio wrong.
  if (row.non2xx + row.errors > 0)
    console.warn(`WARNING: ${name}: ${row.non2xx} non-2xx answers and ${row.errors} errors: its figures are not the route's`);
  return row;
}

/** An open loop (fixed arrival rate); CPU per request as for the closed loops. */
async function measureOpen(name: string, pid: number, port: number, r: LoadRequest, rate: number): Promise<Row> {
  const row = { name, ...(await withCpu(pid, () => vegetaOpenLoop(port, r, rate, SECONDS))) };
  console.log(
    `${name}: ${fmt(row.rps)} req/s, p50 ${fmt(row.p50, 1)} ms, p99 ${fmt(row.p99, 1)} ms, non-2xx ${row.non2xx}, errors ${row.errors}`,
  );
  return row;
}

/** One of the floors (bare-fastify.ts, bare-nest.ts) in its own process, once it answers GET /hello. */
async function bareServer(script: string, port: number): Promise<{ pid: number; stop: () => void }> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, script)], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), SWC_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 200; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/hello`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { pid: child.pid ?? 0, stop: () => child.kill('SIGTERM') };
    await sleep(50);
  }
  child.kill('SIGKILL');
  throw new Error(`${script} did not start`);
}

async function main(): Promise<void> {
  const infra = testInfra();
  const kafka = createKafka('bench-http', infra.brokers);
  const namespace = await createNamespace(kafka, undefined, 3);
  const db = await createTestDatabase('bench_http_quote');
  const pgbenchDb = `${db.name}_pgbench`;
  const admin = new Client({ connectionString: infra.databaseUrl });
  await admin.connect();
  const [port, barePort, nestPort] = [await freePort(), await freePort(), await freePort()];
  let svc: BuiltService | undefined;
  let bare: { pid: number; stop: () => void } | undefined;
  let bareNest: { pid: number; stop: () => void } | undefined;
  const profileDir = PROFILE ? mkdtempSync(join(os.tmpdir(), 'bench-prof-')) : undefined;
  const env = {
    ...quoteServiceBenchEnv(LOG_LEVEL),
    KAFKA_BROKERS: infra.brokers.join(','),
    KAFKA_TOPIC_NAMESPACE: namespace,
    QUOTE_DATABASE_URL: db.url,
    // `false` leaves the relay and consumers out: with a run of each, the relay's share of PostgreSQL's CPU per quote.
    MESSAGING_ENABLED: process.env['BENCH_MESSAGING_ENABLED'] ?? 'true',
  };
  try {
    await buildProduction('quote-service');
    // First start: migrations and the partners. The pgbench database is a copy taken while nothing is connected.
    svc = await startBuilt('quote-service', port, env);
    const ops = benchOpsToken();
    // One partner per catalog loop: a partner may make at most 100,000 requests a minute (the config's ceiling).
    const catalogKey = await partnerKey(port, ops, 'bench-catalog');
    const catalogGzipKey = await partnerKey(port, ops, 'bench-catalog-gzip');
    const quoteKey = await partnerKey(port, ops, 'bench-quotes');
    await svc.stop();
    await admin.query(`CREATE DATABASE "${pgbenchDb}" TEMPLATE "${db.name}"`);
    svc = await startBuilt('quote-service', port, env);
    console.log(
      `quote-service (production build) ready on :${port} in ${fmt(svc.readyMs)} ms; db ${db.name}, namespace ${namespace}, LOG_LEVEL=${LOG_LEVEL}`,
    );
    bare = await bareServer('bare-fastify.ts', barePort);
    bareNest = await bareServer('bare-nest.ts', nestPort);

    const loadBefore = os.loadavg();
    const quote = quoteRequest(quoteKey);
    const pid = svc.child.pid ?? 0;
    const hello = await measure('bare fastify hello (own process)', bare.pid, barePort, { method: 'GET', path: '/hello' });
    const live = await measure('GET /health/live', pid, port, { method: 'GET', path: '/health/live' });
    const nestHello = await measure('bare Nest hello on fastify (own process)', bareNest.pid, nestPort, { method: 'GET', path: '/hello' });
    const catalog = await measure('GET /v1/catalog/models', pid, port, catalogRequest(catalogKey));
    const catalogGzip = await measure('GET /v1/catalog/models, Accept-Encoding: gzip (as browsers send)', pid, port, {
      ...catalogRequest(catalogGzipKey),
      headers: { ...catalogRequest(catalogGzipKey).headers, 'accept-encoding': 'gzip, deflate, br' },
    });
    const quotes = await measure('POST /v1/quotes (closed loop)', pid, port, quote, QUOTE_CONNECTIONS);
    const pgbenchUrl = new URL(infra.databaseUrl);
    pgbenchUrl.pathname = `/${pgbenchDb}`;
    // The ceiling: the same statements, prepared as the service sends them (ADR 0024). And, for the rounds before
    // that change, the same script with every statement parsed on every execution (-M extended).
    const replay = async (mode: 'prepared' | 'extended') => {
      const [pgBefore, clientBefore] = [readMachineCpu().postgres, reapedChildrenMs()];
      const r = await pgbench(pgbenchUrl.toString(), join(ROOT, 'bench/quotes/quote-create.sql'), {
        clients: PG_CLIENTS,
        seconds: SECONDS,
        vars: { partner: 'bench-quotes' },
        mode,
      });
      const perTxn = (ms: number): number => (ms * 1000) / Math.max(1, r.transactions);
      console.log(
        `pgbench -M ${mode} quote-create.sql: ${fmt(r.tps)} tps at ${PG_CLIENTS} clients (avg ${fmt(r.latencyAvgMs, 2)} ms, ${r.failed} failed)`,
      );
      return { ...r, pgUs: perTxn(readMachineCpu().postgres - pgBefore), clientUs: perTxn(reapedChildrenMs() - clientBefore) };
    };
    const ceiling = await replay('prepared');
    const ceilingCpu = { pgUs: ceiling.pgUs, clientUs: ceiling.clientUs };
    const unprepared = await replay('extended');
    const halfRate = ceiling.tps / 2;
    // The same open loop at half of what this replica itself sustained: the latency of a right-sized deployment,
    // which the target's rate (above the replica's maximum on this machine) cannot show. Run first, so that the
    // overloaded loop's backlog cannot spill into it.
    // BENCH_OPEN_RATE fixes it instead (to compare code versions at one rate: a relay's batches depend on it).
    const ownHalfRate = Number(process.env['BENCH_OPEN_RATE'] ?? '') || quotes.rps / 2;
    // Commits per quote at that rate: the request's own and the relay's (and anything else the service runs).
    const quoteDb = [{ url: db.url, name: db.name }];
    const commitsBefore = await databaseCommits(quoteDb);
    const openOwn = await measureOpen(
      `POST /v1/quotes (open loop, ${fmt(ownHalfRate)}/s = ${process.env['BENCH_OPEN_RATE'] ? 'BENCH_OPEN_RATE' : '½ its own closed-loop rate'})`,
      pid,
      port,
      quote,
      ownHalfRate,
    );
    const commitsPerQuote = ((await databaseCommits(quoteDb)) - commitsBefore) / Math.max(1, openOwn.requests);
    const open = await measureOpen(`POST /v1/quotes (open loop, ${fmt(halfRate)}/s = ½ pgbench)`, pid, port, quote, halfRate);

    const profileLines: string[] = [];
    if (profileDir) {
      // A second process of the same build, profiled under the catalog and then the quote loop (the
      // profile is written on exit; only the samples of each measured window are counted).
      await svc.stop();
      svc = await startBuilt('quote-service', port, env, { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] });
      const windows: Array<{ name: string; from: number; to: number }> = [];
      for (const [name, r, c] of [
        ['GET /v1/catalog/models', catalogRequest(catalogKey), CONNECTIONS],
        ['POST /v1/quotes', quote, QUOTE_CONNECTIONS],
      ] as const) {
        await closedLoop(port, r, c, WARMUP);
        const from = Date.now();
        await closedLoop(port, r, c, SECONDS);
        windows.push({ name, from, to: Date.now() });
      }
      await svc.stop();
      const exitedAt = Date.now();
      for (const w of windows) {
        const p = summariseProfiles(profileDir, { ...w, exitedAt });
        profileLines.push(
          '',
          `CPU profile of quote-service under the closed ${w.name} loop (\`BENCH_PROFILE=1\`, ${fmt(p.samples)} samples, self time):`,
          '',
          '| where | share | | function | share |',
          '|---|---:|---|---|---:|',
          ...p.byPlace.map(
            (s, i) =>
              `| ${s.what} | ${fmt(s.share * 100, 1)} % | | \`${p.byFunction[i]?.what ?? ''}\` | ${fmt((p.byFunction[i]?.share ?? NaN) * 100, 1)} % |`,
          ),
        );
      }
      console.log(profileLines.join('\n'));
    }

    const rows: Row[] = [hello, live, nestHello, catalog, catalogGzip, quotes, openOwn, open];
    const table = [
      '| scenario | requests | req/s | p50 (ms) | p99 (ms) | max (ms) | CPU µs/req | PostgreSQL CPU µs/req | non-2xx | errors |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...rows.map(
        (r) =>
          `| ${r.name} | ${fmt(r.requests)} | ${fmt(r.rps)} | ${fmt(r.p50, 1)} | ${fmt(r.p99, 1)} | ${fmt(r.max, 1)} | ${fmt(r.cpuUs)} | ${fmt(r.pgUs)} | ${fmt(r.non2xx)} | ${fmt(r.errors)} |`,
      ),
      ...[ceiling, unprepared].map(
        (c, i) =>
          `| pgbench -M ${i ? 'extended (every statement parsed each time)' : 'prepared (as the service, ADR 0024)'}, bench/quotes/quote-create.sql, ${PG_CLIENTS} clients | ${fmt(c.transactions)} | ${fmt(c.tps)} | | | | ${fmt(c.clientUs)} (pgbench) | ${fmt(c.pgUs)} | | ${fmt(c.failed)} |`,
      ),
    ].join('\n');
    const verdict = (ok: boolean): string => (ok ? 'reached' : '**not reached**');
    const ratios = [
      '| ratio (same run) | measured | target | |',
      '|---|---:|---:|---|',
      `| GET /health/live ÷ bare fastify hello | ${ratio(live.rps, hello.rps)} | ≥ 0.70 | ${verdict(live.rps / hello.rps >= 0.7)} |`,
      `| (CPU per request: bare fastify ÷ /health/live) | ${ratio(hello.cpuUs, live.cpuUs)} | | |`,
      `| GET /v1/catalog/models ÷ GET /health/live | ${ratio(catalog.rps, live.rps)} | ≥ 0.50 | ${verdict(catalog.rps / live.rps >= 0.5)} |`,
      `| (CPU per request: /health/live ÷ catalog) | ${ratio(live.cpuUs, catalog.cpuUs)} | | |`,
      `| (the same, gzipped as browsers ask: rate ÷ /health/live; CPU per request) | ${ratio(catalogGzip.rps, live.rps)}; ${ratio(live.cpuUs, catalogGzip.cpuUs)} | | |`,
      `| (the framework's floor: bare Nest hello ÷ bare fastify hello; catalog ÷ bare Nest hello, rate and CPU per request) | ${ratio(nestHello.rps, hello.rps)}; ${ratio(catalog.rps, nestHello.rps)} and ${ratio(nestHello.cpuUs, catalog.cpuUs)} | | |`,
      `| POST /v1/quotes ÷ pgbench (same statements, prepared as the service sends them) | ${ratio(quotes.rps, ceiling.tps)} | ≥ 0.50 | ${verdict(quotes.rps / ceiling.tps >= 0.5)} |`,
      `| (÷ pgbench -M extended: the ceiling of the rounds before ADR 0024) | ${ratio(quotes.rps, unprepared.tps)} | | |`,
      `| (machine CPU per quote: quote-service + PostgreSQL; per pgbench transaction: PostgreSQL + pgbench) | ${fmt(quotes.cpuUs)} + ${fmt(quotes.pgUs)} µs; ${fmt(ceilingCpu.pgUs)} + ${fmt(ceilingCpu.clientUs)} µs | | |`,
      `| (database commits per quote in the open loop at ${fmt(ownHalfRate)}/s: the request's and the relay's; pgbench: 1) | ${fmt(commitsPerQuote, 2)} | | |`,
      `| (the ratio the CPU alone allows when the cores are the limit: pgbench's CPU per transaction ÷ a quote's) | ${ratio(ceilingCpu.pgUs + ceilingCpu.clientUs, quotes.cpuUs + quotes.pgUs)} | | |`,
      `| POST /v1/quotes p99 at ½ pgbench rate, open loop | ${fmt(open.p99, 1)} ms (${fmt(open.rps)}/s served) | ≤ 20 ms | ${verdict(open.p99 <= 20 && open.non2xx + open.errors === 0)} |`,
      `| (p99 at ½ of the replica's own closed-loop rate, open loop) | ${fmt(openOwn.p99, 1)} ms (${fmt(openOwn.rps)}/s served) | | |`,
    ].join('\n');
    const section = [
      '### Results',
      '',
      'Reproduce: `npm run infra:up && npm run bench:http` (`BENCH_SECONDS`, `BENCH_CONNECTIONS`, `BENCH_PROFILE=1`; see bench/http/README.md).',
      '',
      ...machineLines(loadBefore, [
        `- PostgreSQL ${pgServerVersion(infra.databaseUrl)}; quote-service production build (scripts/build), NODE_ENV=production, LOG_LEVEL=${LOG_LEVEL}, relay and consumers ${env.MESSAGING_ENABLED === 'true' ? 'on' : 'off (BENCH_MESSAGING_ENABLED=false)'}; ready in ${fmt(svc.readyMs)} ms`,
        `- autocannon: closed loops of ${CONNECTIONS} connections (${QUOTE_CONNECTIONS} for quotes) for ${SECONDS} s after ${WARMUP} s of warm-up; open loops of ${fmt(halfRate)} and ${fmt(ownHalfRate)} req/s with vegeta (each arrival sent at its scheduled time)`,
        `- every quote carries a fresh Idempotency-Key; pgbench -M prepared (and -M extended, for the rounds before ADR 0024), ${PG_CLIENTS} clients, on a copy of the service's database`,
      ]),
      '',
      table,
      '',
      ratios,
      ...profileLines,
    ].join('\n');
    console.log(`\n${table}\n\n${ratios}\n`);
    writePerfSection('http', 'HTTP (quote-service)', section);
  } finally {
    bare?.stop();
    bareNest?.stop();
    await svc?.stop();
    await admin.query(`DROP DATABASE IF EXISTS "${pgbenchDb}"`).catch((err: Error) => console.error(err.message));
    await admin.end();
    await db.drop().catch((err: Error) => console.error(`drop ${db.name}: ${err.message}`));
    await deleteNamespace(kafka, namespace).catch(() => undefined);
    if (profileDir && process.env['BENCH_PROFILE_KEEP'] === '1') console.log(`profiles kept in ${profileDir}`);
    else if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

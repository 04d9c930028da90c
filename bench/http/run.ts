/**
 * Quote API HTTP benchmark: quote-service started as its own process (as `npm start` does) on a fresh
 * database and topic namespace, driven by a small closed-loop load generator (node:http, keep-alive):
 * BENCH_CONNECTIONS connections, each sending requests back-to-back for BENCH_SECONDS per scenario.
 *
 *   node -r @swc-node/register bench/http/run.ts
 *   BENCH_SECONDS=5 BENCH_CONNECTIONS=20 node -r @swc-node/register bench/http/run.ts
 *
 * Env: BENCH_SECONDS (10), BENCH_CONNECTIONS (50), BENCH_WARMUP_SECONDS (3, not counted),
 * BENCH_LOG_LEVEL (service LOG_LEVEL, warn), BENCH_NO_DOC=1 (print only). See bench/http/README.md.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { signStaffToken } from '@tradein/auth';
import { createKafka } from '@tradein/messaging';
import {
  ROOT, type RunningService, createNamespace, createTestDatabase, deleteNamespace, freePort, spawnService, testInfra,
  waitUntilReady,
} from '@tradein/testing';

const envInt = (name: string, dflt: number): number => {
  const v = process.env[name];
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got ${v}`);
  return n;
};
const SECONDS = envInt('BENCH_SECONDS', 10);
const CONNECTIONS = envInt('BENCH_CONNECTIONS', 50);
const WARMUP_SECONDS = envInt('BENCH_WARMUP_SECONDS', 3);
const LOG_LEVEL = process.env['BENCH_LOG_LEVEL'] ?? 'warn';
const SECRET = 'bench-http-secret-bench-http-secret-0123456789';
const AUTH = { jwtSecret: SECRET, issuer: 'tradein-platform', audience: 'tradein-api' };
const RATE_LIMIT = '100000'; // the maximum both settings accept

// ---------------------------------------------------------------- load generator

interface Req {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

interface Scenario {
  name: string;
  note: string;
  req: Req;
  /** Size of the answer body, from the check request before the run. */
  bytes?: number;
}

interface Result {
  name: string;
  note: string;
  bytes: number;
  requests: number;
  ok: number;
  non2xx: number;
  netErrors: number;
  statuses: Record<string, number>;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** One request on the given agent; resolves with the status (0 on a network error) once the body is read. */
function send(agent: http.Agent, port: number, r: Req): Promise<number> {
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { ...r.headers };
    if (r.body !== undefined) headers['content-length'] = Buffer.byteLength(r.body);
    const req = http.request({ host: '127.0.0.1', port, method: r.method, path: r.path, headers, agent }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(0));
    });
    req.on('error', () => resolve(0));
    req.end(r.body);
  });
}

/**
 * Closed loop: `connections` loops, each with its own keep-alive agent holding exactly one socket, send
 * requests back-to-back until `seconds` have passed. Requests started before the deadline are counted.
 */
async function load(port: number, r: Req, connections: number, seconds: number): Promise<Omit<Result, 'name' | 'note' | 'bytes'>> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let netErrors = 0;
  const agents = Array.from({ length: connections }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  const start = performance.now();
  const deadline = start + seconds * 1000;
  let lastEnd = start;
  await Promise.all(agents.map(async (agent) => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      const status = await send(agent, port, r);
      const t1 = performance.now();
      lastEnd = Math.max(lastEnd, t1);
      latencies.push(t1 - t0);
      if (status === 0) netErrors++;
      statuses[String(status)] = (statuses[String(status)] ?? 0) + 1;
    }
  }));
  for (const a of agents) a.destroy();
  const elapsed = (lastEnd - start) / 1000;
  latencies.sort((a, b) => a - b);
  const ok = Object.entries(statuses).filter(([s]) => s.startsWith('2')).reduce((n, [, c]) => n + c, 0);
  return {
    requests: latencies.length, ok, non2xx: latencies.length - ok - netErrors, netErrors, statuses, seconds: elapsed,
    rps: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies[latencies.length - 1] ?? NaN,
  };
}

// ---------------------------------------------------------------- service

async function call<T>(port: number, method: string, path: string, o: { token?: string; apiKey?: string; body?: unknown } = {}): Promise<{ status: number; body: T; text: string }> {
  const headers: Record<string, string> = {};
  if (o.token) headers['authorization'] = `Bearer ${o.token}`;
  if (o.apiKey) headers['x-api-key'] = o.apiKey;
  if (o.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers, body: o.body === undefined ? undefined : JSON.stringify(o.body) });
  const text = await res.text();
  let body: unknown = text;
  try { body = text ? JSON.parse(text) : undefined; } catch { /* not JSON */ }
  return { status: res.status, body: body as T, text };
}

/** A partner of its own per scenario (the partner limiter counts per caller), and one API key for it. */
async function partnerKey(port: number, ops: string, id: string): Promise<string> {
  const p = await call(port, 'POST', '/v1/partners', { token: ops, body: { id, name: `Bench ${id}` } });
  if (p.status !== 201) throw new Error(`POST /v1/partners: ${p.status} ${p.text}`);
  const k = await call<{ apiKey: string }>(port, 'POST', `/v1/partners/${id}/api-keys`, { token: ops, body: {} });
  if (k.status !== 201) throw new Error(`POST /v1/partners/${id}/api-keys: ${k.status} ${k.text}`);
  return k.body.apiKey;
}

// ---------------------------------------------------------------- report

const fmt = (n: number, digits = 0): string => (Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : 'n/a');

function tables(results: Result[]): string {
  const base = results[0]!;
  return [
    '| scenario | answer (bytes) | requests | req/s | p50 (ms) | p99 (ms) | max (ms) | non-2xx | network errors |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.name} | ${fmt(r.bytes)} | ${fmt(r.requests)} | ${fmt(r.rps)} | ${fmt(r.p50, 1)} | ${fmt(r.p99, 1)} | ${fmt(r.max, 1)} | ${fmt(r.non2xx)} | ${fmt(r.netErrors)} |`),
    '',
    'Ratios against the baseline (first row) measured in the same run:',
    '',
    '| scenario | req/s ÷ baseline | p50 ÷ baseline | p99 ÷ baseline | what it does |',
    '|---|---:|---:|---:|---|',
    ...results.map((r) => `| ${r.name} | ${fmt(r.rps / base.rps, 2)} | ${fmt(r.p50 / base.p50, 1)} | ${fmt(r.p99 / base.p99, 1)} | ${r.note} |`),
  ].join('\n');
}

/** Regenerated on every run (by bench/http/run.ts); text outside the markers is kept. */
const BEGIN = '<!-- bench:http:begin -->';
const END = '<!-- bench:http:end -->';

function writePerfDoc(section: string): string {
  const path = join(ROOT, 'docs/perf.md');
  const block = `${BEGIN}\n${section}\n${END}`;
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '# Performance\n';
  const b = old.indexOf(BEGIN);
  const e = old.indexOf(END);
  const doc = b >= 0 && e > b
    ? `${old.slice(0, b)}${block}${old.slice(e + END.length)}`
    : `${old.trimEnd()}\n\n## Quote API (HTTP)\n\n${block}\n`;
  writeFileSync(path, doc);
  return path;
}

function pgVersion(url: string): string {
  try {
    return execSync(`psql "${url}" -Atc "show server_version"`, { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return 'unknown';
  }
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const infra = testInfra();
  const kafka = createKafka('bench-http', infra.brokers);
  const namespace = await createNamespace(kafka, undefined, 1);
  const db = await createTestDatabase('bench_http_quote');
  const port = await freePort();
  let svc: RunningService | undefined;
  const cleanup = async (): Promise<void> => {
    if (svc && svc.child.exitCode === null) {
      svc.child.kill('SIGTERM');
      const grace = new AbortController();
      await Promise.race([svc.exited, sleep(10_000, undefined, { signal: grace.signal }).catch(() => undefined)]);
      grace.abort();
      if (svc.child.exitCode === null) svc.child.kill('SIGKILL');
    }
    await db.drop().catch((err: Error) => console.error(`drop database ${db.name}: ${err.message}`));
    await deleteNamespace(kafka, namespace).catch((err: Error) => console.error(`delete namespace ${namespace}: ${err.message}`));
  };
  try {
    svc = spawnService('quote-service', {
      NODE_ENV: 'development',
      PORT: String(port),
      LOG_LEVEL,
      AUTH_JWT_SECRET: SECRET,
      KAFKA_BROKERS: infra.brokers.join(','),
      KAFKA_TOPIC_NAMESPACE: namespace,
      QUOTE_DATABASE_URL: db.url,
      RATE_LIMIT_PER_MINUTE: RATE_LIMIT,
      PARTNER_RATE_LIMIT_PER_MINUTE: RATE_LIMIT,
    });
    await waitUntilReady(svc, port);
    console.log(`quote-service ready on :${port} (db ${db.name}, namespace ${namespace}, LOG_LEVEL=${LOG_LEVEL})`);

    const ops = signStaffToken({ sub: 'bench-ops', role: 'ops' }, AUTH, 3600);
    const catalogKey = await partnerKey(port, ops, 'bench-catalog');
    const quoteKey = await partnerKey(port, ops, 'bench-quotes');
    const quoteBody = JSON.stringify({
      modelId: 'sony-playstation-5-slim', variantId: 'disc', market: 'FR',
      answers: { functional: 'works', body: 'light_wear', controllers: 'all_included', accessories: 'complete', locks: 'none' },
    });
    const scenarios: Scenario[] = [
      { name: 'GET /health/live (baseline)', note: 'fastify + Nest pipeline, no auth, no DB', req: { method: 'GET', path: '/health/live', headers: {} } },
      {
        name: 'GET /v1/catalog/models', note: 'partner API key; category=smartphone&market=FR (read)',
        req: { method: 'GET', path: '/v1/catalog/models?category=smartphone&market=FR', headers: { 'x-api-key': catalogKey } },
      },
      {
        name: 'POST /v1/quotes', note: 'partner API key; validation, pricing, DB transaction + outbox (write)',
        req: { method: 'POST', path: '/v1/quotes', headers: { 'x-api-key': quoteKey, 'content-type': 'application/json' }, body: quoteBody },
      },
    ];
    // Each request works once before it is measured, so a setup mistake fails loudly instead of benchmarking 4xx.
    for (const s of scenarios) {
      const r = await call(port, s.req.method, s.req.path, { apiKey: s.req.headers['x-api-key'], body: s.req.body ? JSON.parse(s.req.body) : undefined });
      if (r.status < 200 || r.status >= 300) throw new Error(`${s.name}: ${r.status} ${r.text.slice(0, 500)}`);
      s.bytes = Buffer.byteLength(r.text);
    }

    const loadBefore = os.loadavg();
    const startedAt = new Date();
    const results: Result[] = [];
    for (const s of scenarios) {
      await load(port, s.req, CONNECTIONS, WARMUP_SECONDS); // warm-up, not counted
      const r = { name: s.name, note: s.note, bytes: s.bytes ?? NaN, ...(await load(port, s.req, CONNECTIONS, SECONDS)) };
      results.push(r);
      console.log(`${s.name}: ${fmt(r.rps)} req/s, p50 ${fmt(r.p50, 1)} ms, p99 ${fmt(r.p99, 1)} ms, statuses ${JSON.stringify(r.statuses)}`);
    }
    const loadAfter = os.loadavg();

    const table = tables(results);
    console.log(`\n${table}\n`);
    const cpus = os.cpus();
    const section = [
      '### Results',
      '',
      'Reproduce: `npm run infra:up && node -r @swc-node/register bench/http/run.ts` (`BENCH_SECONDS`, `BENCH_CONNECTIONS`; see bench/http/README.md).',
      '',
      `**The load generator shares the machine's ${os.availableParallelism()} cores with the service** (and with PostgreSQL, Kafka and whatever else`,
      'runs there): absolute req/s understate what quote-service can do on its own hardware. Compare the ratios against',
      'the `/health/live` baseline measured in the same run, not absolute figures across runs.',
      '',
      `- date: ${startedAt.toISOString()}`,
      `- machine: ${os.availableParallelism()} CPUs (nproc) ${cpus[0]?.model ?? ''}, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB RAM, ${os.platform()} ${os.release()}`,
      `- load average (1 min) before/after: ${fmt(loadBefore[0]!, 2)} / ${fmt(loadAfter[0]!, 2)}`,
      `- node ${process.version}, PostgreSQL ${pgVersion(infra.databaseUrl)}; quote-service as its own process (\`apps/quote-service/src/main.ts\` via @swc-node/register, NODE_ENV=development, LOG_LEVEL=${LOG_LEVEL}, messaging on), fresh database and topic namespace`,
      `- ${CONNECTIONS} keep-alive connections, closed loop (each sends its next request when the previous answer is read), ${SECONDS} s per scenario after a ${WARMUP_SECONDS} s warm-up that is not counted`,
      `- rate limits raised to ${RATE_LIMIT}/min (RATE_LIMIT_PER_MINUTE, PARTNER_RATE_LIMIT_PER_MINUTE); each scenario's key belongs to its own partner`,
      '',
      table,
    ].join('\n');
    if (process.env['BENCH_NO_DOC'] !== '1') console.log(`wrote ${writePerfDoc(section)}`);
    const bad = results.filter((r) => r.non2xx + r.netErrors > 0);
    if (bad.length) {
      console.error(`non-2xx answers or network errors in: ${bad.map((r) => `${r.name} ${JSON.stringify(r.statuses)}`).join('; ')}`);
      process.exitCode = 1;
    }
  } catch (err) {
    if (svc) console.error(svc.output().slice(-3000));
    throw err;
  } finally {
    await cleanup();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

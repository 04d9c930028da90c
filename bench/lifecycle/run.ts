/**
 * Whole lifecycle: N mail-in trade-ins from quote to stock through the four services (separate processes,
 * as `npm start` runs them), driven through their public APIs like the acceptance tests: quote and accept
 * (partner API key), the sandbox carrier's scans, dock receipt, claim, inspection, erasure and grade
 * (grader), then the device in stock. Reports trade-ins/s and the database commits each cost (all four
 * databases, pg_stat_database), against pgbench's commit rate on the same server in the same run.
 *
 *   npm run bench:lifecycle        (BENCH_TRADE_INS 24, BENCH_CONCURRENCY 8, BENCH_SECONDS 8 for pgbench)
 */
import os from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { databaseCommits } from '../lib/commits';
import { createTestDatabase, testInfra } from '@tradein/testing';
// The bench drives the platform exactly as the acceptance tests do (scripts is a tool project, not a library).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { type Platform, startPlatform } from '../../scripts/acceptance/platform';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { TradeInFlows, imeiFor } from '../../scripts/platform-client';
import { pgbench } from '../lib/pgbench';
import { envInt, fmt, machineLines, pgServerVersion, writePerfSection } from '../lib/report';

const N = envInt('BENCH_TRADE_INS', 24);
const CONCURRENCY = envInt('BENCH_CONCURRENCY', 8);
const PG_SECONDS = envInt('BENCH_SECONDS', 8);
const SERVICES = ['quote', 'intake', 'grading', 'payout'] as const;
const SITE = 'SITE-1';
const TAC = '35390811';

async function main(): Promise<void> {
  const infra = testInfra();
  const dbs = await Promise.all(SERVICES.map((s) => createTestDatabase(`bench_lc_${s}`)));
  const scratch = await createTestDatabase('bench_lc_pgbench');
  const env = Object.fromEntries(
    SERVICES.map((s, i) => [`${s}-service`, { [`${s.toUpperCase()}_DATABASE_URL`]: dbs[i]!.url, LOG_LEVEL: 'warn' }]),
  );
  process.env['TEST_LOG_LEVEL'] ??= 'warn';
  const m = await startMailIn(env);
  const loadBefore = os.loadavg();
  try {
    // One trade-in end to end first (connections, caches, consumer groups warm), not counted.
    await oneTradeIn(m);
    await m.p.settle();
    const before = await databaseCommits(dbs);
    const started = Date.now();
    let next = 0;
    const perTradeIn: number[] = [];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let i = next++; i < N; i = next++) {
          const t0 = Date.now();
          await oneTradeIn(m);
          perTradeIn.push(Date.now() - t0);
        }
      }),
    );
    const elapsed = (Date.now() - started) / 1000;
    await m.p.settle();
    const after = await databaseCommits(dbs);
    const commitsPerTradeIn = (after - before) / N;
    const rate = N / elapsed;
    const script = join(os.tmpdir(), `bench-commit-${process.pid}.sql`);
    writeFileSync(script, '\\set k random(1, 2000000000)\nBEGIN;\nINSERT INTO bench_commit (k) VALUES (:k);\nCOMMIT;\n');
    const c = new Client({ connectionString: scratch.url });
    await c.connect();
    await c.query('CREATE TABLE bench_commit (id bigserial PRIMARY KEY, k bigint NOT NULL, at timestamptz NOT NULL DEFAULT now())');
    await c.end();
    // extended, as in the rounds before ADR 0024: a commit's cost, not a statement's parse, is what this ceiling measures.
    const ceiling = await pgbench(scratch.url, script, { clients: 10, seconds: PG_SECONDS, mode: 'extended' });
    perTradeIn.sort((a, b) => a - b);
    const table = [
      '| measure | value |',
      '|---|---:|',
      `| trade-ins, quote → stock (concurrency ${CONCURRENCY}) | ${N} |`,
      `| trade-ins per second | ${fmt(rate, 2)} |`,
      `| seconds per trade-in, p50 / max (quote request → device in stock) | ${fmt((perTradeIn[Math.floor(N / 2)] ?? NaN) / 1000, 1)} / ${fmt((perTradeIn[N - 1] ?? NaN) / 1000, 1)} |`,
      `| database commits per trade-in (four databases, workers' polling included) | ${fmt(commitsPerTradeIn, 1)} |`,
      `| commits per second the lifecycle needed | ${fmt(commitsPerTradeIn * rate)} |`,
      `| pgbench commit rate (one-row insert per transaction, 10 clients) | ${fmt(ceiling.tps)} |`,
      `| share of pgbench's commit rate used | ${fmt((commitsPerTradeIn * rate) / ceiling.tps, 3)} |`,
      `| trade-ins/s if commits were the only limit (pgbench rate ÷ commits per trade-in) | ${fmt(ceiling.tps / commitsPerTradeIn, 1)} |`,
    ].join('\n');
    console.log(`\n${table}\n`);
    const section = [
      '### Results',
      '',
      'Reproduce: `npm run infra:up && npm run bench:lifecycle` (see bench/README.md).',
      '',
      ...machineLines(loadBefore, [
        `- PostgreSQL ${pgServerVersion(infra.databaseUrl)}; the four services as separate processes (\`npm start\`'s way: TypeScript via SWC, LOG_LEVEL=warn), one fresh database each, one topic namespace`,
        '- driven through the public APIs (scripts/platform-client, as the acceptance tests): quote + accept (mail-in, gift card), sandbox carrier scans, dock receipt with the IMEI, claim, inspection, erasure, grade; done when the device is in stock; the client polls every 200 ms, which bounds the per-trade-in time from below',
      ]),
      '',
      table,
    ].join('\n');
    writePerfSection('lifecycle', 'Whole lifecycle (four services)', section);
  } finally {
    await m.close().catch((err: Error) => console.error(err.message));
    for (const d of [...dbs, scratch]) await d.drop().catch(() => undefined);
  }
}

interface MailIn {
  p: Platform;
  f: TradeInFlows;
  nextImei(): string;
  close(): Promise<void>;
}

/** The platform with a partner and its key, the iPhone 13's TAC known to intake, short worker intervals. */
async function startMailIn(env: Record<string, Record<string, string>>): Promise<MailIn> {
  const p = await startPlatform({
    'quote-service': { PARTNER_RATE_LIMIT_PER_MINUTE: '100000', RATE_LIMIT_PER_MINUTE: '100000', ...env['quote-service'] },
    'payout-service': {
      SANDBOX_FAILURE_RATE: '0',
      SANDBOX_TIMEOUT_RATE: '0',
      SANDBOX_LATENCY_MS: '10',
      PAYOUT_WORKER_INTERVAL_MS: '300',
      ...env['payout-service'],
    },
    'intake-service': { INTAKE_LABEL_WORKER_INTERVAL_MS: '300', RATE_LIMIT_PER_MINUTE: '100000', ...env['intake-service'] },
    'grading-service': { RATE_LIMIT_PER_MINUTE: '100000', ...env['grading-service'] },
  });
  const ops = p.token({ sub: 'bench-ops', role: 'ops' });
  const grader = p.token({ sub: 'bench-grader', role: 'grader', siteId: SITE });
  const partnerId = `bench-lc-${Date.now().toString(36)}`;
  await p.client.req('quote-service', 'POST', '/v1/partners', 201, { token: ops, body: { id: partnerId, name: 'Bench Partner' } });
  const { apiKey } = await p.client.req<{ apiKey: string }>('quote-service', 'POST', `/v1/partners/${partnerId}/api-keys`, 201, {
    token: ops,
    body: {},
  });
  await p.client.req('intake-service', 'PUT', `/v1/tac-models/${TAC}`, 200, {
    token: ops,
    body: { modelId: 'apple-iphone-13', brand: 'Apple', name: 'iPhone 13', category: 'smartphone' },
  });
  let serial = 300_000 + Math.floor(Math.random() * 100_000);
  return {
    p,
    f: new TradeInFlows(p.client, { ops, grader, apiKey }, { timeoutMs: 120_000, intervalMs: 200 }),
    nextImei: () => imeiFor(TAC, ++serial),
    close: () => p.close(),
  };
}

async function oneTradeIn(m: MailIn): Promise<void> {
  const imei = m.nextImei();
  const { tradeInId } = await m.f.quoteAndAccept({
    modelId: 'apple-iphone-13',
    variantId: '128gb',
    market: 'FR',
    payout: { method: 'GIFT_CARD' },
  });
  const trackingNumber = await m.f.shipToSite(tradeInId);
  const receipt = await m.f.dockReceipt(trackingNumber, { imei });
  if (receipt.outcome !== 'RECEIVED') throw new Error(`dock receipt of ${tradeInId}: ${JSON.stringify(receipt)}`);
  await m.f.grade(tradeInId, { imei, cosmeticGrade: 'A', defects: [], battery: 92 });
  for (let i = 0; ; i++) {
    if (await m.f.stockItemOf(tradeInId)) return;
    if (i > 300) throw new Error(`${tradeInId} never reached stock`);
    await sleep(200);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

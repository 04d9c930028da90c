/**
 * Before and after a change, on this noisy machine: quote-service built from a git ref (A, default HEAD) and from
 * the working tree (B), both running at once, measured in alternating closed loops (A B B A A B …, so a drift of
 * the machine's speed falls on both), CPU time per request of each from /proc, and PostgreSQL's during each loop
 * (the other side idles meanwhile). Prints the medians and B ÷ A;
 * writes nothing to docs/perf.md (the figures belong in the round's "before → after" table).
 *
 *   npm run bench:compare                                  # working tree vs HEAD, catalog and quote
 *   BENCH_COMPARE_REF=HEAD~3 BENCH_COMPARE_ROUNDS=8 npm run bench:compare
 *   BENCH_COMPARE_REF=WORKTREE npm run bench:compare       # the working tree against itself: the noise (A/A)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createKafka } from '@tradein/messaging';
import { createNamespace, createTestDatabase, deleteNamespace, freePort, testInfra } from '@tradein/testing';
import { type LoadRequest, closedLoop } from '../lib/load';
import { readMachineCpu } from '../lib/machine-cpu';
import { ROOT, envInt, fmt } from '../lib/report';
import { type BuiltService, buildProduction, cpuMs, startBuilt } from '../lib/services';
import { benchOpsToken, catalogRequest, partnerKey, quoteRequest, quoteServiceBenchEnv } from '../lib/quote-service-bench';

const REF = process.env['BENCH_COMPARE_REF'] ?? 'HEAD';
const ROUNDS = envInt('BENCH_COMPARE_ROUNDS', 6);
const SECONDS = envInt('BENCH_SECONDS', 5);
const SCENARIOS = (process.env['BENCH_COMPARE_SCENARIOS'] ?? 'catalog,quote').split(',');
const OUT = join(ROOT, 'dist/bench-compare');

interface Side {
  tag: 'A' | 'B';
  svc: BuiltService;
  /** A fresh partner's key: a partner may make at most 100,000 requests a minute (the config's ceiling). */
  newKey(): Promise<string>;
  cleanup: () => Promise<void>;
}

/** A's sources: a detached worktree of REF inside the repository (its modules resolve from the root's node_modules). */
function checkoutRef(): string {
  const dir = join(ROOT, 'tmp/bench-compare-ref');
  if (existsSync(dir)) execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT });
  execFileSync('git', ['worktree', 'add', '--detach', dir, REF], { cwd: ROOT, stdio: 'ignore' });
  return dir;
}

async function startSide(tag: 'A' | 'B', buildDir: string): Promise<Side> {
  const infra = testInfra();
  const kafka = createKafka(`bench-compare-${tag}`, infra.brokers);
  const namespace = await createNamespace(kafka, undefined, 3);
  const db = await createTestDatabase(`bench_compare_${tag.toLowerCase()}`);
  const svc = await startBuilt(
    'quote-service',
    await freePort(),
    {
      ...quoteServiceBenchEnv(process.env['BENCH_LOG_LEVEL'] ?? 'info'),
      KAFKA_BROKERS: infra.brokers.join(','),
      KAFKA_TOPIC_NAMESPACE: namespace,
      QUOTE_DATABASE_URL: db.url,
    },
    { buildDir },
  );
  let partners = 0;
  return {
    tag,
    svc,
    newKey: () => partnerKey(svc.port, benchOpsToken(), `bench-compare-${tag.toLowerCase()}-${++partners}`),
    cleanup: async () => {
      await svc.stop();
      await db.drop();
      await deleteNamespace(kafka, namespace);
    },
  };
}

interface Round {
  /** The service's CPU µs per request. */
  service: number;
  /** PostgreSQL's CPU µs per request during the loop (the other side's relay idles meanwhile). */
  postgres: number;
}

/** CPU µs per request of one closed loop. */
async function round(side: Side, request: (key: string) => LoadRequest, connections: number): Promise<Round> {
  const r = request(await side.newKey());
  const pid = side.svc.child.pid ?? 0;
  const [before, pgBefore] = [cpuMs(pid), readMachineCpu().postgres];
  const result = await closedLoop(side.svc.port, r, connections, SECONDS);
  if (result.non2xx || result.errors) throw new Error(`${side.tag}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const per = (ms: number): number => (ms * 1000) / Math.max(1, result.requests);
  return { service: per(cpuMs(pid) - before), postgres: per(readMachineCpu().postgres - pgBefore) };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main(): Promise<void> {
  const refDir = REF === 'WORKTREE' ? ROOT : checkoutRef();
  const sha =
    REF === 'WORKTREE' ? 'working tree' : execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: refDir }).toString().trim();
  console.log(`=== bench compare: A = ${REF} (${sha}), B = the working tree; ${ROUNDS} alternating rounds of ${SECONDS} s ===`);
  const [dirA, dirB] = [join(OUT, 'a/quote-service'), join(OUT, 'b/quote-service')];
  await buildProduction('quote-service', { out: dirA, sourceRoot: refDir });
  await buildProduction('quote-service', { out: dirB });
  const sides: Side[] = [];
  try {
    sides.push(await startSide('A', dirA), await startSide('B', dirB));
    const [a, b] = sides as [Side, Side];
    for (const scenario of SCENARIOS) {
      const request = scenario === 'quote' ? quoteRequest : catalogRequest;
      const connections = scenario === 'quote' ? 32 : 50;
      for (const s of sides) await closedLoop(s.svc.port, request(await s.newKey()), connections, 2);
      const rounds: Record<'A' | 'B', Round[]> = { A: [], B: [] };
      for (let i = 0; i < ROUNDS; i++) {
        for (const s of i % 2 === 0 ? [a, b] : [b, a]) rounds[s.tag].push(await round(s, request, connections));
      }
      for (const part of ['service', 'postgres'] as const) {
        const [xa, xb] = [rounds.A.map((r) => r[part]), rounds.B.map((r) => r[part])];
        const [ma, mb] = [median(xa), median(xb)];
        console.log(
          `${scenario}: ${part === 'service' ? 'CPU' : "PostgreSQL's CPU"} per request A ${fmt(ma)} µs (${xa.map((x) => fmt(x)).join(', ')}), ` +
            `B ${fmt(mb)} µs (${xb.map((x) => fmt(x)).join(', ')}); B ÷ A = ${fmt(mb / ma, 3)}`,
        );
      }
    }
  } finally {
    for (const s of sides) await s.cleanup();
    if (refDir !== ROOT) execFileSync('git', ['worktree', 'remove', '--force', refDir], { cwd: ROOT });
    rmSync(OUT, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);

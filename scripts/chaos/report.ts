import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Fault } from './faults';
import { type ApiStats } from './stats';

export interface Verdict {
  name: string;
  ok: boolean;
  detail: string;
}

/** Everything one chaos run measured and concluded; kept as JSON next to the report so runs can be compared. */
export interface RunResult {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; os: string; node: string };
  /** tradeIns: asked for; driven: started before the traffic stopped (at its deadline, or with the faults in CI). */
  options: { tradeIns: number; driven?: number; replicas: number; concurrency: number; seed: number; killsPerReplica: number };
  phases: Record<string, number>;
  throughputPerMinute: number;
  byOutcome: Record<string, number>;
  expectedByOutcome: Record<string, number>;
  faults: Array<Fault & { recoveryMs?: number; duringTraffic: boolean }>;
  normalBacklog: number;
  api: { calm: ApiStats; faults: ApiStats };
  deadLetters: Array<{ topic: string; reason: string; error: string; key: string }>;
  figures: Record<string, string | number>;
  custodyChains: Record<string, string>;
  replay: { redelivered: Record<string, number>; ms: number } | null;
  verdicts: Verdict[];
  violations: string[];
  exitCode: number;
}

/** "78", or "120 of 300 asked" when the traffic stopped before the plan's end. */
const driven = (r: RunResult) =>
  r.options.driven === undefined || r.options.driven === r.options.tradeIns
    ? `${r.options.tradeIns}`
    : `${r.options.driven} of ${r.options.tradeIns} asked`;
const s = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
const pct = (x: number) => `${(x * 100).toFixed(2)} %`;

function renderRun(r: RunResult): string[] {
  const t0 = r.faults.reduce((m, f) => Math.min(m, f.injectedAt ?? Infinity), Infinity);
  const out = [
    `### ${r.options.replicas} replica(s) per service, ${driven(r)} trade-ins`,
    '',
    `Run ${r.date}; concurrency ${r.options.concurrency}, seed ${r.options.seed}, ${r.options.killsPerReplica} kill(s) per replica. ` +
      `Exit code ${r.exitCode}: ${r.violations.length ? `**${r.violations.length} violation(s)**` : 'no violation'}.`,
    '',
    '| phase | time |',
    '|---|---|',
    ...Object.entries(r.phases).map(([k, v]) => `| ${k} | ${s(v)} |`),
    '',
    `Throughput while driving traffic under faults: **${r.throughputPerMinute.toFixed(1)} trade-ins a minute**.`,
    '',
    '**Trade-ins per outcome** (expected by their scenarios → reached)',
    '',
    '| state | expected | reached |',
    '|---|---|---|',
    ...[...new Set([...Object.keys(r.expectedByOutcome), ...Object.keys(r.byOutcome)])]
      .sort()
      .map((k) => `| ${k} | ${r.expectedByOutcome[k] ?? 0} | ${r.byOutcome[k] ?? 0} |`),
    '',
    `**Faults** (times from the first fault; recovery: from injection until consumer lag + unpublished outbox events were back under ${r.normalBacklog}, the calm level, two samples in a row)`,
    '',
    '| at | fault | target | repaired after | recovered after | note |',
    '|---|---|---|---|---|---|',
    ...r.faults.map(
      (f) =>
        `| +${s((f.injectedAt ?? t0) - t0)} | ${f.kind} | ${f.target} | ${s((f.restoredAt ?? 0) - (f.injectedAt ?? 0))} | ${s(f.recoveryMs)} | ${[f.duringTraffic ? '' : 'after the traffic', f.detail ?? '', f.error ?? ''].filter(Boolean).join('; ')} |`,
    ),
    '',
    '**API** (every HTTP exchange of the driver; errors: no answer or 5xx, each retried with its Idempotency-Key)',
    '',
    '| period | requests | errors | error rate | p50 | p99 |',
    '|---|---|---|---|---|---|',
    ...(['calm', 'faults'] as const).map(
      (k) =>
        `| ${k === 'calm' ? 'calm' : 'during faults'} | ${r.api[k].requests} | ${r.api[k].errors} | ${pct(r.api[k].errorRate)} | ${r.api[k].p50Ms} ms | ${r.api[k].p99Ms} ms |`,
    ),
    '',
    '**Verdicts**',
    '',
    '| check | verdict | detail |',
    '|---|---|---|',
    ...r.verdicts.map((v) => `| ${v.name} | ${v.ok ? 'pass' : '**FAIL**'} | ${v.detail.replace(/\|/g, '/')} |`),
    '',
  ];
  if (r.deadLetters.length) {
    out.push(
      '**Dead letters**',
      '',
      '| topic | reason | error |',
      '|---|---|---|',
      ...r.deadLetters.map((d) => `| ${d.topic} | ${d.reason} | ${d.error.replace(/\|/g, '/')} |`),
      '',
    );
  }
  if (r.violations.length) out.push('**Violations** (first 50)', '', ...r.violations.slice(0, 50).map((v) => `- ${v}`), '');
  return out;
}

/** docs/reliability.md from every run result kept in `dir` (run-r<replicas>.json), with 1 vs 2 replicas compared. */
export function renderReport(dir: string): string {
  const runs = (existsSync(dir) ? readdirSync(dir) : [])
    .filter((f) => /^run-r\d+\.json$/.test(f))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as RunResult);
  const m = runs[0]?.machine;
  const lines = [
    '# Reliability at scale: the chaos run',
    '',
    'Generated by `npm run chaos` (scripts/chaos); do not edit by hand. The run brings up its own PostgreSQL and Kafka',
    '(scripts/chaos/infra.sh, state in `.infra/chaos`, ports 56432 and 29092), R processes per service on ports 4600-4699,',
    "drives the demo's scenarios through the public APIs with retries that reuse their Idempotency-Keys, and meanwhile",
    'SIGKILLs every replica, SIGKILLs the broker, restarts PostgreSQL with an immediate shutdown, stalls one replica past',
    "its consumer session timeout and makes one payout replica's provider calls time out after the payment settled. Then",
    'it waits until nothing is in flight, checks every trade-in, and replays every topic to every consumer group.',
    '',
    m ? `Machine: ${m.cpus} CPU(s) (${m.cpuModel}), ${m.memoryGb} GB, ${m.os}, Node ${m.node}; shared with other work while it ran.` : '',
    '',
  ];
  if (runs.length > 1) {
    lines.push(
      '## Scaling: the same run with 1 and with 2 replicas per service',
      '',
      '| replicas | trade-ins | trade-ins/min | traffic | settle | median recovery | worst recovery | error rate in faults | p99 calm / faults | violations |',
      '|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const r of runs) {
      const rec = r.faults
        .map((f) => f.recoveryMs)
        .filter((x): x is number => x !== undefined)
        .sort((a, b) => a - b);
      lines.push(
        `| ${r.options.replicas} | ${driven(r)} | ${r.throughputPerMinute.toFixed(1)} | ${s(r.phases['traffic'])} | ${s(r.phases['settle after traffic'])} | ` +
          `${s(rec[Math.floor(rec.length / 2)])} | ${s(rec.at(-1))} | ${pct(r.api.faults.errorRate)} | ${r.api.calm.p99Ms} / ${r.api.faults.p99Ms} ms | ${r.violations.length} |`,
      );
    }
    lines.push('');
  }
  if (runs.length) {
    // The issue asks for 10,000 trade-ins; say plainly what was run and what 10,000 would take at the measured pace.
    const largest = Math.max(...runs.map((r) => r.options.driven ?? r.options.tradeIns));
    const pace = Math.max(...runs.map((r) => r.throughputPerMinute));
    if (largest < 10_000) {
      lines.push(
        '## Scale actually run',
        '',
        `The largest run here drove ${largest} trade-ins. At the best pace measured (${pace.toFixed(1)} trade-ins a minute under faults), ` +
          `10,000 would take about ${(10_000 / pace / 60).toFixed(1)} hours of traffic on this machine, beyond a bounded run, so it was not run. ` +
          '`npm run chaos -- --trade-ins 10000 --replicas 2` is bounded all the same: no trade-in starts after the traffic deadline ' +
          '(the time limit, 40 min by default, less a reserve for settling, checks and replay), every fault is still injected, and ' +
          'the report says how many of the 10,000 were driven. On a machine with more cores, more replicas and `--concurrency` ' +
          'raise the pace.',
        '',
      );
    }
  }
  // What the numbers alone do not say (the conditions of the runs), written by whoever ran them.
  const notes = join(dir, 'notes.md');
  if (existsSync(notes)) lines.push('## Conditions of these runs', '', readFileSync(notes, 'utf8').trim(), '');
  lines.push('## Runs', '');
  for (const r of runs) lines.push(...renderRun(r));
  return `${lines.join('\n')}\n`;
}

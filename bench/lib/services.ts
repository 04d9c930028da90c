import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { productionNodeOptions } from '@tradein/testing';
import { ROOT } from './report';

export type BuildableService = 'quote-service' | 'intake-service' | 'grading-service' | 'payout-service';

/** Where the benches put production builds (git-ignored dist/; packages resolve from the workspace's node_modules). */
export const BUILD_DIR = join(ROOT, 'dist/bench');

export interface BuiltService {
  name: BuildableService;
  child: ChildProcess;
  port: number;
  /** Milliseconds from spawn to the first 200 of /health/ready. */
  readyMs: number;
  logFile: string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** Compiles the service as its image does (scripts/build, ADR 0007). */
export async function buildProduction(name: BuildableService, o: { out?: string; sourceRoot?: string } = {}): Promise<string> {
  const out = o.out ?? join(BUILD_DIR, name);
  const root = o.sourceRoot ?? ROOT;
  await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'scripts/build/build-service.ts', name, '--out', out], {
    cwd: root,
    env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.json') },
  });
  return out;
}

/**
 * Starts a production build (`node apps/<svc>/src/main.js`, NODE_ENV=production, as docker/entrypoint.sh does)
 * and waits for /health/ready. `nodeArgs` e.g. ['--cpu-prof'] for a profile written on exit.
 */
export async function startBuilt(
  name: BuildableService,
  port: number,
  env: Record<string, string>,
  o: { nodeArgs?: string[]; cwd?: string; timeoutMs?: number; buildDir?: string } = {},
): Promise<BuiltService> {
  const dir = o.buildDir ?? join(BUILD_DIR, name);
  const logFile = `/tmp/bench-${name}-${port}.log`;
  const log = openSync(logFile, 'w');
  const started = performance.now();
  const child = spawn(process.execPath, [...(o.nodeArgs ?? []), join(dir, `apps/${name}/src/main.js`)], {
    cwd: o.cwd ?? dir,
    env: {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      NODE_ENV: 'production',
      // As the image runs it (docker/Dockerfile); BENCH_NODE_OPTIONS overrides, for experiments.
      NODE_OPTIONS: process.env['BENCH_NODE_OPTIONS'] ?? productionNodeOptions(ROOT),
      PORT: String(port),
      // Production refuses the development secrets: bench-only values (extra variables are ignored by the others).
      QUOTE_SECRET_KEY: 'bench-quote-secret-key-bench-quote-secret-key-0123',
      CARRIER_WEBHOOK_SECRET: 'bench-carrier-secret-bench-carrier-secret-01',
      INTAKE_SANDBOX_SCANS: 'disabled',
      INTAKE_SANDBOX_CARRIER_IN_PRODUCTION: 'true',
      PAYOUT_SANDBOX_IN_PRODUCTION: 'true',
      S3_ENDPOINT: `http://127.0.0.1:${process.env['S3_PORT'] ?? '19000'}`,
      S3_ACCESS_KEY_ID: 'bench-access-key',
      S3_SECRET_ACCESS_KEY: 'bench-secret-access-key',
      PAYOUT_BANK_DETAILS_KEYS: 'bench1:BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=',
      PAYOUT_FINGERPRINT_KEY: 'CAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAg=',
      ...env,
    },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Generous: on a loaded shared machine module loading alone can take tens of seconds (the figure is reported, not capped).
  const deadline = Date.now() + (o.timeoutMs ?? 180_000);
  let readyMs = NaN;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited during start:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
    if (
      await fetch(`http://127.0.0.1:${port}/health/ready`).then(
        (r) => r.ok,
        () => false,
      )
    ) {
      readyMs = performance.now() - started;
      break;
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} not ready:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
    }
    await sleep(25);
  }
  return {
    name,
    child,
    port,
    readyMs,
    logFile,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const grace = new AbortController();
      await Promise.race([exited, sleep(15_000, undefined, { signal: grace.signal }).catch(() => undefined)]);
      grace.abort();
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Resident set size of a process in MiB (Linux /proc). */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc, 100 Hz ticks): per-request cost that contention does not inflate. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

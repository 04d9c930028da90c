/**
 * Open loops with vegeta (github.com/tsenart/vegeta, a kept constant-rate load generator): arrivals at a fixed
 * rate, each sent at its scheduled time on a free worker (vegeta adds workers rather than delay a send), so a slow
 * answer never holds back the next arrival and latency is what a caller arriving at that moment sees.
 *
 * Why not autocannon's `overallRate`: it gives each connection a budget of requests per second, refilled by one
 * timer per connection every second. Every connection starts together, so each second opens with a burst of one
 * request per connection, sent back to back, and its coordinated-omission correction assumes 1 ms between
 * sends whatever the rate. At 142 quotes/s over 100 connections that measured a p50 of 117 ms on a replica at
 * half load: the burst's queue, not the service.
 *
 * vegeta is built from source by the Go toolchain on first use (`go install`, ≈ 15 s) into tmp/tools.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type LoadRequest, type LoadResult } from './load';
import { ROOT } from './report';

const run = promisify(execFile);
const MODULE = 'github.com/tsenart/vegeta/v12@v12.12.0';
const TOOLS = join(ROOT, 'tmp/tools');

let built: Promise<string> | undefined;

/** The vegeta binary, built once per checkout. */
export function vegeta(): Promise<string> {
  built ??= (async () => {
    const bin = join(TOOLS, 'vegeta');
    if (!existsSync(bin)) await run('go', ['install', MODULE], { env: { ...process.env, GOBIN: TOOLS }, timeout: 600_000 });
    return bin;
  })();
  return built;
}

interface VegetaReport {
  latencies: Record<'50th' | '99th' | 'max', number>;
  requests: number;
  /** Nanoseconds spent sending, then waiting for the last answers. */
  duration: number;
  wait: number;
  status_codes: Record<string, number>;
}

let sequence = 0;

/** `rate` requests per second for `seconds`; `r.uniqueHeader` gets a fresh value on every request. */
export async function vegetaOpenLoop(port: number, r: LoadRequest, rate: number, seconds: number): Promise<LoadResult> {
  const bin = await vegeta();
  const dir = mkdtempSync(join(os.tmpdir(), 'bench-vegeta-'));
  try {
    const perSecond = Math.max(1, Math.round(rate));
    const body = r.body === undefined ? {} : { body: Buffer.from(r.body).toString('base64') };
    const header = Object.fromEntries(Object.entries(r.headers ?? {}).map(([k, v]) => [k, [v]]));
    const runId = `${process.pid}-${Date.now().toString(36)}`;
    // One target per request (vegeta cycles through the file): a unique header is never sent twice.
    const lines = Array.from({ length: perSecond * seconds + perSecond }, () =>
      JSON.stringify({
        method: r.method,
        url: `http://127.0.0.1:${port}${r.path}`,
        header: r.uniqueHeader ? { ...header, [r.uniqueHeader]: [`vegeta-${runId}-${++sequence}`] } : header,
        ...body,
      }),
    );
    const targets = join(dir, 'targets.jsonl');
    const results = join(dir, 'results.bin');
    writeFileSync(targets, `${lines.join('\n')}\n`);
    await run(
      bin,
      [
        'attack',
        '-format=json',
        `-targets=${targets}`,
        `-rate=${perSecond}/1s`,
        `-duration=${seconds}s`,
        '-timeout=30s',
        `-output=${results}`,
      ],
      { timeout: (seconds + 60) * 1000, maxBuffer: 2 ** 24 },
    );
    const { stdout } = await run(bin, ['report', '-type=json', results], { maxBuffer: 2 ** 24 });
    const report = JSON.parse(stdout) as VegetaReport;
    const ok = Object.entries(report.status_codes)
      .filter(([code]) => code.startsWith('2'))
      .reduce((n, [, count]) => n + count, 0);
    const failed = report.status_codes['0'] ?? 0;
    const ms = (ns: number): number => ns / 1e6;
    return {
      requests: report.requests,
      rps: ok / ((report.duration + report.wait) / 1e9),
      p50: ms(report.latencies['50th']),
      p99: ms(report.latencies['99th']),
      max: ms(report.latencies.max),
      non2xx: report.requests - ok - failed,
      errors: failed,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

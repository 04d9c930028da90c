import { type Fault } from './faults';
import { type Sample } from './monitor';
import { type Exchange } from './resilient-client';

/** A window of time during which a fault was in effect: from injection until the backlog was back to normal. */
export interface Window {
  from: number;
  to: number;
}

export interface ApiStats {
  requests: number;
  errors: number;
  errorRate: number;
  p50Ms: number;
  p99Ms: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Errors are exchanges without an answer or with a 5xx (the caller retried them); 4xx are the API's answers. */
export function apiStats(xs: Exchange[]): ApiStats {
  const ms = xs.map((x) => x.ms).sort((a, b) => a - b);
  const errors = xs.filter((x) => x.status === 0 || x.status >= 500).length;
  return {
    requests: xs.length,
    errors,
    errorRate: xs.length ? errors / xs.length : 0,
    p50Ms: percentile(ms, 50),
    p99Ms: percentile(ms, 99),
  };
}

const load = (s: Sample) => (s.lag ?? Infinity) + (s.pending ?? Infinity);

/**
 * "Normal" backlog: what the platform carries in calm traffic (95th percentile of the samples before the first
 * fault, with some headroom), never below a floor, since under steady load lag is never exactly zero.
 */
export function normalBacklog(samples: Sample[], firstFaultAt: number, floor = 25): number {
  const calm = samples
    .filter((s) => s.at < firstFaultAt && s.lag !== null && s.pending !== null)
    .map(load)
    .sort((a, b) => a - b);
  return Math.max(floor, Math.ceil(percentile(calm, 95) * 1.5));
}

/** When the backlog was back to normal after the fault was repaired: two readable samples in a row at or under `normal`. */
export function recoveredAt(samples: Sample[], f: Fault, normal: number): number | undefined {
  const after = samples.filter((s) => s.at >= (f.restoredAt ?? Infinity));
  for (let i = 0; i + 1 < after.length; i++) {
    if (load(after[i]!) <= normal && load(after[i + 1]!) <= normal) return after[i]!.at;
  }
  return undefined;
}

export function inWindows(at: number, windows: Window[]): boolean {
  return windows.some((w) => at >= w.from && at <= w.to);
}

/**
 * autocannon (a kept load generator) behind two calls: a closed loop (N connections, each sends its next
 * request when the answer is read) and an open loop (a fixed arrival rate over many connections, with
 * autocannon's coordinated-omission correction: a late send counts as latency, as a real arrival would).
 */
// autocannon ships no types; the part used here is typed below.
const autocannon = require('autocannon') as (opts: AutocannonOptions) => Promise<AutocannonResult>;

interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}

interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  overallRate?: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  requests?: Array<AutocannonRequest & { setupRequest?: (req: AutocannonRequest) => AutocannonRequest }>;
  timeout?: number;
}

interface AutocannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number; max: number; average: number };
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
}

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Header set to a fresh value on every request (e.g. Idempotency-Key). */
  uniqueHeader?: string;
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
}

let sequence = 0;

async function run(port: number, r: LoadRequest, connections: number, seconds: number, overallRate?: number): Promise<LoadResult> {
  const run = `${process.pid}-${Date.now().toString(36)}`;
  const res = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    timeout: 30,
    ...(overallRate ? { overallRate } : {}),
    requests: [
      {
        method: r.method,
        path: r.path,
        headers: r.headers ?? {},
        ...(r.body !== undefined ? { body: r.body } : {}),
        ...(r.uniqueHeader
          ? {
              setupRequest: (req: AutocannonRequest) => ({
                ...req,
                headers: { ...req.headers, [r.uniqueHeader!]: `bench-${run}-${++sequence}` },
              }),
            }
          : {}),
      },
    ],
  });
  return {
    requests: res.requests.total,
    rps: res.requests.total / res.duration,
    p50: res.latency.p50,
    p99: res.latency.p99,
    max: res.latency.max,
    non2xx: res.non2xx,
    errors: res.errors + res.timeouts,
  };
}

export function closedLoop(port: number, r: LoadRequest, connections: number, seconds: number): Promise<LoadResult> {
  return run(port, r, connections, seconds);
}

/** `rate` requests per second whatever the answers take; enough connections that none waits for a free one. */
export function openLoop(port: number, r: LoadRequest, rate: number, seconds: number, connections = 100): Promise<LoadResult> {
  return run(port, r, connections, seconds, Math.max(1, Math.round(rate)));
}

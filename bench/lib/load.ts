/**
 * Closed loops with autocannon (a kept load generator): N connections, each sends its next request when the answer
 * is read. Open loops (a fixed arrival rate) are vegeta's (vegeta.ts): autocannon's rate option sends each second's
 * budget in a burst per connection.
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

export async function closedLoop(port: number, r: LoadRequest, connections: number, seconds: number): Promise<LoadResult> {
  const run = `${process.pid}-${Date.now().toString(36)}`;
  const res = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    timeout: 30,
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

/**
 * What one request's log line costs the process (CPU per request, no HTTP around it): the request logger's options as
 * the services use them (libs/service-runtime, requestLoggerOptions) binding a request and writing its completion
 * line to /dev/null, with and without pino's path redaction, alternating. Prints only.
 *
 *   npm run bench:logging
 */
// @tradein/service-runtime carries decorated classes, which need the metadata polyfill first.
import 'reflect-metadata';
import pino, { type LoggerOptions } from 'pino';
import { requestLoggerOptions } from '@tradein/service-runtime';
import { envInt, fmt } from '../lib/report';

const LINES = envInt('BENCH_LINES', 50_000);
const ROUNDS = envInt('BENCH_ROUNDS', 5);

function logger(redact: boolean): pino.Logger {
  // pino-http's own options (autoLogging) are not pino's.
  const { autoLogging: _autoLogging, redact: paths, ...options } = requestLoggerOptions('bench', 'info');
  return pino({ ...(options as LoggerOptions), ...(redact ? { redact: paths } : {}) }, pino.destination({ dest: '/dev/null', sync: true }));
}

/** CPU µs per request: the child bound to the request (as pino-http does) and its completion line. */
function perLine(log: pino.Logger): number {
  const req = { id: 'req-1', method: 'GET', raw: { socket: { remoteAddress: '127.0.0.1' } } };
  const before = process.cpuUsage();
  for (let i = 0; i < LINES; i++) log.child({ req }).info({ res: { statusCode: 200 }, responseTime: 3 }, 'request completed');
  const used = process.cpuUsage(before);
  return (used.user + used.system) / LINES;
}

const variants = { 'as configured (REDACTED_PATHS)': logger(true), 'without path redaction': logger(false) };
const results = new Map<string, number[]>(Object.keys(variants).map((k) => [k, []]));
for (const log of Object.values(variants)) perLine(log); // warm-up
for (let r = 0; r < ROUNDS; r++) for (const [name, log] of Object.entries(variants)) results.get(name)!.push(perLine(log));
console.log(`=== bench logging: one request's log line (child + completion line), ${ROUNDS} rounds of ${fmt(LINES)} ===`);
for (const [name, xs] of results) {
  const sorted = [...xs].sort((a, b) => a - b);
  console.log(`${name}: median ${fmt(sorted[Math.floor(sorted.length / 2)]!, 1)} µs per request (${xs.map((x) => fmt(x, 1)).join(', ')})`);
}

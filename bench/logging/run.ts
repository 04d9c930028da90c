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
import { alternateCpu } from '../lib/alternate';
import { envInt } from '../lib/report';

const LINES = envInt('BENCH_LINES', 50_000);
const ROUNDS = envInt('BENCH_ROUNDS', 5);

function logger(redact: boolean): pino.Logger {
  // pino-http's own options (autoLogging) are not pino's.
  const { autoLogging: _autoLogging, redact: paths, ...options } = requestLoggerOptions('bench', 'info');
  return pino({ ...(options as LoggerOptions), ...(redact ? { redact: paths } : {}) }, pino.destination({ dest: '/dev/null', sync: true }));
}

const req = { id: 'req-1', method: 'GET', raw: { socket: { remoteAddress: '127.0.0.1' } } };
/** One request: the child bound to it (as pino-http does) and its completion line. */
const oneLine = (log: pino.Logger) => (): void =>
  log.child({ req }).info({ res: { statusCode: 200 }, responseTime: 3 }, 'request completed');

alternateCpu(
  "bench logging: one request's log line (child + completion line)",
  { 'as configured (REDACTED_PATHS)': oneLine(logger(true)), 'without path redaction': oneLine(logger(false)) },
  { rounds: ROUNDS, calls: LINES },
);

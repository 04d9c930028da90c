/**
 * What one request's log line costs the process (CPU per request, no HTTP around it), alternating:
 *   - the line as the services write it since ADR 0023: pino-http's logger built from requestLoggerOptions, through
 *     `requestLineLogger` (a child without path redaction: the line holds allow-listed fields only);
 *   - the same line through the redacting logger (what every other line pays);
 *   - before ADR 0023: pino-http's per-request child bound to the request, then its completion line, redacted.
 * Lines go to /dev/null synchronously, so the figures leave out the write itself. Prints only.
 *
 *   npm run bench:logging
 */
// @tradein/service-runtime carries decorated classes, which need the metadata polyfill first.
import 'reflect-metadata';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import pino from 'pino';
import { pinoHttp } from 'pino-http';
import { requestLineLogger, requestLoggerOptions } from '@tradein/service-runtime';
import { alternateCpu } from '../lib/alternate';
import { envInt } from '../lib/report';

const LINES = envInt('BENCH_LINES', 50_000);
const ROUNDS = envInt('BENCH_ROUNDS', 5);

/** The logger nestjs-pino builds for the services (pino-http wraps the serializers). */
const requestLogger = pinoHttp(requestLoggerOptions('bench', 'info'), pino.destination({ dest: '/dev/null', sync: true })).logger;
const lineLogger = requestLineLogger(requestLogger);

// A request and its answer as the hook sees them: a few headers in and the security headers out.
const req = Object.assign(new IncomingMessage(new Socket()), { method: 'GET', url: '/v1/catalog/models?market=FR', id: 'req-1' });
req.headers = { host: '127.0.0.1', 'x-api-key': 'tk_live_bench', 'accept-encoding': 'gzip', 'user-agent': 'bench' };
const res = new ServerResponse(req);
for (const name of ['content-security-policy', 'strict-transport-security', 'x-frame-options', 'referrer-policy', 'cache-control'])
  res.setHeader(name, 'bench');

alternateCpu(
  "bench logging: one request's log line",
  {
    'as written (no path redaction on this line)': () => lineLogger.info({ req, res, responseTime: 3.2 }, 'request completed'),
    'the same line with REDACTED_PATHS': () => requestLogger.info({ req, res, responseTime: 3.2 }, 'request completed'),
    'before ADR 0023 (a child per request, redacted)': () =>
      requestLogger.child({ req }).info({ res, responseTime: 3.2 }, 'request completed'),
  },
  { rounds: ROUNDS, calls: LINES },
);

import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { PinoLogger } from 'nestjs-pino';
import { type Logger } from 'pino';
import { isProbe } from './log-noise';
import { tagRoute } from './log-serializers';

/** The request line's duration: fastify's own clock (from its onRequest), in milliseconds to the microsecond. */
const responseTime = (reply: FastifyReply): number => Math.round(reply.elapsedTime * 1000) / 1000;

/** What the line's serializers read (log-serializers): the raw request, named by its id and route. */
function loggable(req: FastifyRequest): FastifyRequest['raw'] {
  const raw = req.raw as FastifyRequest['raw'] & { id?: unknown };
  raw.id = req.id;
  tagRoute(raw, req.routeOptions.url ?? '(no route)');
  return raw;
}

/** The request lines' logger: a child of the request logger without its path redaction (see below). */
export function requestLineLogger(requestLogger: Logger): Logger {
  return requestLogger.child({}, { redact: [] });
}

/**
 * One line per request (ADR 0023), written by fastify hooks once the answer is sent: `request completed`, or
 * `request errored` for a 5xx (ProblemDetailsFilter logs the cause), or `request aborted` when the client hangs up
 * first. Probes are left out.
 *
 * Written through the logger nestjs-pino builds from requestLoggerOptions (its stream, time format and the safe
 * serializers wrapped by pino-http), in a child without path redaction: every field of this line comes from an
 * allow-list (the request's id, method, route and address, the status, the duration), so the deny-list would find
 * nothing, and it cost more than half of the line (ADR 0023). Every other line keeps it.
 *
 * Not pino-http as a Nest middleware: fastify's middleware engine, a child logger and an AsyncLocalStorage scope per
 * request cost a third of a catalog request's CPU, for a request binding no line of ours read (services log through
 * libs/observability and name the request themselves, as ProblemDetailsFilter does).
 */
export function installRequestLogging(fastify: FastifyInstance): void {
  let logger: Logger | undefined;
  // PinoLogger.root is set when the app initialises (LoggerModule.configure), after these hooks are installed.
  const lines = (): Logger => (logger ??= requestLineLogger(PinoLogger.root));
  fastify.addHook('onResponse', (req, reply, done) => {
    if (!isProbe(req.raw)) {
      const status = reply.statusCode;
      const line = { req: loggable(req), res: reply.raw, responseTime: responseTime(reply) };
      // The cause is in ProblemDetailsFilter's line: no stack of this hook.
      if (status >= 500) lines().info({ ...line, err: { type: 'Error', message: `failed with status code ${status}` } }, 'request errored');
      else lines().info(line, 'request completed');
    }
    done();
  });
  fastify.addHook('onRequestAbort', (req, done) => {
    if (!isProbe(req.raw)) lines().info({ req: loggable(req) }, 'request aborted');
    done();
  });
}

import { type FastifyInstance } from 'fastify';
import { counter, gauge } from '@tradein/observability';
import { problem } from './framework-errors';

/** Probes answer whatever the load: a busy replica is not a broken one, and pulling it would push its load onto the rest. */
const EXEMPT = /^\/health\//;

/** Seconds a refused caller is asked to wait: enough for a replica at its limit to drain, short enough for a checkout. */
export const OVERLOAD_RETRY_AFTER_SECONDS = 1;

/**
 * Load shedding (ADR 0021): at most `maxInFlight` requests in progress per replica; one more is answered at once with
 * 503 OVERLOADED and Retry-After, before its body is read, before authentication and before any query. Past its
 * capacity a replica would otherwise queue every arrival: latency grows for as long as the overload lasts (seconds
 * within a minute, measured), callers time out and retry, and the work done for them is wasted. Bounded this way, an
 * admitted request waits at most about `maxInFlight` ÷ throughput, and a refused one can retry elsewhere or later
 * (quotes and other writes carry an Idempotency-Key, so a retry is safe). A slot is freed when the answer is sent
 * or the connection closes. `maxInFlight` 0 turns shedding off.
 */
export function installAdmissionLimit(fastify: FastifyInstance, maxInFlight: number): void {
  if (maxInFlight <= 0) return;
  const shed = counter(
    'http_server_shed_requests_total',
    'Requests answered 503 OVERLOADED because the replica was at HTTP_MAX_IN_FLIGHT',
    ['method'],
  );
  const inFlightNow = gauge('http_server_in_flight_requests', 'Requests in progress (health probes left out)');
  let inFlight = 0;
  const body = problem(
    503,
    'OVERLOADED',
    `this replica is at its limit of ${maxInFlight} requests in progress; retry in ${OVERLOAD_RETRY_AFTER_SECONDS} s`,
    '',
  );
  fastify.addHook('onRequest', (req, reply, done) => {
    if (EXEMPT.test(req.url)) return done();
    if (inFlight >= maxInFlight) {
      shed.inc({ method: req.method });
      void reply
        .code(503)
        .header('content-type', 'application/problem+json')
        .header('cache-control', 'no-store')
        .header('retry-after', String(OVERLOAD_RETRY_AFTER_SECONDS))
        .header('connection', 'close')
        .send(body);
      return;
    }
    inFlight++;
    inFlightNow.inc();
    reply.raw.once('close', () => {
      inFlight--;
      inFlightNow.dec();
    });
    done();
  });
}

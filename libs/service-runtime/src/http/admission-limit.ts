import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { counter, gauge } from '@tradein/observability';
import { problem } from './framework-errors';
import { appendVary } from './vary';

/** Probes answer whatever the load: a busy replica is not a broken one, and pulling it would push its load onto the rest. */
const EXEMPT = /^\/health\//;

/** Seconds a refused caller is asked to wait: enough for a replica at its limit to drain, short enough for a checkout. */
export const OVERLOAD_RETRY_AFTER_SECONDS = 1;

/**
 * How long a slot stays taken after its caller hung up while the handler was still working, if the handler never
 * answers: a bound on what a stuck handler can hold, never reached by a handler that finishes.
 */
const ABANDONED_HANDLER_MS = 60_000;

interface Slot {
  /** The route handler has started: its work goes on after a hang-up, so the slot stays taken until it answers. */
  handling: boolean;
  release(): void;
}

/**
 * Load shedding (ADR 0021): at most `maxInFlight` requests in progress per replica; one more is answered at once with
 * 503 OVERLOADED and Retry-After, before its body is read, before authentication and before any query. Past its
 * capacity a replica would otherwise queue every arrival: latency grows for as long as the overload lasts, callers
 * time out and retry, and the work done for them is wasted. Bounded this way, an admitted request waits at most about
 * `maxInFlight` ÷ throughput, and a refused one can retry (quotes and other writes carry an Idempotency-Key, so a
 * retry is safe). A slot is freed when the answer leaves (onSend), or when the connection closes before the handler
 * started; a caller hanging up does not free the slot of a handler still working. `maxInFlight` 0 turns it off.
 */
export function installAdmissionLimit(fastify: FastifyInstance, maxInFlight: number): void {
  if (maxInFlight <= 0) return;
  const shed = counter(
    'http_server_shed_requests_total',
    'Requests answered 503 OVERLOADED because the replica was at HTTP_MAX_IN_FLIGHT',
    ['method'],
  );
  const inFlightNow = gauge('http_server_in_flight_requests', 'Requests in progress (health probes and CORS preflights left out)');
  const slots = new WeakMap<FastifyRequest, Slot>();
  let inFlight = 0;
  const body = problem(
    503,
    'OVERLOADED',
    `this replica is at its limit of ${maxInFlight} requests in progress; retry in ${OVERLOAD_RETRY_AFTER_SECONDS} s`,
    '',
  );

  fastify.addHook('onRequest', (req, reply, done) => {
    // A CORS preflight costs nothing and must pass, or the widget's browser could not read even the refusal.
    if (req.method === 'OPTIONS' || EXEMPT.test(req.url)) return done();
    if (inFlight >= maxInFlight) {
      shed.inc({ method: req.method });
      refuse(req, reply, body);
      return;
    }
    inFlight++;
    inFlightNow.inc();
    let released = false;
    const slot: Slot = {
      handling: false,
      release: () => {
        if (released) return;
        released = true;
        inFlight--;
        inFlightNow.dec();
      },
    };
    slots.set(req, slot);
    reply.raw.once('close', () => {
      if (!slot.handling) slot.release();
      else if (!released) setTimeout(slot.release, ABANDONED_HANDLER_MS).unref();
    });
    done();
  });
  fastify.addHook('preHandler', (req, _reply, done) => {
    const slot = slots.get(req);
    if (slot) slot.handling = true;
    done();
  });
  fastify.addHook('onSend', (req, _reply, payload, done) => {
    slots.get(req)?.release();
    done(null, payload);
  });
}

/**
 * The refusal: problem+json, no caching, Retry-After, and the connection closed so that a client connecting again may
 * reach another replica. A browser on a partner's page (the widget) must be able to read it: the refusal holds no
 * data, so it names the request's own origin, where the widget's CORS check (which reads the database) would.
 */
function refuse(req: FastifyRequest, reply: FastifyReply, body: string): void {
  const origin = req.headers.origin;
  if (origin) {
    void reply.header('access-control-allow-origin', origin).header('access-control-expose-headers', 'Retry-After');
    appendVary(reply, 'Origin');
  }
  void reply
    .code(503)
    .header('content-type', 'application/problem+json')
    .header('cache-control', 'no-store')
    .header('retry-after', String(OVERLOAD_RETRY_AFTER_SECONDS))
    .header('connection', 'close')
    .send(body);
}

import { type FastifyInstance } from 'fastify';
import { counter, histogram } from '@tradein/observability';
import { isProbe } from './log-noise';

const requestSeconds = () =>
  histogram(
    'http_server_request_duration_seconds',
    'HTTP requests by route template and status, from arrival to the last byte sent',
    ['method', 'route', 'status_code'],
    [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  );
const unmatched = () => counter('http_server_unmatched_requests_total', 'Requests to no route (404 before any handler)', ['method']);

/**
 * Request duration per route template (`/v1/quotes/:quoteId/accept`, never the raw URL, so ids do not
 * explode the series), method and status. Health and metrics scrapes are left out.
 */
export function recordHttpMetrics(fastify: FastifyInstance): void {
  const seconds = requestSeconds();
  const notFound = unmatched();
  fastify.addHook('onResponse', (req, reply, done) => {
    const route = req.routeOptions.url;
    if (!route) notFound.inc({ method: req.method });
    else if (!isProbe(req.raw)) {
      seconds.observe({ method: req.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
    }
    done();
  });
}

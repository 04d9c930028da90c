import { context } from '@opentelemetry/api';
import { type FastifyInstance } from 'fastify';
import { RPCType, getRPCMetadata } from '@opentelemetry/core';

/**
 * Gives the HTTP server span of the current request its route template: the http instrumentation then
 * names the span `POST /v1/quotes/:quoteId/accept` and sets `http.route` when the response ends
 * (instead of a bare `POST`, or an id-per-trace path). No-op when tracing is off.
 */
export function nameHttpRoute(route: string | undefined): void {
  if (!route) return;
  const metadata = getRPCMetadata(context.active());
  if (metadata?.type === RPCType.HTTP) metadata.route = route;
}

/**
 * Names every request's server span by its route from fastify's first hook, so requests refused before any
 * handler are named too: the in-flight limit's 503 (installed after this), a guard's 401, 403 or 429.
 */
export function installRouteNaming(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (req, _reply, done) => {
    nameHttpRoute(req.routeOptions.url);
    done();
  });
}

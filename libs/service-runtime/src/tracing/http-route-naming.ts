import { context } from '@opentelemetry/api';
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

import { type IncomingMessage } from 'node:http';
import { type Instrumentation } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';

/** Probes and scrapes every few seconds would bury the traces that matter. */
const UNTRACED_PATHS = /^\/(health|metrics)(\/|\?|$)/;

/**
 * HTTP server spans (fastify runs on node:http; Nest names the route, see service-runtime's
 * HttpRouteInterceptor) and PostgreSQL spans (TypeORM runs on pg).
 * Database and outgoing HTTP spans need a parent: the relay's polling, migrations and pool
 * housekeeping do not start traces of their own.
 */
export function serviceInstrumentations(): Instrumentation[] {
  return [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: (req: IncomingMessage) => UNTRACED_PATHS.test(req.url ?? ''),
      requireParentforOutgoingSpans: true,
    }),
    new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false }),
  ];
}

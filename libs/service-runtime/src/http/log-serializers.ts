import { type IncomingMessage, type ServerResponse } from 'node:http';

/** Set on the raw request by fastify once routed: what request log lines name instead of the URL. */
const ROUTE = Symbol('tradein.route');

type RoutedMessage = IncomingMessage & { [ROUTE]?: string };

interface SerializedRequest {
  id?: unknown;
  method?: string;
  raw?: IncomingMessage;
}

/**
 * Request log lines carry the route template (`/v1/quotes/:quoteId/accept`), the method, the request id and
 * the client address: never the URL (path ids and query strings can be e-mails, tracking data or keys) and
 * never headers (credentials, Idempotency-Keys chosen by callers, cookies), whatever a future header is called.
 * The request line (request-logging.ts) names the route on the raw request before it serialises it.
 */
export function tagRoute(raw: IncomingMessage, route: string): void {
  (raw as RoutedMessage)[ROUTE] = route;
}

export const safeLogSerializers = {
  req(req: SerializedRequest): Record<string, unknown> {
    const raw = req.raw as RoutedMessage | undefined;
    return { id: req.id, method: req.method, route: raw?.[ROUTE] ?? '(not routed yet)', remoteAddress: raw?.socket?.remoteAddress };
  },
  res(res: { statusCode?: number; raw?: ServerResponse }): Record<string, unknown> {
    return { statusCode: res.statusCode ?? res.raw?.statusCode };
  },
};

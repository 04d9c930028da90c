import { type IncomingMessage, type RequestListener, type Server, type ServerResponse, createServer } from 'node:http';
import { type FastifyServerFactory, type FastifyServerOptions } from 'fastify';
import { staticSecurityHeaders } from '../http/security-headers';

export const LIVENESS_PATH = '/health/live';
const LIVE_BODY = Buffer.from(JSON.stringify({ status: 'ok' }));

/**
 * `GET /health/live` answered by the HTTP server itself, before fastify and Nest (ADR 0019). Liveness only says the
 * process and its event loop answer; it must not depend on, nor pay for, the request pipeline (routing, guards,
 * request logger, tracing, metrics), which probes were already excluded from one by one. Every probe of every pod
 * costs a few microseconds instead of ≈ 170 µs (docs/perf.md). Same security headers as every other answer.
 */
export function isLivenessProbe(req: IncomingMessage): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') && (req.url === LIVENESS_PATH || req.url?.startsWith(`${LIVENESS_PATH}?`) === true)
  );
}

function answerLive(req: IncomingMessage, res: ServerResponse, headers: Record<string, string | number | string[]>): void {
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : LIVE_BODY);
}

/**
 * fastify's `serverFactory`: the same node:http server fastify would build (its timeouts applied the same way, see
 * fastify/lib/server.js), whose request listener answers the liveness probe and hands everything else to fastify.
 */
export const livenessServerFactory: FastifyServerFactory = (handler, options) => {
  const o = options as FastifyServerOptions & { http?: object };
  const headers = {
    ...(staticSecurityHeaders() as Record<string, string | number | string[]>),
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': LIVE_BODY.length,
  };
  const listener: RequestListener = (req, res) => (isLivenessProbe(req) ? answerLive(req, res, headers) : handler(req, res));
  const server: Server = createServer(o.http ?? {}, listener);
  if (o.keepAliveTimeout !== undefined) server.keepAliveTimeout = o.keepAliveTimeout;
  if (o.requestTimeout !== undefined) server.requestTimeout = o.requestTimeout;
  server.setTimeout(o.connectionTimeout ?? 0);
  const perSocket = o.maxRequestsPerSocket ?? 0;
  if (perSocket > 0) server.maxRequestsPerSocket = perSocket;
  return server;
};

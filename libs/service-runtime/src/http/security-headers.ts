import { type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import helmet from 'helmet';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';

type HeaderMiddleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

let built: HeaderMiddleware | undefined;

/**
 * helmet itself, built once per process: @fastify/helmet 13 builds the whole middleware (CSP parsing included) on
 * every request, ≈ 9 % of a /health/live request's CPU (issue 15, docs/perf.md). Same package, same headers.
 * The CSP still lets /docs (Swagger UI: its own scripts, inline styles, data: images) work.
 */
function securityHeaderMiddleware(): HeaderMiddleware {
  built ??= helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        frameAncestors: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    hsts: { maxAge: 31_536_000, includeSubDomains: true },
  }) as HeaderMiddleware;
  return built;
}

/**
 * The headers helmet sets, captured once: with this configuration they do not depend on the request (no nonce, no
 * user-agent switch), so an answer written below the framework (the liveness probe) can carry exactly the same set.
 */
export function staticSecurityHeaders(): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  const capture = {
    setHeader: (name: string, value: string | number | string[]) => {
      headers[name.toLowerCase()] = value;
    },
    removeHeader: () => undefined,
  };
  securityHeaderMiddleware()({} as IncomingMessage, capture as unknown as ServerResponse, () => undefined);
  return headers;
}

/**
 * Security headers on every answer (helmet: nosniff, no framing, no referrer), and `Cache-Control: no-store` on
 * every answer to a request that carried credentials, so no proxy or browser cache keeps partner or staff data.
 */
export async function installSecurityHeaders(app: NestFastifyApplication): Promise<void> {
  const securityHeaders = securityHeaderMiddleware();
  const fastify = app.getHttpAdapter().getInstance();
  // helmet 8 throws instead of passing an error to next(): next only means "headers set".
  fastify.addHook('onRequest', (req, reply, done) => {
    securityHeaders(req.raw, reply.raw, () => done());
  });
  fastify.addHook('onSend', async (req, reply, payload) => {
    if (req.headers.authorization !== undefined || req.headers['x-api-key'] !== undefined || reply.statusCode >= 400) {
      void reply.header('cache-control', 'no-store');
    }
    return payload;
  });
}

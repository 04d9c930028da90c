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

/** What helmet does to an answer with this configuration: headers it sets and headers it removes. */
interface CapturedHeaders {
  set: OutgoingHttpHeaders;
  removed: string[];
}

let captured: CapturedHeaders | undefined;

/**
 * helmet's effect, captured once: with this configuration its headers do not depend on the request (no nonce, no
 * user-agent switch), so every answer gets the same set without running helmet's eleven middlewares per request.
 */
function capturedHeaders(): CapturedHeaders {
  if (captured) return captured;
  const result: CapturedHeaders = { set: {}, removed: [] };
  const capture = {
    setHeader: (name: string, value: string | number | string[]) => {
      result.set[name.toLowerCase()] = value;
    },
    removeHeader: (name: string) => result.removed.push(name.toLowerCase()),
  };
  securityHeaderMiddleware()({} as IncomingMessage, capture as unknown as ServerResponse, () => undefined);
  captured = result;
  return result;
}

/** The headers helmet sets, so an answer written below the framework (the liveness probe) carries the same set. */
export function staticSecurityHeaders(): OutgoingHttpHeaders {
  return { ...capturedHeaders().set };
}

/**
 * Security headers on every answer (helmet: nosniff, no framing, no referrer), and `Cache-Control: no-store` on
 * every answer to a request that carried credentials, so no proxy or browser cache keeps partner or staff data.
 */
export async function installSecurityHeaders(app: NestFastifyApplication): Promise<void> {
  const { set, removed } = capturedHeaders();
  const headers = Object.entries(set) as Array<[string, string | number | string[]]>;
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (_req, reply, done) => {
    for (const name of removed) reply.raw.removeHeader(name);
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
  fastify.addHook('onSend', (req, reply, payload, done) => {
    if (req.headers.authorization !== undefined || req.headers['x-api-key'] !== undefined || reply.statusCode >= 400) {
      void reply.header('cache-control', 'no-store');
    }
    done(null, payload);
  });
}

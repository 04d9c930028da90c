import { type IncomingMessage } from 'node:http';
import { type LogFn, type Logger } from 'pino';

/**
 * Nest's wiring lines (one per module initialised, per controller and per route mapped) say nothing an
 * operator acts on, and at info they bury the service's own lines; they stay available at debug.
 */
const FRAMEWORK_WIRING = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);
const INFO = 30;

/** pino's `hooks.logMethod`: an info line from Nest's wiring is written at debug instead. */
export function demoteFrameworkWiring(this: Logger, args: Parameters<LogFn>, method: LogFn, level: number): void {
  const first: unknown = args[0];
  const context = typeof first === 'object' && first !== null ? (first as { context?: unknown }).context : undefined;
  if (level === INFO && typeof context === 'string' && FRAMEWORK_WIRING.has(context)) {
    if (this.isLevelEnabled('debug')) this.debug(...args);
    return;
  }
  method.apply(this, args);
}

/**
 * Health checks and metrics scrapes come every few seconds from the orchestrator and Prometheus: neither logged nor
 * counted in the request metrics (request-logging.ts, http-metrics.ts). A middleware engine may strip the mount path
 * from `url`, so the original URL is read when there is one.
 */
export function isProbe(req: IncomingMessage & { originalUrl?: string }): boolean {
  return /^\/(health|metrics)(\/|\?|$)/.test(req.originalUrl ?? req.url ?? '');
}

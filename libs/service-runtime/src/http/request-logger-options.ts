import pino from 'pino';
import { type Options } from 'pino-http';
import { REDACTED_PATHS, safeErrorSerializer } from '@tradein/observability';
import { demoteFrameworkWiring } from './log-noise';
import { safeLogSerializers } from './log-serializers';

/**
 * The logger nestjs-pino builds (with pino-http's request and response serializers around ours) for Nest's own
 * lines and the request lines (request-logging.ts: one per request by route template, never the URL or a header):
 * Nest's wiring lines demoted to debug, the same time format and redaction as the libraries' loggers
 * (libs/observability).
 */
export function requestLoggerOptions(serviceName: string, level: string): Options {
  return {
    level,
    base: { service: serviceName },
    redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
    serializers: { ...safeLogSerializers, err: safeErrorSerializer, error: safeErrorSerializer },
    formatters: { level: (label: string) => ({ level: label }) },
    // One time format in every line, the same as the libraries' loggers (libs/observability).
    timestamp: pino.stdTimeFunctions.isoTime,
    hooks: { logMethod: demoteFrameworkWiring },
  };
}

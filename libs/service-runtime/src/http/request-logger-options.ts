import pino from 'pino';
import { type Options } from 'pino-http';
import { REDACTED_PATHS, safeErrorSerializer } from '@tradein/observability';
import { demoteFrameworkWiring, isProbe } from './log-noise';
import { safeLogSerializers } from './log-serializers';

/**
 * The request logger (pino-http through nestjs-pino): one line per request by route template (never the URL or a
 * header), probes left out, Nest's wiring lines demoted to debug, the same time format and redaction as the
 * libraries' loggers (libs/observability).
 */
export function requestLoggerOptions(serviceName: string, level: string): Options {
  return {
    level,
    base: { service: serviceName },
    redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
    serializers: { ...safeLogSerializers, err: safeErrorSerializer, error: safeErrorSerializer },
    autoLogging: { ignore: isProbe },
    formatters: { level: (label: string) => ({ level: label }) },
    // One time format in every line, the same as the libraries' loggers (libs/observability).
    timestamp: pino.stdTimeFunctions.isoTime,
    hooks: { logMethod: demoteFrameworkWiring },
  };
}

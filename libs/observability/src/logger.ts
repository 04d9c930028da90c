import pino, { type DestinationStream, type Logger } from 'pino';
import { safeErrorSerializer } from './safe-error-serializer';

/**
 * Paths never logged in clear: credentials, tokens, bank details, personal data. Services add their own.
 * (pino's redaction is applied when the line is serialised, so it also covers objects logged by libraries.)
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  '*.password',
  '*.secret',
  '*.apiKey',
  '*.token',
  '*.iban',
  '*.accountNumber',
  '*.routingNumber',
  '*.sortCode',
  '*.email',
  '*.phone',
];

let root: Logger | undefined;
let destination: DestinationStream | undefined;

/**
 * The one stream every logger of the process writes to: stdout, asynchronously, flushed when the process exits.
 * The libraries' logger and the one nestjs-pino builds for Nest and the request lines (libs/service-runtime) would
 * otherwise each buffer their own lines and write them with their own write(2) calls; on a pipe (a container's
 * stdout) a write above PIPE_BUF (4 KiB) is not atomic, so a burst of one logger's lines could be split by the
 * other's, and the collector would read broken JSON.
 */
export function logDestination(): DestinationStream {
  destination ??= pino.destination({ dest: 1, sync: false });
  return destination;
}

export function rootLogger(serviceName = process.env['SERVICE_NAME'] ?? 'tradein', level = process.env['LOG_LEVEL'] ?? 'info'): Logger {
  if (!root) {
    root = pino(
      {
        level,
        base: { service: serviceName },
        timestamp: pino.stdTimeFunctions.isoTime,
        redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
        serializers: { err: safeErrorSerializer, error: safeErrorSerializer },
        formatters: { level: (label) => ({ level: label }) },
      },
      logDestination(),
    );
  }
  return root;
}

export function childLogger(component: string): Logger {
  return rootLogger().child({ component });
}

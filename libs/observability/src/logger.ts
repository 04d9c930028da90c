import pino, { type Logger } from 'pino';
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

export function rootLogger(serviceName = process.env['SERVICE_NAME'] ?? 'tradein', level = process.env['LOG_LEVEL'] ?? 'info'): Logger {
  if (!root) {
    root = pino({
      level,
      base: { service: serviceName },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
      serializers: { err: safeErrorSerializer, error: safeErrorSerializer },
      formatters: { level: (label) => ({ level: label }) },
    });
  }
  return root;
}

export function childLogger(component: string): Logger {
  return rootLogger().child({ component });
}

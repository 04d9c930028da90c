import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { describeValidationErrors } from '@tradein/contracts';
import { type BaseServiceConfig } from './base-service.config';

export class ConfigError extends Error {
  constructor(
    public readonly service: string,
    public readonly problems: string[],
  ) {
    super(`${service} refuses to start: invalid configuration\n  - ${problems.join('\n  - ')}`);
  }
}

/** The project's own infrastructure (scripts/infra), on the ports it was started with. */
const localDb = (env: NodeJS.ProcessEnv) => `postgres://postgres@127.0.0.1:${env['PG_PORT'] ?? '55432'}/postgres`;
const localKafka = (env: NodeJS.ProcessEnv) => `127.0.0.1:${env['KAFKA_PORT'] ?? '19092'}`;

/** `postgres://host/any` → `postgres://host/<db>`: one server, one database per service. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Resolves and validates a service's settings from the environment and refuses to start, naming
 * every bad setting, when one is missing or malformed.
 * Database: `<SERVICE>_DATABASE_URL` (e.g. QUOTE_DATABASE_URL) wins; otherwise DATABASE_URL names the
 * server and the service uses its own database `tradein_<service>` on it. Outside production,
 * the project's local infrastructure is the default for the database and Kafka.
 */
export function loadConfig<T extends BaseServiceConfig>(cls: new () => T, serviceName: string, env: NodeJS.ProcessEnv = process.env): T {
  const short = serviceName.replace(/-service$/, '');
  const production = env['NODE_ENV'] === 'production';
  const resolved: Record<string, string | undefined> = { ...env };
  const own = env[`${short.toUpperCase()}_DATABASE_URL`];
  const server = env['DATABASE_URL'] ?? (production ? undefined : localDb(env));
  try {
    resolved['DATABASE_URL'] = own ?? (server ? withDatabase(server, `tradein_${short}`) : undefined);
  } catch {
    resolved['DATABASE_URL'] = own ?? server;
  }
  resolved['KAFKA_BROKERS'] = env['KAFKA_BROKERS'] ?? (production ? undefined : localKafka(env));
  const portVar = env[`${short.toUpperCase()}_PORT`];
  if (portVar) resolved['PORT'] = portVar;

  const config = plainToInstance(cls, resolved, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false, skipMissingProperties: false });
  if (errors.length) throw new ConfigError(serviceName, describeValidationErrors(errors));
  if (config.CLOCK_OFFSET_MS > 0 && config.CLOCK_CONTROL !== 'enabled') {
    throw new ConfigError(serviceName, ['CLOCK_OFFSET_MS: only with CLOCK_CONTROL=enabled (a movable clock)']);
  }
  if (production && config.CLOCK_CONTROL === 'enabled') {
    throw new ConfigError(serviceName, [
      'CLOCK_CONTROL: a movable clock is for development and tests; it is refused with NODE_ENV=production',
    ]);
  }
  return config;
}

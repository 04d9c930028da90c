import { type DynamicModule, type Type } from '@nestjs/common';
import { rootLogger } from '@tradein/observability';
import { type BaseServiceConfig } from '../config/base-service.config';
import { ConfigError, loadConfig } from '../config/load-config';
import { ensureDatabase } from '../database/ensure-database';
import { createServiceApp, type ServiceAppOptions } from './create-service-app';
import { installGracefulShutdown } from './graceful-shutdown';
import { startMetricsListener } from './metrics-listener';

export interface BootstrapOptions<C extends BaseServiceConfig> extends ServiceAppOptions {
  configClass: new () => C;
  module: (config: C) => Type<unknown> | DynamicModule;
}

/**
 * main.ts of every service: validated config or exit 1 naming the settings, then database, app, listen;
 * SIGTERM / SIGINT stop it gracefully within SHUTDOWN_GRACE_MS (see graceful-shutdown.ts).
 */
export async function bootstrapService<C extends BaseServiceConfig>(o: BootstrapOptions<C>): Promise<void> {
  let config: C;
  try {
    config = loadConfig(o.configClass, o.serviceName);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const log = rootLogger(o.serviceName, config.LOG_LEVEL);
  try {
    await ensureDatabase(config.DATABASE_URL);
    const app = await createServiceApp(o.module(config), config, o);
    installGracefulShutdown(app, { graceMs: config.SHUTDOWN_GRACE_MS, log });
    // Bootstrap (migrations, relay), then the event consumers (joined before the port answers), then HTTP.
    await app.init();
    await app.startAllMicroservices();
    await app.listen({ port: config.PORT, host: '0.0.0.0' });
    if (config.METRICS_PORT > 0) await startMetricsListener(config.METRICS_PORT);
    log.info({ port: config.PORT, docs: `http://127.0.0.1:${config.PORT}/docs` }, `${o.serviceName} listening`);
  } catch (err) {
    // A production check refusing a development fallback while the app is built names its setting, like loadConfig.
    if (err instanceof ConfigError) console.error(err.message);
    log.fatal({ err }, `${o.serviceName} failed to start`);
    process.exit(1);
  }
}

import { type DataSourceOptions } from 'typeorm';
import { InboxEventEntity, MESSAGING_MIGRATIONS, OutboxEventEntity, PreparingClient } from '@tradein/messaging';
import { type BaseServiceConfig } from '../config/base-service.config';
import { IdempotencyTable1764000000001 } from '../idempotency/idempotency.migration';
import { SafeQueryLogger } from './safe-query-logger';

/** An entity or migration class. */
export type ClassRef = new (...args: never[]) => object;

/** Entities and migrations are listed as classes (no globs): it works the same under any bundler. */
export function typeOrmOptions(config: BaseServiceConfig, entities: ClassRef[], migrations: ClassRef[]): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    entities: [OutboxEventEntity, InboxEventEntity, ...entities],
    migrations: [...MESSAGING_MIGRATIONS, IdempotencyTable1764000000001, ...migrations],
    migrationsTableName: 'typeorm_migrations',
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error', 'warn'],
    logger: new SafeQueryLogger(),
    // PreparingClient: the statements marked `prepared` are parsed once per connection (ADR 0024).
    extra: { max: config.DATABASE_POOL_SIZE, connectionTimeoutMillis: 5000, Client: PreparingClient },
  };
}

import { type Logger as TypeOrmLogger } from 'typeorm';
import { childLogger } from '@tradein/observability';
import { loggableError } from '../errors/database-errors';

/**
 * TypeORM's own error logging prints a failed query with its parameters (bank details, e-mails, names). This one
 * logs the SQL text (parameterised: no values in it) and the SQLSTATE only.
 */
export class SafeQueryLogger implements TypeOrmLogger {
  private readonly out = childLogger('database');

  logQuery(): void {
    /* successful queries are not logged */
  }
  logQuerySlow(time: number, query: string): void {
    this.out.warn({ durationMs: time, sql: query }, 'slow query');
  }
  logQueryError(error: string | Error, query: string): void {
    this.out.error({ error: typeof error === 'string' ? { type: 'string' } : loggableError(error), sql: query }, 'query failed');
  }
  logSchemaBuild(): void {
    /* not used: migrations only */
  }
  logMigration(message: string): void {
    this.out.info({ migration: message }, 'migration');
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.out.warn({ typeorm: typeof message === 'string' ? message : 'warning' }, 'typeorm warning');
  }
}

import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { childLogger } from '@tradein/observability';

/**
 * Server-side prepared statements for the hot paths' SQL (ADR 0024). node-postgres sends an unnamed statement
 * otherwise, which PostgreSQL parses, analyses and plans on every execution: for a quote's statements that was
 * about two thirds of PostgreSQL's CPU (pgbench -M extended vs -M prepared on bench/quotes/quote-create.sql).
 *
 * Opt-in by text: code marks a statement with `prepared(text)` (a constant, or a text kept per shape), and every
 * connection of a pool built with `PreparingClient` sends it named, so each connection parses it once. Marked
 * texts must name their result columns (no `SELECT *` or `RETURNING *` of a table): a prepared statement whose
 * result row changes after a migration fails with "cached plan must not change result type"; a change that
 * leaves its result columns alone is re-planned by PostgreSQL on its own.
 */

/** At most this many texts are marked per process (each is one prepared statement on each connection). */
export const PREPARED_STATEMENT_LIMIT = 256;

const NAMES = new Map<string, string>();
let overLimitReported = false;

/** Marks `text` to be sent as a named prepared statement; returns it unchanged. */
export function prepared(text: string): string {
  if (NAMES.has(text)) return text;
  if (NAMES.size >= PREPARED_STATEMENT_LIMIT) {
    if (!overLimitReported) {
      overLimitReported = true;
      childLogger('prepared-statements').warn(
        { limit: PREPARED_STATEMENT_LIMIT },
        'more statement texts marked as prepared than the limit: the others are sent unnamed (parsed on every execution)',
      );
    }
    return text;
  }
  NAMES.set(text, `tradein_${createHash('sha256').update(text).digest('hex').slice(0, 40)}`);
  return text;
}

/** The prepared statement's name of a marked text, or undefined. */
export function preparedName(text: string): string | undefined {
  return NAMES.get(text);
}

/** How many texts are marked (tests, metrics). */
export function preparedCount(): number {
  return NAMES.size;
}

type QueryCallback = (err: Error | null, result: unknown) => void;

/**
 * node-postgres's client, which sends a marked text as a named statement (Parse once per connection, then Bind
 * and Execute). Given to the pool as its `Client` (TypeORM passes `extra` to pg's Pool): every path that runs SQL
 * on the pool's connections — TypeORM's `query`, a PipelinedTransaction — is covered by the mark alone.
 */
export class PreparingClient extends Client {
  // pg's overloads: (text, values?, callback?) and (config, ...); only a marked text is rewritten.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(config: any, values?: any, callback?: any): any {
    const name = typeof config === 'string' ? NAMES.get(config) : undefined;
    if (name === undefined) return super.query(config, values, callback);
    const cb = (typeof values === 'function' ? values : callback) as QueryCallback | undefined;
    const params = Array.isArray(values) ? (values as unknown[]) : undefined;
    return cb
      ? super.query({ name, text: config as string, values: params }, cb)
      : super.query({ name, text: config as string, values: params });
  }
}

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

/** PostgreSQL's answers after which a connection's prepared statement must be made again. */
const STATEMENT_MISSING = '26000'; // invalid_sql_statement_name: "prepared statement … does not exist"
const RESULT_TYPE_CHANGED = '0A000'; // "cached plan must not change result type" (a result column's type changed)

/**
 * node-postgres's client, which sends a marked text as a named statement (Parse once per connection, then Bind
 * and Execute). Given to the pool as its `Client` (TypeORM passes `extra` to pg's Pool): every path that runs SQL
 * on the pool's connections — TypeORM's `query`, a PipelinedTransaction — is covered by the mark alone.
 *
 * node-postgres never forgets a statement it saw parsed, so a statement the server no longer has (26000) or can no
 * longer run (0A000: a migration changed a result column's type) would fail on this connection for the rest of its
 * life. The execution that meets it fails; the next one parses the statement again, under a new name for 0A000 (the
 * server still holds the old one).
 */
export class PreparingClient extends Client {
  private readonly renamed = new Map<string, string>();

  // pg's overloads: (text, values?, callback?) and (config, ...); only a marked text is rewritten.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(config: any, values?: any, callback?: any): any {
    const base = typeof config === 'string' ? NAMES.get(config) : undefined;
    if (base === undefined) return super.query(config, values, callback);
    const name = this.renamed.get(base) ?? base;
    const cb = (typeof values === 'function' ? values : callback) as QueryCallback | undefined;
    const query = { name, text: config as string, values: Array.isArray(values) ? (values as unknown[]) : undefined };
    if (cb) return super.query(query, (err: Error | null, result: unknown) => cb(this.healed(err, base, name), result));
    return (super.query(query) as Promise<unknown>).catch((err: Error) => {
      throw this.healed(err, base, name);
    });
  }

  private healed<E extends Error | null>(err: E, base: string, name: string): E {
    const code = (err as { code?: string } | null)?.code;
    if (code === STATEMENT_MISSING || code === RESULT_TYPE_CHANGED) {
      const parsed = (this as unknown as { connection: { parsedStatements: Record<string, string> } }).connection.parsedStatements;
      delete parsed[name];
      if (code === RESULT_TYPE_CHANGED) this.renamed.set(base, `${base}_${this.renamed.size + 1}`);
    }
    return err;
  }
}

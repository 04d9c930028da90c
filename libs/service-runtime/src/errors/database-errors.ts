import { QueryFailedError } from 'typeorm';

interface PgError {
  code?: string;
  column?: string;
  table?: string;
  constraint?: string;
  routine?: string;
}

function pgError(e: unknown): PgError | undefined {
  if (e instanceof QueryFailedError) return (e as QueryFailedError & { driverError?: PgError }).driverError;
  // node-postgres' own DatabaseError (what TypeORM's logger is handed): a SQLSTATE and a severity.
  const raw = e as { code?: unknown; severity?: unknown } | null;
  if (e instanceof Error && typeof raw?.code === 'string' && typeof raw.severity === 'string') return e as Error & PgError;
  return undefined;
}

/**
 * PostgreSQL's "data exception" class (SQLSTATE 22xxx: a number beyond its column, text it cannot store, a date
 * out of range, a value that does not parse as the column's type) is the caller's input, not our failure: it is a
 * 400 whatever handler let it through. The transaction it broke has rolled back, so nothing was written.
 */
export function dataExceptionReason(e: unknown): string | undefined {
  const pg = pgError(e);
  if (!pg?.code?.startsWith('22')) return undefined;
  const reasons: Record<string, string> = {
    '22003': 'a number is beyond what can be stored',
    '22001': 'a text value is longer than can be stored',
    '22008': 'a date or time is out of range',
    '22007': 'a date or time is not valid',
    '22P02': 'a value does not have the expected format',
    '22021': 'a text value contains characters that cannot be stored',
    '22P05': 'a text value contains characters that cannot be stored',
  };
  return reasons[pg.code] ?? 'a value cannot be stored';
}

/**
 * What may be logged of an error: never a failed query's parameters or PostgreSQL's message and detail, which
 * quote the values (an IBAN, an e-mail, a name) that broke the query. The SQLSTATE, constraint and table say enough.
 */
export function loggableError(e: unknown): Record<string, unknown> {
  const pg = pgError(e);
  if (pg) {
    return {
      type: 'QueryFailedError',
      sqlState: pg.code,
      constraint: pg.constraint,
      table: pg.table,
      column: pg.column,
      routine: pg.routine,
      stack: stackFrames(e),
    };
  }
  if (e instanceof Error) {
    // A wrapped failure (e.g. the object store's error behind a 503) is logged with what caused it.
    const cause = e.cause instanceof Error ? { cause: { type: e.cause.name, message: e.cause.message } } : {};
    return { type: e.name, message: e.message, stack: e.stack, ...cause };
  }
  return { type: typeof e };
}

function stackFrames(e: unknown): string | undefined {
  const stack = e instanceof Error ? e.stack : undefined;
  // The first line repeats the message (values); the frames do not.
  return stack?.split('\n').slice(1).join('\n');
}

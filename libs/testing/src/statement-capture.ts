import { Socket } from 'node:net';
import { Client } from 'pg';

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** What this process sent to PostgreSQL while a piece of work ran. */
export interface CapturedStatements {
  /** Every statement's text, in the order issued. */
  statements: string[];
  /** The same statements grouped by the socket write that carried them: one group per flight. */
  flights: string[][];
}

/**
 * Records every statement this process sends to PostgreSQL while `work` runs (node-postgres is the driver
 * under TypeORM; the service runs in-process in integration tests), and which statements left together in
 * one socket write (a pipelined flight, ADR 0020).
 */
export async function captureSql(work: () => Promise<void>, withParams?: unknown[][]): Promise<CapturedStatements> {
  const statements: string[] = [];
  const flights: string[][] = [];
  let waiting: string[] = [];
  const pgSockets = new WeakSet<object>();
  const restore: Array<() => void> = [];
  const wrap = (target: object, name: string, before: (self: unknown, args: unknown[]) => void): void => {
    const owner = target as Record<string, Method>;
    const original = owner[name];
    if (typeof original !== 'function') return;
    owner[name] = function (this: unknown, ...args: unknown[]) {
      before(this, args);
      return original.apply(this, args);
    };
    restore.push(() => (owner[name] = original));
  };
  wrap(Client.prototype, 'query', (self, args) => {
    const q = args[0];
    const config = typeof q === 'string' ? { text: q } : (q as { text: string; values?: unknown });
    statements.push(config.text);
    waiting.push(config.text);
    // A prepared statement (ADR 0024) arrives as a config with its values.
    withParams?.push(Array.isArray(args[1]) ? args[1] : Array.isArray(config.values) ? config.values : []);
    const stream = (self as { connection?: { stream?: object } }).connection?.stream;
    if (stream) pgSockets.add(stream);
  });
  const flushed = (self: unknown): void => {
    if (!pgSockets.has(self as object) || !waiting.length) return;
    flights.push(waiting);
    waiting = [];
  };
  wrap(Socket.prototype, '_writev', flushed);
  wrap(Socket.prototype, '_write', flushed);
  try {
    await work();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  if (waiting.length) flights.push(waiting);
  return { statements, flights };
}

/** The statements only (see captureSql). */
export async function captureStatements(work: () => Promise<void>, withParams?: unknown[][]): Promise<string[]> {
  return (await captureSql(work, withParams)).statements;
}

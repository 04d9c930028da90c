import { Client } from 'pg';

type Query = (...args: unknown[]) => unknown;

/**
 * Records the text of every statement this process sends to PostgreSQL while `work` runs (node-postgres
 * is the driver under TypeORM; the service runs in-process in integration tests).
 */
export async function captureStatements(work: () => Promise<void>, withParams?: unknown[][]): Promise<string[]> {
  const seen: string[] = [];
  const proto = Client.prototype as unknown as { query: Query };
  const original = proto.query;
  proto.query = function (this: Client, ...args: unknown[]) {
    const q = args[0];
    seen.push(typeof q === 'string' ? q : (q as { text: string }).text);
    withParams?.push(Array.isArray(args[1]) ? args[1] : []);
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    proto.query = original;
  }
  return seen;
}

import { type Socket } from 'node:net';
import { type Pool, type PoolClient, type QueryResult } from 'pg';
import { type DataSource } from 'typeorm';
import { type PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { runCommitted } from './run-committed';

/**
 * What runs a statement inside the caller's transaction: a TypeORM EntityManager (`manager.query`) or a
 * PipelinedTransaction. Code that only sends SQL (the outbox writer, a price lookup) takes this, so it
 * serves both the ordinary paths and the pipelined hot path.
 */
export interface SqlRunner {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- EntityManager.query's own return type
  query(text: string, parameters?: unknown[]): Promise<any>;
}

/** node-postgres ≥ 8.22: `pipeline` sends queued queries without waiting for earlier answers. */
type PipelineClient = PoolClient & { pipeline?: boolean; connection?: { stream?: Socket } };

/**
 * One transaction on one connection in node-postgres's pipeline mode (ADR 0020): each statement is sent
 * when it is issued, without waiting for the answers of the ones before, and the statements issued in the
 * same tick leave in one socket write. A caller awaits only what it needs to decide (a price, whether an
 * idempotency key is new); statements whose answer nothing depends on are issued and left to the end, where
 * COMMIT follows them in the same flight. Every statement's failure fails the transaction: PostgreSQL
 * refuses what follows a failed statement and answers the COMMIT with a ROLLBACK, and `commit()` throws
 * the first failure, so nothing is half-written.
 */
export class PipelinedTransaction implements SqlRunner {
  private readonly sent: Array<Promise<unknown>> = [];
  private readonly committed: Array<() => void> = [];
  private holding = false;
  private ended = false;
  private committing = false;
  /** The first statement that failed, known as soon as its answer (or the driver's refusal) arrives. */
  private failure: unknown;

  constructor(private readonly client: PipelineClient) {}

  /** Sends a statement now; resolves with its rows. Rejected once COMMIT or ROLLBACK has been sent. */
  query<R = Record<string, unknown>>(text: string, parameters?: unknown[]): Promise<R[]> {
    const refused = this.ended
      ? new Error('a statement was issued after the pipelined transaction ended')
      : typeof text !== 'string' || (parameters !== undefined && !Array.isArray(parameters))
        ? new TypeError('a statement needs its text and an array of parameters')
        : undefined;
    if (refused) {
      if (!this.ended) this.failure ??= refused; // a late statement does not undo what was already decided
      const rejected = Promise.reject(refused);
      rejected.catch(() => undefined); // a late `void tx.query(...)` must not become an unhandled rejection
      return rejected;
    }
    const rows = this.send(text, parameters).then((r) => r.rows as R[]);
    rows.catch(() => undefined); // observed by commit()/settle(); the caller may also await it
    this.sent.push(rows);
    return rows;
  }

  /**
   * COMMIT after everything sent, in the same flight; throws the first failed statement's error. A failure
   * already known (one the driver refused before sending, which the server never saw) sends ROLLBACK instead.
   */
  async commit(): Promise<void> {
    if (this.failure !== undefined) {
      await this.rollback();
      throw this.failure;
    }
    this.committing = true;
    const answer = this.end('COMMIT');
    const failure = await this.firstFailure();
    const result = await answer;
    if (failure) throw failure;
    // PostgreSQL answers COMMIT of an aborted transaction with ROLLBACK (no error).
    if (result.command !== 'COMMIT') throw new Error(`the transaction was rolled back (COMMIT answered ${result.command})`);
    runCommitted(this.committed.splice(0));
  }

  /** Runs `fn` once COMMIT has succeeded; never when the transaction rolls back. */
  afterCommit(fn: () => void): void {
    if (this.ended) throw new Error('afterCommit after the pipelined transaction ended');
    if (!this.committed.includes(fn)) this.committed.push(fn);
  }

  async rollback(): Promise<void> {
    if (this.ended) return;
    const answer = this.end('ROLLBACK');
    await this.firstFailure();
    await answer;
  }

  /** Resolves once every statement sent has its answer (the connection is idle again). */
  async settle(): Promise<void> {
    await this.firstFailure();
  }

  get isEnded(): boolean {
    return this.ended;
  }

  private end(statement: 'COMMIT' | 'ROLLBACK'): Promise<QueryResult> {
    const answer = this.send(statement);
    this.ended = true;
    this.sent.push(answer.catch(() => undefined));
    return answer;
  }

  private async firstFailure(): Promise<unknown> {
    const settled = await Promise.allSettled(this.sent);
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    return failed?.reason;
  }

  /**
   * The callback form: node-postgres calls it synchronously when it refuses a statement before sending it (a
   * parameter it cannot encode), so commit() knows before it sends COMMIT. A failure on this side after COMMIT
   * was sent (an answer it cannot read) closes the connection: the server must not be left to commit on its own.
   */
  private send(text: string, parameters?: unknown[]): Promise<QueryResult> {
    this.holdWritesForThisTick();
    return new Promise<QueryResult>((resolve, reject) => {
      this.client.query(text, parameters ?? [], (err: Error | null, result: QueryResult) => {
        if (!err) return resolve(result);
        this.failure ??= err;
        if (this.committing && !('severity' in err)) this.client.connection?.stream?.destroy();
        reject(err);
      });
    });
  }

  /**
   * node-postgres corks the socket around each statement's messages; corking it once more until the next
   * tick makes the statements issued together one write (one syscall, one wake-up of the server).
   */
  private holdWritesForThisTick(): void {
    const stream = this.client.connection?.stream;
    if (this.holding || typeof stream?.cork !== 'function') return;
    this.holding = true;
    stream.cork();
    process.nextTick(() => {
      this.holding = false;
      stream.uncork();
    });
  }
}

/**
 * Runs `work` in a PipelinedTransaction on a connection of `pool` (TypeORM's pool: the same connections,
 * switched to pipeline mode only while this transaction holds one). START TRANSACTION leaves with the
 * work's first statements; COMMIT with its last. A throw from `work` rolls everything back.
 */
export async function inPipelinedTransaction<T>(pool: Pool, work: (tx: PipelinedTransaction) => Promise<T>): Promise<T> {
  const client = (await pool.connect()) as PipelineClient;
  let broken: Error | undefined;
  // pg-pool stops listening while a client is checked out: a connection lost now must not become an uncaught 'error'.
  const onError = (err: Error): void => {
    broken ??= err;
  };
  client.on('error', onError);
  const wasPipelined = client.pipeline;
  client.pipeline = true;
  const tx = new PipelinedTransaction(client);
  try {
    void tx.query('START TRANSACTION');
    const result = await work(tx);
    await tx.commit();
    return result;
  } catch (err) {
    await tx.rollback().catch((e: Error) => (broken = e));
    throw err;
  } finally {
    await tx.settle();
    client.pipeline = wasPipelined;
    client.removeListener('error', onError);
    client.release(broken);
  }
}

/** TypeORM's pg pool of a DataSource: the connections an inPipelinedTransaction borrows. */
export function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as PostgresDriver).master as Pool;
}

import {
  type DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';
import { PipelinedTransaction } from './pipelined-transaction';

/** Where a transaction's after-commit callbacks wait: TypeORM's per-query-runner user data. */
const CALLBACKS = Symbol('after-commit callbacks');
type RunnerData = Record<string | symbol, unknown> & { [CALLBACKS]?: Array<() => void> };

/**
 * Runs the callbacks queued on a query runner once its outermost transaction has committed (TypeORM broadcasts
 * after a savepoint's release too: those wait for the outer COMMIT); drops them when it rolls back.
 */
class AfterCommitSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (event.queryRunner.isTransactionActive) return;
    const data = event.queryRunner.data as RunnerData;
    const callbacks = data[CALLBACKS];
    delete data[CALLBACKS];
    callbacks?.forEach((fn) => fn());
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) delete (event.queryRunner.data as RunnerData)[CALLBACKS];
  }
}

const subscribed = new WeakSet<DataSource>();

/**
 * Runs `fn` once the transaction `manager` belongs to has committed, and never if it rolls back. For a TypeORM
 * transaction the DataSource gets, once, a subscriber that runs them; a PipelinedTransaction runs them itself.
 */
export function afterCommit(manager: EntityManager | PipelinedTransaction, fn: () => void): void {
  if (manager instanceof PipelinedTransaction) {
    manager.afterCommit(fn);
    return;
  }
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('afterCommit needs a transaction');
  if (!subscribed.has(manager.connection)) {
    subscribed.add(manager.connection);
    manager.connection.subscribers.push(new AfterCommitSubscriber());
  }
  const data = runner.data as RunnerData;
  (data[CALLBACKS] ??= []).push(fn);
}

import {
  type DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';
import { PipelinedTransaction } from './pipelined-transaction';
import { runCommitted } from './run-committed';

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
    if (callbacks) runCommitted(callbacks);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) delete (event.queryRunner.data as RunnerData)[CALLBACKS];
  }
}

/** Added once per DataSource (checked in its list: `initialize()` builds a new list). */
function subscribe(dataSource: DataSource): void {
  if (!dataSource.subscribers.some((s) => s instanceof AfterCommitSubscriber)) dataSource.subscribers.push(new AfterCommitSubscriber());
}

/**
 * Runs `fn` once the transaction `manager` belongs to has committed, and never if it rolls back; the same `fn`
 * queued twice on one transaction runs once. For a TypeORM transaction the DataSource gets, once, a subscriber that
 * runs them; a PipelinedTransaction runs them itself.
 */
export function afterCommit(manager: EntityManager | PipelinedTransaction, fn: () => void): void {
  if (manager instanceof PipelinedTransaction) {
    manager.afterCommit(fn);
    return;
  }
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('afterCommit needs a transaction');
  subscribe(manager.connection);
  const data = runner.data as RunnerData;
  const callbacks = (data[CALLBACKS] ??= []);
  if (!callbacks.includes(fn)) callbacks.push(fn); // one wake-up per transaction, however many appends
}

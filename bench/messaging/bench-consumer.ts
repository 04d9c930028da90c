/**
 * The consuming service of the messaging bench, on its own thread (its own event loop and core, as the consuming
 * service is its own process in production): the real EventConsumer path through MessagingRuntime, with a handler
 * writing one effect row per event in the inbox transaction. It posts [eventId, committedAt] pairs back to the
 * bench, stamped when the handler's COMMIT returned (wall-clock ms, comparable across threads).
 */
import { performance } from 'node:perf_hooks';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { DataSource, type QueryRunner } from 'typeorm';
import { TradeInCancelled } from '@tradein/contracts';
import { InboxEventEntity, MessagingRuntime, OutboxEventEntity, PreparingClient, type RegisteredHandler } from '@tradein/messaging';

export interface BenchConsumerSetup {
  dbUrl: string;
  brokers: string[];
  namespace: string;
  groupId: string;
  partitions: number;
}

const now = (): number => performance.timeOrigin + performance.now();

/** Inbox row + one effect row in one transaction; `done` hears the moment the COMMIT returned. */
export function benchHandler(done: (eventId: string, at: number) => void): RegisteredHandler {
  return {
    name: 'BenchRecorder.handle',
    definition: TradeInCancelled,
    handle: async (event, ctx) => {
      await ctx.manager.query('INSERT INTO bench_effect (event_id) VALUES ($1)', [event.eventId]);
      // EntityManager.transaction commits through this per-transaction query runner: stamp after COMMIT returns.
      const qr = ctx.manager.queryRunner as QueryRunner;
      const commit = qr.commitTransaction.bind(qr);
      qr.commitTransaction = async () => {
        await commit();
        done(event.eventId, now());
      };
    },
  };
}

/** Starts the consumer thread; resolves once its group has joined. `stop()` ends it cleanly. */
export async function startBenchConsumer(setup: BenchConsumerSetup, doneAt: Map<string, number>): Promise<{ stop: () => Promise<void> }> {
  const worker = new Worker(__filename, { workerData: setup, execArgv: process.execArgv });
  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (m: 'ready' | Array<[string, number]>) => {
      if (m === 'ready') resolve();
      else for (const [id, at] of m) doneAt.set(id, at);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`bench consumer exited with ${code} before it was ready`)));
  });
  await ready;
  return {
    stop: async () => {
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('stop');
      await exited;
    },
  };
}

/**
 * The bench's pools, as the services' (ADR 0024: hot statements prepared per connection); BENCH_PREPARED=false
 * leaves them unnamed, to measure what preparing saves in one run after another.
 */
export function benchPoolExtra(max: number): { max: number; Client?: typeof PreparingClient } {
  return process.env['BENCH_PREPARED'] === 'false' ? { max } : { max, Client: PreparingClient };
}

async function runInWorker(setup: BenchConsumerSetup): Promise<void> {
  const port = parentPort!;
  const ds = new DataSource({
    type: 'postgres',
    url: setup.dbUrl,
    entities: [OutboxEventEntity, InboxEventEntity],
    extra: benchPoolExtra(10),
  });
  await ds.initialize();
  let pending: Array<[string, number]> = [];
  const flush = (): void => {
    if (!pending.length) return;
    port.postMessage(pending);
    pending = [];
  };
  const flusher = setInterval(flush, 2);
  const runtime = new MessagingRuntime(ds, {
    serviceName: 'bench-consumer',
    brokers: setup.brokers,
    topicNamespace: setup.namespace,
    groupId: setup.groupId,
    relay: false,
    partitionsConsumedConcurrently: setup.partitions,
  });
  await runtime.start([benchHandler((id, at) => pending.push([id, at]))]);
  port.on('message', (m) => {
    if (m !== 'stop') return;
    void (async () => {
      await runtime.stop().catch((err) => console.error('bench consumer stop failed', err));
      flush();
      clearInterval(flusher);
      await ds.destroy().catch(() => undefined);
      process.exit(0);
    })();
  });
  port.postMessage('ready');
}

if (parentPort && (workerData as BenchConsumerSetup | undefined)?.dbUrl) {
  runInWorker(workerData as BenchConsumerSetup).catch((err) => {
    console.error('bench consumer failed', err);
    process.exit(1);
  });
}

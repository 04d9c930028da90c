import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, type EntityManager } from 'typeorm';
import { TradeInCancelled, type TradeInCancelledPayload } from '@tradein/contracts';
import { createNamespace, createTestDatabase, deleteNamespace, testInfra } from '@tradein/testing';
import { InboxEventEntity } from '@tradein/messaging';
import { createKafka } from '@tradein/messaging';
import { MessagingRuntime } from '@tradein/messaging';
import { type MessagingOptions } from '@tradein/messaging';
import { MESSAGING_MIGRATIONS } from '@tradein/messaging';
import { OutboxEventEntity } from '@tradein/messaging';
import { OutboxWriter } from '@tradein/messaging';
import { PreparingClient } from '@tradein/messaging';
import { newEvent } from '@tradein/messaging';
import { type RelayOptions } from '@tradein/messaging';

/** A real database and topic namespace for the backbone's own integration tests (no Nest needed). */
export async function messagingHarness(partitions = 3) {
  const db = await createTestDatabase('messaging');
  const dataSource = new DataSource({
    type: 'postgres',
    url: db.url,
    entities: [OutboxEventEntity, InboxEventEntity],
    migrations: [...MESSAGING_MIGRATIONS],
    migrationsRun: true,
    // As the services run them: one transaction per migration (a concurrent index build runs outside any).
    migrationsTransactionMode: 'each',
    extra: { max: 10, Client: PreparingClient }, // as the services' pools (ADR 0024)
  });
  await dataSource.initialize();
  await dataSource.query('CREATE TABLE effect (event_id uuid NOT NULL, note text)');
  const brokers = testInfra().brokers;
  const kafka = createKafka('messaging-test', brokers);
  const namespace = await createNamespace(kafka, undefined, partitions);
  const runtimes: MessagingRuntime[] = [];
  const writer = new OutboxWriter('quote-service');

  const runtime = (opts: Partial<MessagingOptions> = {}, relay: Partial<RelayOptions> = {}) => {
    const rt = new MessagingRuntime(
      dataSource,
      {
        serviceName: 'quote-service',
        brokers,
        topicNamespace: namespace,
        groupId: `g-${randomUUID()}`,
        relayPollMs: 200,
        retryBackoffMs: 20,
        maxAttempts: 3,
        ...opts,
      },
      relay,
    );
    runtimes.push(rt);
    return rt;
  };

  const cancelled = (tradeInId: string, reason: string) =>
    newEvent(TradeInCancelled, { tradeInId, partnerId: 'partner-a' }, { reason } as TradeInCancelledPayload);

  const append = async (events: ReturnType<typeof cancelled>[], after?: (m: EntityManager) => Promise<void>) =>
    dataSource.transaction(async (m) => {
      const written = await writer.append(m, events);
      await after?.(m);
      return written;
    });

  const effects = async (): Promise<Array<{ event_id: string; note: string }>> => dataSource.query('SELECT event_id, note FROM effect');

  /** Whether the relay marked the event published within `ms`. */
  const publishedWithin = async (eventId: string, ms: number): Promise<boolean> => {
    for (const until = Date.now() + ms; Date.now() < until; await sleep(25)) {
      const [row]: Array<{ published: boolean }> = await dataSource.query(
        'SELECT published_at IS NOT NULL AS published FROM outbox_event WHERE event_id = $1',
        [eventId],
      );
      if (row?.published) return true;
    }
    return false;
  };

  return {
    dataSource,
    kafka,
    namespace,
    runtime,
    cancelled,
    append,
    effects,
    publishedWithin,
    async close() {
      for (const rt of runtimes) await rt.stop().catch(() => undefined);
      await dataSource.destroy();
      await db.drop();
      await deleteNamespace(kafka, namespace).catch(() => undefined);
    },
  };
}

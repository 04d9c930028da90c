import { setTimeout as sleep } from 'node:timers/promises';
import { type Kafka } from 'kafkajs';
import { type Service, SERVICE_NAMES } from '../platform-client';
import { NamespaceGroups, counterTotal } from './consumer-groups';

/**
 * Waits until the platform has nothing left in flight: no service has an unpublished outbox event and no
 * consumer group has an unread message, seen twice in a row (the relay reports its backlog about once a
 * second, and a handler may emit while the first look runs). This replaces "wait a few seconds" before
 * asserting that something did NOT happen.
 */
export async function settle(kafka: Kafka, namespace: string, url: (s: Service) => string, timeoutMs = 60_000): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const groups = new NamespaceGroups(admin, namespace);
    await groups.discover(SERVICE_NAMES.length);
    const deadline = Date.now() + timeoutMs;
    let quietLooks = 0;
    while (quietLooks < 2) {
      if (Date.now() > deadline) throw new Error(`platform not settled after ${timeoutMs} ms: lag ${JSON.stringify(await groups.lag())}`);
      const pending = await Promise.all(
        SERVICE_NAMES.map(async (s) => counterTotal(await (await fetch(`${url(s)}/metrics`)).text(), 'messaging_relay_pending_events')),
      );
      const lag = await groups.lag();
      quietLooks = pending.every((n) => n === 0) && Object.keys(lag).length === 0 ? quietLooks + 1 : 0;
      await sleep(1200);
    }
  } finally {
    await admin.disconnect();
  }
}

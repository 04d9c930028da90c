import { setTimeout as sleep } from 'node:timers/promises';

const TRANSIENT = /UNKNOWN_TOPIC_OR_PARTITION|does not host this topic-partition|LEADER_NOT_AVAILABLE|There is no leader/i;

/**
 * Topic metadata propagates to the broker's metadata cache a moment after creation: calls made in
 * that window fail with UNKNOWN_TOPIC_OR_PARTITION. Retries only that, for a bounded time.
 */
export async function retryUnknownTopic<T>(work: () => Promise<T>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let delay = 100;
  for (;;) {
    try {
      return await work();
    } catch (err) {
      const text = `${(err as Error).name ?? ''} ${(err as Error).message ?? ''} ${(err as { type?: string }).type ?? ''}`;
      if (!TRANSIENT.test(text) || Date.now() > deadline) throw err;
      await sleep(delay);
      delay = Math.min(delay * 2, 1000);
    }
  }
}

import { type Kafka } from 'kafkajs';
import { counterTotal } from '../acceptance/consumer-groups';
import { SERVICE_NAMES } from '../platform-client';
import { type Cluster } from './cluster';
import { type LagReader } from './monitor';

export interface ReplayResult {
  redelivered: Record<string, number>;
  violations: string[];
  ms: number;
}

/**
 * Replays every topic from the earliest offset to every consumer group: all replicas stop (their consumers
 * leave their groups), every group is rewound, all start again and read their whole history. Nothing may be
 * applied, published or dead-lettered (summed over each service's replicas), no topic may grow, and the
 * snapshot the caller takes before and after must be equal.
 */
export async function replayEverything(
  kafka: Kafka,
  lag: LagReader,
  cluster: Cluster,
  restartEnv: () => Record<string, string>,
  timeoutMs: number,
): Promise<ReplayResult> {
  const started = Date.now();
  const groups = await lag.discover();
  const watermarks = await groups.highWatermarks();
  await cluster.stopAll();
  await groups.waitEmpty(90_000);
  await groups.resetToEarliest(kafka);
  const redelivered = await groups.backlog();
  // All at once: migrations are done, so no replica waits for another.
  await Promise.all(cluster.replicas.map((r) => cluster.start(r, restartEnv())));
  await groups.waitCaughtUp(timeoutMs);
  const violations: string[] = [];
  for (const s of SERVICE_NAMES) {
    const texts = await Promise.all(cluster.of(s).map(async (r) => (await fetch(`${cluster.url(r)}/metrics`)).text()));
    const sum = (name: string) => texts.reduce((n, t) => n + counterTotal(t, name), 0);
    if (sum('messaging_consumed_total')) violations.push(`replay: ${s} applied ${sum('messaging_consumed_total')} event(s) again`);
    if (sum('messaging_published_total')) violations.push(`replay: ${s} published ${sum('messaging_published_total')} event(s)`);
    if (sum('messaging_dead_lettered_total'))
      violations.push(`replay: ${s} dead-lettered ${sum('messaging_dead_lettered_total')} event(s)`);
    const skipped = sum('messaging_duplicates_skipped_total');
    const want = redelivered[`${groups.namespace}.${s}`] ?? 0;
    if (skipped < want) violations.push(`replay: ${s} skipped ${skipped} duplicates, but ${want} messages were redelivered`);
  }
  const after = await groups.highWatermarks();
  for (const [topic, w] of Object.entries(watermarks))
    if (after[topic] !== w) violations.push(`replay: ${topic} grew from ${w} to ${after[topic]}`);
  return { redelivered, violations, ms: Date.now() - started };
}

import { allTopics } from '@tradein/contracts';
import { createKafka, ensureTopics, physicalTopic } from '@tradein/messaging';

/**
 * Creates every topic of the event registry and its dead-letter topic, idempotently.
 * KAFKA_TOPIC_PARTITIONS (default 3) sets the partition count of new topics; more partitions let
 * more consumer replicas share the load. KAFKA_TOPIC_NAMESPACE prefixes the names.
 */
async function main(): Promise<void> {
  const brokers = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:19092').split(',');
  const partitions = Number(process.env['KAFKA_TOPIC_PARTITIONS'] ?? '3');
  if (!Number.isInteger(partitions) || partitions < 1) throw new Error('KAFKA_TOPIC_PARTITIONS must be a positive integer');
  const namespace = process.env['KAFKA_TOPIC_NAMESPACE'] || undefined;
  const topics = allTopics().map((t) => physicalTopic(t, namespace));
  const created = await ensureTopics(createKafka('tradein-topics', brokers), topics, partitions);
  console.log(`[topics] ${topics.length} topics present (${created.length} created, ${partitions} partitions each for new ones)`);
}

main().catch((err) => {
  console.error(`[topics] failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

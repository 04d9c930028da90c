import { type Kafka } from 'kafkajs';
import { retryUnknownTopic } from './retry-unknown-topic';

/** Creates missing topics (auto-create is off on the broker); existing ones are left as they are. */
export async function ensureTopics(kafka: Kafka, topics: string[], numPartitions = 3): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length) {
      await retryUnknownTopic(() =>
        admin.createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({ topic, numPartitions, replicationFactor: 1 })),
        }),
      );
    }
    // Wait until the broker serves metadata for every topic, so producers and consumers can use them.
    await retryUnknownTopic(async () => {
      const meta = await admin.fetchTopicMetadata({ topics });
      const leaderless = meta.topics.filter((t) => !t.partitions.length || t.partitions.some((p) => p.leader < 0));
      if (leaderless.length) throw new Error(`LEADER_NOT_AVAILABLE for ${leaderless.map((t) => t.name).join(', ')}`);
    });
    return missing;
  } finally {
    await admin.disconnect();
  }
}

import { type Kafka } from 'kafkajs';

/** Creates missing topics (auto-create is off on the broker); existing ones are left as they are. */
export async function ensureTopics(kafka: Kafka, topics: string[], numPartitions = 3): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions, replicationFactor: 1 })),
      });
    }
    return missing;
  } finally {
    await admin.disconnect();
  }
}

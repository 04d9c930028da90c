import { definitionForTopic } from '@tradein/contracts';
import { createKafka, replayDeadLetters } from '@tradein/messaging';

/**
 * npm run dlt:replay -- <topic> [--reason HANDLER_FAILED,INVALID] [--key TRADE_IN_ID,...] [--dry-run]
 * Re-drives a topic's dead letters once their cause is fixed. KAFKA_BROKERS and KAFKA_TOPIC_NAMESPACE
 * as for the services.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const topic = args.find((a) => !a.startsWith('--'));
  const opt = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (!topic || !definitionForTopic(topic)) {
    console.error(
      'usage: npm run dlt:replay -- <registry topic, e.g. tradein.quote.accepted.v1> [--reason R1,R2] [--key K1,K2] [--dry-run]',
    );
    process.exit(2);
  }
  const brokers = (process.env['KAFKA_BROKERS'] ?? `127.0.0.1:${process.env['KAFKA_PORT'] ?? '19092'}`).split(',');
  const report = await replayDeadLetters(createKafka('tradein-dlt-replay', brokers), {
    topic,
    namespace: process.env['KAFKA_TOPIC_NAMESPACE'] || undefined,
    reasons: opt('reason')?.split(','),
    keys: opt('key')?.split(','),
    dryRun: args.includes('--dry-run'),
  });
  console.log(
    `[dlt] ${topic}: read ${report.read}, ${args.includes('--dry-run') ? 'would replay' : 'replayed'} ${report.replayed}, skipped ${report.skipped}`,
  );
}

main().catch((err) => {
  console.error(`[dlt] failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

import { Kafka, type LogEntry, logLevel, type logCreator } from 'kafkajs';
import { childLogger } from '@tradein/observability';

/**
 * kafkajs warns at every start that an idempotent producer with bounded retries may lose exactly-once
 * semantics. We use no Kafka transactions: the relay re-sends every row not marked published and consumers
 * deduplicate through the inbox, so the bound is intended and the warning is expected (debug).
 */
const EXPECTED_WARNINGS = new Set(['Limiting retries for the idempotent producer may invalidate EoS guarantees']);

const toPino: logCreator = () => {
  const log = childLogger('kafkajs');
  return ({ level, log: entry }: LogEntry) => {
    const { message, ...rest } = entry;
    if (EXPECTED_WARNINGS.has(message)) log.debug(rest, message);
    else if (level <= logLevel.ERROR) log.error(rest, message);
    else if (level === logLevel.WARN) log.warn(rest, message);
    else log.debug(rest, message);
  };
};

/** kafkajs stays behind this library so a client switch is one library's change (docs/design/TOOLCHAIN.md). */
export function createKafka(clientId: string, brokers: string[]): Kafka {
  return new Kafka({
    clientId,
    brokers,
    logLevel: logLevel.WARN,
    logCreator: toPino,
    connectionTimeout: 3000,
    requestTimeout: 30000,
    retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 5000 },
  });
}

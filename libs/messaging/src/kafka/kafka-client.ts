import { Kafka, type LogEntry, logLevel, type logCreator } from 'kafkajs';
import { childLogger } from '@tradein/observability';

const toPino: logCreator = () => {
  const log = childLogger('kafkajs');
  return ({ level, log: entry }: LogEntry) => {
    const { message, ...rest } = entry;
    if (level <= logLevel.ERROR) log.error(rest, message);
    else if (level === logLevel.WARN) log.warn(rest, message);
    else log.debug(rest, message);
  };
};

/** kafkajs stays behind this library so a client switch is one library's change (TOOLCHAIN.md). */
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

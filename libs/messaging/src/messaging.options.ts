import { type ClassifyHandlerFailure } from './consumer/handler-failure';
import { type RetentionOptions } from './retention/messaging-retention';

export interface MessagingOptions {
  /** Producer name in envelopes, e.g. `quote-service`. */
  serviceName: string;
  brokers: string[];
  /** Consumer group; defaults to the service name (prefixed with the topic namespace when there is one). */
  groupId?: string;
  /** Optional prefix for every topic (isolates test runs and tenants of a shared cluster). */
  topicNamespace?: string;
  /** Start the outbox relay in this process (default true). */
  relay?: boolean;
  /** Start the consumers in this process (default true). */
  consumers?: boolean;
  /** Handler attempts before a message goes to its dead-letter topic (default 3). */
  maxAttempts?: number;
  /** Which handler failures are permanent (dead-lettered at once, with their code); default: none. */
  classifyFailure?: ClassifyHandlerFailure;
  /** First retry delay; doubles per attempt (default 200 ms). */
  retryBackoffMs?: number;
  /** Relay polling fallback when no NOTIFY arrives (default 1000 ms). */
  relayPollMs?: number;
  relayBatchSize?: number;
  /** Partitions consumed in parallel by one consumer (default 3). */
  partitionsConsumedConcurrently?: number;
  /** Messages of one partition a consumer applies per transaction at most (default 50; 1 = one per transaction). */
  consumerBatchSize?: number;
  /** Retention of published outbox rows and inbox rows (ADR 0022); started with the relay. Defaults: DEFAULT_RETENTION. */
  retention?: Partial<RetentionOptions>;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

/** Topic name as it exists on the cluster. */
export function physicalTopic(topic: string, namespace?: string): string {
  return namespace ? `${namespace}.${topic}` : topic;
}

/** Registry topic name from a cluster topic name. */
export function logicalTopic(topic: string, namespace?: string): string {
  return namespace && topic.startsWith(`${namespace}.`) ? topic.slice(namespace.length + 1) : topic;
}

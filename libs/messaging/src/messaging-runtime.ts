import { type Kafka, type Producer, Partitioners } from 'kafkajs';
import { type DataSource } from 'typeorm';
import { childLogger } from '@tradein/observability';
import { EventConsumer } from './consumer/event-consumer';
import { type RegisteredHandler } from './consumer/handler-context';
import { createKafka } from './kafka/kafka-client';
import { type MessagingOptions, physicalTopic } from './messaging.options';
import { OutboxWriter } from './outbox/outbox-writer';
import { OutboxRelay, type RelayOptions } from './relay/outbox-relay';
import { MessagingRetention } from './retention/messaging-retention';

/**
 * The backbone of one service process, usable with or without Nest (tests and benchmarks use it bare).
 * One idempotent producer (acks=all, one request in flight so retries cannot reorder a key) serves
 * the relay and the dead-letter path.
 */
export class MessagingRuntime {
  readonly kafka: Kafka;
  readonly producer: Producer;
  readonly outbox: OutboxWriter;
  readonly relay: OutboxRelay;
  readonly retention: MessagingRetention;
  private consumer?: EventConsumer;
  private producerConnected = false;
  private readonly log = childLogger('messaging');

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: MessagingOptions,
    relayOptions: Partial<RelayOptions> = {},
  ) {
    this.kafka = createKafka(options.serviceName, options.brokers);
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.outbox = new OutboxWriter(options.serviceName);
    this.relay = new OutboxRelay(dataSource, this.producer, {
      topicNamespace: options.topicNamespace,
      batchSize: options.relayBatchSize,
      pollMs: options.relayPollMs,
      ...relayOptions,
    });
    this.retention = new MessagingRetention(dataSource, options.retention);
  }

  /** The relay and consumers together (tests and benchmarks using the backbone without Nest). */
  async start(handlers: RegisteredHandler[]): Promise<void> {
    await this.startBackbone();
    await this.startConsumers(handlers);
  }

  /** The producer and the outbox relay: at the app's bootstrap (MessagingLifecycle). Idempotent. */
  async startBackbone(): Promise<void> {
    if (!this.producerConnected) {
      await this.producer.connect();
      this.producerConnected = true;
    }
    if (this.options.relay !== false) {
      await this.relay.start();
      // This process's writers wake its relay after their commits, without a NOTIFY in each (ADR 0025).
      this.outbox.useLocalRelay(() => this.relay.notify());
      // Where the relay runs, old rows are pruned too: every replica of a service that writes an outbox.
      this.retention.start();
    }
  }

  /**
   * The consumer of these handlers, once the group is joined; under Nest, from KafkaEventTransport.listen,
   * i.e. after the app's bootstrap. Needs the producer (dead letters), so starts the backbone if needed.
   */
  async startConsumers(handlers: RegisteredHandler[]): Promise<void> {
    if (this.consumer) return;
    await this.startBackbone();
    if (this.options.consumers !== false && handlers.length) {
      this.consumer = new EventConsumer(this.kafka, this.producer, this.dataSource, this.outbox, handlers, {
        // A namespace is its own world: sharing a group id across namespaces would make Kafka hand one
        // namespace's partitions to a member subscribed to another's (and they'd never be consumed).
        groupId: this.options.groupId ?? physicalTopic(this.options.serviceName, this.options.topicNamespace),
        topicNamespace: this.options.topicNamespace,
        maxAttempts: this.options.maxAttempts,
        retryBackoffMs: this.options.retryBackoffMs,
        classifyFailure: this.options.classifyFailure,
        partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently,
        batchSize: this.options.consumerBatchSize,
      });
      await this.consumer.start();
    }
  }

  /**
   * Consumers first (each finishes the message in hand and commits the offsets of what it applied or
   * dead-lettered, then leaves its group), then the relay (its pass in flight ends), then the producer
   * both used. Each step is logged, so a shutdown that hangs names the step.
   */
  async stop(): Promise<void> {
    await this.stopConsumers();
    await this.retention.stop();
    // Commits from now on NOTIFY: another replica's relay publishes them.
    this.outbox.useLocalRelay(undefined);
    await this.relay.stop();
    if (this.options.relay !== false) this.log.info('shutdown: relay stopped');
    if (this.producerConnected) await this.producer.disconnect();
    this.producerConnected = false;
  }

  /** Each consumer finishes the message in hand, commits what it applied or dead-lettered, leaves its group. */
  async stopConsumers(): Promise<void> {
    if (!this.consumer) return;
    await this.consumer.stop();
    this.consumer = undefined;
    this.log.info('shutdown: consumers stopped, offsets committed');
  }
}

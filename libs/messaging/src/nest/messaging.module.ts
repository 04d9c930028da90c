import {
  type BeforeApplicationShutdown,
  type DynamicModule,
  Global,
  Injectable,
  Module,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MessagingRuntime } from '../messaging-runtime';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options';
import { OutboxWriter } from '../outbox/outbox-writer';

/**
 * Runs the backbone for the app's lifetime: producer and outbox relay from bootstrap on. The consumers are the
 * Kafka event transport's (KafkaEventTransport, started by app.startAllMicroservices() after bootstrap).
 */
@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(private readonly runtime: MessagingRuntime) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.runtime.startBackbone();
  }

  /** Before any module's shutdown hook, so consumers and relay stop while the database is still open. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.runtime.stop();
  }
}

@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        {
          provide: MessagingRuntime,
          inject: [DataSource, MESSAGING_OPTIONS],
          useFactory: (ds: DataSource, opts: MessagingOptions) => new MessagingRuntime(ds, opts),
        },
        { provide: OutboxWriter, inject: [MessagingRuntime], useFactory: (rt: MessagingRuntime) => rt.outbox },
        MessagingLifecycle,
      ],
      exports: [MessagingRuntime, OutboxWriter, MESSAGING_OPTIONS],
    };
  }
}

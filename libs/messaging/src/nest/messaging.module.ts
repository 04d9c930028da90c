import {
  type BeforeApplicationShutdown, type DynamicModule, Global, Injectable, Module, type OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { type EventDefinition } from '@tradein/contracts';
import { type EventHandlerFn, type RegisteredHandler } from '../consumer/handler-context';
import { MessagingRuntime } from '../messaging-runtime';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options';
import { OutboxWriter } from '../outbox/outbox-writer';
import { ON_EVENT_METADATA } from './on-event.decorator';

/** Finds @OnEvent methods and runs the backbone for the app's lifetime. */
@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly runtime: MessagingRuntime,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  handlers(): RegisteredHandler[] {
    const found: RegisteredHandler[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(proto)) {
        const fn = (instance as Record<string, unknown>)[method];
        if (typeof fn !== 'function') continue;
        const definition = this.reflector.get<EventDefinition | undefined>(ON_EVENT_METADATA, fn as () => void);
        if (!definition) continue;
        found.push({
          name: `${instance.constructor.name}.${method}`,
          definition,
          handle: (fn as EventHandlerFn).bind(instance),
        });
      }
    }
    return found;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runtime.start(this.handlers());
  }

  /** Before any module's shutdown hook, so the relay and consumers stop while the database is still open. */
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
      imports: [DiscoveryModule],
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


import { type CustomTransportStrategy, type MessageHandler, Server } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import { type EventEnvelope } from '@tradein/contracts';
import { type HandlerContext, type RegisteredHandler } from '../consumer/handler-context';
import { type MessagingRuntime } from '../messaging-runtime';
import { KafkaEventContext } from './kafka-event-context';
import { EVENT_HANDLER_EXTRAS, type EventHandlerExtras } from './on-event.decorator';

/**
 * libs/messaging as a Nest custom transport (ADR 0001): Nest registers every `@EventPattern` (`@OnEvent`) method
 * of the app's controllers here, wrapped in its pipes, guards, interceptors and filters; `listen` hands them to
 * the backbone's consumer, which keeps every guarantee of its own (validation against the registry, the inbox
 * row in the handler's transaction, bounded retries, dead letters with headers, per-key order, traces).
 * Started by `app.startAllMicroservices()` once the app is bootstrapped (createServiceApp connects it).
 */
export class KafkaEventTransport extends Server implements CustomTransportStrategy {
  constructor(private readonly runtime: MessagingRuntime) {
    super();
  }

  /** Each Nest handler of each pattern, as the consumer's units: one inbox row, retry and dead letter per handler. */
  registeredHandlers(): RegisteredHandler[] {
    const found: RegisteredHandler[] = [];
    for (const head of this.getHandlers().values()) {
      // Nest chains the event handlers of one pattern and would run the whole chain from its head; the
      // consumer applies each on its own (its own transaction and inbox row), so the chain is unlinked.
      const chain: MessageHandler[] = [];
      for (let h: MessageHandler | undefined = head; h; h = h.next) chain.push(h);
      for (const handler of chain) {
        handler.next = undefined;
        const extras = (handler.extras as Record<string, EventHandlerExtras | undefined> | undefined)?.[EVENT_HANDLER_EXTRAS];
        if (!extras) throw new Error('an @EventPattern without @OnEvent: the Kafka event transport needs the event definition');
        found.push({ name: extras.handlerName, definition: extras.definition, handle: (event, ctx) => this.invoke(handler, event, ctx) });
      }
    }
    return found;
  }

  async listen(callback: (err?: unknown) => void): Promise<void> {
    try {
      await this.runtime.startConsumers(this.registeredHandlers());
      callback();
    } catch (err) {
      callback(err);
    }
  }

  async close(): Promise<void> {
    await this.runtime.stopConsumers();
  }

  /** No transport events of its own: the consumer's state is in its logs and metrics. */
  on(): void {
    return undefined;
  }

  unwrap<T>(): T {
    return this.runtime.kafka as T;
  }

  private async invoke(handler: MessageHandler, event: EventEnvelope<object>, ctx: HandlerContext): Promise<void> {
    const result: unknown = await handler(event, new KafkaEventContext(ctx));
    await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
  }
}

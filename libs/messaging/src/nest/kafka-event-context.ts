import { BaseRpcContext } from '@nestjs/microservices';
import { type EntityManager } from 'typeorm';
import { type EventDefinition, type EventEnvelope } from '@tradein/contracts';
import { type HandlerContext } from '../consumer/handler-context';

/**
 * The `@Ctx()` of an event handler: the HandlerContext of the unit being applied (its transaction, which
 * also holds the inbox row, the outbox writer and the attempt), as a Nest RPC context.
 */
export class KafkaEventContext extends BaseRpcContext<[HandlerContext]> implements HandlerContext {
  constructor(private readonly handlerContext: HandlerContext) {
    super([handlerContext]);
  }

  get manager(): EntityManager {
    return this.handlerContext.manager;
  }

  get attempt(): number {
    return this.handlerContext.attempt;
  }

  emit<P extends object>(
    definition: EventDefinition<P>,
    payload: P,
    ids?: { tradeInId?: string; partnerId?: string },
  ): Promise<EventEnvelope<P>> {
    return this.handlerContext.emit(definition, payload, ids);
  }
}

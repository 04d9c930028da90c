import { type ArgumentsHost, Catch, type RpcExceptionFilter, UseFilters } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';
import { type Observable, throwError } from 'rxjs';
import { type EventDefinition } from '@tradein/contracts';

/** What the Kafka event transport reads from an @EventPattern's extras. */
export interface EventHandlerExtras {
  definition: EventDefinition;
  /** The inbox key of this handler, `Class.method`: stable across deployments, so redeliveries stay no-ops. */
  handlerName: string;
}

export const EVENT_HANDLER_EXTRAS = 'tradein:event-handler';

/**
 * An ordinary Nest `@EventPattern` on the registry topic of one event, carried by the Kafka event transport
 * (KafkaEventTransport): the method receives the validated envelope (`@Payload()`, or the first argument) and
 * its KafkaEventContext (`@Ctx()`, or the second), and Nest's pipes, guards and interceptors apply. The class
 * is a controller of its module.
 */
export const OnEvent =
  (definition: EventDefinition): MethodDecorator =>
  (target, key, descriptor) => {
    const extras: EventHandlerExtras = { definition, handlerName: `${target.constructor.name}.${String(key)}` };
    EventPattern(definition.topic, { [EVENT_HANDLER_EXTRAS]: extras })(target, key, descriptor);
    UseFilters(new PassEventErrorsThrough())(target, key, descriptor);
  };

/**
 * Nest's default RPC filter logs any error and turns it into `{ status: 'error', message: 'Internal server
 * error' }`; the consumer needs the error itself (its message goes into the retry log and the dead letter's
 * headers), so every event handler hands it back unchanged.
 */
@Catch()
export class PassEventErrorsThrough implements RpcExceptionFilter {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}

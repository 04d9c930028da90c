import { SetMetadata } from '@nestjs/common';
import { type EventDefinition } from '@tradein/contracts';

export const ON_EVENT_METADATA = Symbol('tradein:on-event');

/** Marks a provider method as the handler of one registered event (see HandlerContext). */
export const OnEvent = (definition: EventDefinition): MethodDecorator => SetMetadata(ON_EVENT_METADATA, definition);

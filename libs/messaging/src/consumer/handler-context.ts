import { type EntityManager } from 'typeorm';
import { type EventDefinition, type EventEnvelope } from '@tradein/contracts';

export interface HandlerContext {
  /** The transaction that also holds this event's inbox row: commit means "applied exactly once". */
  readonly manager: EntityManager;
  /** Appends an event caused by the one being handled (same correlation id, causation = its event id). */
  emit<P extends object>(
    definition: EventDefinition<P>,
    payload: P,
    ids?: { tradeInId?: string; partnerId?: string },
  ): Promise<EventEnvelope<P>>;
  /** 1 on first delivery to this handler, higher on retries after a failure. */
  readonly attempt: number;
}

export type EventHandlerFn = (event: EventEnvelope<object>, ctx: HandlerContext) => Promise<void>;

export interface RegisteredHandler {
  /** Unique per service: the inbox key, e.g. `DeviceGradedHandler.handle`. */
  name: string;
  definition: EventDefinition;
  handle: EventHandlerFn;
}

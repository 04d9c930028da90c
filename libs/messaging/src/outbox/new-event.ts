import { randomUUID } from 'node:crypto';
import { type EventDefinition, type NewEvent } from '@tradein/contracts';

export interface EventContext {
  tradeInId: string;
  partnerId: string;
  correlationId?: string;
  causationId?: string | null;
}

/** Builds an event of a registered definition; the correlation id starts a new chain when none is given. */
export function newEvent<P extends object>(definition: EventDefinition<P>, ctx: EventContext, payload: P): NewEvent<P> {
  return {
    type: definition.type,
    version: definition.version,
    tradeInId: ctx.tradeInId,
    partnerId: ctx.partnerId,
    correlationId: ctx.correlationId ?? randomUUID(),
    causationId: ctx.causationId ?? null,
    payload,
  };
}

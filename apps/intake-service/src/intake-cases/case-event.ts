import { type EventDefinition, type NewEvent } from '@tradein/contracts';
import { newEvent } from '@tradein/messaging';
import { type IntakeCase } from './intake-case.entity';

/**
 * An event about one trade-in, carrying the trade-in's correlation id so its whole story can be
 * followed across services; `causationId` is the event that caused it, when one did.
 */
export function caseEvent<P extends object>(
  c: Pick<IntakeCase, 'tradeInId' | 'partnerId' | 'correlationId'>,
  definition: EventDefinition<P>,
  payload: P,
  at: Date,
  causationId?: string,
): NewEvent<P> {
  return {
    ...newEvent(
      definition,
      { tradeInId: c.tradeInId, partnerId: c.partnerId, correlationId: c.correlationId, causationId: causationId ?? null },
      payload,
    ),
    occurredAt: at.toISOString(),
  };
}

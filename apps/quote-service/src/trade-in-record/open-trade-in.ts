import { randomUUID } from 'node:crypto';
import { type QuoteEntity } from './quote.entity';
import { initialFacts } from './state/apply-trade-in-input';
import { type TradeInEntity } from './trade-in.entity';
import { type TradeInTimelineEntity } from './trade-in-timeline.entity';

/** The rows that open a trade-in: the record itself and its first timeline entry. */
export interface OpenedTradeIn {
  readonly tradeIn: TradeInEntity;
  readonly timeline: Omit<TradeInTimelineEntity, 'id'>;
}

/**
 * The one place a trade-in record is created: from its quote, in the state machine's initial facts (QUOTED), with
 * everything later steps fill in still empty. The caller inserts the rows in its own transaction (create-quote
 * writes them with the quote in one statement); every later change goes through TradeInRecorder.
 */
export function openTradeIn(quote: QuoteEntity, now: Date, cause: string): OpenedTradeIn {
  const facts = initialFacts();
  const tradeIn: TradeInEntity = {
    id: quote.tradeInId,
    quoteId: quote.id,
    partnerId: quote.partnerId,
    storeId: quote.storeId,
    ...facts,
    quoteExpiresAt: quote.expiresAt,
    acceptedAt: null,
    shipBy: null,
    payoutMethod: null,
    payoutDestinationRef: null,
    revisedOfferPolicy: null,
    autoAcceptWithinPercent: null,
    customer: null,
    sellerRef: null,
    correlationId: randomUUID(),
    gradeId: null,
    gradedCondition: null,
    offer: null,
    respondBy: null,
    storeDiscrepancyMinor: null,
    createdAt: now,
    updatedAt: now,
  };
  const timeline: Omit<TradeInTimelineEntity, 'id'> = {
    tradeInId: tradeIn.id,
    at: now,
    fromState: null,
    toState: facts.state,
    outcome: 'APPLIED',
    cause,
    eventId: null,
    detail: null,
  };
  return { tradeIn, timeline };
}

import { IsIn, IsString, Length } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';

export class TradeInExpiredPayload {
  @IsIn(['SHIP_BY_PASSED']) reason!: 'SHIP_BY_PASSED';
  @IsString() @Length(1, 64) quoteId!: string;
}

export const TradeInExpired = defineEvent({
  type: 'tradein.trade-in.expired',
  version: 1,
  payload: TradeInExpiredPayload,
  producer: 'quote-service',
  description: 'An accepted trade-in was not shipped by its ship-by date: it is EXPIRED and its unused label must be voided.',
});

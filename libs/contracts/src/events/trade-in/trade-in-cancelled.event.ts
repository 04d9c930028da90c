import { IsString, Length } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';

export class TradeInCancelledPayload {
  @IsString() @Length(1, 64) reason!: string;
}

export const TradeInCancelled = defineEvent({
  type: 'tradein.trade-in.cancelled',
  version: 1,
  payload: TradeInCancelledPayload,
  producer: 'quote-service',
  description: 'A trade-in was cancelled before the device was received (by the partner or ops).',
});

import { IsIn, IsString, Length } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';

export class OfferDeclinedPayload {
  @IsString() @Length(1, 64) quoteId!: string;
  @IsIn(['CUSTOMER_DECLINED', 'NO_ANSWER_FREE_RETURN']) reason!: 'CUSTOMER_DECLINED' | 'NO_ANSWER_FREE_RETURN';
}

export const OfferDeclined = defineEvent({
  type: 'tradein.offer.declined',
  version: 1,
  payload: OfferDeclinedPayload,
  producer: 'quote-service',
  description: 'The revised offer was declined (or lapsed under a free-return policy): intake ships the device back.',
});

import { IsDateString, IsString, Length } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';

export class ReturnDeliveredPayload {
  @IsString() @Length(1, 64) shipmentId!: string;
  @IsString() @Length(1, 64) carrier!: string;
  @IsString() @Length(1, 64) trackingNumber!: string;
  @IsDateString() at!: string;
}

export const ReturnDelivered = defineEvent({
  type: 'tradein.return.delivered',
  version: 1,
  payload: ReturnDeliveredPayload,
  producer: 'intake-service',
  description: 'The returned device was delivered to its owner.',
});

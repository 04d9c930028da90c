import { IsDateString, IsString, Length } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';

export class ReturnShippedPayload {
  @IsString() @Length(1, 64) shipmentId!: string;
  @IsString() @Length(1, 64) carrier!: string;
  @IsString() @Length(1, 64) trackingNumber!: string;
  @IsDateString() at!: string;
}

export const ReturnShipped = defineEvent({
  type: 'tradein.return.shipped',
  version: 1,
  payload: ReturnShippedPayload,
  producer: 'intake-service',
  description: 'A return label was issued and the device shipped back to its owner (insured, tracked, paid by us).',
});

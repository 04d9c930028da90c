import { IsString, Length } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';

export class PayoutHeldPayload {
  @IsString() @Length(1, 64) payoutId!: string;
  @IsString() @Length(1, 64) reasonCode!: string;
}

export const PayoutHeld = defineEvent({
  type: 'tradein.payout.held',
  version: 1,
  payload: PayoutHeldPayload,
  producer: 'payout-service',
  description: 'A payout is held for ops (identity verification at the DAC7 thresholds, velocity rule, financed device).',
});

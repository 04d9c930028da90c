import { IsBoolean, IsIn, IsInt, IsString, Length, Min } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { PAYOUT_METHODS, type PayoutMethod } from '../../shared/enums';

export class PayoutFailedPayload {
  @IsString() @Length(1, 64) payoutId!: string;
  @IsIn(PAYOUT_METHODS) method!: PayoutMethod;
  @IsString() @Length(1, 64) reasonCode!: string;
  @IsInt() @Min(1) attempts!: number;
  /** False once retries are exhausted or ops cancelled: the payout needs a human. */
  @IsBoolean() willRetry!: boolean;
}

export const PayoutFailed = defineEvent({
  type: 'tradein.payout.failed',
  version: 1,
  payload: PayoutFailedPayload,
  producer: 'payout-service',
  description: 'A payout attempt failed; willRetry says whether the service retries on its own.',
});

import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsString, Length, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { PAYOUT_METHODS, type PayoutMethod } from '../../shared/enums';
import { MoneyDto } from '../../shared/money.dto';

export class PayoutCompletedPayload {
  @IsString() @Length(1, 64) payoutId!: string;
  @ValidateNested() @Type(() => MoneyDto) amount!: MoneyDto;
  @IsIn(PAYOUT_METHODS) method!: PayoutMethod;
  @IsString() @Length(1, 128) providerReference!: string;
  @IsDateString() paidAt!: string;
}

export const PayoutCompleted = defineEvent({
  type: 'tradein.payout.completed',
  version: 1,
  payload: PayoutCompletedPayload,
  producer: 'payout-service',
  description: 'The seller was paid the final amount, exactly once.',
});

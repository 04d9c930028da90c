import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { DeviceRefDto } from '../../shared/device-ref.dto';
import { FULFILMENTS, MARKETS, PAYOUT_METHODS, type Fulfilment, type Market, type PayoutMethod } from '../../shared/enums';
import { MoneyDto } from '../../shared/money.dto';

export class OfferFinalizedPayload {
  @IsString() @Length(1, 64) quoteId!: string;
  @ValidateNested() @Type(() => DeviceRefDto) device!: DeviceRefDto;
  @IsIn(MARKETS) market!: Market;
  @IsIn(FULFILMENTS) fulfilment!: Fulfilment;
  @ValidateNested() @Type(() => MoneyDto) quotedAmount!: MoneyDto;
  /** What the seller is paid, bonus included. */
  @ValidateNested() @Type(() => MoneyDto) finalAmount!: MoneyDto;
  /** Part of finalAmount funded by the partner's promotion (zero when none). */
  @ValidateNested() @Type(() => MoneyDto) bonusAmount!: MoneyDto;
  @IsIn(PAYOUT_METHODS) payoutMethod!: PayoutMethod;
  @IsOptional() @IsString() @Length(1, 128) payoutDestinationRef?: string;
  @IsString() @Length(1, 128) sellerRef!: string;
  @IsOptional() @IsString() @Length(1, 64) storeId?: string;
  @IsOptional() @IsString() @Length(1, 64) programId?: string;
  /** How the final amount came about. */
  @IsIn(['AS_QUOTED', 'WITHIN_TOLERANCE', 'REPRICED_HIGHER', 'REVISED_ACCEPTED', 'REVISED_AUTO_ACCEPTED', 'STORE_AS_GIVEN'])
  basis!: 'AS_QUOTED' | 'WITHIN_TOLERANCE' | 'REPRICED_HIGHER' | 'REVISED_ACCEPTED' | 'REVISED_AUTO_ACCEPTED' | 'STORE_AS_GIVEN';
  @IsOptional() @IsString() @Length(1, 64) gradeId?: string;
  @IsOptional() @IsBoolean() storeDiscrepancy?: boolean;
}

export const OfferFinalized = defineEvent({
  type: 'tradein.offer.finalized',
  version: 1,
  payload: OfferFinalizedPayload,
  producer: 'quote-service',
  description: 'The final amount is settled: payout pays it and grading releases the device into stock.',
});

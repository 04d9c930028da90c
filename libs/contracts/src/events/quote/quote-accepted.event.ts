import { Type } from 'class-transformer';
import { IsArray, IsDateString, IsIn, IsInt, IsObject, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { DeviceRefDto } from '../../shared/device-ref.dto';
import {
  FULFILMENTS,
  MARKETS,
  PAYOUT_METHODS,
  REVISED_OFFER_POLICIES,
  type Fulfilment,
  type Market,
  type PayoutMethod,
  type RevisedOfferPolicy,
} from '../../shared/enums';
import { MoneyDto } from '../../shared/money.dto';

export class QuoteAcceptedPayload {
  @IsString() @Length(1, 64) quoteId!: string;
  @ValidateNested() @Type(() => DeviceRefDto) device!: DeviceRefDto;
  @IsIn(MARKETS) market!: Market;
  @ValidateNested() @Type(() => MoneyDto) quotedAmount!: MoneyDto;
  @IsInt() @Min(1) priceTableVersion!: number;
  @IsIn(FULFILMENTS) fulfilment!: Fulfilment;
  @IsOptional() @IsString() @Length(1, 64) storeId?: string;
  @IsDateString() shipBy!: string;
  @IsIn(PAYOUT_METHODS) payoutMethod!: PayoutMethod;
  /** Opaque reference to payout details held by the payout service; never raw bank details. */
  @IsOptional() @IsString() @Length(1, 128) payoutDestinationRef?: string;
  @IsIn(REVISED_OFFER_POLICIES) revisedOfferPolicy!: RevisedOfferPolicy;
  @IsOptional() @IsInt() @Min(0) @Max(100) autoAcceptWithinPercent?: number;
  /** Pseudonymous seller reference (stable across partners), for limits and custody; no personal data. */
  @IsString() @Length(1, 128) sellerRef!: string;
  /** The seller's declared condition: questionnaire answers by question code. */
  @IsObject() declaredCondition!: Record<string, string>;
  @IsOptional() @IsArray() @IsString({ each: true }) declaredAccessories?: string[];
}

export const QuoteAccepted = defineEvent({
  type: 'tradein.quote.accepted',
  version: 1,
  payload: QuoteAcceptedPayload,
  producer: 'quote-service',
  description: 'The customer accepted a quote: the trade-in is ACCEPTED with its fulfilment, payout method and ship-by date.',
});

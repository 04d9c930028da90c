import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, Length, Min, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { DeviceRefDto } from '../../shared/device-ref.dto';
import { MARKETS, type Market } from '../../shared/enums';
import { MoneyDto } from '../../shared/money.dto';

export class QuoteCreatedPayload {
  @IsString() @Length(1, 64) quoteId!: string;
  @ValidateNested() @Type(() => DeviceRefDto) device!: DeviceRefDto;
  @IsIn(MARKETS) market!: Market;
  @ValidateNested() @Type(() => MoneyDto) amount!: MoneyDto;
  @IsInt() @Min(1) priceTableVersion!: number;
  @IsDateString() expiresAt!: string;
  @IsOptional() @IsString() @Length(1, 64) storeId?: string;
  @IsOptional() @IsString() @Length(1, 64) programId?: string;
}

export const QuoteCreated = defineEvent({
  type: 'tradein.quote.created',
  version: 1,
  payload: QuoteCreatedPayload,
  producer: 'quote-service',
  description: 'A priced quote was issued; the price is locked with its price-table version until expiresAt.',
});

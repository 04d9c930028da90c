import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsDateString, IsString, Length, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { MoneyDto } from '../../shared/money.dto';

export class OfferRevisedPayload {
  @IsString() @Length(1, 64) quoteId!: string;
  @ValidateNested() @Type(() => MoneyDto) quotedAmount!: MoneyDto;
  @ValidateNested() @Type(() => MoneyDto) revisedAmount!: MoneyDto;
  @IsArray() @ArrayMinSize(1) @IsString({ each: true }) reasonCodes!: string[];
  @IsArray() @IsString({ each: true }) evidenceRefs!: string[];
  @IsDateString() respondBy!: string;
  @IsString() @Length(1, 64) gradeId!: string;
}

export const OfferRevised = defineEvent({
  type: 'tradein.offer.revised',
  version: 1,
  payload: OfferRevisedPayload,
  producer: 'quote-service',
  description: 'Grading found the device worse than quoted beyond tolerance: a lower offer with reasons, evidence and respondBy.',
});

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import {
  FULFILMENTS,
  PAYOUT_METHODS,
  REVISED_OFFER_POLICIES,
  type Fulfilment,
  type PayoutMethod,
  type RevisedOfferPolicy,
} from '@tradein/contracts';

/** Minimal personal data: a name and an e-mail to reach the seller; nothing else. */
export class CustomerDto {
  @ApiProperty({ example: 'Camille Martin' }) @IsString() @Length(1, 120) name!: string;
  @ApiProperty({ example: 'camille@example.com' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @Length(3, 254)
  email!: string;
}

export class PayoutChoiceDto {
  @ApiProperty({ enum: PAYOUT_METHODS, example: 'BANK_TRANSFER' }) @IsIn(PAYOUT_METHODS) method!: PayoutMethod;
  @ApiPropertyOptional({
    example: 'pd_8c1f',
    description: 'Opaque reference to payout details held by the payout service; never bank details',
  })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  destinationRef?: string;
}

export class RevisedOfferPolicyDto {
  @ApiProperty({ enum: REVISED_OFFER_POLICIES, example: 'AUTO_ACCEPT_WITHIN' }) @IsIn(REVISED_OFFER_POLICIES) policy!: RevisedOfferPolicy;
  @ApiPropertyOptional({
    example: 10,
    description: 'For AUTO_ACCEPT_WITHIN: the largest drop (in %) the customer accepts without being asked',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  withinPercent?: number;
}

export class AcceptQuoteDto {
  @ApiProperty({ type: CustomerDto }) @ValidateNested() @Type(() => CustomerDto) customer!: CustomerDto;
  @ApiProperty({ enum: FULFILMENTS, example: 'MAIL_IN' }) @IsIn(FULFILMENTS) fulfilment!: Fulfilment;
  @ApiProperty({ type: PayoutChoiceDto }) @ValidateNested() @Type(() => PayoutChoiceDto) payout!: PayoutChoiceDto;
  @ApiProperty({ type: RevisedOfferPolicyDto })
  @ValidateNested()
  @Type(() => RevisedOfferPolicyDto)
  revisedOfferPolicy!: RevisedOfferPolicyDto;
}

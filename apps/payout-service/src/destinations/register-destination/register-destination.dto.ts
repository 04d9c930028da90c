import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CURRENCIES, type CurrencyCode } from '@tradein/contracts';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { BANK_SCHEMES, type BankScheme } from '../bank-details/bank-details';

/**
 * A seller's bank account, registered before acceptance; the answer is a reference to pass as
 * payoutDestinationRef. Formats are checked here, checksums and currency by the domain (bank-details.ts).
 */
export class RegisterDestinationDto {
  @ApiProperty({ enum: BANK_SCHEMES }) @IsIn(BANK_SCHEMES) scheme!: BankScheme;
  @ApiProperty({ enum: CURRENCIES }) @IsIn(CURRENCIES) currency!: CurrencyCode;
  @ApiProperty() @IsString() @Length(1, 140) holderName!: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,128}$/, { message: 'sellerRef must be an identifier' })
  sellerRef?: string;
  @ApiPropertyOptional({ description: 'scheme IBAN' }) @IsOptional() @IsString() @Length(1, 64) iban?: string;
  @ApiPropertyOptional({ description: 'scheme US_ACH' }) @IsOptional() @IsString() @Length(1, 32) routingNumber?: string;
  @ApiPropertyOptional({ description: 'schemes US_ACH and GB_FPS' }) @IsOptional() @IsString() @Length(1, 32) accountNumber?: string;
  @ApiPropertyOptional({ description: 'scheme GB_FPS' }) @IsOptional() @IsString() @Length(1, 16) sortCode?: string;
}

export interface DestinationView {
  destinationRef: string;
  scheme: BankScheme;
  currency: CurrencyCode;
  /** The only form of the account that ever leaves the service. */
  masked: string;
  partnerId: string | null;
  sellerRef: string | null;
}

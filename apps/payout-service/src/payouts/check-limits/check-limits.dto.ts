import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto, PAYOUT_METHODS, type PayoutMethod } from '@tradein/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';

/** "Would this payout be held?", asked before acceptance (e.g. at the till, to ask for ID at once). */
export class CheckLimitsDto {
  @ApiProperty() @IsString() @Matches(/^[A-Za-z0-9_-]{1,128}$/, { message: 'sellerRef must be an identifier' }) sellerRef!: string;
  @ApiProperty({ type: MoneyDto }) @ValidateNested() @Type(() => MoneyDto) amount!: MoneyDto;
  @ApiProperty({ enum: PAYOUT_METHODS }) @IsIn(PAYOUT_METHODS) method!: PayoutMethod;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,128}$/, { message: 'destinationRef must be an identifier' })
  destinationRef?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'programId must be an identifier' })
  programId?: string;
}

export interface CheckLimitsView {
  wouldHold: boolean;
  reasons: string[];
  /** The seller's calendar year so far, as DAC7 counts it. */
  sellerYear: { trades: number; eurMinor: string };
  thresholds: { trades: number; eurMinor: string };
}

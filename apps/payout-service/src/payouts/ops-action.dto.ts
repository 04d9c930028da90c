import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';

/** Every manual action says why: the audit record keeps it. */
export class OpsActionDto {
  @ApiProperty({ minLength: 3, maxLength: 500 }) @IsString() @Length(3, 500) reason!: string;
}

export class ReleaseHoldDto extends OpsActionDto {
  /** Ops checked the seller's identity (DAC7): their other payouts this year are not held for it again. */
  @ApiPropertyOptional() @IsOptional() @IsBoolean() identityVerified?: boolean;
}

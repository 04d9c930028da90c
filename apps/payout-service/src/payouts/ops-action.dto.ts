import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';

/** Every manual action says why: the audit record keeps it. */
export class OpsActionDto {
  @IsString() @Length(3, 500) reason!: string;
}

export class ReleaseHoldDto extends OpsActionDto {
  /** Ops checked the seller's identity (DAC7): their other payouts this year are not held for it again. */
  @IsOptional() @IsBoolean() identityVerified?: boolean;
}

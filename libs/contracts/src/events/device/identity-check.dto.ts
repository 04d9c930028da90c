import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

/** The identity read from the device itself and what the checks found. */
export class DeviceIdentityDto {
  @IsOptional() @Matches(/^\d{15}$/, { message: 'imei must be 15 digits' }) imei?: string;
  @IsOptional() @IsString() @Length(4, 40) serialNumber?: string;
  @IsOptional() @IsString() @Length(1, 80) detectedModelId?: string;
  @IsIn(['CLEAR', 'BLOCKED', 'FINANCED_UNPAID', 'UNKNOWN']) blockListStatus!: 'CLEAR' | 'BLOCKED' | 'FINANCED_UNPAID' | 'UNKNOWN';
  @IsBoolean() activationLock!: boolean;
  @IsBoolean() mdmEnrolled!: boolean;
  @IsBoolean() duplicateOpenTradeIn!: boolean;
}

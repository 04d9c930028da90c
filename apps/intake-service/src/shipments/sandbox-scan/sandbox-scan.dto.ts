import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { SANDBOX_SCAN_CODES } from '../carrier/sandbox-carrier.adapter';

export class SandboxScanDto {
  @ApiProperty()
  @IsString()
  @Matches(/^[A-Z0-9]{6,40}$/, { message: 'trackingNumber must be 6 to 40 capital letters or digits' })
  trackingNumber: string;
  @ApiProperty({ enum: Object.keys(SANDBOX_SCAN_CODES) }) @IsIn(Object.keys(SANDBOX_SCAN_CODES)) code: string;
  @ApiPropertyOptional({ description: 'Carrier time of the scan; now when left out' }) @IsOptional() @IsDateString() occurredAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) detail?: string;
}

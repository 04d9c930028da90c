import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

export class ReceiveBoxDto {
  @ApiProperty({ description: 'The tracking number scanned from the box' })
  @IsString()
  @Matches(/^[A-Z0-9]{6,40}$/, { message: 'trackingNumber must be 6 to 40 capital letters or digits' })
  trackingNumber: string;
}

export class ScanBoxDeviceDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 40) imei?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 40) serialNumber?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';

export class DockReceiptDto {
  @ApiProperty({ description: 'The tracking number scanned from the parcel' })
  @IsString()
  @Matches(/^[A-Z0-9]{6,40}$/, { message: 'trackingNumber must be 6 to 40 capital letters or digits' })
  trackingNumber: string;

  @ApiProperty({ description: 'Parcel weight on the dock scale, in grams: evidence for an empty-parcel claim' })
  @IsInt()
  @Min(0)
  @Max(50_000)
  parcelWeightGrams: number;

  @ApiProperty({
    description: 'Refs of the unboxing photos uploaded with POST /v1/evidence (`sha256:<hex>`, at least one)',
    type: [String],
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'evidenceRefs must hold at least one unboxing reference' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  evidenceRefs: string[];

  @ApiPropertyOptional({ description: 'The parcel held no device: the trade-in is suspended for investigation' })
  @IsOptional()
  @IsBoolean()
  emptyParcel?: boolean;

  @ApiPropertyOptional({ description: 'IMEI (15 digits) or IMEISV (16) read from the device' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  imei?: string;

  @ApiPropertyOptional({ description: 'Serial number, for devices without an IMEI' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  serialNumber?: string;

  @ApiPropertyOptional({ description: 'Activation lock (Find My, Google FRP) found on: mandatory unless the parcel is empty' })
  @ValidateIf((o: DockReceiptDto) => !o.emptyParcel)
  @IsBoolean()
  activationLock?: boolean;

  @ApiPropertyOptional({ description: 'MDM enrolment found: mandatory unless the parcel is empty' })
  @ValidateIf((o: DockReceiptDto) => !o.emptyParcel)
  @IsBoolean()
  mdmEnrolled?: boolean;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsObject, IsOptional, IsString, Length, Matches } from 'class-validator';

export class StoreIntakeDto {
  @ApiProperty()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'tradeInId must be an identifier' })
  tradeInId: string;

  @ApiPropertyOptional({ description: 'IMEI read from the device (*#06#); mandatory for smartphones' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  imei?: string;

  @ApiPropertyOptional({ description: 'Serial number, for devices without an IMEI' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  serialNumber?: string;

  /** Validated after the model comparison (see StoreIntakeService), so a wrong model is reported first. */
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Mandatory guided checks: POWERS_ON, SCREEN, LOCKS, ACCESSORIES',
    example: { POWERS_ON: 'YES', SCREEN: 'INTACT', LOCKS: 'NONE', ACCESSORIES: 'COMPLETE' },
  })
  @IsObject()
  checks: Record<string, unknown>;

  @ApiPropertyOptional({ type: [String], description: 'Photo references taken at the counter' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  evidenceRefs?: string[];
}

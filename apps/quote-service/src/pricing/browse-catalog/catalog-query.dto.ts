import { ApiPropertyOptional } from '@nestjs/swagger';
import { PureQueryValidation } from '@tradein/service-runtime';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { DEVICE_CATEGORIES, MARKETS, type DeviceCategory, type Market } from '@tradein/contracts';

/** Validated once per query string (@PureQueryValidation): the widget's shoppers repeat a few queries. */
@PureQueryValidation()
export class CatalogQueryDto {
  @ApiPropertyOptional({ enum: DEVICE_CATEGORIES, example: 'console' })
  @IsOptional()
  @IsIn(DEVICE_CATEGORIES)
  category?: DeviceCategory;

  @ApiPropertyOptional({ example: 'Sony' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  brand?: string;

  @ApiPropertyOptional({ example: 'playstation 5', description: 'Every word must match brand or name' })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  q?: string;

  @ApiPropertyOptional({ example: '35391110', description: '8-digit type allocation code (the first 8 digits of an IMEI)' })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'tac must be 8 digits' })
  tac?: string;

  @ApiPropertyOptional({
    enum: MARKETS,
    example: 'FR',
    description: "Adds each variant's top-condition price in this market (current price table)",
  })
  @IsOptional()
  @IsIn(MARKETS)
  market?: Market;
}

import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { DEVICE_CATEGORIES, type DeviceCategory } from './enums';

/** Which device a trade-in is about, as quoted (catalog identifiers, not free text). */
export class DeviceRefDto {
  @IsString()
  @Length(1, 80)
  modelId!: string;

  @IsOptional()
  @IsString()
  @Length(1, 80)
  variantId?: string;

  @IsIn(DEVICE_CATEGORIES)
  category!: DeviceCategory;

  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'tacCodes must be 8-digit type allocation codes' })
  tac?: string;
}

export class LocationDto {
  @IsIn(['SITE', 'STORE'])
  type!: 'SITE' | 'STORE';

  @IsString()
  @Length(1, 64)
  id!: string;
}

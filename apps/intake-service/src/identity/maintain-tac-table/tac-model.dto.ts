import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { DEVICE_CATEGORIES, type DeviceCategory } from '@tradein/contracts';

export class PutTacModelDto {
  @ApiProperty()
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: 'modelId must be a catalog id (lowercase, digits, dashes)' })
  modelId: string;
  @ApiProperty() @IsString() @Length(1, 64) brand: string;
  @ApiProperty() @IsString() @Length(1, 120) name: string;
  @ApiProperty({ enum: DEVICE_CATEGORIES }) @IsIn(DEVICE_CATEGORIES) category: DeviceCategory;
}

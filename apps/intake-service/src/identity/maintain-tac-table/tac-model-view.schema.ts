import { ApiProperty } from '@nestjs/swagger';
import { DEVICE_CATEGORIES } from '@tradein/contracts';
import { type TacModel } from '../tac-model.entity';

/** Every field of TacModel, whatever its type here (JSON turns dates into strings): keeps the two in step. */
type TacModelFields = { [K in keyof TacModel]: unknown };

/** One row of the TAC → model table (TacModel as answered). */
export class TacModelSchema implements TacModelFields {
  @ApiProperty({ pattern: '^\\d{8}$', example: '35390811' }) tac: string;
  @ApiProperty({ example: 'apple-iphone-13' }) modelId: string;
  @ApiProperty({ example: 'Apple' }) brand: string;
  @ApiProperty({ example: 'iPhone 13' }) name: string;
  @ApiProperty({ enum: DEVICE_CATEGORIES, enumName: 'DeviceCategory' }) category: string;
  @ApiProperty({ enum: ['SEED', 'CATALOG', 'OPS'], description: 'OPS rows win over seed and catalog rows.' }) source: string;
  @ApiProperty({ example: 'ops-1' }) updatedBy: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

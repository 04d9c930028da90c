import { ApiProperty } from '@nestjs/swagger';

/** The documented shapes of the price table answers (price-tables.controller.ts). */
export class UploadedPriceTableSchema {
  @ApiProperty({ type: 'integer', minimum: 1, example: 2, description: 'The new immutable version.' }) version: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 4130 }) rowCount: number;
  @ApiProperty({ enum: ['CSV', 'JSON'] }) source: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PriceTableVersionSchema extends UploadedPriceTableSchema {
  @ApiProperty({ example: 'ops-1', description: 'The staff subject that uploaded it.' }) uploadedBy: string;
}

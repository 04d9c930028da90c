import { ApiProperty } from '@nestjs/swagger';

/** The documented shapes of the price table answers (price-tables.controller.ts). */
export class UploadedPriceTableSchema {
  @ApiProperty({ type: 'integer', minimum: 1, example: 2, description: 'The new immutable version.' }) version: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 4130 }) rowCount: number;
  @ApiProperty({ enum: ['CSV', 'JSON'] }) source: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** A stored version: SEED is the one the first migration wrote. */
export class PriceTableVersionSchema {
  @ApiProperty({ type: 'integer', minimum: 1, example: 2 }) version: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 4130 }) rowCount: number;
  @ApiProperty({ enum: ['CSV', 'JSON', 'SEED'] }) source: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ example: 'ops-1', description: "The staff subject that uploaded it ('migration' for SEED)." }) uploadedBy: string;
}

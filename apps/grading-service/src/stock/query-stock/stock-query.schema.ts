import { ApiProperty } from '@nestjs/swagger';

class StockCountSchema {
  @ApiProperty({ example: 'apple-iphone-13-128gb-B' }) sku: string;
  @ApiProperty({ example: 'B' }) marketplaceGrade: string;
  @ApiProperty({ example: 'SITE-1' }) siteId: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) count: number;
}

class StockItemSchema {
  @ApiProperty({ format: 'uuid' }) stockItemId: string;
  @ApiProperty() tradeInId: string;
  @ApiProperty({ example: 'apple-iphone-13-128gb-B' }) sku: string;
  @ApiProperty({ example: 'apple-iphone-13' }) modelId: string;
  @ApiProperty({ type: String, nullable: true, example: '128gb' }) variantId: string | null;
  @ApiProperty({ example: 'smartphone' }) category: string;
  @ApiProperty({ example: 'B' }) marketplaceGrade: string;
  @ApiProperty({ description: 'CTIA cosmetic grade.', example: 'A' }) cosmeticGrade: string;
  @ApiProperty({ example: 'SITE-1' }) siteId: string;
  @ApiProperty({ example: 'RESELL' }) disposition: string;
  @ApiProperty({ type: [String], example: [] }) partsNeeded: string[];
  @ApiProperty({ format: 'date-time' }) addedAt: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Whole days since addedAt.' }) ageDays: number;
  @ApiProperty({ enum: ['IN_STOCK', 'REMOVED'] }) status: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) removedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) removalReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) regradedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) previousSku: string | null;
}

/** GET /v1/stock: one page of items, with the total and counts of everything the filters match. */
export class StockQuerySchema {
  @ApiProperty({ type: 'integer', minimum: 0 }) total: number;
  @ApiProperty({ type: [StockCountSchema] }) counts: StockCountSchema[];
  @ApiProperty({ type: [StockItemSchema] }) items: StockItemSchema[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BOX_STATUSES } from './box-rules';
import { type BoxView } from './box-views';

class BoxItemSchema {
  @ApiProperty() tradeInId: string;
  @ApiProperty({ example: 'IMEI:353908111180938' }) deviceKey: string;
  @ApiProperty({ example: 'store-clerk-1' }) addedBy: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Scanned out of the box at the site.' }) arrivedAt:
    string | null;
}

class ManifestLineSchema {
  @ApiProperty() tradeInId: string;
  @ApiProperty({ example: 'IMEI:353908111180938' }) deviceKey: string;
  @ApiProperty({ example: 'apple-iphone-13' }) modelId: string;
}

/** The documented shape of BoxView (box-views.ts); `implements` keeps the two in step. */
export class BoxViewSchema implements BoxView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'STORE-DEMO-1' }) storeId: string;
  @ApiProperty({ example: 'SITE-1' }) siteId: string;
  @ApiProperty({ enum: BOX_STATUSES, enumName: 'BoxStatus' }) status: string;
  @ApiProperty() openedBy: string;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ type: [BoxItemSchema] }) items: BoxItemSchema[];
  @ApiProperty({ type: [ManifestLineSchema], nullable: true, description: 'Frozen when the box is closed; null before.' })
  manifest: ManifestLineSchema[] | null;

  @ApiPropertyOptional({ description: 'Once shipped.', example: 'SBX0024776580821' }) trackingNumber?: string;
}

/** POST …/ship: the box with its insured label. */
export class ShippedBoxSchema extends BoxViewSchema {
  @ApiProperty({ description: 'The label to print.', example: '^XA … INSURED: EUR 220.00 …^XZ' }) label: string;
  @ApiProperty({ example: 'ZPL' }) labelFormat: string;
}

class StoreBoxSummarySchema {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'SITE-1' }) siteId: string;
  @ApiProperty({ enum: BOX_STATUSES, enumName: 'BoxStatus' }) status: string;
  @ApiProperty() openedBy: string;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Devices packed in it now.' }) itemCount: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) shippedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Carrier tracking number once shipped.' }) trackingNumber: string | null;
}

/** GET /v1/stores/{storeId}/boxes: open boxes first, then newest. */
export class StoreBoxesPageSchema {
  @ApiProperty({ type: 'integer', minimum: 0 }) total: number;
  @ApiProperty({ type: [StoreBoxSummarySchema] }) items: StoreBoxSummarySchema[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEVICE_CATEGORIES, MARKETS } from '@tradein/contracts';
import { MoneySchema } from '@tradein/service-runtime';
import { TradeInViewSchema } from '../trade-in-record/trade-in-view.schema';

class QuoteDeviceSchema {
  @ApiProperty({ example: 'apple-iphone-13' }) modelId: string;
  @ApiProperty({ example: '128gb' }) variantId: string;
  @ApiProperty({ enum: DEVICE_CATEGORIES, enumName: 'DeviceCategory' }) category: string;
  @ApiPropertyOptional({ description: 'The catalog name, when the model is still in the catalog.', example: 'iPhone 13' }) name?: string;
}

class BreakdownLineSchema {
  @ApiProperty({ example: 'FACTOR', description: 'BASE, FACTOR, FLOOR, BONUS…' }) kind: string;
  @ApiProperty({ example: 'BODY_CONDITION' }) code: string;
  @ApiPropertyOptional({ description: 'The questionnaire question this line prices.', example: 'body' }) question?: string;
  @ApiPropertyOptional({ example: 'light_wear' }) answer?: string;
  @ApiPropertyOptional({ type: 'integer', description: 'Multiplier in basis points (10000 = 100 %).', example: 9500 }) bp?: number;
  @ApiProperty({ type: MoneySchema, description: 'What this line adds (negative: takes off).' }) amount: MoneySchema;
}

/** The documented shape of quoteView (quote.view.ts). */
export class QuoteViewSchema {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) tradeInId: string;
  @ApiProperty({ enum: ['OPEN', 'EXPIRED', 'ACCEPTED', 'CANCELLED'], enumName: 'QuoteStatus' }) status: string;
  @ApiProperty({ example: 'acme-games' }) partnerId: string;
  @ApiProperty({ type: String, nullable: true }) programId: string | null;
  @ApiProperty({ type: String, nullable: true }) storeId: string | null;
  @ApiProperty({ type: QuoteDeviceSchema }) device: QuoteDeviceSchema;
  @ApiProperty({ enum: MARKETS, enumName: 'Market' }) market: string;
  @ApiProperty({ enum: ['OFFER', 'RECYCLE_ONLY'] }) outcome: string;
  @ApiProperty({ type: MoneySchema, description: 'deviceValue + bonus.' }) amount: MoneySchema;
  @ApiProperty({ type: MoneySchema }) deviceValue: MoneySchema;
  @ApiProperty({ type: MoneySchema, description: 'Partner program bonus.' }) bonus: MoneySchema;
  @ApiProperty({ type: [BreakdownLineSchema] }) breakdown: BreakdownLineSchema[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Question code → option code, as asked.',
    example: { functional: 'works', screen: 'flawless' },
  })
  answers: Record<string, string>;

  @ApiProperty({ type: 'integer', minimum: 1 }) priceTableVersion: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) questionnaireVersion: number;
  @ApiProperty({ format: 'date-time' }) pricedAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

/** POST /v1/quotes/{quoteId}/accept. */
export class AcceptedQuoteSchema {
  @ApiProperty({ type: QuoteViewSchema }) quote: QuoteViewSchema;
  @ApiProperty({ type: TradeInViewSchema }) tradeIn: TradeInViewSchema;
}

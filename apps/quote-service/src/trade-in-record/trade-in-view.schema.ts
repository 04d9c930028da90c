import { ApiProperty } from '@nestjs/swagger';
import { DEVICE_CATEGORIES, MARKETS, PAYOUT_METHODS } from '@tradein/contracts';
import { MoneySchema } from '@tradein/service-runtime';
import { TRADE_IN_STATES } from './state/trade-in-state';

/** The documented shapes of tradeInView (trade-in.view.ts): what a partner reads about a trade-in. */
export class QuotedDeviceSchema {
  @ApiProperty({ example: 'apple-iphone-13' }) modelId: string;
  @ApiProperty({ example: '128gb' }) variantId: string;
  @ApiProperty({ enum: DEVICE_CATEGORIES, enumName: 'DeviceCategory' }) category: string;
}

class RevisedOfferPolicySchema {
  @ApiProperty({ enum: ['ASK', 'AUTO_ACCEPT_WITHIN'] }) policy: string;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, maximum: 100, description: 'AUTO_ACCEPT_WITHIN only.' }) withinPercent:
    number | null;
}

class MaskedCustomerSchema {
  @ApiProperty({ example: 'Camille Martin' }) name: string;
  @ApiProperty({ description: 'Masked: first letter and domain.', example: 'c****@example.com' }) email: string;
}

class OfferSchema {
  @ApiProperty({ enum: ['FINAL', 'REVISED'] }) kind: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why a final offer is what it is (e.g. AS_QUOTED, WITHIN_TOLERANCE, REVISED_ACCEPTED).',
  })
  basis: string | null;
  @ApiProperty({ type: MoneySchema }) amount: MoneySchema;
  @ApiProperty({ type: MoneySchema }) deviceValue: MoneySchema;
  @ApiProperty({ type: MoneySchema }) bonus: MoneySchema;
  @ApiProperty({ type: [String], example: ['MISSING_CONTROLLER'] }) reasonCodes: string[];
  @ApiProperty({ type: [String], example: ['photo-1'] }) evidenceRefs: string[];
  @ApiProperty() gradeId: string;
  @ApiProperty({ type: String, nullable: true, enum: ['ACCEPTED', 'DECLINED', 'AUTO_ACCEPTED', 'LAPSED_FREE_RETURN'] }) answer:
    string | null;
  @ApiProperty({ type: String, nullable: true, description: 'A regrade asked for this revised offer.' }) appealId: string | null;
  @ApiProperty({ format: 'date-time' }) decidedAt: string;
}

class TimelineEntrySchema {
  @ApiProperty({ type: 'integer' }) sequence: number;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: String, nullable: true, enum: TRADE_IN_STATES }) from: string | null;
  @ApiProperty({ type: String, nullable: true, enum: TRADE_IN_STATES }) to: string | null;
  @ApiProperty({ enum: ['APPLIED', 'RECORDED'] }) outcome: string;
  @ApiProperty({ example: 'api:create-quote' }) cause: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) eventId: string | null;
  @ApiProperty({ type: String, nullable: true }) detail: string | null;
}

export class TradeInSummarySchema {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) quoteId: string;
  @ApiProperty({ example: 'acme-games' }) partnerId: string;
  @ApiProperty({ type: String, nullable: true }) storeId: string | null;
  @ApiProperty({ enum: TRADE_IN_STATES, enumName: 'TradeInState' }) state: string;
  @ApiProperty({ type: String, nullable: true, enum: ['MAIL_IN', 'STORE'] }) fulfilment: string | null;
  @ApiProperty({ type: QuotedDeviceSchema }) device: QuotedDeviceSchema;
  @ApiProperty({ enum: MARKETS, enumName: 'Market' }) market: string;
  @ApiProperty({ type: MoneySchema }) quotedAmount: MoneySchema;
  @ApiProperty({ format: 'date-time' }) quoteExpiresAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acceptedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) shipBy: string | null;
  @ApiProperty({ type: String, nullable: true, enum: PAYOUT_METHODS }) payoutMethod: string | null;
  @ApiProperty({ type: RevisedOfferPolicySchema, nullable: true }) revisedOfferPolicy: RevisedOfferPolicySchema | null;
  @ApiProperty({ type: MaskedCustomerSchema, nullable: true }) customer: MaskedCustomerSchema | null;
  @ApiProperty({ type: OfferSchema, nullable: true }) offer: OfferSchema | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Answer a revised offer by then.' }) respondBy:
    string | null;
  @ApiProperty({ type: MoneySchema, nullable: true, description: 'Store trade-ins: how much less grading found the device worth.' })
  storeDiscrepancy: MoneySchema | null;

  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class TradeInViewSchema extends TradeInSummarySchema {
  @ApiProperty({ type: [TimelineEntrySchema], description: 'Every input, applied or recorded, in order.' }) timeline: TimelineEntrySchema[];
}

export class TradeInPageSchema {
  @ApiProperty({ type: [TradeInSummarySchema] }) items: TradeInSummarySchema[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last.' }) nextCursor:
    string | null;
}

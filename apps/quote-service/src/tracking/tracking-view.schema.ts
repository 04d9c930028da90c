import { ApiProperty } from '@nestjs/swagger';
import { CTIA_COSMETIC_GRADES, MARKETS } from '@tradein/contracts';
import { MoneySchema } from '@tradein/service-runtime';
import { TRADE_IN_STATES } from '../trade-in-record/state/trade-in-state';

/** The documented shapes of trackingView (tracking.view.ts) and of a minted tracking link (tracking-links.controller.ts). */
class TrackedDeviceSchema {
  @ApiProperty({ example: 'sony-playstation-5-slim' }) modelId: string;
  @ApiProperty({ example: 'disc' }) variantId: string;
  @ApiProperty({ example: 'PlayStation 5 Slim', description: 'The catalog name (the model id if the catalog no longer has it).' })
  name: string;
}

class TrackedLabelSchema {
  @ApiProperty({ example: 'SANDBOX' }) carrier: string;
  @ApiProperty({ example: 'SBX001' }) trackingNumber: string;
  @ApiProperty({ type: String, nullable: true, enum: ['ZPL', 'PDF'] }) format: string | null;
  @ApiProperty({ description: 'Whether GET /v1/tracking/label can answer it.' }) available: boolean;
}

class TrackedPolicySchema {
  @ApiProperty({ enum: ['ASK', 'AUTO_ACCEPT_WITHIN'] }) policy: string;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, maximum: 100 }) withinPercent: number | null;
}

class TrackedOfferSchema {
  @ApiProperty({ enum: ['FINAL', 'REVISED'] }) kind: string;
  @ApiProperty({ type: MoneySchema }) amount: MoneySchema;
  @ApiProperty({ type: [String], example: ['SCREEN'] }) reasonCodes: string[];
  @ApiProperty({ type: String, nullable: true, enum: ['ACCEPTED', 'DECLINED', 'AUTO_ACCEPTED', 'LAPSED_FREE_RETURN'] }) answer:
    string | null;
  @ApiProperty({ format: 'date-time' }) decidedAt: string;
}

class TrackedGradingSchema {
  @ApiProperty({ enum: CTIA_COSMETIC_GRADES }) cosmeticGrade: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 9, description: 'CTIA functional scale: 0 fully functional.' })
  functionalGrade: number;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, maximum: 100 }) batteryHealthPercent: number | null;
  @ApiProperty({ type: [String], example: ['DISPLAY_COVER_CRACKED'] }) defectCodes: string[];
  @ApiProperty({ type: [String], example: [] }) missingAccessories: string[];
  @ApiProperty({ type: [String], example: ['sha256:…'] }) evidenceRefs: string[];
}

class TrackedStepSchema {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: TRADE_IN_STATES, enumName: 'TradeInState' }) state: string;
}

export class TrackingViewSchema {
  @ApiProperty({ format: 'uuid' }) tradeInId: string;
  @ApiProperty({ enum: TRADE_IN_STATES, enumName: 'TradeInState' }) state: string;
  @ApiProperty({ type: TrackedDeviceSchema }) device: TrackedDeviceSchema;
  @ApiProperty({ enum: MARKETS, enumName: 'Market' }) market: string;
  @ApiProperty({ type: MoneySchema }) quotedAmount: MoneySchema;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) shipBy: string | null;
  @ApiProperty({ type: TrackedLabelSchema, nullable: true }) label: TrackedLabelSchema | null;
  @ApiProperty({ type: TrackedPolicySchema, nullable: true }) revisedOfferPolicy: TrackedPolicySchema | null;
  @ApiProperty({ type: TrackedOfferSchema, nullable: true }) offer: TrackedOfferSchema | null;
  @ApiProperty({ type: TrackedGradingSchema, nullable: true, description: 'While a revised offer stands, and after it was answered.' })
  grading: TrackedGradingSchema | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) respondBy: string | null;
  @ApiProperty({ description: 'True while the customer may still accept or decline the revised offer here.' }) canAnswer: boolean;
  @ApiProperty({ type: [TrackedStepSchema], description: 'The steps the trade-in went through, oldest first.' })
  timeline: TrackedStepSchema[];
}

export class TrackingLinkSchema {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <token>` to /v1/tracking.' }) token: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ format: 'uuid' }) tradeInId: string;
}

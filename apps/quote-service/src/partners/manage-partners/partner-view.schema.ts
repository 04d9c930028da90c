import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEVICE_CATEGORIES } from '@tradein/contracts';

/** The documented shapes of the partner administration answers (partners.controller.ts, partner-token.controller.ts). */
export class PartnerSchema {
  @ApiProperty({ example: 'acme-games' }) id: string;
  @ApiProperty({ example: 'ACME Games' }) name: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** Minor units per currency, as strings (JSON has no bigint). */
const MINOR_MAP = {
  type: 'object',
  additionalProperties: { type: 'string', pattern: '^(0|[1-9]\\d{0,12})$' },
  example: { EUR: '5000' },
} as const;

class BonusWindowSchema {
  @ApiProperty({ example: '2026-01-01T00:00:00Z', description: 'ISO date, as sent.' }) from: string;
  @ApiProperty({ example: '2026-12-31T00:00:00Z', description: 'ISO date, as sent.' }) to: string;
}

class BonusSchema {
  @ApiProperty({ enum: ['FIXED', 'PERCENT'] }) kind: string;
  @ApiPropertyOptional({ ...MINOR_MAP, description: 'FIXED: the bonus per currency.' }) amountMinor?: Record<string, string>;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, description: 'PERCENT: of the device value.' }) percent?: number;
  @ApiPropertyOptional({ ...MINOR_MAP, description: 'Largest bonus per currency.' }) capMinor?: Record<string, string>;
  @ApiPropertyOptional({ ...MINOR_MAP, description: 'Smallest device value per currency that earns the bonus.' })
  thresholdMinor?: Record<string, string>;
  @ApiPropertyOptional({ type: BonusWindowSchema }) window?: BonusWindowSchema;
  @ApiPropertyOptional({ enum: DEVICE_CATEGORIES, enumName: 'DeviceCategory', isArray: true }) eligibleCategories?: string[];
}

export class PartnerProgramSchema {
  @ApiProperty({ example: 'acme-console-upgrade' }) id: string;
  @ApiProperty({ example: 'acme-games' }) partnerId: string;
  @ApiProperty({ example: 'Console upgrade 2026' }) name: string;
  @ApiProperty({ type: BonusSchema, nullable: true }) bonus: BonusSchema | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Overrides the market default; null keeps it.' }) quoteValidDays:
    number | null;
  @ApiProperty({ type: 'integer', nullable: true }) shipByDays: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) answerWindowDays: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class IssuedApiKeySchema {
  @ApiProperty({ example: '3f9a1c2b7d4e' }) keyId: string;
  @ApiProperty({ example: 'acme-games' }) partnerId: string;
  @ApiProperty({ type: String, nullable: true, description: 'Quotes made with this key use this program.' }) programId: string | null;
  @ApiProperty({ example: 'tik_3f9a1c2b7d4e' }) prefix: string;
  @ApiProperty({ description: 'Shown once: only its hash is stored.' }) apiKey: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ApiKeySummarySchema {
  @ApiProperty({ example: '3f9a1c2b7d4e' }) keyId: string;
  @ApiProperty({ example: 'tik_3f9a1c2b7d4e' }) prefix: string;
  @ApiProperty({ type: String, nullable: true }) programId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The key that replaced this one on rotation.' }) replacedBy: string | null;
}

export class PartnerTokenSchema {
  @ApiProperty({ description: 'A partner JWT every service verifies.' }) token: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: string;
  @ApiProperty({ type: 'integer', example: 900, description: 'Seconds until it expires.' }) expiresIn: number;
  @ApiProperty({ example: 'acme-games' }) partnerId: string;
}

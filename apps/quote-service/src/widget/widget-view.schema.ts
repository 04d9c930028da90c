import { ApiProperty } from '@nestjs/swagger';
import { MARKETS } from '@tradein/contracts';

/** The documented shapes of the widget answers (widget-origins.controller.ts, widget-sessions.controller.ts). */
export class WidgetOriginsSchema {
  @ApiProperty({ example: 'acme-games' }) partnerId: string;
  @ApiProperty({ type: [String], example: ['https://shop.acme-games.example'], description: 'scheme://host[:port], sorted.' })
  origins: string[];
}

export class WidgetSessionSchema {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <token>` from the shop origin.' }) token: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ type: 'integer', example: 1200, description: 'Seconds until it expires.' }) expiresIn: number;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ example: 'acme-games' }) partnerId: string;
  @ApiProperty({ type: String, nullable: true }) programId: string | null;
  @ApiProperty({ enum: MARKETS, enumName: 'Market' }) market: string;
  @ApiProperty({ example: 'https://shop.acme-games.example' }) origin: string;
}

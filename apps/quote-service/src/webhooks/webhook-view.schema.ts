import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The documented shapes of the webhook answers (webhooks.controller.ts, webhook-endpoint.service.ts, webhook-deliveries.service.ts). */
export class WebhookEndpointSchema {
  @ApiProperty({ example: 'acme-games' }) partnerId: string;
  @ApiProperty({ example: 'https://partner.example.com/tradein/webhooks' }) url: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'GET only.' }) createdAt?: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ConfiguredWebhookSchema extends WebhookEndpointSchema {
  @ApiProperty({ example: 'whsec_…', description: 'The signing secret, shown once.' }) secret: string;
}

export class WebhookDeliverySchema {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) tradeInId: string;
  @ApiProperty({ example: 'trade-in.state-changed' }) eventType: string;
  @ApiProperty({ enum: ['PENDING', 'DELIVERED', 'FAILED'] }) status: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) attempts: number;
  @ApiProperty({ type: 'integer', nullable: true, description: "The partner's last HTTP status." }) lastStatusCode: number | null;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'PENDING only.' }) nextAttemptAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deliveredAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The delivery this one replays.' }) replayOf: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The event as POSTed: `id`, `type`, `occurredAt` and its `data`.',
  })
  body: Record<string, unknown>;
}

class WebhookAttemptSchema {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Null when no answer came (timeout, refused connection).' })
  statusCode: number | null;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({ type: 'integer', minimum: 0 }) durationMs: number;
}

export class WebhookDeliveryDetailSchema extends WebhookDeliverySchema {
  @ApiProperty({ type: [WebhookAttemptSchema], description: 'Every attempt, oldest first.' }) log: WebhookAttemptSchema[];
}

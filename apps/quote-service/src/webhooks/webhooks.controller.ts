import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { CurrentPrincipal, type Principal, Roles, partnerScope } from '@tradein/auth';
import { ApiProblems, InvalidFieldError } from '@tradein/service-runtime';
import { PARTNER_RATE_LIMIT } from '../shared/caller-scope';
import { WebhookEndpointService } from './configure-endpoint/webhook-endpoint.service';
import { WebhookDeliveriesService } from './deliveries/webhook-deliveries.service';
import { ConfiguredWebhookSchema, WebhookDeliveryDetailSchema, WebhookDeliverySchema, WebhookEndpointSchema } from './webhook-view.schema';
import { ConfigureWebhookDto, DeliveriesQueryDto } from './webhooks.dto';

const DELIVERY_EXAMPLE = {
  id: '9e0c4b2a-6f13-4d8e-b7a1-2c5d9e8f0a31',
  tradeInId: '5d1d6a0e-3b7c-4f21-9a55-0c2e8b7d1f40',
  eventType: 'trade-in.state-changed',
  status: 'DELIVERED',
  attempts: 1,
  lastStatusCode: 200,
  lastError: null,
  nextAttemptAt: null,
  deliveredAt: '2026-03-05T10:00:01.000Z',
  replayOf: null,
  createdAt: '2026-03-05T10:00:00.000Z',
  body: {
    id: '9e0c4b2a-6f13-4d8e-b7a1-2c5d9e8f0a31',
    type: 'trade-in.state-changed',
    occurredAt: '2026-03-05T10:00:00.000Z',
    data: {
      tradeInId: '5d1d6a0e-3b7c-4f21-9a55-0c2e8b7d1f40',
      from: 'IN_TRANSIT',
      to: 'RECEIVED',
      cause: 'tradein.device.received',
      sequence: 7,
    },
  },
};

@ApiTags('webhooks')
@ApiSecurity('partner-api-key')
@ApiBearerAuth('staff-token')
@Throttle(PARTNER_RATE_LIMIT)
@Roles('partner', 'ops')
@ApiProblems(403)
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(
    private readonly endpoints: WebhookEndpointService,
    private readonly deliveries: WebhookDeliveriesService,
  ) {}

  @Put('endpoint')
  @ApiOperation({
    summary: 'Set the webhook URL; answers a new signing secret, shown once',
    description:
      'Every trade-in state change is POSTed with `X-Tradein-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, retried with exponential backoff (30 s doubling, 12 attempts). URLs must be https and must not resolve to private or loopback addresses.',
  })
  @ApiResponse({
    status: 200,
    type: ConfiguredWebhookSchema,
    example: {
      partnerId: 'acme-games',
      url: 'https://partner.example.com/tradein/webhooks',
      secret: 'whsec_…(shown once)',
      updatedAt: '2026-03-01T09:00:00.000Z',
    },
  })
  @ApiProblems(404)
  @ApiResponse({ status: 400, description: 'WEBHOOK_URL_REJECTED: must use https / must not point at a private or loopback address' })
  configure(@Body() dto: ConfigureWebhookDto, @CurrentPrincipal() p: Principal) {
    return this.endpoints.configure(this.partnerFor(p, dto.partnerId), dto.url);
  }

  @Get('endpoint')
  @ApiOperation({ summary: 'The configured webhook URL (never the secret)' })
  @ApiResponse({
    status: 200,
    type: WebhookEndpointSchema,
    example: {
      partnerId: 'acme-games',
      url: 'https://partner.example.com/tradein/webhooks',
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
    },
  })
  @ApiProblems(404)
  endpoint(@CurrentPrincipal() p: Principal, @Query() q: DeliveriesQueryDto) {
    return this.endpoints.get(this.partnerFor(p, q.partnerId));
  }

  @Get('deliveries')
  @ApiOperation({ summary: 'Delivery log, newest first' })
  @ApiResponse({ status: 200, type: [WebhookDeliverySchema], example: [DELIVERY_EXAMPLE] })
  list(@CurrentPrincipal() p: Principal, @Query() q: DeliveriesQueryDto) {
    return this.deliveries.list(p.kind === 'partner' ? p.partnerId : q.partnerId, q.status);
  }

  @Get('deliveries/:deliveryId')
  @ApiOperation({ summary: 'One delivery with every attempt' })
  @ApiResponse({
    status: 200,
    type: WebhookDeliveryDetailSchema,
    example: { ...DELIVERY_EXAMPLE, log: [{ at: '2026-03-05T10:00:01.000Z', statusCode: 200, error: null, durationMs: 84 }] },
  })
  @ApiProblems(404)
  get(@Param('deliveryId') id: string, @CurrentPrincipal() p: Principal) {
    return this.deliveries.get(partnerScope(p), id);
  }

  @Post('deliveries/:deliveryId/replay')
  @ApiOperation({ summary: 'Deliver the same body again (a new delivery, signed afresh)' })
  @ApiResponse({
    status: 201,
    type: WebhookDeliverySchema,
    example: {
      ...DELIVERY_EXAMPLE,
      status: 'PENDING',
      attempts: 0,
      deliveredAt: null,
      id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      replayOf: '9e0c4b2a-6f13-4d8e-b7a1-2c5d9e8f0a31',
    },
  })
  @ApiProblems(404)
  replay(@Param('deliveryId') id: string, @CurrentPrincipal() p: Principal) {
    return this.deliveries.replay(partnerScope(p), id);
  }

  private partnerFor(p: Principal, requested: string | undefined): string {
    if (p.kind === 'partner') return p.partnerId;
    if (!requested) throw new InvalidFieldError('partnerId', 'is required for ops');
    return requested;
  }
}

import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { API_KEY_RESOLVER } from '@tradein/auth';
import { type Clock, ServiceCoreModule } from '@tradein/service-runtime';
import { CatalogController } from './catalog/browse-catalog/catalog.controller';
import { CatalogService } from './catalog/catalog.service';
import { TacCodeEntity } from './catalog/tac-code.entity';
import { QuoteConfig } from './config/quote.config';
import { partnerRateLimit } from './shared/caller-scope';
import { DeadlineRunner } from './deadlines/deadline-runner.service';
import { QuoteSchema1764200000000 } from './migrations/1764200000000-quote-schema';
import { SeedPriceTable1764200000001 } from './migrations/1764200000001-seed-price-table';
import { WebhookDeliveryTraceContext1764310000000 } from './migrations/1764310000000-webhook-delivery-trace-context';
import { ApiKeyChangeNotify1764700000000 } from './migrations/1764700000000-api-key-change-notify';
import { StaffTokenIssuances1764950000000 } from './migrations/1764950000000-staff-token-issuances';
import { FinalOfferService } from './offers/finalize/final-offer.service';
import { PartnerApiKeyResolver } from './partners/api-keys/partner-api-key.resolver';
import { PartnerTokenController } from './partners/exchange-token/partner-token.controller';
import { PartnersController } from './partners/manage-partners/partners.controller';
import { PartnersService } from './partners/manage-partners/partners.service';
import { PartnerApiKeyEntity } from './partners/partner-api-key.entity';
import { PartnerProgramEntity } from './partners/partner-program.entity';
import { PartnerEntity } from './partners/partner.entity';
import { PolicyService } from './policy/policy.service';
import { PriceTableEntity, PriceTableRowEntity } from './pricing/price-table.entity';
import { PriceTablesService } from './pricing/price-tables.service';
import { CsvBodyParser } from './pricing/upload-price-table/csv-body.parser';
import { PriceTablesController } from './pricing/upload-price-table/price-tables.controller';
import { AcceptQuoteService } from './quotes/accept-quote/accept-quote.service';
import { CreateQuoteService } from './quotes/create-quote/create-quote.service';
import { QuoteEntity } from './quotes/quote.entity';
import { QuotesController } from './quotes/quotes.controller';
import { TradeInEventsHandler } from './trade-ins/apply-events/trade-in-events.handler';
import { TradeInsQueryService } from './trade-ins/read-trade-ins/trade-ins.query';
import { TradeInRecorder } from './trade-ins/record/trade-in-recorder';
import { TradeInWorkflow } from './trade-ins/record/trade-in-workflow';
import { TradeInCommandsService } from './trade-ins/trade-in-commands.service';
import { TradeInEntity } from './trade-ins/trade-in.entity';
import { TradeInTimelineEntity } from './trade-ins/trade-in-timeline.entity';
import { TradeInsController } from './trade-ins/trade-ins.controller';
import { StaffTokensController } from './staff-tokens/issue-staff-token/staff-tokens.controller';
import { StaffTokensService } from './staff-tokens/issue-staff-token/staff-tokens.service';
import { StaffTokenIssuanceEntity } from './staff-tokens/staff-token-issuance.entity';
import { WebhookEndpointService } from './webhooks/configure-endpoint/webhook-endpoint.service';
import { WebhookDeliveriesService } from './webhooks/deliveries/webhook-deliveries.service';
import { WebhookDispatcher } from './webhooks/deliver/webhook-dispatcher.service';
import { WebhookEnqueuer } from './webhooks/deliver/webhook-enqueuer';
import { WebhooksController } from './webhooks/webhooks.controller';
import { WebhookAttemptEntity, WebhookDeliveryEntity, WebhookEndpointEntity } from './webhooks/webhook.entities';
import { WidgetOriginsAndLabels1764460000000 } from './migrations/1764460000000-widget-origins-and-labels';
import { TrackingLinksController } from './tracking/tracking-links.controller';
import { TrackingController } from './tracking/tracking.controller';
import { TradeInLabelEntity } from './tracking/trade-in-label.entity';
import { WidgetCors } from './widget/cors/widget-cors';
import { PartnerWidgetOriginEntity } from './widget/origins/partner-widget-origin.entity';
import { OpsWidgetOriginsController, PartnerWidgetOriginsController } from './widget/origins/widget-origins.controller';
import { WidgetOriginsService } from './widget/origins/widget-origins.service';
import { WidgetSessionsController } from './widget/sessions/widget-sessions.controller';

export const QUOTE_ENTITIES = [
  PartnerEntity,
  PartnerProgramEntity,
  PartnerApiKeyEntity,
  TacCodeEntity,
  PriceTableEntity,
  PriceTableRowEntity,
  QuoteEntity,
  TradeInEntity,
  TradeInTimelineEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
  WebhookAttemptEntity,
  PartnerWidgetOriginEntity,
  TradeInLabelEntity,
  StaffTokenIssuanceEntity,
];
export const QUOTE_MIGRATIONS = [
  QuoteSchema1764200000000,
  SeedPriceTable1764200000001,
  WebhookDeliveryTraceContext1764310000000,
  WidgetOriginsAndLabels1764460000000,
  ApiKeyChangeNotify1764700000000,
  StaffTokenIssuances1764950000000,
];

export function appModule(config: QuoteConfig, clock?: Clock): Type<unknown> | DynamicModule {
  partnerRateLimit.perMinute = config.PARTNER_RATE_LIMIT_PER_MINUTE;
  @Module({
    imports: [
      ServiceCoreModule.forRoot({
        serviceName: 'quote-service',
        config,
        configClass: QuoteConfig,
        entities: QUOTE_ENTITIES,
        migrations: QUOTE_MIGRATIONS,
        clock,
        providers: [PartnerApiKeyResolver, { provide: API_KEY_RESOLVER, useExisting: PartnerApiKeyResolver }],
      }),
    ],
    controllers: [
      CatalogController,
      PriceTablesController,
      PartnersController,
      PartnerTokenController,
      QuotesController,
      TradeInsController,
      WebhooksController,
      WidgetSessionsController,
      OpsWidgetOriginsController,
      PartnerWidgetOriginsController,
      TrackingLinksController,
      TrackingController,
      StaffTokensController,
      // Event handlers (@OnEvent): controllers of the Kafka event transport.
      TradeInEventsHandler,
    ],
    providers: [
      CatalogService,
      PriceTablesService,
      CsvBodyParser,
      PartnersService,
      PolicyService,
      CreateQuoteService,
      AcceptQuoteService,
      WebhookEnqueuer,
      TradeInRecorder,
      FinalOfferService,
      TradeInWorkflow,
      TradeInCommandsService,
      TradeInsQueryService,
      DeadlineRunner,
      WebhookEndpointService,
      WebhookDeliveriesService,
      WebhookDispatcher,
      WidgetOriginsService,
      WidgetCors,
      StaffTokensService,
    ],
  })
  class QuoteAppModule {}
  return QuoteAppModule;
}

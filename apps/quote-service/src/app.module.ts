import { Module, type Type } from '@nestjs/common';
import { API_KEY_RESOLVER } from '@tradein/auth';
import { type Clock, ServiceCoreModule } from '@tradein/service-runtime';
import { CatalogController } from './pricing/browse-catalog/catalog.controller';
import { CatalogService } from './catalog/catalog.service';
import { QuoteConfig } from './config/quote.config';
import { partnerRateLimit } from './shared/caller-scope';
import { DeadlineRunner } from './deadlines/deadline-runner.service';
import { FinalOfferService } from './offers/finalize/final-offer.service';
import { PartnerApiKeyResolver } from './partners/api-keys/partner-api-key.resolver';
import { PartnerTokenController } from './partners/exchange-token/partner-token.controller';
import { PartnersController } from './partners/manage-partners/partners.controller';
import { PartnersService } from './partners/manage-partners/partners.service';
import { PolicyService } from './policy/policy.service';
import { PriceTablesService } from './pricing/price-tables.service';
import { CsvBodyParser } from './pricing/upload-price-table/csv-body.parser';
import { PriceTablesController } from './pricing/upload-price-table/price-tables.controller';
import { AcceptQuoteService } from './quotes/accept-quote/accept-quote.service';
import { CreateQuoteService } from './quotes/create-quote/create-quote.service';
import { QuotesController } from './quotes/quotes.controller';
import { TradeInEventsHandler } from './trade-ins/apply-events/trade-in-events.handler';
import { TradeInsQuery } from './trade-ins/read-trade-ins/trade-ins.query';
import { TradeInRecorder } from './trade-in-record/trade-in-recorder.service';
import { TradeInWorkflow } from './trade-ins/workflow/trade-in-workflow.service';
import { TradeInCommandsService } from './trade-ins/trade-in-commands.service';
import { TradeInsController } from './trade-ins/trade-ins.controller';
import { StaffTokensController } from './staff-tokens/issue-staff-token/staff-tokens.controller';
import { StaffTokensService } from './staff-tokens/issue-staff-token/staff-tokens.service';
import { WebhookEndpointService } from './webhooks/configure-endpoint/webhook-endpoint.service';
import { WebhookDeliveriesService } from './webhooks/deliveries/webhook-deliveries.service';
import { WebhookDispatcher } from './webhooks/deliver/webhook-dispatcher.service';
import { WebhookEnqueuer } from './webhooks/deliver/webhook-enqueuer.service';
import { WebhooksController } from './webhooks/webhooks.controller';
import { TrackingLinksController } from './tracking/tracking-links.controller';
import { TrackingController } from './tracking/tracking.controller';
import { WidgetCors } from './widget/cors/widget-cors.service';
import { OpsWidgetOriginsController, PartnerWidgetOriginsController } from './widget/origins/widget-origins.controller';
import { WidgetOriginsService } from './widget/origins/widget-origins.service';
import { WidgetSessionsController } from './widget/sessions/widget-sessions.controller';
import { QUOTE_ENTITIES } from './quote.entities';
import { QUOTE_MIGRATIONS } from './migrations';

export function appModule(config: QuoteConfig, clock?: Clock): Type<unknown> {
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
      TradeInsQuery,
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

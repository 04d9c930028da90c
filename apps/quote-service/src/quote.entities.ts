import { TacCodeEntity } from './catalog/tac-code.entity';
import { PartnerApiKeyEntity } from './partners/partner-api-key.entity';
import { PartnerProgramEntity } from './partners/partner-program.entity';
import { PartnerEntity } from './partners/partner.entity';
import { PriceTableEntity, PriceTableRowEntity } from './pricing/price-table.entity';
import { QuoteEntity } from './trade-in-record/quote.entity';
import { TradeInEntity } from './trade-in-record/trade-in.entity';
import { TradeInTimelineEntity } from './trade-in-record/trade-in-timeline.entity';
import { StaffTokenIssuanceEntity } from './staff-tokens/staff-token-issuance.entity';
import { WebhookAttemptEntity, WebhookDeliveryEntity, WebhookEndpointEntity } from './webhooks/webhook.entity';
import { TradeInLabelEntity } from './trade-in-record/trade-in-label.entity';
import { PartnerWidgetOriginEntity } from './widget/origins/partner-widget-origin.entity';

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

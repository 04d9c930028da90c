import { QuoteSchema1764200000000 } from './1764200000000-quote-schema';
import { SeedPriceTable1764200000001 } from './1764200000001-seed-price-table';
import { WebhookDeliveryTraceContext1764310000000 } from './1764310000000-webhook-delivery-trace-context';
import { ApiKeyChangeNotify1764700000000 } from './1764700000000-api-key-change-notify';
import { StaffTokenIssuances1764950000000 } from './1764950000000-staff-token-issuances';
import { WidgetOriginsAndLabels1764460000000 } from './1764460000000-widget-origins-and-labels';
import { PriceTableChangeNotify1765200000000 } from './1765200000000-price-table-change-notify';

/** Listed as classes, oldest first, not globs: bundling and the migrate tool agree on what runs (synchronize is off). */
export const QUOTE_MIGRATIONS = [
  QuoteSchema1764200000000,
  SeedPriceTable1764200000001,
  WebhookDeliveryTraceContext1764310000000,
  WidgetOriginsAndLabels1764460000000,
  ApiKeyChangeNotify1764700000000,
  StaffTokenIssuances1764950000000,
  PriceTableChangeNotify1765200000000,
];

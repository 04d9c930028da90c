import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min, MinLength, NotEquals, ValidateIf } from 'class-validator';
import { BaseServiceConfig } from '@tradein/service-runtime';

const DEV_SECRET_KEY = 'development-only-quote-secret-key-change-me';

export class QuoteConfig extends BaseServiceConfig {
  /** Deadlines (docs/design/ARCHITECTURE.md): one policy for every partner, unless a program overrides a duration. */
  @Type(() => Number) @IsInt() @Min(1) @Max(90) QUOTE_VALID_DAYS = 14;
  @Type(() => Number) @IsInt() @Min(1) @Max(90) SHIP_BY_DAYS = 21;
  @Type(() => Number) @IsInt() @Min(1) @Max(60) ANSWER_WINDOW_DAYS = 14;

  /** The tolerance rule, published in the API docs: paid as quoted within this % drop ... */
  @Type(() => Number) @IsInt() @Min(0) @Max(50) OFFER_TOLERANCE_PERCENT = 5;
  /** ... or within this many CTIA cosmetic grades with nothing else wrong. */
  @Type(() => Number) @IsInt() @Min(0) @Max(4) OFFER_TOLERANCE_COSMETIC_GRADES = 1;

  /** How often this replica looks for due deadlines and webhook deliveries (0: never by timer, tests drive them). */
  @Type(() => Number) @IsInt() @Min(0) @Max(3_600_000) DEADLINE_POLL_MS = 30_000;
  @Type(() => Number) @IsInt() @Min(0) @Max(3_600_000) WEBHOOK_POLL_MS = 5_000;
  @Type(() => Number) @IsInt() @Min(100) @Max(30_000) WEBHOOK_TIMEOUT_MS = 5_000;
  /** Webhook POSTs this replica has in flight at once, and at most this many for any one partner (a partner whose
   *  endpoint hangs ties up only its own slots, never the other partners' deliveries). */
  @Type(() => Number) @IsInt() @Min(1) @Max(256) WEBHOOK_CONCURRENCY = 8;
  @Type(() => Number) @IsInt() @Min(1) @Max(64) WEBHOOK_PARTNER_CONCURRENCY = 2;

  /** Encrypts webhook secrets at rest and keys the pseudonymous seller reference. Required in production. */
  @IsString()
  @MinLength(32, { message: 'QUOTE_SECRET_KEY must be at least 32 characters' })
  @ValidateIf((c: QuoteConfig) => c.NODE_ENV === 'production')
  @NotEquals(DEV_SECRET_KEY, { message: 'QUOTE_SECRET_KEY must be set in production' })
  QUOTE_SECRET_KEY = DEV_SECRET_KEY;

  /** Requests per minute for a partner API key on partner endpoints. */
  @Type(() => Number) @IsInt() @Min(1) @Max(100_000) PARTNER_RATE_LIMIT_PER_MINUTE = 120;

  /** Development and tests may deliver webhooks to local http receivers; production never. */
  allowInsecureWebhooks(): boolean {
    return this.NODE_ENV !== 'production';
  }
}

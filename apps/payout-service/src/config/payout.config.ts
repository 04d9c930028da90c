import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { BaseServiceConfig } from '@tradein/service-runtime';

const RATE = /^(0(\.\d{1,6})?|1(\.0{1,6})?)$/;

/** payout-service settings; every one validated at boot (a bad value stops the service, naming it). */
export class PayoutConfig extends BaseServiceConfig {
  /**
   * AES-256-GCM keys for bank details at rest, `id:base64(32 bytes)[,older...]`; the first seals.
   * Empty outside production means a fixed development key (never in production: refused at boot).
   */
  @IsString()
  @Matches(/^$|^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/=]{40,48}(,[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/=]{40,48})*$/, {
    message: 'PAYOUT_BANK_DETAILS_KEYS must be id:base64key[,id:base64key]',
  })
  PAYOUT_BANK_DETAILS_KEYS = '';

  /**
   * HMAC key (base64, at least 32 bytes) for bank-account fingerprints, which DAC7 and velocity count per
   * account. Stable: never rotated with PAYOUT_BANK_DETAILS_KEYS (changing it restarts those counts).
   * Empty outside production means a fixed development key (never in production: refused at boot).
   */
  @IsString()
  @Matches(/^$|^[A-Za-z0-9+/]{43,}={0,2}$/, { message: 'PAYOUT_FINGERPRINT_KEY must be base64 of at least 32 bytes' })
  PAYOUT_FINGERPRINT_KEY = '';

  /** Run the payment worker in this process (tests drive it by hand). */
  @IsIn(['true', 'false']) PAYOUT_WORKER_ENABLED: 'true' | 'false' = 'true';
  @Type(() => Number) @IsInt() @Min(100) @Max(600_000) PAYOUT_WORKER_INTERVAL_MS = 2000;
  @Type(() => Number) @IsInt() @Min(1) @Max(500) PAYOUT_WORKER_BATCH = 20;

  @Type(() => Number) @IsInt() @Min(1) @Max(20) PAYOUT_MAX_ATTEMPTS = 6;
  @Type(() => Number) @IsInt() @Min(10) @Max(86_400_000) PAYOUT_RETRY_BASE_MS = 60_000;
  @Type(() => Number) @IsInt() @Min(10) @Max(604_800_000) PAYOUT_RETRY_MAX_MS = 21_600_000;
  /** An attempt without an answer after this long is reconciled with the provider. */
  @Type(() => Number) @IsInt() @Min(10) @Max(86_400_000) PAYOUT_RECONCILE_AFTER_MS = 120_000;

  @Type(() => Number) @IsInt() @Min(1) @Max(30) PAYOUT_DEADLINE_BUSINESS_DAYS = 2;
  /** Bank holidays that do not count as business days, YYYY-MM-DD comma separated. */
  @Matches(/^$|^\d{4}-\d{2}-\d{2}(,\d{4}-\d{2}-\d{2})*$/, { message: 'PAYOUT_HOLIDAYS must be YYYY-MM-DD[,YYYY-MM-DD]' })
  PAYOUT_HOLIDAYS = '';

  /** Euro per unit of each currency for the DAC7 thresholds, JSON, e.g. {"EUR":"1","GBP":"1.15",...}. */
  @IsString() PAYOUT_EUR_RATES = '{"EUR":"1","GBP":"1.15","USD":"0.92","JPY":"0.0062"}';
  /** Velocity rules per program (see holds/velocity-rules.ts), JSON. */
  @IsString() PAYOUT_VELOCITY_RULES = '{}';

  /** The sandbox providers only pretend to pay: production refuses them unless this says otherwise (a demo). */
  @IsIn(['true', 'false']) PAYOUT_SANDBOX_IN_PRODUCTION: 'true' | 'false' = 'false';
  @Type(() => Number) @IsInt() @Min(0) @Max(60_000) SANDBOX_LATENCY_MS = 50;
  @Matches(RATE, { message: 'SANDBOX_FAILURE_RATE must be a decimal between 0 and 1' }) SANDBOX_FAILURE_RATE = '0';
  @Matches(RATE, { message: 'SANDBOX_TIMEOUT_RATE must be a decimal between 0 and 1' }) SANDBOX_TIMEOUT_RATE = '0';
}

import { Type } from 'class-transformer';
import { Equals, IsIn, IsInt, IsString, Length, Matches, Max, Min, MinLength, NotEquals, ValidateIf } from 'class-validator';
import { EvidenceStoreConfig } from '@tradein/evidence';

/** Outside production the sandbox carrier signs with this; production must set its own. */
export const DEV_CARRIER_SECRET = 'dev-only-sandbox-carrier-secret-0000';

export class IntakeConfig extends EvidenceStoreConfig {
  /** Shared with the carrier: HMAC-SHA256 key of its webhooks. */
  @IsString()
  @MinLength(32, { message: 'CARRIER_WEBHOOK_SECRET must be at least 32 characters' })
  @ValidateIf((c: IntakeConfig) => c.NODE_ENV === 'production')
  @NotEquals(DEV_CARRIER_SECRET, { message: 'CARRIER_WEBHOOK_SECRET must be set in production' })
  CARRIER_WEBHOOK_SECRET = DEV_CARRIER_SECRET;

  /**
   * The sandbox carrier (the only carrier today: labels and tracking numbers it makes up) only pretends to ship.
   * Production refuses to start with it unless this says otherwise (a demo), as payout does for sandbox providers.
   */
  @IsIn(['true', 'false']) INTAKE_SANDBOX_CARRIER_IN_PRODUCTION: 'true' | 'false' = 'false';

  /**
   * POST /v1/sandbox-carrier/scans: ops play the carrier and can mark any parcel delivered. `disabled`: the route
   * answers 404. Refused with NODE_ENV=production whatever the carrier.
   */
  @IsIn(['enabled', 'disabled'])
  @ValidateIf((c: IntakeConfig) => c.NODE_ENV === 'production')
  @Equals('disabled', {
    message:
      'INTAKE_SANDBOX_SCANS: the sandbox scan endpoint (ops can mark parcels delivered) is refused with NODE_ENV=production; set it to disabled',
  })
  INTAKE_SANDBOX_SCANS: 'enabled' | 'disabled' = 'enabled';

  /** Webhooks older or newer than this are refused as replays. */
  @Type(() => Number)
  @IsInt()
  @Min(30)
  @Max(3600)
  CARRIER_SIGNATURE_TOLERANCE_SECONDS = 300;

  @Matches(/^[A-Z]{2,5}$/, { message: 'CARRIER_TRACKING_PREFIX must be 2 to 5 capital letters' })
  CARRIER_TRACKING_PREFIX = 'SBX';

  /** The grading site mail-in parcels are addressed to. */
  @IsString()
  @Length(1, 64)
  INTAKE_DEFAULT_SITE_ID = 'SITE-1';

  /** Printed on inbound labels; `|` separates lines. */
  @IsString()
  @Length(1, 300)
  INTAKE_SITE_ADDRESS = 'Trade-in grading site|1 Dock Road|69007 Lyon|France';

  /**
   * A read TAC missing from the TAC table. Dock: the grader inspects the device anyway, so it is received
   * as MODEL_UNVERIFIED by default. Store: the wrong model is picked in over 20 % of store trade-ins, so the
   * counter is held until ops add the TAC (or the quote named it).
   */
  @IsIn(['HOLD', 'ACCEPT_UNVERIFIED'])
  UNKNOWN_TAC_AT_DOCK: 'HOLD' | 'ACCEPT_UNVERIFIED' = 'ACCEPT_UNVERIFIED';

  @IsIn(['HOLD', 'ACCEPT_UNVERIFIED'])
  UNKNOWN_TAC_AT_STORE: 'HOLD' | 'ACCEPT_UNVERIFIED' = 'HOLD';

  /** docs/design/DOMAIN.md: blocked devices are held 28 days. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  QUARANTINE_HOLD_DAYS = 28;

  /** The unsent queue lists accepted trade-ins whose ship-by falls within this many days. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60)
  QUEUE_SHIP_BY_WARNING_DAYS = 3;

  /** The boxes queue lists boxes shipped longer ago than this without being received. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  QUEUE_BOX_TRANSIT_MAX_DAYS = 3;

  /**
   * How often the label worker looks for due carrier calls (labels to issue or void). 0 disables the
   * timer (tests then call LabelWorker.runOnce themselves).
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(600_000)
  INTAKE_LABEL_WORKER_INTERVAL_MS = 1000;

  /** Carrier calls claimed per pass. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  INTAKE_LABEL_WORKER_BATCH = 20;

  /** Carrier attempts before a label request is given up (LABEL_FAILED / VOID_FAILED) and listed for ops. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  INTAKE_LABEL_MAX_ATTEMPTS = 8;

  /** Backoff after a failed carrier call: base × 2^(attempt−1), capped. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  INTAKE_LABEL_RETRY_BASE_MS = 2000;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  INTAKE_LABEL_RETRY_MAX_MS = 300_000;

  /** A claimed request is retried after this long if its worker never recorded an outcome (crash). */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(3_600_000)
  INTAKE_LABEL_LEASE_MS = 60_000;
}

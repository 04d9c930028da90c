import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { EvidenceStoreConfig } from '@tradein/evidence';

/** grading-service settings; each has a typed default and the service refuses to boot on a bad value. */
export class GradingConfig extends EvidenceStoreConfig {
  /** How long a claim lasts before an abandoned job returns to the queue. */
  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(86_400)
  GRADING_LEASE_SECONDS = 1800;

  /** Inspection deadline after a device reaches the site (queue age is measured against it). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(720)
  GRADING_INSPECTION_HOURS = 48;

  /** Disposition rules (disposition/disposition-policy.ts turns them into a DispositionPolicy). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  GRADING_MIN_BATTERY_PERCENT = 80;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(20)
  GRADING_MAX_PARTS_TO_REFURBISH = 3;

  @IsIn(['true', 'false'])
  GRADING_BATTERY_ONLY_IS_REFURBISH: 'true' | 'false' = 'true';
}

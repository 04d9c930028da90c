import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { EvidenceStoreConfig } from '@tradein/evidence';
import { DEFAULT_DISPOSITION_POLICY, type DispositionPolicy } from '../disposition/disposition-policy';

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

  /** Disposition rules (see disposition-policy.ts). */
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

export function dispositionPolicyFrom(c: GradingConfig): DispositionPolicy {
  const base = DEFAULT_DISPOSITION_POLICY;
  const changed =
    c.GRADING_MIN_BATTERY_PERCENT !== base.minBatteryPercent ||
    c.GRADING_MAX_PARTS_TO_REFURBISH !== base.maxPartsToRefurbish ||
    (c.GRADING_BATTERY_ONLY_IS_REFURBISH === 'true') !== base.batteryOnlyIsRefurbish;
  return {
    ...base,
    // A tuned policy is a different policy: grades record which rules decided them.
    version: changed
      ? `${base.version}-b${c.GRADING_MIN_BATTERY_PERCENT}-p${c.GRADING_MAX_PARTS_TO_REFURBISH}-${c.GRADING_BATTERY_ONLY_IS_REFURBISH === 'true' ? 'r' : 'w'}`
      : base.version,
    minBatteryPercent: c.GRADING_MIN_BATTERY_PERCENT,
    maxPartsToRefurbish: c.GRADING_MAX_PARTS_TO_REFURBISH,
    batteryOnlyIsRefurbish: c.GRADING_BATTERY_ONLY_IS_REFURBISH === 'true',
  };
}

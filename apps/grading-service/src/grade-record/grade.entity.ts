import { type CtiaCosmeticGrade, type DeviceCategory, type Disposition } from '@tradein/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { type BoundEvidence } from '../device-identity/evidence-binding';
import { type ErasureOutcome } from '../erasure/erasure-outcome';
import { type CheckResult } from '../inspection/checklists/checklist.types';
import { type FailedCheck } from '../inspection/functional-grade';
import { type RecordedDefect } from '../inspection/inspection.entity';

/**
 * One grade of one device by one technician: immutable, self-contained (checks, evidence, versions) so the
 * device's passport shows every grade as it was made, the original and any regrade after an appeal.
 */
@Entity({ name: 'grades' })
@Index('grades_trade_in_idx', ['tradeInId', 'gradedAt'])
export class Grade {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'trade_in_id', type: 'varchar', length: 64 })
  tradeInId: string;

  @Column({ name: 'job_id', type: 'uuid', unique: true })
  jobId: string;

  @Column({ name: 'site_id', type: 'varchar', length: 64 })
  siteId: string;

  @Column({ name: 'technician_id', type: 'varchar', length: 128 })
  technicianId: string;

  @Column({ type: 'boolean' })
  regrade: boolean;

  @Column({ name: 'supersedes_grade_id', type: 'uuid', nullable: true })
  supersedesGradeId: string | null;

  @Column({ name: 'appeal_id', type: 'varchar', length: 64, nullable: true })
  appealId: string | null;

  @Column({ type: 'varchar', length: 20 })
  category: DeviceCategory;

  @Column({ name: 'model_id', type: 'varchar', length: 80 })
  modelId: string;

  @Column({ name: 'variant_id', type: 'varchar', length: 80, nullable: true })
  variantId: string | null;

  @Column({ name: 'cosmetic_grade', type: 'varchar', length: 1 })
  cosmeticGrade: CtiaCosmeticGrade;

  @Column({ name: 'functional_grade', type: 'smallint' })
  functionalGrade: number;

  @Column({ name: 'r2_functional', type: 'varchar', length: 2 })
  r2Functional: string;

  @Column({ name: 'r2_cosmetic', type: 'varchar', length: 2 })
  r2Cosmetic: string;

  @Column({ name: 'battery_health_percent', type: 'smallint', nullable: true })
  batteryHealthPercent: number | null;

  @Column({ type: 'boolean' })
  locked: boolean;

  @Column({ name: 'missing_accessories', type: 'jsonb' })
  missingAccessories: string[];

  @Column({ type: 'jsonb' })
  defects: RecordedDefect[];

  @Column({ type: 'jsonb' })
  evidence: BoundEvidence[];

  @Column({ type: 'jsonb' })
  checks: Record<string, CheckResult>;

  @Column({ name: 'failed_checks', type: 'jsonb' })
  failedChecks: FailedCheck[];

  @Column({ type: 'varchar', length: 24 })
  disposition: Disposition;

  @Column({ name: 'parts_needed', type: 'jsonb' })
  partsNeeded: string[];

  @Column({ name: 'disposition_reasons', type: 'jsonb' })
  dispositionReasons: string[];

  @Column({ name: 'marketplace_grade', type: 'varchar', length: 40 })
  marketplaceGrade: string;

  @Column({ name: 'marketplace_mapping_version', type: 'integer' })
  marketplaceMappingVersion: number;

  @Column({ name: 'grading_standard_version', type: 'varchar', length: 40 })
  gradingStandardVersion: string;

  @Column({ name: 'checklist_version', type: 'varchar', length: 40 })
  checklistVersion: string;

  @Column({ name: 'disposition_policy_version', type: 'varchar', length: 40 })
  dispositionPolicyVersion: string;

  @Column({ name: 'erasure_outcome', type: 'varchar', length: 16 })
  erasureOutcome: ErasureOutcome;

  @Column({ name: 'identifier', type: 'varchar', length: 64 })
  identifier: string;

  @Column({ name: 'graded_at', type: 'timestamptz' })
  gradedAt: Date;
}

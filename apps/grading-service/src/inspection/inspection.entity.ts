import { type CtiaCosmeticGrade, type DeviceCategory } from '@tradein/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type BoundEvidence } from '../device-identity/evidence-binding';
import { type CheckResult } from './checklists/checklist.types';

export interface RecordedDefect {
  code: string;
  note?: string;
}

/** The grader's findings for one job; resubmitting while the lease is held replaces them. */
@Entity({ name: 'inspections' })
export class Inspection {
  @PrimaryColumn({ name: 'job_id', type: 'uuid' })
  jobId: string;

  @Column({ name: 'trade_in_id', type: 'varchar', length: 64 })
  tradeInId: string;

  @Column({ name: 'technician_id', type: 'varchar', length: 128 })
  technicianId: string;

  @Column({ type: 'varchar', length: 20 })
  category: DeviceCategory;

  @Column({ name: 'checklist_version', type: 'varchar', length: 40 })
  checklistVersion: string;

  @Column({ type: 'jsonb' })
  checks: Record<string, CheckResult>;

  @Column({ name: 'cosmetic_grade', type: 'varchar', length: 1 })
  cosmeticGrade: CtiaCosmeticGrade;

  @Column({ type: 'jsonb' })
  defects: RecordedDefect[];

  @Column({ name: 'missing_accessories', type: 'jsonb' })
  missingAccessories: string[];

  @Column({ type: 'jsonb' })
  evidence: BoundEvidence[];

  @Column({ name: 'imei_read', type: 'varchar', length: 15, nullable: true })
  imeiRead: string | null;

  @Column({ name: 'serial_read', type: 'varchar', length: 40, nullable: true })
  serialRead: string | null;

  @Column({ name: 'activation_lock', type: 'boolean' })
  activationLock: boolean;

  @Column({ name: 'mdm_enrolled', type: 'boolean' })
  mdmEnrolled: boolean;

  @Column({ name: 'inspected_at', type: 'timestamptz' })
  inspectedAt: Date;
}

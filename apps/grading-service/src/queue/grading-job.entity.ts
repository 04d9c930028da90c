import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type JobKind = 'INITIAL' | 'REGRADE';
export type JobStatus = 'OPEN' | 'DONE' | 'CANCELLED';

/**
 * One device waiting to be graded at one site. The claim is a lease (claimed_by + lease_expires_at) taken
 * with a conditional UPDATE, so two graders can never hold the same job.
 */
@Entity({ name: 'grading_jobs' })
@Index('grading_jobs_queue_idx', ['siteId', 'status', 'openedAt'])
export class GradingJob {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'trade_in_id', type: 'varchar', length: 64 })
  tradeInId: string;

  @Column({ name: 'site_id', type: 'varchar', length: 64 })
  siteId: string;

  @Column({ type: 'varchar', length: 10 })
  kind: JobKind;

  @Column({ type: 'varchar', length: 10 })
  status: JobStatus;

  @Column({ name: 'claimed_by', type: 'varchar', length: 128, nullable: true })
  claimedBy: string | null;

  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ name: 'lease_expires_at', type: 'timestamptz', nullable: true })
  leaseExpiresAt: Date | null;

  /** Technicians who may not take this job: on a regrade, whoever graded the device before. */
  @Column({ name: 'excluded_technicians', type: 'text', array: true, default: () => "'{}'" })
  excludedTechnicians: string[];

  @Column({ name: 'appeal_id', type: 'varchar', length: 64, nullable: true })
  appealId: string | null;

  /** Why a non-initial job was opened (appeal or reinspection reason). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason: string | null;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'deadline_at', type: 'timestamptz' })
  deadlineAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'grade_id', type: 'uuid', nullable: true })
  gradeId: string | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type SanitizationMethod, type VerificationResult } from './erasure-outcome';

/** NIST SP 800-88 sanitization certificate for one storage medium of one device. Never updated. */
@Entity({ name: 'erasure_certificates' })
export class ErasureCertificate {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'trade_in_id', type: 'varchar', length: 64 })
  tradeInId: string;

  @Column({ name: 'job_id', type: 'uuid' })
  jobId: string;

  @Column({ name: 'medium_id', type: 'varchar', length: 64 })
  mediumId: string;

  @Column({ name: 'medium_type', type: 'varchar', length: 20 })
  mediumType: string;

  @Column({ type: 'varchar', length: 8 })
  method: SanitizationMethod;

  /** e.g. CRYPTOGRAPHIC_ERASE, which counts as Purge only when verified. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  technique: string | null;

  @Column({ type: 'varchar', length: 80 })
  tool: string;

  @Column({ name: 'tool_version', type: 'varchar', length: 40 })
  toolVersion: string;

  @Column({ name: 'operator_id', type: 'varchar', length: 128 })
  operatorId: string;

  @Column({ type: 'varchar', length: 8 })
  verification: VerificationResult;

  @Column({ name: 'performed_at', type: 'timestamptz' })
  performedAt: Date;

  @Column({ name: 'report_sha256', type: 'char', length: 64 })
  reportSha256: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

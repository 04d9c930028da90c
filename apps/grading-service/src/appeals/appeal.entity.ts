import { Column, Entity, PrimaryColumn } from 'typeorm';

/** PENDING: received before the device had a grade to appeal; OPEN: a regrade job waits; REGRADED: done. */
export type AppealStatus = 'PENDING' | 'OPEN' | 'REGRADED';

@Entity({ name: 'appeals' })
export class Appeal {
  @PrimaryColumn({ name: 'appeal_id', type: 'varchar', length: 64 })
  appealId: string;

  @Column({ name: 'trade_in_id', type: 'varchar', length: 64 })
  tradeInId: string;

  @Column({ name: 'requested_by', type: 'varchar', length: 10 })
  requestedBy: 'PARTNER' | 'OPS';

  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Column({ type: 'varchar', length: 10 })
  status: AppealStatus;

  @Column({ name: 'job_id', type: 'uuid', nullable: true })
  jobId: string | null;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every change to the block list, who made it and why. Append-only. */
@Entity({ name: 'device_status_audit' })
export class DeviceStatusAudit {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'entry_id', type: 'uuid' }) entryId: string;
  @Column({ name: 'device_key', type: 'varchar', length: 64 }) deviceKey: string;
  @Column({ type: 'varchar', length: 8 }) action: 'ADDED' | 'REMOVED';
  @Column({ type: 'varchar', length: 20 }) status: string;
  @Column({ type: 'varchar', length: 500 }) reason: string;
  @Column({ type: 'varchar', length: 128 }) actor: string;
  @Column({ type: 'timestamptz' }) at: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type BlockReason } from '../identity/identity-verdict';

/** One listing of a device on the local block list; removal keeps the row (removed_at) for the record. */
@Entity({ name: 'device_status_entries' })
export class DeviceStatusEntry {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'device_key', type: 'varchar', length: 64 }) deviceKey: string;
  @Column({ type: 'varchar', length: 20 }) status: BlockReason;
  @Column({ type: 'varchar', length: 500 }) reason: string;
  @Column({ name: 'added_by', type: 'varchar', length: 128 }) addedBy: string;
  @Column({ name: 'added_at', type: 'timestamptz' }) addedAt: Date;
  @Column({ name: 'removed_by', type: 'varchar', length: 128, nullable: true }) removedBy: string | null;
  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true }) removedAt: Date | null;
  @Column({ name: 'removal_reason', type: 'varchar', length: 500, nullable: true }) removalReason: string | null;
}

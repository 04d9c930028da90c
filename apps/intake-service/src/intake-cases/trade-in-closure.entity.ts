import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Remembers an expiry or cancellation that arrived before the acceptance it closes. */
@Entity({ name: 'trade_in_closures' })
export class TradeInClosure {
  @PrimaryColumn({ name: 'trade_in_id', type: 'varchar', length: 64 }) tradeInId: string;
  @Column({ type: 'varchar', length: 16 }) reason: 'EXPIRED' | 'CANCELLED';
  @Column({ name: 'closed_at', type: 'timestamptz' }) closedAt: Date;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every input a trade-in saw, with its cause: state changes and what was recorded without one. */
@Entity('trade_in_timeline')
export class TradeInTimelineEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('uuid', { name: 'trade_in_id' }) tradeInId!: string;
  @Column('timestamptz') at!: Date;
  @Column('text', { name: 'from_state', nullable: true }) fromState!: string | null;
  @Column('text', { name: 'to_state' }) toState!: string;
  @Column('text') outcome!: 'APPLIED' | 'RECORDED';
  @Column('text') cause!: string;
  @Column('uuid', { name: 'event_id', nullable: true }) eventId!: string | null;
  @Column('text', { nullable: true }) detail!: string | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Proof that a consumer applied an event; inserted in the handler's own transaction. */
@Entity({ name: 'inbox_event' })
export class InboxEventEntity {
  @PrimaryColumn({ type: 'text' })
  consumer!: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ name: 'processed_at', type: 'timestamptz', default: () => 'now()' })
  processedAt!: Date;
}

import { type JobTraceContext } from '@tradein/service-runtime';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('webhook_endpoint')
export class WebhookEndpointEntity {
  @PrimaryColumn('text', { name: 'partner_id' }) partnerId!: string;
  @Column('text') url!: string;
  /** AES-256-GCM under the service's key: needed in clear to sign, so encrypted rather than hashed. */
  @Column('text', { name: 'secret_encrypted' }) secretEncrypted!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

export type WebhookDeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

@Entity('webhook_delivery')
export class WebhookDeliveryEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'partner_id' }) partnerId!: string;
  @Column('uuid', { name: 'trade_in_id' }) tradeInId!: string;
  @Column('text', { name: 'event_type' }) eventType!: string;
  @Column('text') body!: string;
  @Column('text') status!: WebhookDeliveryStatus;
  @Column('int') attempts!: number;
  @Column('timestamptz', { name: 'next_attempt_at' }) nextAttemptAt!: Date;
  @Column('int', { name: 'last_status_code', nullable: true }) lastStatusCode!: number | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError!: string | null;
  @Column('timestamptz', { name: 'delivered_at', nullable: true }) deliveredAt!: Date | null;
  @Column('uuid', { name: 'replay_of', nullable: true }) replayOf!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  /** The trace context of the state change it announces (ADR 0008); null when enqueued untraced. */
  @Column('jsonb', { name: 'trace_context', nullable: true }) traceContext!: JobTraceContext | null;
}

@Entity('webhook_attempt')
export class WebhookAttemptEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('uuid', { name: 'delivery_id' }) deliveryId!: string;
  @Column('timestamptz') at!: Date;
  @Column('int', { name: 'status_code', nullable: true }) statusCode!: number | null;
  @Column('text', { nullable: true }) error!: string | null;
  @Column('int', { name: 'duration_ms' }) durationMs!: number;
}

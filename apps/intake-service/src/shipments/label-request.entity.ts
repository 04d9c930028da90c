import { type JobTraceContext } from '@tradein/service-runtime';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type LabelRequestKind = 'ISSUE' | 'VOID';
/**
 * PENDING: the worker will call the carrier (an ISSUE is the shipment's LABEL_PENDING, a VOID its
 * VOID_PENDING); DONE: the outcome is recorded (label issued / voided); FAILED: attempts exhausted, listed
 * in the ops queue `label-failures`; CANCELLED: nothing left to do (trade-in closed before its label was
 * requested, or the parcel moved before its void).
 */
export type LabelRequestStatus = 'PENDING' | 'DONE' | 'FAILED' | 'CANCELLED';

/** A carrier call intake owes: recorded in the caller's transaction, made by the label worker. */
@Entity({ name: 'label_requests' })
export class CarrierLabelRequest {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ type: 'varchar', length: 8 }) kind: LabelRequestKind;
  /** ISSUE: the id the shipment will have (also sent to the carrier); VOID: the shipment to void. */
  @Column({ name: 'shipment_id', type: 'uuid' }) shipmentId: string;
  @Column({ name: 'trade_in_id', type: 'varchar', length: 64 }) tradeInId: string;
  @Column({ type: 'varchar', length: 16 }) status: LabelRequestStatus;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ name: 'next_attempt_at', type: 'timestamptz' }) nextAttemptAt: Date;
  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true }) lastError: string | null;
  /** VOID: why the label is voided (carried in the custody record and the event). */
  @Column({ type: 'varchar', length: 200, nullable: true }) reason: string | null;
  /** The event that asked for it: the cause of the event the outcome emits. */
  @Column({ name: 'causation_id', type: 'varchar', length: 64, nullable: true }) causationId: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt: Date | null;
  /** The trace context of the step that asked for it (ADR 0008); null when it was asked untraced. */
  @Column({ name: 'trace_context', type: 'jsonb', nullable: true }) traceContext: JobTraceContext | null;
}

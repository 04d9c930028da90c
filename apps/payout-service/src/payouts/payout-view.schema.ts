import { ApiProperty } from '@nestjs/swagger';
import { PAYOUT_METHODS, type PayoutMethod } from '@tradein/contracts';
import { MoneySchema } from '@tradein/service-runtime';
import { PAYOUT_STATUSES, type PayoutStatus } from './payout-status';
import { type PayoutView } from './payout-view';

class PayoutDestinationRef {
  @ApiProperty({ example: 'd5c0b4a2-8f1e-4c3b-9a7d-2e6f1b0c9d8e' }) ref: string;
  @ApiProperty({ type: String, nullable: true, example: 'FR76 **** **** 1234' }) masked: string | null;
}

/** The documented shape of PayoutView (payout-view.ts); `implements` keeps the two in step. */
export class PayoutViewSchema implements PayoutView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) tradeInId: string;
  @ApiProperty({ example: 'demo-partner' }) partnerId: string;
  @ApiProperty({ example: 'customer-4711' }) sellerRef: string;
  @ApiProperty({ type: String, nullable: true, example: null }) storeId: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) programId: string | null;
  @ApiProperty({ enum: PAYOUT_METHODS, enumName: 'PayoutMethod' }) method: PayoutMethod;
  @ApiProperty({ type: PayoutDestinationRef, nullable: true, description: 'Bank transfers only; the account is only ever shown masked.' })
  destination: PayoutDestinationRef | null;

  @ApiProperty({ type: MoneySchema }) amount: MoneySchema;
  @ApiProperty({ type: MoneySchema, description: 'Partner-funded bonus included in amount.' }) bonus: MoneySchema;
  @ApiProperty({ enum: PAYOUT_STATUSES, enumName: 'PayoutStatus' }) status: PayoutStatus;
  @ApiProperty({ type: [String], example: [] }) holdReasons: string[];
  @ApiProperty({ type: 'integer', minimum: 0 }) attempts: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) nextAttemptAt: string | null;
  @ApiProperty({ type: String, nullable: true }) providerReference: string | null;
  @ApiProperty({ type: String, nullable: true }) lastFailureCode: string | null;
  @ApiProperty({ format: 'date-time' }) finalizedAt: string;
  @ApiProperty({ format: 'date-time', description: 'Two business days after finalization.' }) dueAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) paidAt: string | null;
  @ApiProperty({ description: 'Open (not PAID or CANCELLED) past dueAt.' }) overdue: boolean;
}

class PayoutAttemptSchema {
  @ApiProperty({ type: 'integer', minimum: 1 }) attemptNo: number;
  @ApiProperty({ example: 'sandbox-bank' }) provider: string;
  @ApiProperty({ example: 'PAID' }) status: string;
  @ApiProperty({ type: String, nullable: true }) outcomeCode: string | null;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt: string | null;
}

class PayoutAuditSchema {
  @ApiProperty({ example: 'RELEASE_HOLD' }) action: string;
  @ApiProperty({ example: 'ops-1' }) actor: string;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ example: 'HELD' }) fromStatus: string;
  @ApiProperty({ example: 'PENDING' }) toStatus: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class PayoutDetailSchema extends PayoutViewSchema {
  @ApiProperty({ type: [PayoutAttemptSchema] }) attemptHistory: PayoutAttemptSchema[];
  @ApiProperty({ type: [PayoutAuditSchema] }) audit: PayoutAuditSchema[];
}

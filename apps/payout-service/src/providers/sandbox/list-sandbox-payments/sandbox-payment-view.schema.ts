import { ApiProperty } from '@nestjs/swagger';
import { PAYOUT_METHODS } from '@tradein/contracts';
import { MoneySchema } from '@tradein/service-runtime';
import { SANDBOX_PAYMENT_STATUSES } from '../sandbox-payment';
import { type SandboxPaymentView } from './sandbox-payments.dto';

/** One payment a sandbox provider holds (SandboxPaymentView); `implements` keeps the two in step. */
class SandboxPaymentSchema implements SandboxPaymentView {
  @ApiProperty({ example: 'sandbox-bank' }) provider: string;
  @ApiProperty({ description: 'The key payout-service sent: one payment per key.' }) idempotencyKey: string;
  @ApiProperty({ format: 'uuid' }) payoutId: string;
  @ApiProperty({ enum: PAYOUT_METHODS, enumName: 'PayoutMethod' }) method: string;
  @ApiProperty({ type: MoneySchema }) amount: MoneySchema;
  @ApiProperty({ description: 'The destination (a reference, never the account number).' }) destinationRef: string;
  @ApiProperty({ enum: SANDBOX_PAYMENT_STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true }) providerReference: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'SANDBOX_DECLINED' }) declineCode: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) settledAt: string | null;
}

export class SandboxPaymentListSchema {
  @ApiProperty({ type: [SandboxPaymentSchema] }) items: SandboxPaymentSchema[];
}

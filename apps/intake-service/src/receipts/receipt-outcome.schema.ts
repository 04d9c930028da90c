import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INTAKE_STATUSES } from '../intake-cases/intake-status';
import { type ReceiptOutcome } from './receipt-recorder.service';

/** What the device's identity checks found (DeviceIdentityDto in @tradein/contracts). */
class CheckedIdentitySchema {
  @ApiPropertyOptional({ pattern: '^\\d{15}$', example: '353908111025570' }) imei?: string;
  @ApiPropertyOptional({ example: 'C02XG0FDH7JY' }) serialNumber?: string;
  @ApiPropertyOptional({ example: 'apple-iphone-13', description: 'The model its TAC names, when it differs or is known.' })
  detectedModelId?: string;
  @ApiProperty({ enum: ['CLEAR', 'BLOCKED', 'FINANCED_UNPAID', 'UNKNOWN'] }) blockListStatus: string;
  @ApiProperty() activationLock: boolean;
  @ApiProperty() mdmEnrolled: boolean;
  @ApiProperty({ description: 'The same device is in another open trade-in.' }) duplicateOpenTradeIn: boolean;
}

/** Every field of ReceiptOutcome, whatever its type here (JSON turns dates into strings): keeps the two in step. */
type ReceiptOutcomeFields = { [K in keyof ReceiptOutcome]: unknown };

/** The answer of a dock receipt and of a store intake (ReceiptOutcome). */
export class ReceiptOutcomeSchema implements ReceiptOutcomeFields {
  @ApiProperty({ format: 'uuid' }) tradeInId: string;
  @ApiProperty({ format: 'uuid' }) receiptId: string;
  @ApiProperty({ enum: ['RECEIVED', 'QUARANTINED', 'SUSPENDED'] }) outcome: string;
  @ApiProperty({ enum: INTAKE_STATUSES, enumName: 'IntakeStatus' }) status: string;
  @ApiProperty({ type: [String], example: [], description: 'Why it is held, or notes on a clean receipt.' }) reasonCodes: string[];
  @ApiPropertyOptional({ format: 'date-time', description: 'QUARANTINED only: the end of the hold.' }) holdUntil?: string;
  @ApiProperty({ type: CheckedIdentitySchema }) identity: CheckedIdentitySchema;
}

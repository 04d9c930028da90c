import { ApiProperty } from '@nestjs/swagger';
import { CURRENCIES, PAYOUT_METHODS } from '@tradein/contracts';
import { MoneySchema } from '@tradein/service-runtime';

const MINOR = { pattern: '^-?(0|[1-9]\\d{0,17})$', description: 'Integer minor units, as a string.' };

class SettlementTotalsSchema {
  @ApiProperty({ enum: CURRENCIES, enumName: 'Currency' }) currency: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) paidCount: number;
  @ApiProperty(MINOR) paidMinor: string;
  @ApiProperty({ ...MINOR, description: 'Promotion bonuses the partner funds: the partner owes them.' }) bonusMinor: string;
  @ApiProperty({ ...MINOR, description: "Store credit given at the partner's tills: reimbursed." }) storeCreditMinor: string;
  @ApiProperty({ ...MINOR, description: "Credit put in the partner's own wallets: reimbursed." }) partnerCreditMinor: string;
  @ApiProperty({ ...MINOR, description: 'Positive: paid to the partner; negative: the partner pays.' }) netToPartnerMinor: string;
}

class SettlementLineSchema {
  @ApiProperty() tradeInId: string;
  @ApiProperty({ format: 'uuid' }) payoutId: string;
  @ApiProperty({ enum: PAYOUT_METHODS, enumName: 'PayoutMethod' }) method: string;
  @ApiProperty({ type: String, nullable: true }) storeId: string | null;
  @ApiProperty({ type: MoneySchema }) amount: MoneySchema;
  @ApiProperty({ type: MoneySchema }) bonus: MoneySchema;
  @ApiProperty({ format: 'date-time' }) paidAt: string;
}

class ReconciliationSchema {
  @ApiProperty({ description: 'The report and the ledger agree.' }) reconciled: boolean;
  @ApiProperty({ type: [String] }) differences: string[];
}

/** A partner's settlement report for a period (settlement-report.controller.ts, JSON form). */
export class SettlementReportSchema {
  @ApiProperty({ example: 'acme-games' }) partnerId: string;
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time', description: 'Exclusive.' }) to: string;
  @ApiProperty({ type: [SettlementTotalsSchema] }) totals: SettlementTotalsSchema[];
  @ApiProperty({ type: [SettlementLineSchema] }) lines: SettlementLineSchema[];
  @ApiProperty({ type: ReconciliationSchema }) reconciliation: ReconciliationSchema;
}

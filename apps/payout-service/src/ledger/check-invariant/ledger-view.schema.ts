import { ApiProperty } from '@nestjs/swagger';
import { CURRENCIES, type CurrencyCode } from '@tradein/contracts';

class CurrencySumSchema {
  @ApiProperty({ enum: CURRENCIES, enumName: 'Currency' }) currency: CurrencyCode;
  @ApiProperty({ pattern: '^-?\\d+$', example: '0', description: 'Sum of every line in minor units (0 when balanced).' }) sumMinor: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) lineCount: number;
}

/** GET /v1/ledger/invariant (LedgerInvariantView). */
export class LedgerInvariantSchema {
  @ApiProperty() balanced: boolean;
  @ApiProperty({ type: [CurrencySumSchema] }) currencies: CurrencySumSchema[];
  @ApiProperty({ type: [String], example: [] }) unbalancedEntryIds: string[];
}

/** One account's balance in one currency (GET /v1/ledger/balances). */
export class LedgerBalanceSchema {
  @ApiProperty({ example: 'payable:seller' }) account: string;
  @ApiProperty({ enum: CURRENCIES, enumName: 'Currency' }) currency: CurrencyCode;
  @ApiProperty({ pattern: '^-?\\d+$', example: '-22000' }) balanceMinor: string;
}

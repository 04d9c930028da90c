import { ApiProperty } from '@nestjs/swagger';
import { CURRENCIES, type CurrencyCode } from '@tradein/contracts';

/** Money as every service answers it: integer minor units as a decimal string (safe beyond 2^53) and the currency. */
export class MoneySchema {
  @ApiProperty({ pattern: '^-?(0|[1-9]\\d{0,17})$', example: '22000', description: 'Integer minor units (cents), as a string.' })
  amountMinor: string;

  @ApiProperty({ enum: CURRENCIES, enumName: 'Currency', example: 'EUR' })
  currency: CurrencyCode;
}

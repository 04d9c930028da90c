import { IsIn, Matches } from 'class-validator';

export const CURRENCIES = ['EUR', 'GBP', 'USD', 'JPY'] as const;
export type CurrencyCode = (typeof CURRENCIES)[number];

/** Money on the wire: integer minor units as a decimal string (safe beyond 2^53) and an ISO 4217 code. */
export class MoneyDto {
  @Matches(/^-?(0|[1-9]\d{0,17})$/, { message: 'amountMinor must be an integer number of minor units as a string' })
  amountMinor!: string;

  @IsIn(CURRENCIES)
  currency!: CurrencyCode;
}

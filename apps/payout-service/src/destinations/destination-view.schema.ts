import { ApiProperty } from '@nestjs/swagger';
import { CURRENCIES, type CurrencyCode } from '@tradein/contracts';
import { BANK_SCHEMES, type BankScheme } from './bank-details/bank-details';
import { type DestinationView } from './register-destination/register-destination.dto';

/** The documented shape of DestinationView: the account only ever leaves the service masked. */
export class DestinationViewSchema implements DestinationView {
  @ApiProperty({ format: 'uuid' }) destinationRef: string;
  @ApiProperty({ enum: BANK_SCHEMES, enumName: 'BankScheme' }) scheme: BankScheme;
  @ApiProperty({ enum: CURRENCIES, enumName: 'Currency' }) currency: CurrencyCode;
  @ApiProperty({ example: 'FR76 **** **** 1234' }) masked: string;
  @ApiProperty({ type: String, nullable: true, example: 'demo-partner' }) partnerId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'customer-4711' }) sellerRef: string | null;
}

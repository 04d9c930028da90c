import { ApiProperty } from '@nestjs/swagger';
import { CURRENCIES, type CurrencyCode } from '@tradein/contracts';

class LedgerLineSchema {
  @ApiProperty({ example: 'seller_payable' }) account: string;
  @ApiProperty({ pattern: '^-?\\d+$', example: '-22000', description: 'Signed, in minor units of the entry currency.' })
  amountMinor: string;
}

class LedgerEntrySchema {
  @ApiProperty({ example: '41' }) entryId: string;
  @ApiProperty({ format: 'uuid' }) payoutId: string;
  @ApiProperty({ enum: ['OFFER_FINALIZED', 'PAYOUT_PAID', 'PAYOUT_CANCELLED'] }) kind: string;
  @ApiProperty({ enum: CURRENCIES, enumName: 'Currency' }) currency: CurrencyCode;
  @ApiProperty({ format: 'date-time' }) postedAt: string;
  @ApiProperty({ type: [LedgerLineSchema], description: 'The lines sum to zero.' }) lines: LedgerLineSchema[];
}

/** GET /v1/ledger/entries?tradeInId=… */
export class LedgerEntriesSchema {
  @ApiProperty() tradeInId: string;
  @ApiProperty({ type: [LedgerEntrySchema] }) entries: LedgerEntrySchema[];
}

import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

export class LedgerEntriesQuery {
  /** The trade-in whose payout's journal entries to list. */
  @IsString()
  @Length(1, 100)
  @Matches(/^[\x21-\x7e]+$/, { message: 'tradeInId must be printable ASCII without spaces' })
  tradeInId!: string;
  /** Only this payout's entries (a trade-in has one payout today). */
  @IsOptional() @IsUUID() payoutId?: string;
}

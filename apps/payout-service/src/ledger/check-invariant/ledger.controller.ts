import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '@tradein/auth';
import { type CurrencyCode } from '@tradein/contracts';
import { DataSource } from 'typeorm';
import { readAccountBalances, readLedgerInvariant } from './ledger-invariant.query';

export interface LedgerInvariantView {
  balanced: boolean;
  currencies: Array<{ currency: CurrencyCode; sumMinor: string; lineCount: number }>;
  unbalancedEntryIds: string[];
}

@ApiTags('ledger')
@Controller('v1/ledger')
@Roles('ops')
export class LedgerController {
  constructor(private readonly dataSource: DataSource) {}

  /** Every currency's accounts sum to zero and every entry balances on its own. */
  @Get('invariant')
  async invariant(): Promise<LedgerInvariantView> {
    const inv = await readLedgerInvariant(this.dataSource.manager);
    return { ...inv, currencies: inv.currencies.map((c) => ({ currency: c.currency, sumMinor: c.sumMinor.toString(), lineCount: c.lineCount })) };
  }

  @Get('balances')
  async balances(): Promise<Array<{ account: string; currency: CurrencyCode; balanceMinor: string }>> {
    return readAccountBalances(this.dataSource.manager);
  }
}

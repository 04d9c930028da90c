import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@tradein/auth';
import { type CurrencyCode } from '@tradein/contracts';
import { DataSource } from 'typeorm';
import { readAccountBalances, readLedgerInvariant } from './ledger-invariant.query';
import { ApiProblems } from '@tradein/service-runtime';
import { LedgerBalanceSchema, LedgerInvariantSchema } from './ledger-view.schema';

export interface LedgerInvariantView {
  balanced: boolean;
  currencies: Array<{ currency: CurrencyCode; sumMinor: string; lineCount: number }>;
  unbalancedEntryIds: string[];
}

@ApiTags('ledger')
@ApiProblems(403)
@Controller('v1/ledger')
@Roles('ops')
export class LedgerController {
  constructor(private readonly dataSource: DataSource) {}

  /** Every currency's accounts sum to zero and every entry balances on its own. */
  @Get('invariant')
  @ApiOperation({ summary: 'Check the double-entry invariant: every currency sums to zero, every entry balances' })
  @ApiOkResponse({ type: LedgerInvariantSchema })
  async invariant(): Promise<LedgerInvariantView> {
    const inv = await readLedgerInvariant(this.dataSource.manager);
    return {
      ...inv,
      currencies: inv.currencies.map((c) => ({ currency: c.currency, sumMinor: c.sumMinor.toString(), lineCount: c.lineCount })),
    };
  }

  @Get('balances')
  @ApiOperation({ summary: 'Balance of every ledger account per currency' })
  @ApiOkResponse({ type: [LedgerBalanceSchema] })
  async balances(): Promise<Array<{ account: string; currency: CurrencyCode; balanceMinor: string }>> {
    return readAccountBalances(this.dataSource.manager);
  }
}

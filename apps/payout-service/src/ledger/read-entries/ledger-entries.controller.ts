import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@tradein/auth';
import { ApiProblems } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { LedgerEntriesQuery } from './ledger-entries-query.dto';
import { type LedgerEntryView, readLedgerEntries } from './ledger-entries.query';
import { LedgerEntriesSchema } from './ledger-entries.schema';

/** Ops' view of one trade-in's money: the double-entry journal of its payout (the console's whole story). */
@ApiTags('ledger')
@ApiProblems(400, 403)
@Controller('v1/ledger/entries')
@Roles('ops')
export class LedgerEntriesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: "A trade-in's journal entries with their lines, oldest first (ops)" })
  @ApiOkResponse({ type: LedgerEntriesSchema })
  async list(@Query() q: LedgerEntriesQuery): Promise<{ tradeInId: string; entries: LedgerEntryView[] }> {
    return { tradeInId: q.tradeInId, entries: await readLedgerEntries(this.dataSource.manager, q.tradeInId, q.payoutId) };
  }
}

import { Controller, Get, Inject, Query } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { ApiProblems, type Clock, CLOCK, InvalidFieldError } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { siteScope } from '../../queue/site-access';
import { QueryStockQuery } from './query-stock.dto';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StockQuerySchema } from './stock-query.schema';

interface StockRow {
  id: string;
  trade_in_id: string;
  sku: string;
  model_id: string;
  variant_id: string | null;
  category: string;
  marketplace_grade: string;
  cosmetic_grade: string;
  site_id: string;
  disposition: string;
  parts_needed: string[];
  added_at: Date;
  status: string;
  removed_at: Date | null;
  removal_reason: string | null;
  regraded_at: Date | null;
  previous_sku: string | null;
}

const DAY = 86_400_000;

/**
 * Refurbishable stock by SKU, grade, site and age, with the total and counts per SKU, grade and site. Sellable
 * items (IN_STOCK) unless `status=REMOVED`; `regraded=true` lists items a regrade changed after they were stocked.
 */
@ApiTags('stock')
@ApiProblems(403)
@Controller('v1/stock')
export class QueryStockController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Refurbishable stock by SKU, grade, site and age, with counts' })
  @ApiOkResponse({ type: StockQuerySchema })
  @Roles('grader', 'ops')
  async query(@CurrentPrincipal() principal: Principal, @Query() q: QueryStockQuery): Promise<Record<string, unknown>> {
    if (q.minAgeDays !== undefined && q.maxAgeDays !== undefined && q.minAgeDays > q.maxAgeDays) {
      throw new InvalidFieldError('minAgeDays', 'must not exceed maxAgeDays');
    }
    const site = siteScope(principal, q.siteId);
    const now = this.clock.now();
    // Age in whole days: minAgeDays=N means added at or before now - N days.
    const addedBefore = q.minAgeDays !== undefined ? new Date(now.getTime() - q.minAgeDays * DAY) : null;
    const addedAfter = q.maxAgeDays !== undefined ? new Date(now.getTime() - (q.maxAgeDays + 1) * DAY) : null;
    const where = `WHERE ($1::varchar IS NULL OR sku = $1) AND ($2::varchar IS NULL OR marketplace_grade = $2)
        AND ($3::varchar IS NULL OR cosmetic_grade = $3) AND ($4::varchar IS NULL OR site_id = $4)
        AND ($5::timestamptz IS NULL OR added_at <= $5) AND ($6::timestamptz IS NULL OR added_at > $6)
        AND status = $7 AND ($8::boolean IS NULL OR (regraded_at IS NOT NULL) = $8)`;
    const params = [
      q.sku ?? null,
      q.marketplaceGrade ?? null,
      q.cosmeticGrade ?? null,
      site ?? null,
      addedBefore,
      addedAfter,
      q.status ?? 'IN_STOCK',
      q.regraded ?? null,
    ];
    const [items, counts] = await Promise.all([
      this.dataSource.query(`SELECT * FROM stock_items ${where} ORDER BY added_at, id LIMIT $9 OFFSET $10`, [
        ...params,
        q.limit ?? 100,
        q.offset ?? 0,
      ]) as Promise<StockRow[]>,
      this.dataSource.query(
        `SELECT sku, marketplace_grade, site_id, count(*)::int AS count FROM stock_items ${where}
          GROUP BY sku, marketplace_grade, site_id ORDER BY sku, marketplace_grade, site_id`,
        params,
      ) as Promise<Array<{ sku: string; marketplace_grade: string; site_id: string; count: number }>>,
    ]);
    return {
      total: counts.reduce((n, c) => n + c.count, 0),
      counts: counts.map((c) => ({ sku: c.sku, marketplaceGrade: c.marketplace_grade, siteId: c.site_id, count: c.count })),
      items: items.map((r) => ({
        stockItemId: r.id,
        tradeInId: r.trade_in_id,
        sku: r.sku,
        modelId: r.model_id,
        variantId: r.variant_id,
        category: r.category,
        marketplaceGrade: r.marketplace_grade,
        cosmeticGrade: r.cosmetic_grade,
        siteId: r.site_id,
        disposition: r.disposition,
        partsNeeded: r.parts_needed,
        addedAt: r.added_at.toISOString(),
        ageDays: Math.floor((now.getTime() - r.added_at.getTime()) / DAY),
        status: r.status,
        removedAt: r.removed_at?.toISOString() ?? null,
        removalReason: r.removal_reason,
        regradedAt: r.regraded_at?.toISOString() ?? null,
        previousSku: r.previous_sku,
      })),
    };
  }
}

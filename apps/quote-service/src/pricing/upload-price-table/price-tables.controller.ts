import { Body, Controller, Get, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { AcceptsBody, ApiIdempotencyKey, ApiProblems, UnprocessableError, withIdempotency } from '@tradein/service-runtime';
import { CatalogService } from '../../catalog/catalog.service';
import { type PriceTableParse } from '../price-table/price-table-row';
import { parsePriceTableCsv, parsePriceTableJson } from '../price-table/validate-price-table';
import { PriceTablesService } from '../price-tables.service';
import { PriceTableVersionSchema, UploadedPriceTableSchema } from './price-table-view.schema';

@ApiTags('price tables (ops)')
@ApiBearerAuth('staff-token')
@Roles('ops')
@ApiProblems(403)
@Controller('v1/price-tables')
export class PriceTablesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tables: PriceTablesService,
    private readonly catalog: CatalogService,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Upload a new price table (CSV or JSON), validated as a whole; it becomes the next immutable version',
    description:
      'CSV header: model_id,variant_id,market,currency,amount_minor. JSON: { "rows": [{ modelId, variantId, market, currency, amountMinor }] } or { "csv": "..." }. Any bad row rejects the upload with 422 PRICE_TABLE_INVALID listing each line and reason.',
  })
  @ApiConsumes('text/csv', 'application/json')
  @AcceptsBody('text/csv')
  @ApiBody({
    schema: {
      example: { rows: [{ modelId: 'apple-iphone-16', variantId: '128gb', market: 'FR', currency: 'EUR', amountMinor: '51000' }] },
    },
  })
  @ApiIdempotencyKey()
  @ApiResponse({
    status: 201,
    type: UploadedPriceTableSchema,
    example: { version: 2, rowCount: 1, source: 'JSON', createdAt: '2026-03-01T09:00:00.000Z' },
  })
  @ApiResponse({
    status: 422,
    schema: {
      example: { code: 'PRICE_TABLE_INVALID', errors: [{ field: 'line 3: currency', reason: 'market GB trades in GBP, not EUR' }] },
    },
  })
  async upload(
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const isCsv = (contentType ?? '').startsWith('text/csv');
    const csvInJson =
      !isCsv &&
      typeof body === 'object' &&
      body !== null &&
      typeof (body as { csv?: unknown }).csv === 'string' &&
      Object.keys(body).length === 1;
    const parsed: PriceTableParse = isCsv
      ? parsePriceTableCsv(typeof body === 'string' ? body : '', this.catalog.all())
      : csvInJson
        ? parsePriceTableCsv((body as { csv: string }).csv, this.catalog.all())
        : parsePriceTableJson(body, this.catalog.all());
    if (!parsed.ok) {
      throw new UnprocessableError(
        'PRICE_TABLE_INVALID',
        `the price table was rejected: ${parsed.problems.length} problem(s)`,
        parsed.problems.slice(0, 200).map((p) => ({ field: p.line ? `line ${p.line}: ${p.field}` : p.field, reason: p.reason })),
      );
    }
    const r = await withIdempotency(
      this.dataSource,
      { operation: 'price-tables', principal },
      idempotencyKey,
      isCsv ? { csv: body } : body,
      async (m) => {
        const table = await this.tables.insertVersion(m, parsed.rows, isCsv || csvInJson ? 'CSV' : 'JSON', principal.subject);
        return {
          status: 201,
          body: { version: table.version, rowCount: table.rowCount, source: table.source, createdAt: table.createdAt.toISOString() },
        };
      },
    );
    // Committed: this replica's catalog shows the new prices at once (the others on the trigger's notification).
    this.tables.forgetCurrent();
    reply.status(r.status);
    return r.body;
  }

  @Get()
  @ApiOperation({ summary: 'Price table versions, newest first' })
  @ApiResponse({
    status: 200,
    type: [PriceTableVersionSchema],
    example: [{ version: 2, rowCount: 4130, source: 'CSV', uploadedBy: 'ops-1', createdAt: '2026-03-01T09:00:00.000Z' }],
  })
  list() {
    return this.tables.list();
  }
}

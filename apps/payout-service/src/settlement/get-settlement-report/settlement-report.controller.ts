import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { SettlementReportSchema } from './settlement-report.schema';
import { CurrentPrincipal, type Principal, Roles, partnerScope } from '@tradein/auth';
import { ApiProblems, InvalidFieldError, NotFoundError } from '@tradein/service-runtime';
import { type FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { settlementCsv } from '../settlement-csv';
import { type SettlementReport } from '../settlement-report';
import { readSettlementReport } from './settlement.query';
import { SettlementQuery } from './settlement-query.dto';

const MAX_PERIOD_MS = 366 * 86_400_000;

function toJson(r: SettlementReport) {
  return {
    partnerId: r.partnerId,
    from: r.from.toISOString(),
    to: r.to.toISOString(),
    totals: r.totals.map((t) => ({
      currency: t.currency,
      paidCount: t.paidCount,
      paidMinor: t.paidMinor.toString(),
      bonusMinor: t.bonusMinor.toString(),
      storeCreditMinor: t.storeCreditMinor.toString(),
      partnerCreditMinor: t.partnerCreditMinor.toString(),
      netToPartnerMinor: t.netToPartnerMinor.toString(),
    })),
    lines: r.lines.map((l) => ({
      tradeInId: l.tradeInId,
      payoutId: l.payoutId,
      method: l.method,
      storeId: l.storeId,
      amount: { amountMinor: l.amountMinor.toString(), currency: l.currency },
      bonus: { amountMinor: l.bonusMinor.toString(), currency: l.currency },
      paidAt: l.paidAt.toISOString(),
    })),
    reconciliation: r.reconciliation,
  };
}

@ApiTags('settlement')
@ApiProblems(403)
@Controller('v1/settlements')
export class SettlementReportController {
  constructor(private readonly dataSource: DataSource) {}

  /** A partner sees only its own report (another partner's id answers 404); ops see every partner's. */
  @Get(':partnerId')
  @ApiOperation({ summary: "A partner's settlement report for a period (JSON, or CSV with format=csv)" })
  @ApiProblems(404)
  @ApiExtraModels(SettlementReportSchema)
  @ApiOkResponse({
    description: 'JSON by default; CSV (one line per paid trade-in) with format=csv.',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(SettlementReportSchema) } },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  @Roles('ops', 'partner')
  async report(
    @Param('partnerId') partnerId: string,
    @Query() q: SettlementQuery,
    @CurrentPrincipal() p: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReturnType<typeof toJson> | string> {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(partnerId)) throw new InvalidFieldError('partnerId', 'must be an identifier');
    const scope = partnerScope(p);
    if (scope !== undefined && scope !== partnerId) throw new NotFoundError('settlement for partner', partnerId);
    const from = new Date(q.from);
    const to = new Date(q.to);
    if (to.getTime() <= from.getTime()) throw new InvalidFieldError('to', 'must be after from');
    if (to.getTime() - from.getTime() > MAX_PERIOD_MS) throw new InvalidFieldError('to', 'a period is at most one year');
    const report = await readSettlementReport(this.dataSource.manager, partnerId, from, to);
    if (q.format === 'csv') {
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="settlement-${partnerId}-${q.from.slice(0, 10)}.csv"`);
      return settlementCsv(report);
    }
    return toJson(report);
  }
}

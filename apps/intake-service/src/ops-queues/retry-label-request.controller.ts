import { Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { childLogger } from '@tradein/observability';
import { ApiProblems, CLOCK, type Clock, NotFoundError } from '@tradein/service-runtime';
import { RetriedLabelRequestSchema } from './ops-queue-view.schema';

/**
 * Puts a label request that failed every retry (the `label-failures` queue) back in the label worker's
 * hands once the carrier is fixed: fresh attempts from now. Only FAILED requests can be retried, so a
 * request being worked on is never touched.
 */
@ApiTags('ops')
@ApiBearerAuth('staff-token')
@Roles('ops')
@ApiProblems(403)
@Controller('v1/ops/label-failures')
export class RetryLabelRequestController {
  private readonly log = childLogger('label-failures');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':shipmentId/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retry a failed label issue or void (listed in the label-failures queue)' })
  @ApiOkResponse({ type: RetriedLabelRequestSchema })
  @ApiProblems(404)
  async retry(@Param('shipmentId', new ParseUUIDPipe()) shipmentId: string, @CurrentPrincipal() p: Principal) {
    const now = this.clock.now();
    const rows: Array<{ kind: string; trade_in_id: string }> = await this.dataSource.query(
      `UPDATE label_requests SET status = 'PENDING', attempts = 0, next_attempt_at = $2, completed_at = NULL,
              last_error = left('retried by ' || $3 || ' after: ' || coalesce(last_error, ''), 500)
        WHERE shipment_id = $1 AND status = 'FAILED' RETURNING kind, trade_in_id`,
      [shipmentId, now, p.subject],
    );
    // UPDATE … RETURNING through TypeORM's query() answers [rows, count] on PostgreSQL.
    const updated = Array.isArray(rows[0]) ? (rows[0] as unknown as Array<{ kind: string; trade_in_id: string }>) : rows;
    if (!updated.length) throw new NotFoundError('failed label request for shipment', shipmentId);
    this.log.info({ shipmentId, by: p.subject, requests: updated }, 'failed label requests put back for the worker');
    return { shipmentId, retried: updated.map((r) => ({ kind: r.kind, tradeInId: r.trade_in_id })) };
  }
}

import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '@tradein/auth';
import { ApiProblems, CLOCK, type Clock, InvalidFieldError } from '@tradein/service-runtime';
import { IntakeConfig } from '../config/intake.config';
import { OPS_QUEUES, type OpsQueue } from './ops-queue-names';
import { OpsQueueSchema } from './ops-queue-view.schema';

export { OPS_QUEUES, type OpsQueue } from './ops-queue-names';

const DAY_MS = 86_400_000;

/** Work queues for ops, oldest or most urgent first; thresholds come from the one policy configuration. */
@ApiTags('ops')
@ApiBearerAuth('staff-token')
@Roles('ops')
@ApiProblems(403)
@Controller('v1/ops/queues')
export class OpsQueuesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: IntakeConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':queue')
  @ApiOperation({ summary: `One of: ${OPS_QUEUES.join(', ')}` })
  @ApiOkResponse({ type: OpsQueueSchema })
  async queue(@Param('queue') queue: string): Promise<{ queue: OpsQueue; items: Array<Record<string, unknown>> }> {
    if (!(OPS_QUEUES as readonly string[]).includes(queue)) throw new InvalidFieldError('queue', `must be one of ${OPS_QUEUES.join(', ')}`);
    const now = this.clock.now();
    const q = queue as OpsQueue;
    return { queue: q, items: await this.items(q, now) };
  }

  private items(queue: OpsQueue, now: Date): Promise<Array<Record<string, unknown>>> {
    switch (queue) {
      case 'unshipped':
        // Accepted mail-in trade-ins whose parcel has not moved and whose ship-by is near (or past).
        return this.dataSource.query(
          `SELECT c.trade_in_id AS "tradeInId", c.partner_id AS "partnerId", c.ship_by AS "shipBy", s.tracking_number AS "trackingNumber"
             FROM intake_cases c LEFT JOIN shipments s ON s.trade_in_id = c.trade_in_id AND s.purpose = 'INBOUND'
            WHERE c.status = 'AWAITING_PARCEL' AND c.ship_by <= $1 ORDER BY c.ship_by, c.trade_in_id LIMIT 500`,
          [new Date(now.getTime() + this.config.QUEUE_SHIP_BY_WARNING_DAYS * DAY_MS)],
        );
      case 'carrier-exceptions':
        return this.dataSource.query(
          `SELECT s.trade_in_id AS "tradeInId", s.box_id AS "boxId", s.purpose, s.carrier, s.tracking_number AS "trackingNumber", s.status_at AS "since",
                  (SELECT e.detail FROM carrier_events e WHERE e.shipment_id = s.id AND e.status = 'EXCEPTION' ORDER BY e.occurred_at DESC LIMIT 1) AS detail
             FROM shipments s WHERE s.status = 'EXCEPTION' ORDER BY s.status_at LIMIT 500`,
        );
      case 'suspended':
        return this.dataSource.query(
          `SELECT trade_in_id AS "tradeInId", suspension_reason_code AS "reasonCode", suspension_category AS category, suspension_detail AS detail,
                  location_type AS "locationType", location_id AS "locationId", received_at AS since
             FROM intake_cases WHERE status = 'SUSPENDED' ORDER BY received_at LIMIT 500`,
        );
      case 'quarantined':
        return this.dataSource.query(
          `SELECT trade_in_id AS "tradeInId", hold_reason_codes AS "reasonCodes", hold_until AS "holdUntil", hold_until <= $1 AS "holdEnded",
                  location_type AS "locationType", location_id AS "locationId"
             FROM intake_cases WHERE status = 'QUARANTINED' ORDER BY hold_until LIMIT 500`,
          [now],
        );
      case 'boxes-in-transit':
        return this.dataSource.query(
          `SELECT b.id AS "boxId", b.store_id AS "storeId", b.site_id AS "siteId", b.shipped_at AS "shippedAt", s.tracking_number AS "trackingNumber"
             FROM boxes b LEFT JOIN shipments s ON s.id = b.shipment_id
            WHERE b.status = 'SHIPPED' AND b.shipped_at <= $1 ORDER BY b.shipped_at LIMIT 500`,
          [new Date(now.getTime() - this.config.QUEUE_BOX_TRANSIT_MAX_DAYS * DAY_MS)],
        );
      case 'label-failures':
        // Labels the carrier never issued (LABEL_FAILED) or never voided (VOID_FAILED) after every retry.
        return this.dataSource.query(
          `SELECT r.trade_in_id AS "tradeInId", r.shipment_id AS "shipmentId",
                  CASE r.kind WHEN 'ISSUE' THEN 'LABEL_FAILED' ELSE 'VOID_FAILED' END AS state,
                  r.attempts, r.last_error AS "lastError", r.created_at AS "requestedAt", r.completed_at AS "failedAt"
             FROM label_requests r WHERE r.status = 'FAILED' ORDER BY r.created_at, r.id LIMIT 500`,
        );
    }
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { jobTraceContext } from '@tradein/service-runtime';
import { type EntityManager } from 'typeorm';

export interface StateChangeNotice {
  readonly partnerId: string;
  readonly tradeInId: string;
  readonly quoteId: string;
  readonly from: string;
  readonly to: string;
  readonly cause: string;
  readonly at: Date;
  readonly sequence: string;
}

/**
 * Every trade-in state change becomes a webhook delivery for its partner, written in the same transaction
 * as the change (so a change is never announced without having happened, nor lost after it happened),
 * with the trade-in's trace context (ADR 0008) so the dispatcher sends it in a span of the trade-in's trace.
 */
@Injectable()
export class WebhookEnqueuer {
  async stateChanged(m: EntityManager, n: StateChangeNotice): Promise<void> {
    const id = randomUUID();
    const body = JSON.stringify({
      id,
      type: 'trade-in.state-changed',
      occurredAt: n.at.toISOString(),
      data: { tradeInId: n.tradeInId, quoteId: n.quoteId, from: n.from, to: n.to, cause: n.cause, sequence: Number(n.sequence) },
    });
    const traceContext = await jobTraceContext(m, n.tradeInId);
    await m.query(
      `INSERT INTO webhook_delivery (id, partner_id, trade_in_id, event_type, body, status, attempts, next_attempt_at, created_at, trace_context)
       SELECT $1, $2, $3, 'trade-in.state-changed', $4, 'PENDING', 0, $5, $5, $6::jsonb
       WHERE EXISTS (SELECT 1 FROM webhook_endpoint WHERE partner_id = $2)`,
      [id, n.partnerId, n.tradeInId, body, n.at, traceContext ? JSON.stringify(traceContext) : null],
    );
  }
}

import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The trace context of the state change a webhook announces (ADR 0008): the dispatcher sends each delivery
 * in a span of the trade-in's trace under it and passes it to the partner as `traceparent`. Nullable:
 * deliveries enqueued before, or with tracing off, have none.
 */
export class WebhookDeliveryTraceContext1764310000000 implements MigrationInterface {
  name = 'WebhookDeliveryTraceContext1764310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE webhook_delivery ADD COLUMN trace_context jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE webhook_delivery DROP COLUMN trace_context`);
  }
}

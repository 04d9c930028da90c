import { ApiProperty } from '@nestjs/swagger';
import { OPS_QUEUES } from './ops-queue-names';

/** One ops work queue; each queue lists its own columns (ops-queues.controller.ts), oldest or most urgent first. */
export class OpsQueueSchema {
  @ApiProperty({ enum: OPS_QUEUES }) queue: string;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    maxItems: 500,
    description: 'Rows of the queue; every row names its trade-in (`tradeInId`) or box (`boxId`).',
    example: [{ tradeInId: '5d1d6a0e-3b7c-4f21-9a55-0c2e8b7d1f40', partnerId: 'acme-games', shipBy: '2026-03-22T09:05:00.000Z' }],
  })
  items: Array<Record<string, unknown>>;
}

class RetriedRequestSchema {
  @ApiProperty({ enum: ['ISSUE', 'VOID'] }) kind: string;
  @ApiProperty({ format: 'uuid' }) tradeInId: string;
}

export class RetriedLabelRequestSchema {
  @ApiProperty({ format: 'uuid' }) shipmentId: string;
  @ApiProperty({ type: [RetriedRequestSchema], description: 'The failed requests put back for the label worker.' })
  retried: RetriedRequestSchema[];
}

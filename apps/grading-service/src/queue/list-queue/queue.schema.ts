import { ApiProperty } from '@nestjs/swagger';

class QueuedDeviceSchema {
  @ApiProperty({ type: String, nullable: true, example: 'apple-iphone-13', description: 'Null until intake reported the device.' })
  modelId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'smartphone' }) category: string | null;
}

class QueuedJobSchema {
  @ApiProperty({ format: 'uuid' }) jobId: string;
  @ApiProperty() tradeInId: string;
  @ApiProperty({ example: 'SITE-1' }) siteId: string;
  @ApiProperty({ enum: ['INITIAL', 'REGRADE'], description: 'REGRADE: an appeal or a reinspection.' }) kind: string;
  @ApiProperty({ type: QueuedDeviceSchema }) device: QueuedDeviceSchema;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ format: 'date-time', description: 'Inspection deadline.' }) deadlineAt: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) ageMinutes: number;
  @ApiProperty({ type: 'integer', description: 'Negative once the deadline has passed.' }) minutesToDeadline: number;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'The technician holding an active lease.' }) claimedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) leaseExpiresAt: string | null;
  @ApiProperty({ description: 'Whether you may claim it (not leased by another, not excluded from this regrade).' }) claimableByMe: boolean;
}

/** GET /v1/queue: the open jobs, oldest first. */
export class QueueSchema {
  @ApiProperty({ type: [QueuedJobSchema] }) jobs: QueuedJobSchema[];
}

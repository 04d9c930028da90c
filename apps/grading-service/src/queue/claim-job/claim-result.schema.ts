import { ApiProperty } from '@nestjs/swagger';
import { type ClaimResult } from './claim-job.service';

/** The documented shape of ClaimResult; `implements` keeps the two in step. */
export class ClaimResultSchema implements ClaimResult {
  @ApiProperty({ format: 'uuid' }) jobId: string;
  @ApiProperty() tradeInId: string;
  @ApiProperty({ description: 'The technician holding the lease.', example: 'demo-grader' }) claimedBy: string;
  @ApiProperty({ format: 'date-time' }) leaseExpiresAt: string;
}

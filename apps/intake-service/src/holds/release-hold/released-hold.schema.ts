import { ApiProperty } from '@nestjs/swagger';
import { INTAKE_STATUSES } from '../../intake-cases/intake-status';

/** A released hold: RECEIVED (to grading) or RETURNING (to its owner). */
export class ReleasedHoldSchema {
  @ApiProperty({ format: 'uuid' }) tradeInId: string;
  @ApiProperty({ enum: INTAKE_STATUSES, enumName: 'IntakeStatus' }) status: string;
}

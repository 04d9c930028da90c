import { ApiProperty } from '@nestjs/swagger';
import { type StoreAccuracy } from './store-accuracy/store-accuracy';

/** The documented shapes of the quality reports (quality/*.controller.ts). */
class ThroughputRowSchema {
  @ApiProperty({ example: 'demo-grader' }) technicianId: string;
  @ApiProperty({ format: 'date', description: 'UTC day.' }) day: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) inspections: number;
}

export class TechnicianThroughputSchema {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date', description: 'Inclusive.' }) to: string;
  @ApiProperty({ type: [ThroughputRowSchema] }) rows: ThroughputRowSchema[];
}

class DisagreementFigureSchema {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Appeal regrades in the period.' }) regrades: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Regrades that changed the cosmetic or functional grade.' })
  disagreements: number;
  @ApiProperty({ type: 'number', nullable: true, minimum: 0, maximum: 1, description: '4 decimals; null without regrades.' })
  rate: number | null;
}

class TechnicianDisagreementSchema extends DisagreementFigureSchema {
  @ApiProperty({ description: 'The technician of the original grade.' }) technicianId: string;
}

export class RegradeDisagreementSchema extends DisagreementFigureSchema {
  @ApiProperty({ type: [TechnicianDisagreementSchema] }) byOriginalTechnician: TechnicianDisagreementSchema[];
}

class StoreAccuracySchema implements StoreAccuracy {
  @ApiProperty({ example: 'STORE-1' }) storeId: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) graded: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Devices whose store declared something comparable.' }) compared: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) differed: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Declared better than graded (a store discrepancy).' }) declaredBetter: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) declaredWorse: number;
  @ApiProperty({ type: 'number', nullable: true, minimum: 0, maximum: 1 }) differenceRate: number | null;
  @ApiProperty({ type: 'number', nullable: true, minimum: 0, maximum: 1, description: 'declaredBetter / compared.' })
  discrepancyRate: number | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0 },
    example: { 'declared.screen': 2, 'storeChecks.POWERS_ON': 1 },
    description: 'How often each aspect was declared better than graded.',
  })
  byAspect: Record<string, number>;
}

export class StoreAccuracyReportSchema {
  @ApiProperty({ type: [StoreAccuracySchema] }) stores: StoreAccuracySchema[];
}

import { ApiProperty } from '@nestjs/swagger';
import { CTIA_COSMETIC_GRADES } from '@tradein/contracts';
import { FailedCheckSchema } from '../failed-check.schema';

/** What a recorded inspection gives (submit-inspection.service.ts): the functional grade it implies. */
export class InspectionResultSchema {
  @ApiProperty({ format: 'uuid' }) jobId: string;
  @ApiProperty() tradeInId: string;
  @ApiProperty({ example: 'smartphone-v1' }) checklistVersion: string;
  @ApiProperty({ example: 'IMEI:353908111025570', description: 'The identifier the evidence is bound to.' }) boundTo: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 9 }) functionalGrade: number;
  @ApiProperty({ type: [FailedCheckSchema] }) failedChecks: FailedCheckSchema[];
  @ApiProperty({ enum: CTIA_COSMETIC_GRADES }) cosmeticGrade: string;
}

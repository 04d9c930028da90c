import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CTIA_COSMETIC_GRADES, DEVICE_CATEGORIES } from '@tradein/contracts';

/** One check of a checklist (CheckDefinition): PASS_FAIL checks carry a severity, PERCENT checks a measured value. */
class CheckDefinitionSchema {
  @ApiProperty({ example: 'POWER_ON' }) code: string;
  @ApiProperty({ example: 'Powers on and boots' }) label: string;
  @ApiProperty({ enum: ['PASS_FAIL', 'PERCENT'] }) kind: string;
  @ApiPropertyOptional({ enum: ['KEY', 'MINOR'], description: 'PASS_FAIL only: KEY failures put the device outside reuse.' })
  severity?: string;
  @ApiPropertyOptional({ example: 'battery', description: 'The spare part that fixes a failure (always for PERCENT).' }) part?: string;
  @ApiPropertyOptional({ description: 'Hardware only some models have: NOT_PRESENT is then an answer.' }) optional?: boolean;
  @ApiPropertyOptional({ description: 'A failure means the device does not power on at all.' }) noPower?: boolean;
}

/** The guided checklist of a category (Checklist). */
export class ChecklistSchema {
  @ApiProperty({ enum: DEVICE_CATEGORIES, enumName: 'DeviceCategory' }) category: string;
  @ApiProperty({ example: 'smartphone-v1' }) version: string;
  @ApiProperty({ type: [CheckDefinitionSchema] }) checks: CheckDefinitionSchema[];
  @ApiProperty({ type: [String], description: "Accessories whose absence needs a part before resale (a console's controller)." })
  accessoriesNeededForSale: string[];
  @ApiProperty({ example: 'display-assembly', description: 'The part replaced when the display is damaged (CTIA D and E).' })
  displayPart: string;
}

class DefectCodeSchema {
  @ApiProperty({ example: 'Cracked display cover lens' }) label: string;
  @ApiProperty({ enum: CTIA_COSMETIC_GRADES, description: 'The best CTIA cosmetic grade a device with it can still have.' })
  bestCosmetic: string;
}

/** GET /v1/checklists/{category}: the checklist and the defect reason codes. */
export class ChecklistWithDefectsSchema extends ChecklistSchema {
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/DefectCodeSchema' },
    description: 'Defect reason code → its label and best cosmetic grade.',
  })
  defectCodes: Record<string, DefectCodeSchema>;
}

export { DefectCodeSchema };

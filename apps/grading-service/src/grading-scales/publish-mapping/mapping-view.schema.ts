import { ApiProperty } from '@nestjs/swagger';
import { type MarketplaceGradeMapping } from '../marketplace-grade-mapping';

/** CTIA cosmetic grade → marketplace grade. */
class GradeNamesSchema {
  @ApiProperty({ example: 'Excellent' }) A: string;
  @ApiProperty({ example: 'Very good' }) B: string;
  @ApiProperty({ example: 'Good' }) C: string;
  @ApiProperty({ example: 'Fair' }) D: string;
  @ApiProperty({ example: 'Parts only' }) E: string;
}

/** A version of the marketplace grade mapping (MarketplaceGradeMapping). */
export class MarketplaceGradeMappingSchema implements MarketplaceGradeMapping {
  @ApiProperty({ type: 'integer', minimum: 1 }) version: number;
  @ApiProperty({ type: GradeNamesSchema }) grades: GradeNamesSchema;
}

import { ApiProperty } from '@nestjs/swagger';
import { HOLD_REASONS } from '../../holds/hold-rules';
import { type CheckLimitsView } from './check-limits.dto';

class YearFiguresSchema {
  @ApiProperty({ type: 'integer', minimum: 0 }) trades: number;
  @ApiProperty({ pattern: '^(0|[1-9]\\d{0,17})$', example: '185000', description: 'Euro cents, as a string.' }) eurMinor: string;
}

/** Would a payout be held (CheckLimitsView); `implements` keeps the two in step. */
export class CheckLimitsViewSchema implements CheckLimitsView {
  @ApiProperty() wouldHold: boolean;
  @ApiProperty({ enum: HOLD_REASONS, isArray: true }) reasons: string[];
  @ApiProperty({ type: YearFiguresSchema, description: "The seller's calendar year so far, as DAC7 counts it." })
  sellerYear: YearFiguresSchema;
  @ApiProperty({ type: YearFiguresSchema, description: 'DAC7 reporting thresholds.' }) thresholds: YearFiguresSchema;
}

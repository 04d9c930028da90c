import { ApiProperty } from '@nestjs/swagger';
import { type ScanReport } from './carrier-events.service';

/** Every field of ScanReport, whatever its type here (JSON turns dates into strings): keeps the two in step. */
type ScanReportFields = { [K in keyof ScanReport]: unknown };

/** What a batch of carrier scans did (ScanReport). */
export class ScanReportSchema implements ScanReportFields {
  @ApiProperty({ type: 'integer', minimum: 0 }) applied: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Scans already received (same carrier event id).' }) duplicates: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Scans of tracking numbers the platform does not know.' })
  unknownParcels: number;
}

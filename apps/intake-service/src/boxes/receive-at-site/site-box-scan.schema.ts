import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One device scanned out of a received box (ScanResult): UNEXPECTED devices carry their key instead of a trade-in. */
export class BoxScanResultSchema {
  @ApiProperty({ enum: ['ARRIVED', 'QUARANTINED', 'ALREADY_SCANNED', 'UNEXPECTED'] }) result: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'All but UNEXPECTED.' }) tradeInId?: string;
  @ApiPropertyOptional({ type: [String], description: 'QUARANTINED only.' }) reasonCodes?: string[];
  @ApiPropertyOptional({ example: 'IMEI:353908111025570', description: 'UNEXPECTED only.' }) deviceKey?: string;
}

/** A reconciled box: the manifest's trade-ins by what became of them, and devices that were not on it. */
export class BoxReconciliationSchema {
  @ApiProperty({ type: [String], description: 'Trade-in ids scanned out of the box.' }) arrived: string[];
  @ApiProperty({ type: [String], description: 'Trade-in ids on the manifest but not scanned: MISSING discrepancies.' }) missing: string[];
  @ApiProperty({ type: [String], description: 'Device keys scanned but not on the manifest.' }) unexpected: string[];
}

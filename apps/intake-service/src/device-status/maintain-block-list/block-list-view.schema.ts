import { ApiProperty } from '@nestjs/swagger';
import { type DeviceStatusAudit } from '../device-status-audit.entity';
import { type DeviceStatusEntry } from '../device-status-entry.entity';

const BLOCK_REASONS = ['STOLEN', 'LOST', 'FINANCED_UNPAID'];

/** Every field of DeviceStatusEntry, whatever its type here (JSON turns dates into strings): keeps the two in step. */
type DeviceStatusEntryFields = { [K in keyof DeviceStatusEntry]: unknown };

/** One listing on the local block list (DeviceStatusEntry as answered: dates as ISO strings). */
export class BlockListEntrySchema implements DeviceStatusEntryFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'IMEI:353908111025570', description: 'IMEI:<15 digits> or SN:<serial number>.' }) deviceKey: string;
  @ApiProperty({ enum: BLOCK_REASONS }) status: string;
  @ApiProperty({ example: 'Police report 2026/0412' }) reason: string;
  @ApiProperty({ example: 'ops-1' }) addedBy: string;
  @ApiProperty({ format: 'date-time' }) addedAt: string;
  @ApiProperty({ type: String, nullable: true }) removedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) removedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) removalReason: string | null;
}

type DeviceStatusAuditFields = { [K in keyof DeviceStatusAudit]: unknown };

class BlockListAuditSchema implements DeviceStatusAuditFields {
  @ApiProperty({ description: 'Order of the record (a number, as a string).', example: '7' }) id: string;
  @ApiProperty({ format: 'uuid' }) entryId: string;
  @ApiProperty({ example: 'IMEI:353908111025570' }) deviceKey: string;
  @ApiProperty({ enum: ['ADDED', 'REMOVED'] }) action: string;
  @ApiProperty({ enum: BLOCK_REASONS }) status: string;
  @ApiProperty() reason: string;
  @ApiProperty({ example: 'ops-1' }) actor: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class DeviceStatusSchema {
  @ApiProperty({ example: 'IMEI:353908111025570' }) deviceKey: string;
  @ApiProperty({ enum: ['CLEAR', 'BLOCKED', 'FINANCED_UNPAID', 'UNKNOWN'], description: 'STOLEN or LOST block the device.' })
  status: string;
  @ApiProperty({ enum: BLOCK_REASONS, isArray: true, description: 'The listings in force.' }) reasons: string[];
  @ApiProperty({ type: [BlockListAuditSchema], description: 'Every change, oldest first.' }) audit: BlockListAuditSchema[];
}

import { ApiProperty } from '@nestjs/swagger';
import { DEVICE_CATEGORIES } from '@tradein/contracts';
import { INTAKE_STATUSES } from '../intake-cases/intake-status';
import { SHIPMENT_STATUSES } from '../shipments/shipment-status';
import { type ParcelView } from './dock-receipt.service';

class QuotedDeviceSchema {
  @ApiProperty({ example: 'apple-iphone-13' }) modelId: string;
  @ApiProperty({ enum: DEVICE_CATEGORIES, enumName: 'DeviceCategory' }) category: string;
}

/** Every field of ParcelView, whatever its type here (JSON turns dates into strings): keeps the two in step. */
type ParcelViewFields = { [K in keyof ParcelView]: unknown };

/** A parcel found at the dock by its tracking number (ParcelView). */
export class ParcelViewSchema implements ParcelViewFields {
  @ApiProperty({ format: 'uuid' }) tradeInId: string;
  @ApiProperty({ example: 'SBX0001234' }) trackingNumber: string;
  @ApiProperty({ enum: SHIPMENT_STATUSES }) shipmentStatus: string;
  @ApiProperty({ enum: INTAKE_STATUSES, enumName: 'IntakeStatus' }) intakeStatus: string;
  @ApiProperty({ type: QuotedDeviceSchema }) quoted: QuotedDeviceSchema;
  @ApiProperty({ type: String, nullable: true, example: 'SITE-1', description: 'The grading site it is addressed to.' })
  siteId: string | null;
}

import { ApiProperty } from '@nestjs/swagger';
import { DEVICE_CATEGORIES, DISPOSITIONS } from '@tradein/contracts';
import { CertificateViewSchema } from '../../erasure/record-erasure/certificate-view.schema';
import { GradeViewSchema } from '../grade-view.schema';

class PassportDeviceSchema {
  @ApiProperty({ type: String, nullable: true, enum: DEVICE_CATEGORIES }) category: string | null;
  @ApiProperty({ type: String, nullable: true }) modelId: string | null;
  @ApiProperty({ type: String, nullable: true }) variantId: string | null;
  @ApiProperty({ type: String, nullable: true }) imei: string | null;
  @ApiProperty({ type: String, nullable: true }) serialNumber: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'SITE-1' }) siteId: string | null;
  @ApiProperty({ type: String, nullable: true }) storeId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) receivedAt: string | null;
}

class PassportAppealSchema {
  @ApiProperty() appealId: string;
  @ApiProperty() requestedBy: string;
  @ApiProperty() reason: string;
  @ApiProperty({ example: 'REGRADED' }) status: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The regrade job it opened.' }) jobId: string | null;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
}

/** The grade-dependent fields of a stock item before or after a change (StockSnapshot). */
class StockSnapshotSchema {
  @ApiProperty({ example: 'IN_STOCK' }) status: string;
  @ApiProperty({ example: 'apple-iphone-13-128gb-B' }) sku: string;
  @ApiProperty() marketplaceGrade: string;
  @ApiProperty() cosmeticGrade: string;
  @ApiProperty() disposition: string;
  @ApiProperty({ type: [String] }) partsNeeded: string[];
}

class StockChangeSchema {
  @ApiProperty({ enum: ['REGRADED', 'REMOVED', 'RESTOCKED'] }) change: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) previousGradeId: string | null;
  @ApiProperty({ format: 'uuid' }) gradeId: string;
  @ApiProperty({ type: StockSnapshotSchema }) previous: StockSnapshotSchema;
  @ApiProperty({ type: StockSnapshotSchema }) current: StockSnapshotSchema;
  @ApiProperty({ format: 'date-time' }) changedAt: string;
}

class PassportStockSchema {
  @ApiProperty({ format: 'uuid' }) stockItemId: string;
  @ApiProperty({ example: 'apple-iphone-13-128gb-B' }) sku: string;
  @ApiProperty({ example: 'SITE-1' }) siteId: string;
  @ApiProperty({ enum: DISPOSITIONS, enumName: 'Disposition' }) disposition: string;
  @ApiProperty({ type: [String] }) partsNeeded: string[];
  @ApiProperty({ format: 'date-time' }) addedAt: string;
  @ApiProperty({ enum: ['IN_STOCK', 'REMOVED'] }) status: string;
  @ApiProperty({ format: 'uuid' }) gradeId: string;
  @ApiProperty() cosmeticGrade: string;
  @ApiProperty() marketplaceGrade: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) removedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) removalReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) regradedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) previousSku: string | null;
  @ApiProperty({ type: [StockChangeSchema], description: 'Every change after it entered stock, oldest first.' })
  history: StockChangeSchema[];
}

/** GET /v1/devices/{tradeInId}/passport (passport.controller.ts): one JSON document to export. */
export class PassportSchema {
  @ApiProperty({ enum: ['tradein-device-passport/1'] }) format: string;
  @ApiProperty() tradeInId: string;
  @ApiProperty({ type: PassportDeviceSchema }) device: PassportDeviceSchema;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) currentGradeId: string | null;
  @ApiProperty({ type: [GradeViewSchema], description: 'Every grade, oldest first (the original and any regrade).' })
  grades: GradeViewSchema[];
  @ApiProperty({ type: [CertificateViewSchema] }) erasureCertificates: CertificateViewSchema[];
  @ApiProperty({ type: [PassportAppealSchema] }) appeals: PassportAppealSchema[];
  @ApiProperty({ type: PassportStockSchema, nullable: true }) stock: PassportStockSchema | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finalizedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) declinedAt: string | null;
}

export class ReinspectionSchema {
  @ApiProperty({ format: 'uuid', description: 'The REGRADE job opened for the retest.' }) jobId: string;
  @ApiProperty() tradeInId: string;
}

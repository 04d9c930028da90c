import { ApiProperty, type ApiPropertyOptions, ApiPropertyOptional } from '@nestjs/swagger';
import { CTIA_COSMETIC_GRADES, DEVICE_CATEGORIES, DISPOSITIONS } from '@tradein/contracts';
import { FailedCheckSchema } from '../inspection/failed-check.schema';

/** The documented shapes of gradeView (grade-view.ts) and its parts, shared by the grade, passport and job answers. */
export class RecordedDefectSchema {
  @ApiProperty({ example: 'DISPLAY_COVER_CRACKED' }) code: string;
  @ApiPropertyOptional({ example: 'crack from the top left corner' }) note?: string;
}

class BoundEvidenceSchema {
  @ApiProperty({ example: 'ev_3f9a…' }) ref: string;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$' }) sha256: string;
  @ApiProperty({ example: 'PHOTO' }) kind: string;
  @ApiProperty({ example: 'IMEI:353908111025570', description: 'The device identifier the evidence is bound to.' }) boundTo: string;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 over identifier, reference and content hash.' }) binding: string;
}

class GradedDeviceSchema {
  @ApiProperty({ enum: DEVICE_CATEGORIES, enumName: 'DeviceCategory' }) category: string;
  @ApiProperty({ example: 'apple-iphone-13' }) modelId: string;
  @ApiProperty({ type: String, nullable: true }) variantId: string | null;
  @ApiProperty({ example: 'IMEI:353908111025570' }) boundTo: string;
}

class GradeVersionsSchema {
  @ApiProperty({ example: 'CTIA-2024' }) gradingStandard: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) marketplaceMapping: number;
  @ApiProperty({ example: 'smartphone-v1' }) checklist: string;
  @ApiProperty({ example: 'disposition-v1' }) dispositionPolicy: string;
}

/** Check code → PASS, FAIL, NOT_PRESENT, or a measured percentage. */
export const CHECK_RESULTS_MAP: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: { oneOf: [{ type: 'string', enum: ['PASS', 'FAIL', 'NOT_PRESENT'] }, { type: 'number' }] },
  example: { POWER_ON: 'PASS', BATTERY_HEALTH: 91 },
};

export class GradeViewSchema {
  @ApiProperty({ format: 'uuid' }) gradeId: string;
  @ApiProperty() tradeInId: string;
  @ApiProperty({ format: 'uuid' }) jobId: string;
  @ApiProperty({ example: 'SITE-1' }) siteId: string;
  @ApiProperty({ example: 'demo-grader' }) technicianId: string;
  @ApiProperty() regrade: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) supersedesGradeId: string | null;
  @ApiProperty({ type: String, nullable: true }) appealId: string | null;
  @ApiProperty({ type: GradedDeviceSchema }) device: GradedDeviceSchema;
  @ApiProperty({ enum: CTIA_COSMETIC_GRADES }) cosmeticGrade: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 9 }) functionalGrade: number;
  @ApiProperty({ example: 'F2' }) r2Functional: string;
  @ApiProperty({ example: 'C2' }) r2Cosmetic: string;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, maximum: 100 }) batteryHealthPercent: number | null;
  @ApiProperty({ description: 'Activation lock or MDM enrolment.' }) locked: boolean;
  @ApiProperty({ type: [String] }) missingAccessories: string[];
  @ApiProperty({ type: [RecordedDefectSchema] }) defects: RecordedDefectSchema[];
  @ApiProperty({ type: [FailedCheckSchema] }) failedChecks: FailedCheckSchema[];
  @ApiProperty(CHECK_RESULTS_MAP) checks: Record<string, string | number>;
  @ApiProperty({ type: [BoundEvidenceSchema] }) evidence: BoundEvidenceSchema[];
  @ApiProperty({ enum: DISPOSITIONS, enumName: 'Disposition' }) disposition: string;
  @ApiProperty({ type: [String] }) partsNeeded: string[];
  @ApiProperty({ type: [String] }) dispositionReasons: string[];
  @ApiProperty({ example: 'Excellent' }) marketplaceGrade: string;
  @ApiProperty({ type: GradeVersionsSchema }) versions: GradeVersionsSchema;
  @ApiProperty({ enum: ['VERIFIED', 'DESTROYED', 'NOT_VERIFIED', 'MISSING'] }) erasureOutcome: string;
  @ApiProperty({ format: 'date-time' }) gradedAt: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { CTIA_COSMETIC_GRADES, DEVICE_CATEGORIES, DISPOSITIONS } from '@tradein/contracts';
import { CertificateViewSchema } from '../../erasure/record-erasure/certificate-view.schema';
import { CHECK_RESULTS_MAP } from '../grade-view.schema';
import { ChecklistSchema } from '../../inspection/checklists/checklist-view.schema';
import { type GradeSummary } from './regrade-context';

class JobDeviceSchema {
  @ApiProperty({ type: String, nullable: true, enum: DEVICE_CATEGORIES }) category: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'apple-iphone-13' }) modelId: string | null;
  @ApiProperty({ type: String, nullable: true }) variantId: string | null;
  @ApiProperty({ type: String, nullable: true, example: '353908111025570' }) imei: string | null;
  @ApiProperty({ type: String, nullable: true }) serialNumber: string | null;
}

class JobInspectionSchema {
  @ApiProperty({ example: 'demo-grader' }) technicianId: string;
  @ApiProperty({ enum: CTIA_COSMETIC_GRADES }) cosmeticGrade: string;
  @ApiProperty(CHECK_RESULTS_MAP) checks: Record<string, string | number>;
  @ApiProperty({ format: 'date-time' }) inspectedAt: string;
}

class AppealSchema {
  @ApiProperty() appealId: string;
  @ApiProperty({ description: 'Who asked for the regrade (partner, customer or ops).' }) requestedBy: string;
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ example: 'OPEN' }) status: string;
}

/** A grade in short (GradeSummary), as a regrading technician compares it. */
class GradeSummarySchema implements GradeSummary {
  @ApiProperty({ format: 'uuid' }) gradeId: string;
  @ApiProperty() technicianId: string;
  @ApiProperty({ enum: CTIA_COSMETIC_GRADES }) cosmeticGrade: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 9 }) functionalGrade: number;
  @ApiProperty() marketplaceGrade: string;
  @ApiProperty({ enum: DISPOSITIONS, enumName: 'Disposition' }) disposition: string;
  @ApiProperty({ type: [String], description: 'Defect codes.' }) defects: string[];
  @ApiProperty({ type: [String], description: 'Failed check codes.' }) failedChecks: string[];
  @ApiProperty({ type: 'integer', nullable: true }) batteryHealthPercent: number | null;
  @ApiProperty({ format: 'date-time' }) gradedAt: string;
}

/** GET /v1/jobs/{jobId} (job-detail.controller.ts). */
export class JobDetailSchema {
  @ApiProperty({ format: 'uuid' }) jobId: string;
  @ApiProperty() tradeInId: string;
  @ApiProperty({ example: 'SITE-1' }) siteId: string;
  @ApiProperty({ enum: ['INITIAL', 'REGRADE'] }) kind: string;
  @ApiProperty({ enum: ['OPEN', 'DONE', 'CANCELLED'] }) status: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why a regrade was opened.' }) reason: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The technician holding an active lease.' }) claimedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) leaseExpiresAt: string | null;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ format: 'date-time', description: 'Inspection deadline.' }) deadlineAt: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) ageMinutes: number;
  @ApiProperty({ type: 'integer', description: 'Negative once the deadline has passed.' }) minutesToDeadline: number;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ type: JobDeviceSchema, nullable: true, description: 'Null until intake reported the device.' })
  device: JobDeviceSchema | null;
  @ApiProperty({ type: ChecklistSchema, nullable: true }) checklist: ChecklistSchema | null;
  @ApiProperty({ type: JobInspectionSchema, nullable: true }) inspection: JobInspectionSchema | null;
  @ApiProperty({ type: [CertificateViewSchema] }) erasureCertificates: CertificateViewSchema[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: "This job's grade once given." }) gradeId: string | null;
  @ApiProperty({ type: AppealSchema, nullable: true, description: 'Regrades opened by an appeal.' }) appeal: AppealSchema | null;
  @ApiProperty({ type: GradeSummarySchema, nullable: true, description: 'The grade under appeal.' })
  appealedGrade: GradeSummarySchema | null;
  @ApiProperty({ type: GradeSummarySchema, nullable: true, description: "This job's own grade once given." })
  result: GradeSummarySchema | null;
}

import { type DeviceGradedPayload } from '@tradein/contracts';
import { checklistFor } from '../inspection/checklists/checklists';
import { defectCodeForFailedCheck } from '../inspection/failed-check-defects';
import { type Grade } from '../grade-record/grade.entity';

/**
 * tradein.device.graded from a stored grade: everything quote-service needs to reprice with the quote's
 * own price table. Failed checks travel as defects (see defectCodeForFailedCheck) beside the grader's defect
 * codes so a revised offer can cite each one.
 */
export function deviceGradedPayload(g: Grade): DeviceGradedPayload {
  const labels = new Map(checklistFor(g.category).checks.map((c) => [c.code, c.label]));
  const payload: DeviceGradedPayload = {
    gradeId: g.id,
    siteId: g.siteId,
    device: { modelId: g.modelId, category: g.category, ...(g.variantId ? { variantId: g.variantId } : {}) },
    cosmeticGrade: g.cosmeticGrade,
    functionalGrade: g.functionalGrade,
    r2Functional: g.r2Functional,
    r2Cosmetic: g.r2Cosmetic,
    missingAccessories: g.missingAccessories,
    locked: g.locked,
    defects: [
      ...g.defects,
      ...g.failedChecks.map((f) => ({ code: defectCodeForFailedCheck(f.code), note: `${labels.get(f.code) ?? f.code} failed` })),
    ],
    evidenceRefs: g.evidence.map((e) => e.ref),
    disposition: g.disposition,
    marketplaceGrade: g.marketplaceGrade,
    gradingStandardVersion: g.gradingStandardVersion,
    technicianId: g.technicianId,
    regrade: g.regrade,
  };
  if (g.batteryHealthPercent !== null) payload.batteryHealthPercent = g.batteryHealthPercent;
  return payload;
}

import { type Grade } from '../grade-record/grade.entity';

/** A grade as the API and the passport show it. */
export function gradeView(g: Grade): Record<string, unknown> {
  return {
    gradeId: g.id,
    tradeInId: g.tradeInId,
    jobId: g.jobId,
    siteId: g.siteId,
    technicianId: g.technicianId,
    regrade: g.regrade,
    supersedesGradeId: g.supersedesGradeId,
    appealId: g.appealId,
    device: { category: g.category, modelId: g.modelId, variantId: g.variantId, boundTo: g.identifier },
    cosmeticGrade: g.cosmeticGrade,
    functionalGrade: g.functionalGrade,
    r2Functional: g.r2Functional,
    r2Cosmetic: g.r2Cosmetic,
    batteryHealthPercent: g.batteryHealthPercent,
    locked: g.locked,
    missingAccessories: g.missingAccessories,
    defects: g.defects,
    failedChecks: g.failedChecks,
    checks: g.checks,
    evidence: g.evidence,
    disposition: g.disposition,
    partsNeeded: g.partsNeeded,
    dispositionReasons: g.dispositionReasons,
    marketplaceGrade: g.marketplaceGrade,
    versions: {
      gradingStandard: g.gradingStandardVersion,
      marketplaceMapping: g.marketplaceMappingVersion,
      checklist: g.checklistVersion,
      dispositionPolicy: g.dispositionPolicyVersion,
    },
    erasureOutcome: g.erasureOutcome,
    gradedAt: g.gradedAt.toISOString(),
  };
}

import { type CtiaCosmeticGrade, CTIA_COSMETIC_GRADES } from '@tradein/contracts';

/**
 * Marketplace grades shown to buyers are cosmetic only and derive from the CTIA cosmetic grade through a
 * versioned mapping that ops can replace (a new version; old grades keep the version they were made with).
 */
export interface MarketplaceGradeMapping {
  version: number;
  grades: Readonly<Record<CtiaCosmeticGrade, string>>;
}

export const DEFAULT_MARKETPLACE_GRADE_MAPPING: MarketplaceGradeMapping = Object.freeze({
  version: 1,
  grades: Object.freeze({ A: 'Premium', B: 'Excellent', C: 'Good', D: 'Fair', E: 'Parts only' }),
});

export function marketplaceGradeFor(mapping: MarketplaceGradeMapping, cosmetic: CtiaCosmeticGrade): string {
  const grade = mapping.grades[cosmetic];
  if (!grade) throw new Error(`marketplace grade mapping v${mapping.version} has no entry for cosmetic ${cosmetic}`);
  return grade;
}

/** Why a proposed mapping is unusable, as `field: reason` lines; empty when it is usable. */
export function mappingProblems(grades: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(grades)) {
    if (!(CTIA_COSMETIC_GRADES as readonly string[]).includes(key)) problems.push(`grades.${key}: is not a CTIA cosmetic grade (A-E)`);
  }
  for (const cosmetic of CTIA_COSMETIC_GRADES) {
    const value = grades[cosmetic];
    if (typeof value !== 'string' || value.trim().length === 0 || value.length > 40) {
      problems.push(`grades.${cosmetic}: must be a marketplace grade name of 1-40 characters`);
    }
  }
  return problems;
}

/** Standard versions a grade was made under, as carried in tradein.device.graded (max 40 characters). */
export function gradingStandardVersion(ctia: string, r2: string, mappingVersion: number): string {
  return `${ctia}+${r2}+MKT-${mappingVersion}`;
}

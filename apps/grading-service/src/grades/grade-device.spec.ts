import { DEFAULT_DISPOSITION_POLICY } from '../disposition/disposition-policy';
import { DEFAULT_MARKETPLACE_GRADE_MAPPING } from '../grading-scales/marketplace-grade-mapping';
import { CHECKLISTS } from '../inspection/checklists/checklists';
import { type CheckResult } from '../inspection/checklists/checklist.types';
import { gradeDevice, type GradeInput } from './grade-device';

function checks(overrides: Record<string, CheckResult> = {}): Record<string, CheckResult> {
  return { ...Object.fromEntries(CHECKLISTS.smartphone.checks.map((c) => [c.code, c.kind === 'PERCENT' ? 88 : 'PASS'])), ...overrides };
}
const input = (o: Partial<GradeInput> = {}): GradeInput => ({
  category: 'smartphone',
  checks: checks(),
  cosmeticGrade: 'B',
  missingAccessories: [],
  locked: false,
  blockListed: false,
  erasure: 'VERIFIED',
  ...o,
});

describe('grading a device', () => {
  it('produces CTIA grades, R2 categories, a disposition and the marketplace grade', () => {
    expect(gradeDevice(input(), DEFAULT_MARKETPLACE_GRADE_MAPPING, DEFAULT_DISPOSITION_POLICY)).toEqual({
      cosmeticGrade: 'B',
      functionalGrade: 0,
      r2Functional: 'F6',
      r2Cosmetic: 'C5',
      batteryHealthPercent: 88,
      failedChecks: [],
      disposition: 'REFURBISH',
      partsNeeded: [],
      dispositionReasons: ['FULLY_FUNCTIONAL'],
      marketplaceGrade: 'Excellent',
      marketplaceMappingVersion: 1,
      gradingStandardVersion: 'CTIA-WDGS-3.0+R2v3+MKT-1',
      checklistVersion: 'smartphone-1',
      dispositionPolicyVersion: 'DISP-1',
    });
  });

  it('carries a failed charging port through to grade 3, F2 and a part', () => {
    const g = gradeDevice(
      input({ checks: checks({ CHARGING_PORT: 'FAIL' }) }),
      DEFAULT_MARKETPLACE_GRADE_MAPPING,
      DEFAULT_DISPOSITION_POLICY,
    );
    expect(g).toMatchObject({
      functionalGrade: 3,
      r2Functional: 'F2',
      disposition: 'REFURBISH_WITH_PARTS',
      partsNeeded: ['charging-port'],
    });
  });

  it('quarantines a locked device whatever its grades', () => {
    const g = gradeDevice(input({ locked: true, cosmeticGrade: 'A' }), DEFAULT_MARKETPLACE_GRADE_MAPPING, DEFAULT_DISPOSITION_POLICY);
    expect(g).toMatchObject({ disposition: 'QUARANTINE', marketplaceGrade: 'Premium', r2Cosmetic: 'C6' });
  });

  it('omits battery health for categories that have none', () => {
    const consoleChecks = Object.fromEntries(CHECKLISTS.console.checks.map((c) => [c.code, 'PASS'])) as Record<string, CheckResult>;
    const g = gradeDevice(
      input({ category: 'console', checks: consoleChecks }),
      DEFAULT_MARKETPLACE_GRADE_MAPPING,
      DEFAULT_DISPOSITION_POLICY,
    );
    expect(g.batteryHealthPercent).toBeUndefined();
    expect(g.checklistVersion).toBe('console-1');
  });
});

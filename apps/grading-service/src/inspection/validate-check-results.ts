import { type Checklist, type CheckResult } from './checklists/checklist.types';

const PASS_FAIL_ANSWERS = ['PASS', 'FAIL', 'NOT_PRESENT'] as const;

/**
 * Every check of the category's checklist must be answered (stores skip the screen check in 12 % of
 * trade-ins when it is optional, so nothing is optional here), and nothing outside the checklist is
 * accepted. Returns `field: reason` lines; empty when the results are complete and well formed.
 */
export function checkResultProblems(checklist: Checklist, results: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const known = new Set(checklist.checks.map((c) => c.code));
  for (const code of Object.keys(results)) {
    if (!known.has(code)) problems.push(`checks.${code}: is not a check of the ${checklist.category} checklist`);
  }
  for (const check of checklist.checks) {
    const value = results[check.code];
    const field = `checks.${check.code}`;
    if (value === undefined || value === null) {
      problems.push(`${field}: is required`);
      continue;
    }
    if (check.kind === 'PERCENT') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100) {
        problems.push(`${field}: must be an integer percentage 0-100`);
      }
      continue;
    }
    if (typeof value !== 'string' || !(PASS_FAIL_ANSWERS as readonly string[]).includes(value)) {
      problems.push(`${field}: must be one of ${PASS_FAIL_ANSWERS.join(', ')}`);
    } else if (value === 'NOT_PRESENT' && !check.optional) {
      problems.push(`${field}: NOT_PRESENT is only allowed for hardware some models lack`);
    }
  }
  return problems;
}

/** The results, once validated, in their typed form. */
export function asCheckResults(results: Record<string, unknown>): Record<string, CheckResult> {
  return results as Record<string, CheckResult>;
}

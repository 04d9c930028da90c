import { CTIA_COSMETIC_GRADES, type CtiaCosmeticGrade } from '@tradein/contracts';
import { type Answers } from '../../catalog/questionnaires/questionnaire.model';

/**
 * CTIA Wireless Device Grading Scales (cosmetic) against the questionnaire's screen and body options:
 * A like new; B light scratches; C more wear (no crack on the display cover lens); D cracked display cover lens;
 * E damage inside the display.
 */
const SCREEN_BY_GRADE: Readonly<Record<CtiaCosmeticGrade, string>> = {
  A: 'flawless',
  B: 'light_scratches',
  C: 'deep_scratches',
  D: 'cracked',
  E: 'display_defect',
};
const BODY_BY_GRADE: Readonly<Record<CtiaCosmeticGrade, string>> = {
  A: 'flawless',
  B: 'light_wear',
  C: 'heavy_wear',
  D: 'cracked_or_bent',
  E: 'cracked_or_bent',
};
const GRADE_OF_SCREEN: Readonly<Record<string, CtiaCosmeticGrade>> = invert(SCREEN_BY_GRADE);
const GRADE_OF_BODY: Readonly<Record<string, CtiaCosmeticGrade>> = {
  flawless: 'A',
  light_wear: 'B',
  heavy_wear: 'C',
  cracked_or_bent: 'D',
};

export function gradeIndex(grade: CtiaCosmeticGrade): number {
  return CTIA_COSMETIC_GRADES.indexOf(grade);
}

function worse(a: CtiaCosmeticGrade, b: CtiaCosmeticGrade): CtiaCosmeticGrade {
  return gradeIndex(a) >= gradeIndex(b) ? a : b;
}

function better(a: CtiaCosmeticGrade, b: CtiaCosmeticGrade): CtiaCosmeticGrade {
  return gradeIndex(a) <= gradeIndex(b) ? a : b;
}

/** The cosmetic grade the seller's answers amount to: the worse of screen and body. */
export function declaredCosmeticGrade(answers: Answers): CtiaCosmeticGrade {
  const screen = answers['screen'] !== undefined ? (GRADE_OF_SCREEN[answers['screen']] ?? 'A') : 'A';
  const body = answers['body'] !== undefined ? (GRADE_OF_BODY[answers['body']] ?? 'A') : 'A';
  return worse(screen, body);
}

/**
 * Screen and body answers implied by a graded cosmetic grade. The grade names the worst aspect only, so:
 * D and E are about the display by definition; for A–C, a screen defect code points at the screen, else the
 * body took the wear. The other aspect keeps the seller's answer, but no worse than the grade allows.
 */
export function cosmeticAnswers(
  grade: CtiaCosmeticGrade,
  declared: Answers,
  defectCodes: readonly string[],
  hasScreen: boolean,
): { screen?: string; body: string } {
  const declaredScreen = GRADE_OF_SCREEN[declared['screen'] ?? ''] ?? 'A';
  const declaredBody = GRADE_OF_BODY[declared['body'] ?? ''] ?? 'A';
  if (!hasScreen) return { body: BODY_BY_GRADE[grade] };
  const screenDefect = defectCodes.some((c) => /^(SCREEN|DISPLAY)_/i.test(c));
  const onScreen = gradeIndex(grade) >= gradeIndex('D') || screenDefect;
  if (onScreen) return { screen: SCREEN_BY_GRADE[grade], body: BODY_BY_GRADE[better(declaredBody, grade)] };
  return { screen: SCREEN_BY_GRADE[better(declaredScreen, grade)], body: BODY_BY_GRADE[grade] };
}

function invert(record: Readonly<Record<CtiaCosmeticGrade, string>>): Record<string, CtiaCosmeticGrade> {
  return Object.fromEntries(Object.entries(record).map(([g, option]) => [option, g as CtiaCosmeticGrade]));
}

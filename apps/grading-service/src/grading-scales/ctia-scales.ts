import { type CtiaCosmeticGrade, CTIA_COSMETIC_GRADES } from '@tradein/contracts';

/**
 * CTIA Wireless Device Grading Scales (voluntary US industry standard).
 * Cosmetic A (like new) to E (damage inside the display); functional 0 (fully functional) to 9.
 * 0 is fully functional, 1 and 2 partly functional, 3-9 outside reuse.
 */
export const CTIA_STANDARD_VERSION = 'CTIA-WDGS-3.0';

export const CTIA_COSMETIC_DESCRIPTIONS: Readonly<Record<CtiaCosmeticGrade, string>> = Object.freeze({
  A: 'Like new: negligible scratches or blemishes',
  B: 'Light wear: scratches that do not catch a fingernail; no cracks on the device or display',
  C: 'More wear: cracks allowed on the camera or rear lens, not on the display cover lens',
  D: 'Heavy cosmetic damage with a cracked display cover lens',
  E: 'Heavy damage with damage inside the display',
});

export type CtiaFunctionalGrade = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** Rank so that a larger number is a worse cosmetic grade (A=0 ... E=4). */
export function cosmeticRank(grade: CtiaCosmeticGrade): number {
  return CTIA_COSMETIC_GRADES.indexOf(grade);
}

/** CTIA: only 0 counts as fully functional; 3 and above are outside reuse without repair. */
export function isWithinReuse(functionalGrade: number): boolean {
  return functionalGrade <= 2;
}

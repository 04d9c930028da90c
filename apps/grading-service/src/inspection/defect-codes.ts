import { type CtiaCosmeticGrade, CTIA_COSMETIC_GRADES } from '@tradein/contracts';

/**
 * Defect reason codes a grader records, each with the best CTIA cosmetic grade (CTIA Wireless Device Grading
 * Scales) a device carrying it can still have. quote-service turns them into reason codes on a revised offer.
 */
export const DEFECT_CODES = {
  // SCREEN_ and DISPLAY_ codes are about the display (quote-service reads the prefix); the others about the housing.
  SCREEN_LIGHT_SCRATCHES: { label: 'Light scratches on the screen that do not catch a fingernail', bestCosmetic: 'B' },
  SCREEN_DEEP_SCRATCHES: { label: 'Scratches on the screen that catch a fingernail', bestCosmetic: 'C' },
  LIGHT_SCRATCHES: { label: 'Light scratches on the housing that do not catch a fingernail', bestCosmetic: 'B' },
  DEEP_SCRATCHES: { label: 'Scratches on the housing that catch a fingernail', bestCosmetic: 'C' },
  DENTS_OR_CHIPS: { label: 'Dents or chips on the housing', bestCosmetic: 'C' },
  CAMERA_LENS_CRACKED: { label: 'Cracked camera or rear lens', bestCosmetic: 'C' },
  BACK_GLASS_CRACKED: { label: 'Cracked back glass', bestCosmetic: 'C' },
  DISPLAY_COVER_CRACKED: { label: 'Cracked display cover lens', bestCosmetic: 'D' },
  DISPLAY_DAMAGED: { label: 'Damage inside the display (dead pixels, lines, burn-in, bleeding)', bestCosmetic: 'E' },
  BENT_FRAME: { label: 'Bent frame or housing', bestCosmetic: 'D' },
  LIQUID_DAMAGE: { label: 'Liquid damage indicators tripped', bestCosmetic: 'A' },
  SWOLLEN_BATTERY: { label: 'Swollen battery', bestCosmetic: 'A' },
  NON_GENUINE_PARTS: { label: 'Non-genuine replacement parts detected', bestCosmetic: 'A' },
  BAND_WORN: { label: 'Band worn or torn', bestCosmetic: 'B' },
  CONTROLLER_FAULTY: { label: 'Controller faulty (stick drift, dead button)', bestCosmetic: 'A' },
  FUNCTIONAL_FAULT: { label: 'A function failed its check', bestCosmetic: 'A' },
} as const satisfies Record<string, { label: string; bestCosmetic: CtiaCosmeticGrade }>;

export type DefectCode = keyof typeof DEFECT_CODES;

export function isDefectCode(code: string): code is DefectCode {
  return Object.prototype.hasOwnProperty.call(DEFECT_CODES, code);
}

/**
 * A cosmetic grade better than a recorded defect allows is a contradiction the grader must resolve
 * (e.g. grade B with a cracked display cover lens: CTIA puts that at D at best). Returns `field: reason` lines.
 */
export function defectProblems(cosmetic: CtiaCosmeticGrade, defects: readonly { code: string }[]): string[] {
  const problems: string[] = [];
  defects.forEach((defect, i) => {
    if (!isDefectCode(defect.code)) {
      problems.push(`defects.${i}.code: ${defect.code} is not a known defect reason code`);
      return;
    }
    const best = DEFECT_CODES[defect.code].bestCosmetic;
    if (CTIA_COSMETIC_GRADES.indexOf(cosmetic) < CTIA_COSMETIC_GRADES.indexOf(best)) {
      problems.push(`cosmeticGrade: ${cosmetic} is better than CTIA allows with defect ${defect.code} (at best ${best})`);
    }
  });
  return problems;
}

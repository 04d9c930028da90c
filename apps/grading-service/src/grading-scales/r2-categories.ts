import { type CtiaCosmeticGrade } from '@tradein/contracts';

/**
 * R2v3 (Responsible Recycling) equipment categories, recorded beside the CTIA grades.
 * Functional: F1 collectible, F2 specialty, F3 key functions working, F4 hardware functional,
 * F5 refurbished, F6 like new. Cosmetic: C0 not categorised ... C8 unused.
 */
export type R2Functional = 'F1' | 'F2' | 'F3' | 'F4' | 'F5' | 'F6';
export type R2Cosmetic = 'C0' | 'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'C6' | 'C7' | 'C8';

export const R2_STANDARD_VERSION = 'R2v3';

/**
 * CTIA functional grade → R2v3 functional category. R2v3 maps CTIA 1 to F5 and 2 to F3; CTIA 0 (fully
 * functional) sits above them as F6. R2v3 has no category for equipment outside reuse, so CTIA 3-9 are
 * recorded as F2 (only specific functions tested); the disposition carries the decision about them.
 */
export function r2FunctionalFor(ctiaFunctional: number): R2Functional {
  if (!Number.isInteger(ctiaFunctional) || ctiaFunctional < 0 || ctiaFunctional > 9) {
    throw new RangeError(`CTIA functional grade must be an integer 0-9, got ${ctiaFunctional}`);
  }
  if (ctiaFunctional === 0) return 'F6';
  if (ctiaFunctional === 1) return 'F5';
  if (ctiaFunctional === 2) return 'F3';
  return 'F2';
}

/**
 * CTIA cosmetic grade → R2v3 cosmetic category for a used device. C7 (certified pre-owned) and C8 (unused)
 * are never reached at intake; C0 is what a device is before it is evaluated.
 */
const R2_COSMETIC_BY_CTIA: Readonly<Record<CtiaCosmeticGrade, R2Cosmetic>> = Object.freeze({
  A: 'C6',
  B: 'C5',
  C: 'C3',
  D: 'C2',
  E: 'C1',
});

export function r2CosmeticFor(ctiaCosmetic: CtiaCosmeticGrade): R2Cosmetic {
  return R2_COSMETIC_BY_CTIA[ctiaCosmetic];
}

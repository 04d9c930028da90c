import { type SanitizationMethod } from './erasure-outcome';

/**
 * Techniques and the NIST SP 800-88 method each can achieve. A cryptographic erase is Purge (counted only
 * when verified, see erasureOutcome); overwriting user-addressable storage is Clear; physical techniques are Destroy.
 */
export const TECHNIQUE_METHODS = {
  OVERWRITE: ['CLEAR', 'PURGE'],
  FACTORY_RESET: ['CLEAR'],
  CRYPTOGRAPHIC_ERASE: ['PURGE'],
  BLOCK_ERASE: ['PURGE'],
  SECURE_ERASE: ['PURGE'],
  DEGAUSS: ['PURGE'],
  SHRED: ['DESTROY'],
  DISINTEGRATE: ['DESTROY'],
  INCINERATE: ['DESTROY'],
} as const satisfies Record<string, readonly SanitizationMethod[]>;

export type SanitizationTechnique = keyof typeof TECHNIQUE_METHODS;
export const SANITIZATION_TECHNIQUES = Object.keys(TECHNIQUE_METHODS) as SanitizationTechnique[];

export const MEDIUM_TYPES = ['INTERNAL_FLASH', 'EMMC', 'SSD', 'HDD', 'SD_CARD', 'OTHER'] as const;

export function techniqueProblem(method: SanitizationMethod, technique: SanitizationTechnique | undefined): string | null {
  if (!technique) return null;
  const allowed: readonly SanitizationMethod[] = TECHNIQUE_METHODS[technique];
  return allowed.includes(method)
    ? null
    : `technique: ${technique} cannot achieve ${method} (NIST SP 800-88); it achieves ${allowed.join(' or ')}`;
}

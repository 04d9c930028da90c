/**
 * NIST SP 800-88 media sanitization: Clear, Purge or Destroy, with verification (Rev. 2 asks for it).
 * A phone's cryptographic erase counts as Purge only when verified.
 */
export const SANITIZATION_METHODS = ['CLEAR', 'PURGE', 'DESTROY'] as const;
export type SanitizationMethod = (typeof SANITIZATION_METHODS)[number];

export const VERIFICATION_RESULTS = ['PASSED', 'FAILED'] as const;
export type VerificationResult = (typeof VERIFICATION_RESULTS)[number];

export const NIST_STANDARD = 'NIST SP 800-88 Rev. 2';

/** The state of a device's data across all its storage media. */
export type ErasureOutcome = 'VERIFIED' | 'DESTROYED' | 'NOT_VERIFIED' | 'MISSING';

export interface CertificateFacts {
  mediumId: string;
  method: SanitizationMethod;
  verification: VerificationResult;
  performedAt: Date;
}

/**
 * One certificate per storage medium counts: the latest for that medium (a failed pass followed by a
 * verified one is sanitized). The device is sanitized only when every medium's latest certificate is
 * verified; a verified Destroy is reported as DESTROYED because the medium must be replaced.
 */
export function erasureOutcome(certificates: readonly CertificateFacts[]): ErasureOutcome {
  if (certificates.length === 0) return 'MISSING';
  const latest = new Map<string, CertificateFacts>();
  for (const cert of certificates) {
    const seen = latest.get(cert.mediumId);
    if (!seen || seen.performedAt.getTime() <= cert.performedAt.getTime()) latest.set(cert.mediumId, cert);
  }
  const current = [...latest.values()];
  if (current.some((c) => c.verification !== 'PASSED')) return 'NOT_VERIFIED';
  if (current.some((c) => c.method === 'DESTROY')) return 'DESTROYED';
  return 'VERIFIED';
}

/** No device reaches sellable stock without verified sanitization of every medium. */
export function isSanitized(outcome: ErasureOutcome): boolean {
  return outcome === 'VERIFIED' || outcome === 'DESTROYED';
}

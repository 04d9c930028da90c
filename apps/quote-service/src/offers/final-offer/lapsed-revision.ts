/**
 * When the answer window of a revised offer passes, the customer's own pre-chosen policy applies, never more:
 * AUTO_ACCEPT_WITHIN n % accepts only a revision at most n % below the quote; anything else (and ASK) is a
 * free return. Silence never accepts beyond what the customer pre-authorised.
 */
export function resolveLapsedRevision(
  policy: 'ASK' | 'AUTO_ACCEPT_WITHIN',
  autoAcceptWithinPercent: number | null,
  quotedTotalMinor: bigint,
  revisedTotalMinor: bigint,
): 'AUTO_ACCEPT' | 'FREE_RETURN' {
  if (policy !== 'AUTO_ACCEPT_WITHIN' || autoAcceptWithinPercent === null) return 'FREE_RETURN';
  if (quotedTotalMinor <= 0n) return 'AUTO_ACCEPT';
  const drop = quotedTotalMinor - revisedTotalMinor;
  return drop * 100n <= quotedTotalMinor * BigInt(autoAcceptWithinPercent) ? 'AUTO_ACCEPT' : 'FREE_RETURN';
}

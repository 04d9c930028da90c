import { createHash } from 'node:crypto';
import { luhnCheckDigit } from '@tradein/device-identity';

/**
 * The sandbox carrier's tracking numbers: a prefix, 12 digits derived from what the parcel is for (so a
 * retried label request gets the same number, and tests can predict it), and a Luhn check digit so a
 * mistyped number at the dock is caught before any lookup.
 */
export function sandboxTrackingNumber(prefix: string, purpose: string): string {
  const hash = createHash('sha256').update(purpose).digest();
  // 6 bytes → up to 2^48 ≈ 2.8e14: fits in 15 digits; keep 12.
  const n = hash.readUIntBE(0, 6) % 1_000_000_000_000;
  const digits = String(n).padStart(12, '0');
  return `${prefix}${digits}${luhnCheckDigit(digits)}`;
}

export function isWellFormedSandboxTrackingNumber(prefix: string, value: string): boolean {
  if (!value.startsWith(prefix)) return false;
  const rest = value.slice(prefix.length);
  return /^\d{13}$/.test(rest) && luhnCheckDigit(rest.slice(0, 12)) === Number(rest[12]);
}

import { type FieldError } from './field-error';
import { IBAN_LENGTHS } from './iban-registry.constant';

/** Spaces and hyphens are how people write IBANs on paper; the electronic form has neither. */
export function normalizeIban(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

/**
 * ISO 7064 MOD 97-10 as ISO 13616 uses it: move the first four characters to the end, turn letters into
 * numbers (A = 10 … Z = 35) and the remainder by 97 must be 1. Computed digit by digit so no big numbers
 * are needed.
 */
export function ibanMod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 && code <= 90 ? String(code - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder;
}

/** Validates an IBAN; reasons never repeat the value itself (it is personal data). */
export function checkIban(raw: string, field = 'iban'): FieldError[] {
  const iban = normalizeIban(raw);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(iban)) {
    return [{ field, reason: 'must be a country code, two check digits and up to 30 letters or digits' }];
  }
  const country = iban.slice(0, 2);
  const expected = IBAN_LENGTHS[country];
  if (expected === undefined) return [{ field, reason: `country ${country} does not use IBANs` }];
  if (iban.length !== expected) return [{ field, reason: `an IBAN from ${country} has ${expected} characters, not ${iban.length}` }];
  if (ibanMod97(iban) !== 1) return [{ field, reason: 'fails the ISO 13616 mod-97 check (a mistyped character?)' }];
  return [];
}

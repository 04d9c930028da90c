/**
 * The Luhn (mod 10) check digit, as 3GPP TS 23.003 §6.2.1 prescribes for the IMEI: computed over the first
 * 14 digits, doubling every second digit from the right of the payload.
 */
export function luhnCheckDigit(payload: string): number {
  if (!/^\d+$/.test(payload)) throw new Error('luhnCheckDigit: payload must be digits');
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    // The rightmost payload digit is doubled (it sits next to the check digit).
    let d = payload.charCodeAt(payload.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the last digit of `digits` is the Luhn check digit of the ones before it. */
export function hasValidLuhn(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  return luhnCheckDigit(digits.slice(0, -1)) === Number(digits[digits.length - 1]);
}

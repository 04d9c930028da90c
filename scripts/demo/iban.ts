/** ISO 13616 check digits: 98 − (BBAN + country + "00", letters as 10..35) mod 97. */
function checkDigits(country: string, bban: string): string {
  const digits = `${bban}${country}00`.toUpperCase().replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return String(98n - (BigInt(digits) % 97n)).padStart(2, '0');
}

/**
 * A French IBAN for a demo seller, distinct per number: each bank account counts separately towards the
 * DAC7 and velocity limits, so repeated demo runs do not pile every payout onto one account.
 */
export function demoIban(n: number): string {
  const bban = `3000400001${String(n).padStart(11, '0')}06`;
  return `FR${checkDigits('FR', bban)}${bban}`;
}

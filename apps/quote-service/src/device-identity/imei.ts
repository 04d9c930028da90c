/**
 * IMEI (3GPP TS 23.003): 15 digits = 8-digit TAC + 6-digit serial + a Luhn check digit over the first 14.
 * IMEISV has 16 digits and no check digit.
 */
export function isValidImei(value: string): boolean {
  if (!/^\d{15}$/.test(value)) return false;
  return luhnCheckDigit(value.slice(0, 14)) === Number(value[14]);
}

export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Doubling starts from the rightmost digit of the payload (the check digit's neighbour).
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function tacOf(imei: string): string {
  return imei.slice(0, 8);
}

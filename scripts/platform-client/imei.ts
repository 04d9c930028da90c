import { luhnCheckDigit } from '@tradein/device-identity';

/** A valid (Luhn) IMEI made of an 8-digit TAC and a 6-digit serial number. */
export function imeiFor(tac: string, serial: number): string {
  const body = `${tac}${String(serial).padStart(6, '0')}`;
  return `${body}${luhnCheckDigit(body)}`;
}

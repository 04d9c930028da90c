import { type ImeiRejection, parseImei } from '@tradein/device-identity';

/** What the scan field holds: an IMEI (digits) checked as typed, or a serial number (consoles, laptops). */
export type DeviceCode =
  { kind: 'imei'; imei: string } | { kind: 'serial'; serialNumber: string } | { kind: 'invalid'; reason: ImeiRejection | 'SERIAL_FORMAT' };

const SERIAL = /^[A-Z0-9-]{4,40}$/;

/** Digits (with layout characters) are read as an IMEI, anything else as a serial number. */
export function readDeviceCode(input: string): DeviceCode {
  const value = input.trim();
  if (/^[\d\s/-]+$/.test(value)) {
    const parsed = parseImei(value);
    return parsed.ok ? { kind: 'imei', imei: parsed.value.imei } : { kind: 'invalid', reason: parsed.reason };
  }
  const serial = value.toUpperCase();
  return SERIAL.test(serial) ? { kind: 'serial', serialNumber: serial } : { kind: 'invalid', reason: 'SERIAL_FORMAT' };
}

/**
 * While the clerk types: no complaint about a too-short IMEI before it could be complete, but a wrong
 * check digit shows at once on the 15th digit.
 */
export function typingProblem(input: string): ImeiRejection | 'SERIAL_FORMAT' | null {
  const value = input.trim();
  if (value === '') return null;
  const digits = value.replace(/[\s/-]/g, '');
  if (/^\d+$/.test(digits) && digits.length < 15) return null;
  const code = readDeviceCode(value);
  return code.kind === 'invalid' ? code.reason : null;
}

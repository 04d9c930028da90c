import { isValidImei } from '@tradein/device-identity';

export interface DeviceIdentifiers {
  imei?: string | null;
  serialNumber?: string | null;
}

/**
 * Grading evidence is bound to the identifier read electronically from the device, so a seller who says
 * "that is not my device" can be shown the IMEI or serial on every photo and report. The read identity must
 * be usable and agree with what intake recorded. Returns `field: reason` lines.
 */
export function identityProblems(read: DeviceIdentifiers, received: DeviceIdentifiers): string[] {
  const problems: string[] = [];
  if (!read.imei && !read.serialNumber) return ['identityRead: an IMEI or a serial number read from the device is required'];
  if (read.imei && !isValidImei(read.imei)) problems.push('identityRead.imei: is not a valid IMEI (15 digits, Luhn check digit)');
  if (read.imei && received.imei && read.imei !== received.imei) {
    problems.push('identityRead.imei: differs from the IMEI recorded at receipt');
  }
  if (read.serialNumber && received.serialNumber && read.serialNumber.toUpperCase() !== received.serialNumber.toUpperCase()) {
    problems.push('identityRead.serialNumber: differs from the serial number recorded at receipt');
  }
  return problems;
}

/** The identifier evidence is bound to: the IMEI where the device has one, else its serial. */
export function bindingIdentifier(read: DeviceIdentifiers): string {
  if (read.imei) return `IMEI:${read.imei}`;
  if (read.serialNumber) return `SN:${read.serialNumber.toUpperCase()}`;
  throw new Error('no identifier to bind evidence to');
}

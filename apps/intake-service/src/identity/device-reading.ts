import { type DeviceCategory } from '@tradein/contracts';
import { IMEI_REJECTION_MESSAGES, type ParsedImei, parseImei } from '@tradein/device-identity';
import { parseSerialNumber } from './serial-number';

/** What was read from the device itself: its IMEI (phones, cellular tablets and watches) or its serial. */
export interface DeviceReading {
  readonly imei?: ParsedImei;
  readonly serialNumber?: string;
}

export type ReadingResult = { ok: true; reading: DeviceReading } | { ok: false; field: 'imei' | 'serialNumber'; message: string };

/**
 * Validates what a technician or store clerk typed or scanned. A smartphone must give its IMEI: it always
 * has one, and only the IMEI's TAC names the model. Other categories may give either.
 */
export function readDevice(input: { imei?: string; serialNumber?: string }, category: DeviceCategory, brand?: string): ReadingResult {
  const hasImei = input.imei !== undefined && input.imei.trim() !== '';
  const hasSerial = input.serialNumber !== undefined && input.serialNumber.trim() !== '';
  if (!hasImei && category === 'smartphone') {
    return { ok: false, field: 'imei', message: 'imei is required for a smartphone (dial *#06# to show it)' };
  }
  if (!hasImei && !hasSerial) {
    return { ok: false, field: 'serialNumber', message: 'either imei or serialNumber is required' };
  }
  let imei: ParsedImei | undefined;
  if (hasImei) {
    const parsed = parseImei(input.imei as string);
    if (!parsed.ok) return { ok: false, field: 'imei', message: IMEI_REJECTION_MESSAGES[parsed.reason] };
    imei = parsed.value;
  }
  let serialNumber: string | undefined;
  if (hasSerial) {
    const parsed = parseSerialNumber(input.serialNumber as string, brand);
    if (!parsed.ok) return { ok: false, field: 'serialNumber', message: parsed.message };
    serialNumber = parsed.serialNumber;
  }
  return { ok: true, reading: { ...(imei ? { imei } : {}), ...(serialNumber ? { serialNumber } : {}) } };
}

/** The key a device is known by across trade-ins and custody: its IMEI, else its serial. */
export function deviceKeyOf(reading: DeviceReading): string {
  if (reading.imei) return `IMEI:${reading.imei.imei}`;
  if (reading.serialNumber) return `SN:${reading.serialNumber}`;
  throw new Error('deviceKeyOf: a reading carries an IMEI or a serial number');
}

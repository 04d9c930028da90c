import { InvalidFieldError } from '@tradein/service-runtime';
import { IMEI_REJECTION_MESSAGES, parseImei } from '@tradein/device-identity';
import { parseSerialNumber } from '../identity/serial-number';

/** The device key of an IMEI (normalised, IMEISV accepted) or a serial number given to an ops endpoint. */
export function deviceKeyFromInput(imei: string | undefined, serialNumber: string | undefined): string {
  if (imei) {
    const parsed = parseImei(imei);
    if (!parsed.ok) throw new InvalidFieldError('imei', IMEI_REJECTION_MESSAGES[parsed.reason]);
    return `IMEI:${parsed.value.imei}`;
  }
  if (serialNumber) {
    const parsed = parseSerialNumber(serialNumber);
    if (!parsed.ok) throw new InvalidFieldError('serialNumber', parsed.message);
    return `SN:${parsed.serialNumber}`;
  }
  throw new InvalidFieldError('imei', 'give imei or serialNumber');
}

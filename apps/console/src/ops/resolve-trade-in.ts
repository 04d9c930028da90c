import { custodyByImei, findParcel } from '../api/intake';
import { readDeviceCode } from '../lib/device-code';

/**
 * What ops typed or scanned → the trade-in it names: a 15-digit IMEI through the device's custody records
 * (the latest trade-in of that device), a tracking number through the parcel, anything else is the id itself.
 */
export async function resolveTradeIn(input: string): Promise<string | null> {
  const value = input.trim();
  if (/^\d{15,16}$/.test(value)) {
    const code = readDeviceCode(value);
    if (code.kind !== 'imei') return null;
    const { records } = await custodyByImei(code.imei);
    return records.at(-1)?.tradeInId ?? null;
  }
  if (/^[A-Z0-9]{6,40}$/.test(value) && /[A-Z]/.test(value) && /\d/.test(value)) {
    try {
      return (await findParcel(value)).tradeInId;
    } catch {
      return value;
    }
  }
  return value;
}

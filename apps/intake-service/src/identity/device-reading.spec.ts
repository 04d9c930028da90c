import { deviceKeyOf, readDevice } from './device-reading';

describe('readDevice', () => {
  it('requires an IMEI for a smartphone, even with a serial', () => {
    expect(readDevice({ serialNumber: 'C39XK0ABJC6K' }, 'smartphone', 'apple')).toMatchObject({ ok: false, field: 'imei' });
  });

  it('accepts a serial alone for a console', () => {
    const r = readDevice({ serialNumber: 'XAW10012345678' }, 'console', 'nintendo');
    expect(r).toEqual({ ok: true, reading: { serialNumber: 'XAW10012345678' } });
  });

  it('asks for one identifier when none is given', () => {
    expect(readDevice({}, 'tablet')).toMatchObject({ ok: false, field: 'serialNumber' });
    expect(readDevice({ imei: ' ', serialNumber: '' }, 'laptop')).toMatchObject({ ok: false, field: 'serialNumber' });
  });

  it('names the IMEI field and the reason for a bad check digit', () => {
    expect(readDevice({ imei: '490154203237519' }, 'smartphone')).toEqual({
      ok: false,
      field: 'imei',
      message: 'imei check digit does not match (Luhn over the first 14 digits)',
    });
  });

  it('names the serial field when the IMEI is fine but the serial is not', () => {
    expect(readDevice({ imei: '490154203237518', serialNumber: 'bad*' }, 'tablet')).toMatchObject({ ok: false, field: 'serialNumber' });
  });

  it('keeps both when both are valid, and keys the device by its IMEI', () => {
    const r = readDevice({ imei: '4901542032375101', serialNumber: 'DMPXK0ABJC6K' }, 'tablet', 'apple');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.reading.imei?.imei).toBe('490154203237518');
      expect(deviceKeyOf(r.reading)).toBe('IMEI:490154203237518');
    }
  });

  it('keys a serial-only device by its serial', () => {
    expect(deviceKeyOf({ serialNumber: 'XAW10012345678' })).toBe('SN:XAW10012345678');
    expect(() => deviceKeyOf({})).toThrow();
  });
});

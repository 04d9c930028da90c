import { brandOfModelId, parseSerialNumber } from './serial-number';

describe('parseSerialNumber', () => {
  it.each([
    ['apple', 'C39XK0ABJC6K'],
    ['apple', 'F2LZQ1ABHG7'],
    ['apple', 'HX7Q2M9Y4L'],
    ['samsung', 'R58M12ABCDE'],
    ['nintendo', 'XAW10012345678'],
    ['microsoft', '012345678901'],
    ['sony', 'AJ123456789'],
    [undefined, 'ABC123XYZ'],
  ])('accepts a %s serial %s', (brand, serial) => {
    expect(parseSerialNumber(serial, brand)).toEqual({ ok: true, serialNumber: serial, brand: brand ?? '*' });
  });

  it('normalises case, spaces and dashes', () => {
    expect(parseSerialNumber('xaw 1001-2345 678', 'nintendo')).toEqual({ ok: true, serialNumber: 'XAW10012345678', brand: 'nintendo' });
  });

  it.each([
    ['apple', 'C39XK0ABJ'],
    ['apple', 'C39XK0ABJC6K1'],
    ['samsung', '158M12ABCDE'],
    ['nintendo', 'XAW1001234567'],
    ['nintendo', 'YAW10012345678'],
    ['microsoft', '01234567890A'],
    ['sony', '123456789'],
    [undefined, 'AB12'],
    [undefined, 'ABC123*XYZ'],
  ])('rejects a malformed %s serial %s naming the expected format', (brand, serial) => {
    const r = parseSerialNumber(serial, brand);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^serialNumber must be/);
  });

  it('rejects an empty serial', () => {
    expect(parseSerialNumber(' - ', 'apple')).toMatchObject({ ok: false, reason: 'EMPTY' });
  });
});

describe('brandOfModelId', () => {
  it('finds a known brand at the head of a catalog id', () => {
    expect(brandOfModelId('nintendo-switch-oled')).toBe('nintendo');
    expect(brandOfModelId('Apple-iPhone-13')).toBe('apple');
  });
  it('returns undefined for brands without a known serial format', () => {
    expect(brandOfModelId('fairphone-5')).toBeUndefined();
  });
});

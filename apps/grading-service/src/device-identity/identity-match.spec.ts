import { bindingIdentifier, identityProblems } from './identity-match';
import { bindEvidence, verifyBinding } from './evidence-binding';

describe('identity read from the device', () => {
  it('requires an IMEI or a serial', () => {
    expect(identityProblems({}, { imei: '490154203237518' })).toEqual([
      'identityRead: an IMEI or a serial number read from the device is required',
    ]);
  });

  it('accepts the IMEI recorded at receipt', () => {
    expect(identityProblems({ imei: '490154203237518' }, { imei: '490154203237518' })).toEqual([]);
  });

  it('rejects an IMEI that fails Luhn or differs from receipt', () => {
    expect(identityProblems({ imei: '490154203237519' }, {})).toEqual([
      'identityRead.imei: is not a valid IMEI (15 digits, Luhn check digit)',
    ]);
    expect(identityProblems({ imei: '356938035643809' }, { imei: '490154203237518' })).toEqual([
      'identityRead.imei: differs from the IMEI recorded at receipt',
    ]);
  });

  it('compares serials case-insensitively', () => {
    expect(identityProblems({ serialNumber: 'c02xl0ghjgh5' }, { serialNumber: 'C02XL0GHJGH5' })).toEqual([]);
    expect(identityProblems({ serialNumber: 'C02XL0GHJGH6' }, { serialNumber: 'C02XL0GHJGH5' })).toHaveLength(1);
  });

  it('binds evidence to the IMEI, else the serial', () => {
    expect(bindingIdentifier({ imei: '490154203237518', serialNumber: 'X1' })).toBe('IMEI:490154203237518');
    expect(bindingIdentifier({ serialNumber: 'abc123' })).toBe('SN:ABC123');
    expect(() => bindingIdentifier({})).toThrow();
  });
});

describe('evidence binding', () => {
  const item = { ref: 'evidence/photo-front.jpg', sha256: 'a'.repeat(64), kind: 'PHOTO' };

  it('verifies an untouched binding', () => {
    expect(verifyBinding(bindEvidence('IMEI:490154203237518', item))).toBe(true);
  });

  it('breaks when the evidence is moved to another device or its content changes', () => {
    const bound = bindEvidence('IMEI:490154203237518', item);
    expect(verifyBinding({ ...bound, boundTo: 'IMEI:356938035643809' })).toBe(false);
    expect(verifyBinding({ ...bound, sha256: 'b'.repeat(64) })).toBe(false);
  });
});

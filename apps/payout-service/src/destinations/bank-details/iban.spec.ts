import { checkIban, ibanMod97, normalizeIban } from './iban';

// Published example IBANs (SWIFT IBAN Registry and national bank examples).
const VALID = [
  'DE89370400440532013000',
  'FR1420041010050500013M02606',
  'GB82WEST12345698765432',
  'ES9121000418450200051332',
  'IT60X0542811101000000123456',
  'NL91ABNA0417164300',
  'BE68539007547034',
  'AT611904300234573201',
  'CH9300762011623852957',
];

describe('IBAN (ISO 13616, mod 97-10)', () => {
  it.each(VALID)('accepts %s', (iban) => {
    expect(ibanMod97(iban)).toBe(1);
    expect(checkIban(iban)).toEqual([]);
  });

  it('accepts the paper form with spaces and lower case', () => {
    expect(normalizeIban('de89 3704 0044 0532 0130 00')).toBe('DE89370400440532013000');
    expect(checkIban('de89 3704 0044 0532 0130 00')).toEqual([]);
  });

  it('refuses every single-digit typo of a valid IBAN (mod 97 catches them all)', () => {
    const iban = 'DE89370400440532013000';
    for (let i = 4; i < iban.length; i++) {
      const wrong = iban.slice(0, i) + String((Number(iban[i]) + 1) % 10) + iban.slice(i + 1);
      expect(checkIban(wrong)).toEqual([{ field: 'iban', reason: expect.stringContaining('mod-97') }]);
    }
  });

  it('refuses swapped adjacent digits', () => {
    expect(checkIban('DE89370400440532013000'.replace('3704', '7304'))[0].reason).toContain('mod-97');
  });

  it('refuses a wrong length for the country, naming the expected length', () => {
    expect(checkIban('DE8937040044053201300')).toEqual([{ field: 'iban', reason: 'an IBAN from DE has 22 characters, not 21' }]);
  });

  it('refuses an unknown country and malformed input', () => {
    expect(checkIban('ZZ89370400440532013000')[0].reason).toContain('ZZ');
    expect(checkIban('8937040044')[0].reason).toContain('country code');
    expect(checkIban('DE89 3704 0044 0532 0130 0!')[0].reason).toContain('country code');
    expect(checkIban('')[0].field).toBe('iban');
  });

  it('never repeats the IBAN in a reason', () => {
    const bad = 'DE89370400440532013001';
    for (const e of checkIban(bad)) expect(e.reason).not.toContain('370400440532013');
  });
});

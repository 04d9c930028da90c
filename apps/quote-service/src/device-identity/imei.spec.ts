import { isValidImei, luhnCheckDigit, tacOf } from './imei';

describe('IMEI', () => {
  it('accepts a Luhn-valid 15-digit IMEI (3GPP TS 23.003 example 49015420323751-8)', () => {
    expect(luhnCheckDigit('49015420323751')).toBe(8);
    expect(isValidImei('490154203237518')).toBe(true);
  });
  it('rejects a wrong check digit, wrong length and non-digits', () => {
    expect(isValidImei('490154203237517')).toBe(false);
    expect(isValidImei('49015420323751')).toBe(false);
    expect(isValidImei('4901542032375180')).toBe(false);
    expect(isValidImei('49015420323751a')).toBe(false);
  });
  it('takes the TAC from the first 8 digits', () => {
    expect(tacOf('490154203237518')).toBe('49015420');
  });
});

import { readDeviceCode, typingProblem } from './device-code';

describe('readDeviceCode', () => {
  it('reads a valid IMEI', () => {
    expect(readDeviceCode('353908111025570')).toEqual({ kind: 'imei', imei: '353908111025570' });
  });
  it('names a wrong check digit', () => {
    expect(readDeviceCode('353908111025571')).toEqual({ kind: 'invalid', reason: 'CHECK_DIGIT' });
  });
  it('reads letters as a serial number', () => {
    expect(readDeviceCode('xaj1234567')).toEqual({ kind: 'serial', serialNumber: 'XAJ1234567' });
  });
});

describe('typingProblem', () => {
  it('stays quiet while an IMEI is still being typed', () => {
    expect(typingProblem('3539081')).toBeNull();
  });
  it('flags the check digit on the 15th digit', () => {
    expect(typingProblem('353908111025571')).toBe('CHECK_DIGIT');
  });
});

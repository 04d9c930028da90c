import { abaChecksumValid, checkUsAccount } from './us-bank-account';

describe('US routing and account numbers', () => {
  it.each(['021000021', '011000015', '122105155', '026009593'])('accepts routing number %s', (r) => {
    expect(abaChecksumValid(r)).toBe(true);
  });

  it('refuses a routing number with one digit changed', () => {
    expect(abaChecksumValid('021000022')).toBe(false);
    expect(checkUsAccount('021000022', '12345678')).toEqual([{ field: 'routingNumber', reason: 'fails the ABA checksum' }]);
  });

  it('refuses malformed routing and account numbers, field by field', () => {
    expect(checkUsAccount('02100002', '123')).toEqual([
      { field: 'routingNumber', reason: 'must be 9 digits' },
      { field: 'accountNumber', reason: 'must be 4 to 17 digits' },
    ]);
    expect(checkUsAccount('021000021', '123456789012345678')[0].field).toBe('accountNumber');
    expect(checkUsAccount('021000021', '12a4')[0].field).toBe('accountNumber');
  });

  it('accepts a valid pair', () => {
    expect(checkUsAccount('021000021', '000123456789')).toEqual([]);
  });
});

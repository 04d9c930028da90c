import { checkGbAccount } from './gb-bank-account';

describe('GB sort code and account number', () => {
  it('accepts 6-digit sort codes with or without dashes and 8-digit accounts', () => {
    expect(checkGbAccount('20-00-00', '55779911')).toEqual([]);
    expect(checkGbAccount('200000', '55779911')).toEqual([]);
  });

  it('refuses wrong lengths, naming each field', () => {
    expect(checkGbAccount('20-00-0', '5577991')).toEqual([
      { field: 'sortCode', reason: 'must be 6 digits (dashes allowed)' },
      { field: 'accountNumber', reason: 'must be 8 digits' },
    ]);
    expect(checkGbAccount('2O-00-00', '55779911')[0].field).toBe('sortCode');
  });
});

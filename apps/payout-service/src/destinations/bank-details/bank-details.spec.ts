import { checkBankDetails, maskBankDetails } from './bank-details';

describe('checkBankDetails', () => {
  it('normalizes, masks and names the account currency of a euro IBAN', () => {
    const r = checkBankDetails({ scheme: 'IBAN', iban: 'fr14 2004 1010 0505 0001 3M02 606' }, 'EUR');
    expect(r).toEqual({
      ok: true,
      value: {
        details: { scheme: 'IBAN', iban: 'FR1420041010050500013M02606' },
        currency: 'EUR',
        masked: 'FR14 **** 2606',
        accountIdentity: 'IBAN:FR1420041010050500013M02606',
      },
    });
  });

  it('refuses a currency the account cannot receive', () => {
    expect(checkBankDetails({ scheme: 'IBAN', iban: 'DE89370400440532013000' }, 'GBP')).toEqual({
      ok: false,
      errors: [{ field: 'currency', reason: 'this account is paid in EUR, not GBP' }],
    });
    expect(checkBankDetails({ scheme: 'GB_FPS', sortCode: '200000', accountNumber: '55779911' }, 'EUR')).toMatchObject({ ok: false });
    expect(checkBankDetails({ scheme: 'US_ACH', routingNumber: '021000021', accountNumber: '1234567' }, 'JPY')).toMatchObject({
      ok: false,
    });
  });

  it('accepts a GB IBAN in GBP and refuses a valid IBAN of a market we do not pay in', () => {
    expect(checkBankDetails({ scheme: 'IBAN', iban: 'GB82WEST12345698765432' }, 'GBP').ok).toBe(true);
    expect(checkBankDetails({ scheme: 'IBAN', iban: 'CH9300762011623852957' }, 'EUR')).toEqual({
      ok: false,
      errors: [{ field: 'iban', reason: 'accounts in CH are not in a supported payout market' }],
    });
  });

  it('reports scheme errors before the currency', () => {
    const r = checkBankDetails({ scheme: 'IBAN', iban: 'DE89370400440532013001' }, 'GBP');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(['iban']);
  });

  it('masks every scheme without the full account number', () => {
    const cases = [
      { details: { scheme: 'IBAN', iban: 'DE89370400440532013000' } as const, secret: '370400440532013000', shown: 'DE89 **** 3000' },
      {
        details: { scheme: 'US_ACH', routingNumber: '021000021', accountNumber: '000123456789' } as const,
        secret: '000123456789',
        shown: 'ACH 021000021 ****6789',
      },
      {
        details: { scheme: 'GB_FPS', sortCode: '200000', accountNumber: '55779911' } as const,
        secret: '55779911',
        shown: '20-00-00 ****9911',
      },
    ];
    for (const c of cases) {
      const masked = maskBankDetails(c.details);
      expect(masked).toBe(c.shown);
      expect(masked).not.toContain(c.secret);
    }
  });
});

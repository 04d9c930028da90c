import { bankDetailsFromDto } from './bank-details-input';
import { type RegisterDestinationDto } from './register-destination.dto';

const dto = (over: Partial<RegisterDestinationDto>): RegisterDestinationDto => ({
  scheme: 'IBAN',
  currency: 'EUR',
  holderName: 'A',
  ...over,
});

describe('bankDetailsFromDto', () => {
  it('takes the fields of the chosen scheme', () => {
    expect(bankDetailsFromDto(dto({ iban: 'DE89370400440532013000' }))).toEqual({
      ok: true,
      value: { scheme: 'IBAN', iban: 'DE89370400440532013000' },
    });
    expect(bankDetailsFromDto(dto({ scheme: 'GB_FPS', currency: 'GBP', sortCode: '200000', accountNumber: '55779911' }))).toEqual({
      ok: true,
      value: { scheme: 'GB_FPS', sortCode: '200000', accountNumber: '55779911' },
    });
  });

  it('names missing fields and fields of another scheme', () => {
    expect(bankDetailsFromDto(dto({ scheme: 'US_ACH', currency: 'USD', accountNumber: '1234', iban: 'X' }))).toEqual({
      ok: false,
      errors: [
        { field: 'iban', reason: 'is not used by scheme US_ACH' },
        { field: 'routingNumber', reason: 'is required for scheme US_ACH' },
      ],
    });
  });
});

import { hasValidLuhn, luhnCheckDigit } from './luhn';
import { isValidImei, parseImei, tacOf } from './imei';

/** Valid IMEIs checked independently (Wikipedia's example, widely published samples, and seeded TACs). */
const VALID = [
  '490154203237518',
  '356938035643809',
  '352099001761481',
  '358755051234562',
  '359254069876548',
  '353258070000010',
  '013327001111113',
  '358240054242425',
];

describe('luhnCheckDigit', () => {
  it.each(VALID)('gives the last digit of %s from its first 14', (imei) => {
    expect(luhnCheckDigit(imei.slice(0, 14))).toBe(Number(imei[14]));
  });

  it('refuses non-digit payloads', () => {
    expect(() => luhnCheckDigit('3569380356438a')).toThrow();
  });

  it('agrees with hasValidLuhn on every single-digit corruption', () => {
    const good = VALID[1];
    for (let pos = 0; pos < 15; pos++) {
      for (let d = 0; d <= 9; d++) {
        if (Number(good[pos]) === d) continue;
        const bad = good.slice(0, pos) + d + good.slice(pos + 1);
        // Luhn catches every single-digit error.
        expect(hasValidLuhn(bad)).toBe(false);
      }
    }
  });
});

describe('parseImei', () => {
  it.each(VALID)('accepts %s and splits TAC, serial and check digit', (imei) => {
    const r = parseImei(imei);
    expect(r).toEqual({
      ok: true,
      value: { imei, tac: imei.slice(0, 8), serial: imei.slice(8, 14), checkDigit: Number(imei[14]), format: 'IMEI' },
    });
  });

  it.each([
    ['35-209900-176148-1', '352099001761481'],
    ['35 6938 0356 43809', '356938035643809'],
    ['49015420/323751/8', '490154203237518'],
  ])('ignores layout characters in %s', (input, imei) => {
    const r = parseImei(input);
    expect(r.ok && r.value.imei).toBe(imei);
  });

  it.each(['490154203237519', '490154203237510', '356938035643808', '352099001761482', '358755051234563', '013327001111110'])(
    'rejects %s for its check digit',
    (imei) => {
      expect(parseImei(imei)).toEqual({ ok: false, reason: 'CHECK_DIGIT' });
    },
  );

  it('rejects swapped adjacent digits that break the check', () => {
    expect(parseImei('490154203273518')).toEqual({ ok: false, reason: 'CHECK_DIGIT' });
  });

  it.each(['4901542032375', '49015420323751', '49015420323751899', '1', '1234567890123456789'])('rejects %s for its length', (imei) => {
    expect(parseImei(imei)).toEqual({ ok: false, reason: 'WRONG_LENGTH' });
  });

  it.each(['49015420323751A', 'ABCDEFGHIJKLMNO', '4901542O3237518', '490154203237518!', '+490154203237518', '４９０154203237518'])(
    'rejects %s for non-digits',
    (imei) => {
      expect(parseImei(imei)).toEqual({ ok: false, reason: 'NON_DIGIT' });
    },
  );

  it.each(['', '   ', '--'])('rejects an empty reading %p', (imei) => {
    expect(parseImei(imei)).toEqual({ ok: false, reason: 'EMPTY' });
  });

  it('rejects an all-zero TAC or serial even with a matching check digit', () => {
    expect(parseImei('000000000000000')).toEqual({ ok: false, reason: 'RESERVED_TAC' });
    const zeroSerial = `49015420000000${luhnCheckDigit('49015420000000')}`;
    expect(parseImei(zeroSerial)).toEqual({ ok: false, reason: 'RESERVED_TAC' });
  });

  describe('IMEISV (16 digits, no check digit)', () => {
    it('normalises to the IMEI of the same device and keeps the software version', () => {
      const r = parseImei('4901542032375101');
      expect(r).toEqual({
        ok: true,
        value: { imei: '490154203237518', tac: '49015420', serial: '323751', checkDigit: 8, softwareVersion: '01', format: 'IMEISV' },
      });
    });

    it('any software version other than 99 is accepted', () => {
      for (const svn of ['00', '01', '42', '98']) expect(parseImei(`35693803564380${svn}`).ok).toBe(true);
    });

    it('rejects the reserved software version 99', () => {
      expect(parseImei('3569380356438099')).toEqual({ ok: false, reason: 'RESERVED_SVN' });
    });

    it('rejects non-digits in an IMEISV', () => {
      expect(parseImei('35693803564380A1')).toEqual({ ok: false, reason: 'NON_DIGIT' });
    });
  });
});

describe('isValidImei and tacOf', () => {
  it('accept only a strict 15-digit IMEI with its Luhn check digit (3GPP TS 23.003 example 49015420323751-8)', () => {
    expect(isValidImei('490154203237518')).toBe(true);
    expect(isValidImei('490154203237517')).toBe(false);
    expect(isValidImei('49015420323751')).toBe(false);
    expect(isValidImei('4901542032375180')).toBe(false);
    expect(isValidImei('49015420323751a')).toBe(false);
    expect(isValidImei('49-015420-323751-8')).toBe(false);
  });

  it('takes the TAC from the first 8 digits', () => {
    expect(tacOf('490154203237518')).toBe('49015420');
  });
});

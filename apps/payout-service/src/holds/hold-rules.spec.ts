import { holdReasons, type HoldInput } from './hold-rules';
import { parseVelocityRules, rulesForProgram } from './velocity-rules';

const base = (over: Partial<HoldInput> = {}): HoldInput => ({
  eurMinor: 100_00n,
  identityVerified: false,
  sellerYear: { count: 0, eurMinor: 0n },
  destinationYear: null,
  rules: [],
  windows: [],
  financedUnpaid: false,
  destination: 'OK',
  ...over,
});

describe('DAC7 holds', () => {
  it('lets an ordinary payout through', () => {
    expect(holdReasons(base())).toEqual([]);
  });

  it('holds the 30th trade-in of the year and not the 29th', () => {
    expect(holdReasons(base({ sellerYear: { count: 28, eurMinor: 0n } }))).toEqual([]);
    expect(holdReasons(base({ sellerYear: { count: 29, eurMinor: 0n } }))).toEqual(['DAC7_IDENTITY_VERIFICATION']);
  });

  it('holds the payout that reaches EUR 2,000, not one cent before', () => {
    expect(holdReasons(base({ eurMinor: 100_00n, sellerYear: { count: 3, eurMinor: 1_899_99n } }))).toEqual([]);
    expect(holdReasons(base({ eurMinor: 100_00n, sellerYear: { count: 3, eurMinor: 1_900_00n } }))).toEqual(['DAC7_IDENTITY_VERIFICATION']);
  });

  it('counts per destination too (one account behind many seller references)', () => {
    expect(holdReasons(base({ destinationYear: { count: 29, eurMinor: 0n } }))).toEqual(['DAC7_IDENTITY_VERIFICATION']);
  });

  it('does not hold a seller whose identity is verified', () => {
    expect(holdReasons(base({ identityVerified: true, sellerYear: { count: 100, eurMinor: 10_000_00n } }))).toEqual([]);
  });
});

describe('other holds', () => {
  it('holds a financed, unpaid device and a missing or mismatched destination', () => {
    expect(holdReasons(base({ financedUnpaid: true }))).toEqual(['DEVICE_FINANCED_UNPAID']);
    expect(holdReasons(base({ deviceHeld: true }))).toEqual(['DEVICE_HELD']);
    expect(holdReasons(base({ destination: 'MISSING' }))).toEqual(['DESTINATION_MISSING']);
    expect(holdReasons(base({ destination: 'CURRENCY_MISMATCH', financedUnpaid: true }))).toEqual([
      'DESTINATION_CURRENCY_MISMATCH',
      'DEVICE_FINANCED_UNPAID',
    ]);
  });

  it('applies velocity rules by count and by amount', () => {
    const rules = [
      { scope: 'DESTINATION', windowHours: 24, maxCount: 3 },
      { scope: 'SELLER', windowHours: 168, maxEurMinor: 500_00n },
    ] as const;
    expect(
      holdReasons(
        base({
          rules,
          windows: [
            { count: 2, eurMinor: 0n },
            { count: 0, eurMinor: 400_00n },
          ],
        }),
      ),
    ).toEqual([]);
    expect(
      holdReasons(
        base({
          rules,
          windows: [
            { count: 3, eurMinor: 0n },
            { count: 0, eurMinor: 0n },
          ],
        }),
      ),
    ).toEqual(['VELOCITY_DESTINATION']);
    expect(
      holdReasons(
        base({
          rules,
          windows: [
            { count: 0, eurMinor: 0n },
            { count: 0, eurMinor: 400_01n },
          ],
        }),
      ),
    ).toEqual(['VELOCITY_SELLER']);
  });

  it('skips a destination rule when the payout has no destination', () => {
    expect(holdReasons(base({ rules: [{ scope: 'DESTINATION', windowHours: 1, maxCount: 0 }], windows: [null] }))).toEqual([]);
  });
});

describe('velocity rule configuration', () => {
  it('parses rules and merges the catch-all with the program', () => {
    const rules = parseVelocityRules(
      '{"*":[{"scope":"DESTINATION","windowHours":24,"maxCount":5}],"p1":[{"scope":"SELLER","windowHours":1,"maxEurMinor":"100000"}]}',
    );
    expect(rulesForProgram(rules, 'p1')).toEqual([
      { scope: 'DESTINATION', windowHours: 24, maxCount: 5 },
      { scope: 'SELLER', windowHours: 1, maxEurMinor: 100000n },
    ]);
    expect(rulesForProgram(rules, 'other')).toHaveLength(1);
    expect(rulesForProgram(rules, null)).toHaveLength(1);
  });

  it('refuses malformed rules at boot', () => {
    expect(() => parseVelocityRules('{"*":[{"scope":"X","windowHours":1,"maxCount":1}]}')).toThrow(/scope/);
    expect(() => parseVelocityRules('{"*":[{"scope":"SELLER","windowHours":0,"maxCount":1}]}')).toThrow(/windowHours/);
    expect(() => parseVelocityRules('{"*":[{"scope":"SELLER","windowHours":1}]}')).toThrow(/maxCount or maxEurMinor/);
    expect(() => parseVelocityRules('{"*":[{"scope":"SELLER","windowHours":1,"maxEurMinor":1.5}]}')).toThrow(/string of digits/);
  });
});

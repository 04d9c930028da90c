import { timestampedHmac, verifyTimestampedHmac } from './timestamped-signature';

describe('timestamped HMAC', () => {
  const secret = 's3cret';
  const body = '{"a":1}';
  const mac = timestampedHmac(secret, 1_700_000_000, body);
  const check = (o: Partial<Parameters<typeof verifyTimestampedHmac>[0]>) =>
    verifyTimestampedHmac({
      secret,
      timestamp: 1_700_000_000,
      macHex: mac,
      rawBody: body,
      nowSeconds: 1_700_000_100,
      toleranceSeconds: 300,
      ...o,
    });

  it('accepts the signature within tolerance', () => expect(check({})).toBe('OK'));
  it('rejects another body, secret or timestamp', () => {
    expect(check({ rawBody: '{"a":2}' })).toBe('MISMATCH');
    expect(check({ secret: 'other' })).toBe('MISMATCH');
    expect(check({ timestamp: 1_700_000_001 })).toBe('MISMATCH');
    expect(check({ macHex: 'abcd' })).toBe('MISMATCH');
  });
  it('rejects a timestamp outside the window', () => expect(check({ nowSeconds: 1_700_000_301 })).toBe('STALE'));
});

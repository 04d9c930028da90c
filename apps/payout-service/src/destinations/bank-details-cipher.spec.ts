import { randomBytes } from 'node:crypto';
import { BankDetailsCipher, parseCipherKeys, parseFingerprintKey } from './bank-details-cipher';

const keyA = randomBytes(32).toString('base64');
const keyB = randomBytes(32).toString('base64');
const fpKey = randomBytes(32);
const iban = JSON.stringify({ scheme: 'IBAN', iban: 'DE89370400440532013000' });

describe('BankDetailsCipher', () => {
  const cipher = new BankDetailsCipher(parseCipherKeys(`k1:${keyA}`), fpKey);

  it('round-trips and never stores the plaintext', () => {
    const sealed = cipher.seal(iban, 'pd_1');
    expect(sealed).not.toContain('370400440532013000');
    expect(sealed.startsWith('v1:k1:')).toBe(true);
    expect(cipher.open(sealed, 'pd_1')).toBe(iban);
  });

  it('uses a fresh IV each time', () => {
    expect(cipher.seal(iban, 'pd_1')).not.toBe(cipher.seal(iban, 'pd_1'));
  });

  it('refuses a ciphertext moved to another destination or tampered with', () => {
    const sealed = cipher.seal(iban, 'pd_1');
    expect(() => cipher.open(sealed, 'pd_2')).toThrow();
    const parts = sealed.split(':');
    const body = Buffer.from(parts[4], 'base64');
    body[0] ^= 1;
    parts[4] = body.toString('base64');
    expect(() => cipher.open(parts.join(':'), 'pd_1')).toThrow();
  });

  it('opens data sealed with an older key after rotation', () => {
    const old = new BankDetailsCipher(parseCipherKeys(`k1:${keyA}`), fpKey).seal(iban, 'pd_1');
    const rotated = new BankDetailsCipher(parseCipherKeys(`k2:${keyB},k1:${keyA}`), fpKey);
    expect(rotated.open(old, 'pd_1')).toBe(iban);
    expect(rotated.seal(iban, 'pd_1').startsWith('v1:k2:')).toBe(true);
  });

  it('gives equal accounts equal fingerprints and different accounts different ones', () => {
    expect(cipher.fingerprint('IBAN:DE89370400440532013000')).toBe(cipher.fingerprint('IBAN:DE89370400440532013000'));
    expect(cipher.fingerprint('IBAN:DE89370400440532013000')).not.toBe(cipher.fingerprint('IBAN:FR1420041010050500013M02606'));
    expect(cipher.fingerprint('IBAN:DE89370400440532013000')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps fingerprints across a rotation of the sealing keys: they come from the fingerprint key alone', () => {
    const account = 'IBAN:DE89370400440532013000';
    const before = new BankDetailsCipher(parseCipherKeys(`k1:${keyA}`), fpKey);
    const rotated = new BankDetailsCipher(parseCipherKeys(`k2:${keyB},k1:${keyA}`), fpKey);
    const otherSealingOnly = new BankDetailsCipher(parseCipherKeys(`k3:${keyB}`), fpKey);
    expect(rotated.fingerprint(account)).toBe(before.fingerprint(account));
    expect(otherSealingOnly.fingerprint(account)).toBe(before.fingerprint(account));
    const otherFingerprintKey = new BankDetailsCipher(parseCipherKeys(`k1:${keyA}`), randomBytes(32));
    expect(otherFingerprintKey.fingerprint(account)).not.toBe(before.fingerprint(account));
  });

  it('refuses a short fingerprint key', () => {
    expect(() => parseFingerprintKey(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
    expect(parseFingerprintKey(fpKey.toString('base64')).equals(fpKey)).toBe(true);
  });

  it('refuses badly formed key configuration', () => {
    expect(() => parseCipherKeys('k1:c2hvcnQ=')).toThrow(/32-byte/);
    expect(() => parseCipherKeys(`:${keyA}`)).toThrow();
  });
});

import { hashApiKey, issueApiKey, looksLikeApiKey } from './api-key-secret';

describe('API key secrets', () => {
  it('issues a random key whose hash, not the key, is stored', () => {
    const a = issueApiKey();
    const b = issueApiKey();
    expect(a.plaintext).not.toBe(b.plaintext);
    expect(looksLikeApiKey(a.plaintext)).toBe(true);
    expect(a.hash).toBe(hashApiKey(a.plaintext));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.plaintext.slice(17));
    expect(a.plaintext.startsWith(`tik_${a.keyId}_`)).toBe(true);
  });
  it('rejects malformed keys before any lookup', () => {
    expect(looksLikeApiKey('tik_short')).toBe(false);
    expect(looksLikeApiKey('Bearer abc')).toBe(false);
  });
});

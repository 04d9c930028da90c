import { createHash, randomBytes } from 'node:crypto';

/**
 * Partner API keys: `tik_<keyId>_<secret>`. Only a SHA-256 of the whole key is stored (the key is 256 bits of
 * randomness, so a slow hash adds nothing); the key is shown once, at creation or rotation.
 */
export interface IssuedApiKey {
  readonly keyId: string;
  readonly plaintext: string;
  readonly hash: string;
  /** Shown in listings so ops can tell keys apart without the secret. */
  readonly prefix: string;
}

export function issueApiKey(): IssuedApiKey {
  const keyId = randomBytes(6).toString('hex');
  const plaintext = `tik_${keyId}_${randomBytes(32).toString('base64url')}`;
  return { keyId, plaintext, hash: hashApiKey(plaintext), prefix: plaintext.slice(0, 16) };
}

export function hashApiKey(plaintext: string): string {
  return createHash('sha256').update(plaintext).digest('hex');
}

export function looksLikeApiKey(value: string): boolean {
  return /^tik_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/.test(value);
}

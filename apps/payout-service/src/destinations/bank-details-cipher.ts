import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** One AES-256 key, named so that stored ciphertexts say which key sealed them (rotation). */
export interface CipherKey {
  id: string;
  /** 32 bytes. */
  key: Buffer;
}

/** Parses `id:base64key[,id:base64key...]`; the first key seals, all keys open. */
export function parseCipherKeys(spec: string): CipherKey[] {
  const keys = spec.split(',').map((part) => {
    const [id, b64] = part.trim().split(':');
    const key = Buffer.from(b64 ?? '', 'base64');
    if (!id || !/^[A-Za-z0-9_-]{1,32}$/.test(id) || key.length !== 32) {
      throw new Error('bank details keys must be `id:base64` with a 32-byte key');
    }
    return { id, key };
  });
  if (!keys.length) throw new Error('at least one bank details key is needed');
  return keys;
}

/**
 * The fingerprint key, base64 of at least 32 bytes. It is separate from the sealing keys and never
 * rotates with them: fingerprints are what DAC7 and velocity count per account, so a new fingerprint key
 * would silently restart those counts.
 */
export function parseFingerprintKey(b64: string): Buffer {
  const key = Buffer.from(b64.trim(), 'base64');
  if (key.length < 32) throw new Error('the fingerprint key must be base64 of at least 32 bytes');
  return key;
}

const VERSION = 'v1';

/**
 * AES-256-GCM for bank details at rest. A random 96-bit IV per seal, the authentication tag stored beside
 * the ciphertext, and the destination's own reference as additional data so a ciphertext copied onto
 * another destination row fails to open.
 */
export class BankDetailsCipher {
  private readonly sealing: CipherKey;
  private readonly byId: Map<string, Buffer>;
  private readonly fingerprintKey: Buffer;

  /** `fingerprintSecret`: the stable PAYOUT_FINGERPRINT_KEY, independent of which key currently seals. */
  constructor(keys: CipherKey[], fingerprintSecret: Buffer) {
    this.sealing = keys[0];
    this.byId = new Map(keys.map((k) => [k.id, k.key]));
    // Derived from its own setting, never from the sealing key, so rotating the sealing keys keeps fingerprints.
    this.fingerprintKey = Buffer.from(hkdfSync('sha256', fingerprintSecret, Buffer.alloc(0), 'payout-destination-fingerprint', 32));
  }

  seal(plaintext: string, associatedData: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.sealing.key, iv);
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [VERSION, this.sealing.id, iv.toString('base64'), tag.toString('base64'), body.toString('base64')].join(':');
  }

  open(sealed: string, associatedData: string): string {
    const [version, keyId, iv, tag, body] = sealed.split(':');
    const key = this.byId.get(keyId ?? '');
    if (version !== VERSION || !key || !iv || !tag || body === undefined) throw new Error('unreadable sealed bank details');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }

  /** Keyed hash of an account identity: equal accounts match across sellers without decrypting anything. */
  fingerprint(accountIdentity: string): string {
    return createHmac('sha256', this.fingerprintKey).update(accountIdentity).digest('hex');
  }
}

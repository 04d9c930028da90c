/**
 * An uploaded photo is referred to by its content: `sha256:<64 hex>`. Whoever holds a reference has
 * held the bytes (or was given it by someone who did), and the same photo always has the same one.
 */
const REF = /^sha256:([0-9a-f]{64})$/;

export function evidenceRef(sha256Hex: string): string {
  return `sha256:${sha256Hex}`;
}

export function sha256OfRef(ref: string): string | undefined {
  return REF.exec(ref)?.[1];
}

/** Where the bytes live in the bucket: content-addressed, fanned out so no prefix grows huge. */
export function objectKeyOf(sha256Hex: string): string {
  return `evidence/sha256/${sha256Hex.slice(0, 2)}/${sha256Hex}`;
}

/** A valid 1×1 PNG. Bytes appended after its end chunk give distinct photos (and hashes) that still read as PNG. */
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** A stand-in photo for the demo and the tests, which have no camera: one distinct image per label. */
export function samplePhoto(label = 'photo'): Buffer {
  return Buffer.concat([TINY_PNG, Buffer.from(label, 'utf8')]);
}

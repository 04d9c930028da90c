import { evidenceRef, objectKeyOf, sha256OfRef } from './evidence-ref';
import { DEV_S3_SECRET_ACCESS_KEY, loadEvidenceSettings, s3EndpointOf } from './evidence-settings';
import { sniffImageType } from './image-type';

describe('evidence content type', () => {
  it('is read from the bytes: JPEG, PNG and WebP signatures', () => {
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg');
    expect(sniffImageType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffImageType(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]))).toBe('image/webp');
  });

  it('refuses anything else, whatever its name or declared type', () => {
    expect(sniffImageType(Buffer.from('GIF89a....'))).toBeUndefined();
    expect(sniffImageType(Buffer.from('%PDF-1.7'))).toBeUndefined();
    expect(sniffImageType(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVE')]))).toBeUndefined();
    expect(sniffImageType(Buffer.alloc(0))).toBeUndefined();
  });
});

describe('evidence refs', () => {
  const sha = 'ab'.repeat(32);
  it('name the content hash and round-trip', () => {
    expect(evidenceRef(sha)).toBe(`sha256:${sha}`);
    expect(sha256OfRef(evidenceRef(sha))).toBe(sha);
    expect(objectKeyOf(sha)).toBe(`evidence/sha256/ab/${sha}`);
  });
  it('are refused when not a lowercase 64-hex SHA-256', () => {
    for (const bad of ['photo:unbox-1', `sha256:${sha.toUpperCase()}`, `sha256:${sha}0`, sha, `md5:${sha}`])
      expect(sha256OfRef(bad)).toBeUndefined();
  });
});

describe('evidence store settings', () => {
  it('default to the local store outside production', () => {
    const s = loadEvidenceSettings({ NODE_ENV: 'development' });
    expect(s3EndpointOf(s, { S3_PORT: '19123' })).toBe('http://127.0.0.1:19123');
    expect(s.S3_BUCKET).toBe('tradein-evidence');
    // In production an empty endpoint means the provider's own (AWS), never the loopback store.
    expect(
      s3EndpointOf(loadEvidenceSettings({ NODE_ENV: 'production', S3_ACCESS_KEY_ID: 'k-prod', S3_SECRET_ACCESS_KEY: 'secret-prod' }), {}),
    ).toBeUndefined();
  });
  it('refuse the development credentials in production, naming the setting', () => {
    expect(() =>
      loadEvidenceSettings({ NODE_ENV: 'production', S3_ENDPOINT: 'https://s3.example.com', S3_ACCESS_KEY_ID: 'prod-key' }),
    ).toThrow(/S3_SECRET_ACCESS_KEY must be set in production/);
    expect(() =>
      loadEvidenceSettings({
        NODE_ENV: 'production',
        S3_ACCESS_KEY_ID: 'prod-key',
        S3_SECRET_ACCESS_KEY: DEV_S3_SECRET_ACCESS_KEY.replace('dev', 'prd'),
      }),
    ).not.toThrow();
  });
  it('refuse a malformed endpoint', () => {
    expect(() => loadEvidenceSettings({ NODE_ENV: 'test', S3_ENDPOINT: 'not a url' })).toThrow(/S3_ENDPOINT/);
  });
});
